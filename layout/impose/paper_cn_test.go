package impose

import "testing"

func TestChinesePapers(t *testing.T) {
	for in, want := range map[string]string{
		"大度16开": "大度16开", "dadu16kai": "大度16开", "DaDu16Kai": "大度16开", "大度十六开": "大度16开", "大度 16 开": "大度16开",
		"正度8开": "正度8开", "zhengdu8kai": "正度8开", "正度八开": "正度8开",
		"正度对开": "正度对开", "zhengdu2kai": "正度对开", "zhengduduikai": "正度对开", "正度2开": "正度对开",
		"大度全开": "大度全开", "daduquankai": "大度全开",
	} {
		p, err := ParsePaper(in)
		if err != nil || p.Name != want {
			t.Errorf("%q: %+v, %v; want %s", in, p, err, want)
		}
	}
	for name, wh := range map[string][2]float64{"正度全开": {787, 1092}, "大度全开": {889, 1194}, "正度8开": {260, 370}, "大度16开": {210, 285}} {
		if p, _ := ParsePaper(name); p.W != wh[0] || p.H != wh[1] {
			t.Errorf("%s is %g×%g, want %g×%g", name, p.W, p.H, wh[0], wh[1])
		}
	}
	if _, err := ParsePaper("正度7开"); err == nil {
		t.Error("正度7开 accepted")
	}
}

// SRA3 exists to hold what A3 holds and more: with each paper's own
// margin and the gap narrowed when that fits more, a 100 mm card (106 mm
// with bleed) goes 8 to an SRA3 sheet and 6 to an A3 one.
func TestSRA3HoldsMoreThanA3(t *testing.T) {
	fit := func(name string) Grid {
		paper := paperOf(t, name)
		g, err := FitGrid(Press{Paper: paper, Margin: paper.DefaultMargin(), Gap: 6, AutoGap: true, Marks: true}, 106, 106, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !g.Printable().Contains(g.Area()) || g.Gap < 0 || g.Gap > 6 {
			t.Errorf("%s: grid %v outside %v, or gap %g", g, g.Area(), g.Printable(), g.Gap)
		}
		return g
	}
	a3, sra3 := fit("A3"), fit("SRA3")
	if a3.PerSheet() != 6 || a3.Gap != 6 || sra3.PerSheet() != 8 || !sra3.Landscape {
		t.Errorf("A3: %s, gap %g; SRA3: %s, gap %g; want 6 with a 6 mm gap, and 8 landscape", a3, a3.Gap, sra3, sra3.Gap)
	}
	// the gap narrows only as far as the extra column needs
	if sra3.Gap <= 0 || sra3.Gap > 1.34 {
		t.Errorf("SRA3 gap %g, want the 1.33 mm the four columns leave", sra3.Gap)
	}
	// with the gap held at 6 mm, SRA3 holds no more than A3
	paper := paperOf(t, "SRA3")
	if g, _ := FitGrid(Press{Paper: paper, Margin: 5, Gap: 6, Marks: true}, 106, 106, 3); g.PerSheet() != 6 {
		t.Errorf("SRA3 with a fixed 6 mm gap: %s", g)
	}
}
