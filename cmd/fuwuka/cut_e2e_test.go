package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/layout/impose"
)

// A cutter's RIP takes its cut paths from the cut spot's plate: that
// plate must hold the die lines and nothing else, and the marks must
// print on every process plate.
func TestCutPlateHoldsOnlyDieLines(t *testing.T) {
	needTools(t, "gs")
	dir := t.TempDir()
	file := filepath.Join(dir, "sheets.pdf")
	stdout, stderr, code := fuwuka(t, nil, "sheets", exampleRoster, "-o", file, "--paper", "A4", "--cut", "through", "--cut-name", "Thru-cut",
		"--household", "E-001", "--household", "E-002", "--json")
	if code != 0 {
		t.Fatalf("sheets exited %d: %s", code, stderr)
	}
	var doc struct {
		Result struct {
			Job []struct {
				Cut     string `json:"cut"`
				CutName string `json:"cut_name"`
			} `json:"job"`
		} `json:"result"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil || len(doc.Result.Job) != 2 {
		t.Fatalf("--json: %v, %s", err, stdout)
	}
	if j := doc.Result.Job[0]; j.Cut != "through" || j.CutName != "Thru-cut" {
		t.Errorf("ticket names the cut %q %q", j.Cut, j.CutName)
	}
	const dpi = 100
	run(t, "gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=tiffsep", "-r100", "-sOutputFile="+filepath.Join(dir, "s.tif"), file)
	if _, err := os.Stat(filepath.Join(dir, "s(CutContour).tif")); err == nil {
		t.Error("a CutContour plate, with --cut-name Thru-cut")
	}
	cut, inkCut := plate(t, filepath.Join(dir, "s(Thru-cut).tif"))
	inks := map[string]func(x, y int) int{}
	for _, p := range []string{"Cyan", "Magenta", "Yellow", "Black"} {
		_, inks[p] = plate(t, filepath.Join(dir, "s("+p+").tif"))
	}

	// where the cards are: the grid fuwuka sheets lays out on A4
	paper, _ := impose.ParsePaper("A4")
	g, err := impose.FitGrid(impose.Press{Paper: paper, Margin: 10, Gap: 6, Marks: true}, 106, 106, 3)
	if err != nil {
		t.Fatal(err)
	}
	mm := func(px int) float64 { return (float64(px) + 0.5) / dpi * 25.4 }
	in := func(b struct{ X, Y, W, H float64 }, x, y float64) bool {
		return x >= b.X && x <= b.X+b.W && y >= b.Y && y <= b.Y+b.H
	}
	type box = struct{ X, Y, W, H float64 }
	var lines, stray, marks, partial int
	b := cut.Bounds()
	for py := b.Min.Y; py < b.Max.Y; py++ {
		for px := b.Min.X; px < b.Max.X; px++ {
			x, y := mm(px), mm(py)
			onDie, inArt := false, false
			for p := range g.PerSheet() {
				s := g.Slot(p)
				trim := s
				trim.X, trim.Y, trim.W, trim.H = s.X+3, s.Y+3, s.W-6, s.H-6
				// within half a millimetre of the trim outline, its rounded corners included
				outer, inner := trim, trim
				outer.X, outer.Y, outer.W, outer.H = trim.X-0.5, trim.Y-0.5, trim.W+1, trim.H+1
				inner.X, inner.Y, inner.W, inner.H = trim.X+2, trim.Y+2, trim.W-4, trim.H-4
				onDie = onDie || in(box(outer), x, y) && !in(box(inner), x, y)
				inArt = inArt || in(box(s), x, y)
			}
			if inkCut(px, py) > 0 {
				if onDie {
					lines++
				} else {
					stray++
				}
			}
			// a mark: cyan outside the cards' art (the slug is black only)
			if !inArt && inks["Cyan"](px, py) > 128 {
				marks++
				if inks["Magenta"](px, py) < 128 || inks["Yellow"](px, py) < 128 || inks["Black"](px, py) < 128 {
					partial++
				}
			}
		}
	}
	if lines == 0 || stray > 0 {
		t.Errorf("the Thru-cut plate has %d pixels on the die lines and %d elsewhere; want some and none", lines, stray)
	}
	if marks == 0 || partial > 0 {
		t.Errorf("%d mark pixels, %d of them missing a process plate", marks, partial)
	}
}

// A die-cut card with too little bleed shows a white edge: under 2 mm a
// warning, under 1 mm a refusal unless forced.
func TestBleedCheck(t *testing.T) {
	base, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, tt := range []struct {
		bleed string
		args  []string
		code  int
		says  string
	}{
		{"0mm", nil, exitInvalid, "card.bleed: a bleed of 0 mm is too little for a die-cut card"},
		{"0mm", []string{"--force"}, exitOK, "warning: card.bleed is 0 mm"},
		{"0mm", []string{"--print-only"}, exitOK, ""},
		{"1.5mm", nil, exitOK, "warning: card.bleed is 1.5 mm"},
		{"2mm", nil, exitOK, ""},
	} {
		roster := filepath.Join(dir, "roster-"+tt.bleed+".yaml")
		text := strings.Replace(string(base), "bleed: 3mm", "bleed: "+tt.bleed, 1)
		if err := os.WriteFile(roster, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, cmd := range [][]string{
			{"cards", roster, "-o", filepath.Join(dir, "out"), "--household", "E-001"},
			{"sheets", roster, "-o", filepath.Join(dir, "s.pdf"), "--household", "E-001"},
		} {
			_, stderr, code := fuwuka(t, nil, append(cmd, tt.args...)...)
			if code != tt.code || tt.says != "" && !strings.Contains(stderr, tt.says) || tt.says == "" && strings.Contains(stderr, "bleed") {
				t.Errorf("%s with bleed %s %v: exit %d, %q; want %d saying %q", cmd[0], tt.bleed, tt.args, code, stderr, tt.code, tt.says)
			}
		}
	}
}
