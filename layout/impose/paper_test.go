package impose

import (
	"math"
	"testing"
)

func TestParsePaper(t *testing.T) {
	tests := []struct {
		in   string
		w, h float64
		name string
	}{
		{"A4", 210, 297, "A4"},
		{"a3", 297, 420, "A3"},
		{"SRA3", 320, 450, "SRA3"},
		{"330x480mm", 330, 480, "330x480mm"},
		{"Letter", 215.9, 279.4, "letter"},
		{"tabloid", 279.4, 431.8, "tabloid"},
		{"12x18in", 304.8, 457.2, "12x18in"},
		{"300mmx400mm", 300, 400, "300mmx400mm"},
		{"480x330mm", 330, 480, "480x330mm"}, // either side first
		{"32cm×45cm", 320, 450, "32cm×45cm"},
		{" 12 x 18 in ", 304.8, 457.2, "12 x 18 in"},
	}
	for _, tt := range tests {
		p, err := ParsePaper(tt.in)
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if math.Abs(p.W-tt.w) > 1e-9 || math.Abs(p.H-tt.h) > 1e-9 || p.Name != tt.name {
			t.Errorf("%q: %+v, want %s %g×%g", tt.in, p, tt.name, tt.w, tt.h)
		}
	}
	for _, bad := range []string{"", "A5", "300x400", "300x", "x400mm", "0x400mm", "-300x400mm", "300x400furlong", "3300x4800mm"} {
		if p, err := ParsePaper(bad); err == nil {
			t.Errorf("%q: accepted as %+v", bad, p)
		}
	}
}

func TestParseOrientationAndOrder(t *testing.T) {
	for in, want := range map[string]Orientation{"auto": AutoOrientation, "Portrait": Portrait, "landscape": Landscape} {
		if got, err := ParseOrientation(in); err != nil || got != want {
			t.Errorf("orientation %q: %v, %v", in, got, err)
		}
	}
	for in, want := range map[string]Order{"cut-stack": OrderCutStack, "sequential": OrderSequential, "zone": OrderZone} {
		if got, err := ParseOrder(in); err != nil || got != want || got.String() != in {
			t.Errorf("order %q: %v, %v", in, got, err)
		}
	}
	if _, err := ParseOrientation("sideways"); err == nil {
		t.Error("orientation sideways accepted")
	}
	if _, err := ParseOrder("random"); err == nil {
		t.Error("order random accepted")
	}
}
