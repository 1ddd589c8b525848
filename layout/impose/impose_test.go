package impose

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/frame/frametest"
)

func paperOf(t *testing.T, s string) Paper {
	t.Helper()
	p, err := ParsePaper(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// pressOf is the default of fuwuka sheets: 10 mm margins, 6 mm gaps, marks.
func pressOf(t *testing.T, s string, o Orientation) Press {
	return Press{Paper: paperOf(t, s), Orientation: o, Margin: 10, Gap: 6, Marks: true}
}

func TestFitGrid(t *testing.T) {
	tests := []struct {
		press      Press
		card       float64 // trim side; bleed 3 mm
		cols, rows int
		landscape  bool
	}{
		// 100 mm cards, 106 mm with bleed
		{pressOf(t, "A4", AutoOrientation), 100, 1, 2, false},
		{pressOf(t, "A3", AutoOrientation), 100, 2, 3, false}, // 3×2 landscape holds as many
		{pressOf(t, "A3", Landscape), 100, 3, 2, true},
		{pressOf(t, "SRA3", AutoOrientation), 100, 2, 3, false},
		// 4 × 106 + 3 × 6 = 442 mm leaves 9 mm a side for marks and slug
		{pressOf(t, "330x480mm", AutoOrientation), 100, 2, 4, false},
		{pressOf(t, "A4", AutoOrientation), 50, 2, 4, false},
		// the slug line makes the difference: 218 mm fit across, not down
		{pressOf(t, "200x250mm", AutoOrientation), 100, 2, 1, true},
		{pressOf(t, "200x250mm", Portrait), 100, 1, 1, false},
		{Press{Paper: paperOf(t, "A4"), Gap: 0}, 100, 1, 2, false},
		{Press{Paper: paperOf(t, "A3")}, 100, 2, 3, false},
	}
	for _, tt := range tests {
		g, err := FitGrid(tt.press, tt.card+6, tt.card+6, 3)
		if err != nil {
			t.Errorf("%+v: %v", tt.press, err)
			continue
		}
		if g.Cols != tt.cols || g.Rows != tt.rows || g.Landscape != tt.landscape {
			t.Errorf("%s, %g mm cards: %s (landscape %v), want %d×%d landscape %v", tt.press.Paper.Name, tt.card, g, g.Landscape, tt.cols, tt.rows, tt.landscape)
		}
		if !g.Printable().Contains(g.Area()) {
			t.Errorf("%s: grid %v outside the margins %v", g, g.Area(), g.Printable())
		}
	}
}

func TestGridString(t *testing.T) {
	g, err := FitGrid(pressOf(t, "A3", Landscape), 106, 106, 3)
	if err != nil {
		t.Fatal(err)
	}
	if s := g.String(); s != "A3 landscape, 3×2 = 6 per sheet" {
		t.Errorf("got %q", s)
	}
}

func TestFitGridTooLarge(t *testing.T) {
	_, err := FitGrid(pressOf(t, "A4", AutoOrientation), 216, 216, 3)
	var nf *NoFitError
	if !errors.As(err, &nf) {
		t.Fatalf("210 mm card on A4: %v, want a NoFitError", err)
	}
	// 210 - 2×10 margin - 2×6 marks - 2×3 bleed
	if !strings.Contains(err.Error(), "largest card A4 takes is 172.0 mm") {
		t.Errorf("message %q does not say the largest card A4 takes (172 mm)", err)
	}
	_, err = FitGrid(Press{Paper: paperOf(t, "A4"), Margin: 110}, 106, 106, 3)
	if err == nil || !strings.Contains(err.Error(), "no room") {
		t.Errorf("110 mm margins: %v", err)
	}
}

// sheetArt is card art of a 100 mm card with 3 mm bleed: a background to
// the bleed edge.
func sheetArt() SheetCard {
	yellow := frame.CMYK(0, 10, 100, 0)
	f := &frame.Frame{W: 106, H: 106}
	f.Add(frame.Rect{Box: frame.Box{W: 106, H: 106}, Paint: frame.Paint{Fill: &yellow}})
	return SheetCard{Art: f, Trim: frame.Box{X: 3, Y: 3, W: 100, H: 100}}
}

func builtin(t testing.TB) *fonts.Set { return frametest.Fonts(t) }

func TestSheetMarksOutsideArtwork(t *testing.T) {
	for _, pr := range []Press{
		pressOf(t, "A3", AutoOrientation),
		pressOf(t, "A4", Landscape),
		pressOf(t, "330x480mm", AutoOrientation),
		{Paper: paperOf(t, "A3"), Margin: 10, Gap: 0, Marks: true},
	} {
		g, err := FitGrid(pr, 106, 106, 3)
		if err != nil {
			t.Fatal(err)
		}
		cards := make([]SheetCard, g.PerSheet()-1) // one slot left empty
		for i := range cards {
			cards[i] = sheetArt()
			cards[i].Key = "household:x"
		}
		page := g.Sheet(cards, SheetOptions{CutContour: true, Radius: 4, Slug: "白草洼村 · sheets.pdf · sheet 1/7", Fonts: builtin(t)})
		var art []frame.Box
		var crop, targets, slugs, dies int
		slugY := map[float64]bool{}
		for _, it := range page.Frame.Items {
			b := it.Bounds()
			if gr, ok := it.(frame.Group); ok && gr.Layer == "CutContour" {
				b = gr.Frame.Items[0].Bounds() // the die lines share the sheet's coordinates
			}
			if !page.Trim.Contains(b) {
				t.Errorf("%s: %T at %v is outside the area inside the margins %v", g, it, b, page.Trim)
			}
			switch it := it.(type) {
			case frame.Group:
				if it.Layer == "CutContour" {
					dies += len(it.Frame.Items)
				} else {
					art = append(art, b)
				}
			case frame.Line:
				if it.X1 == it.X2 || it.Y1 == it.Y2 {
					crop++ // targets' crosses too; counted below
				}
			case frame.Circle:
				targets++
			case frame.Text:
				slugY[it.Y] = true
				if it.Size != SlugSize || it.Color != frame.Black {
					t.Errorf("slug %+v", it)
				}
			}
		}
		for _, it := range page.Frame.Items {
			if _, ok := it.(frame.Group); ok {
				continue
			}
			for _, a := range art {
				if a.Overlaps(it.Bounds()) {
					t.Errorf("%s: mark %T %v runs into card art %v", g, it, it.Bounds(), a)
				}
			}
		}
		crop -= 2 * targets
		slugs = len(slugY)
		// a top and a bottom mark on every vertical cut line, a left and a
		// right one on every horizontal cut line
		if want := 4*g.Cols + 4*g.Rows; crop != want || targets != 4 || slugs != 1 {
			t.Errorf("%s: %d crop marks, %d targets, %d slug lines; want %d, 4, 1", g, crop, targets, slugs, want)
		}
		if len(art) != len(cards) || dies != len(cards) {
			t.Errorf("%s: %d cards and %d die lines placed, want %d", g, len(art), dies, len(cards))
		}
		if page.Bleed != page.Trim || page.Trim != (frame.Box{X: 10, Y: 10, W: g.W - 20, H: g.H - 20}) {
			t.Errorf("%s: trim %v, bleed %v; want both inside the 10 mm margins", g, page.Trim, page.Bleed)
		}
	}
}

func TestCropMarksOnCutLines(t *testing.T) {
	g, err := FitGrid(pressOf(t, "A3", AutoOrientation), 106, 106, 3)
	if err != nil {
		t.Fatal(err)
	}
	var xs, ys []float64
	for p := range g.PerSheet() {
		trim := g.Slot(p).Inset(3)
		xs = append(xs, trim.X, trim.X+trim.W)
		ys = append(ys, trim.Y, trim.Y+trim.H)
	}
	on := func(v float64, cuts []float64) bool {
		for _, c := range cuts {
			if math.Abs(c-v) < 1e-9 {
				return true
			}
		}
		return false
	}
	for _, it := range g.cropMarks() {
		l := it.(frame.Line)
		if l.X1 == l.X2 && !on(l.X1, xs) || l.Y1 == l.Y2 && !on(l.Y1, ys) {
			t.Errorf("crop mark %+v is on no cut line", l)
		}
		if l.Stroke == nil || *l.Stroke != frame.Registration {
			t.Errorf("crop mark %+v not in registration colour", l)
		}
	}
}

func TestSheetWithoutMarksOrDieLines(t *testing.T) {
	g, err := FitGrid(Press{Paper: paperOf(t, "A4"), Margin: 5, Gap: 2}, 106, 106, 3)
	if err != nil {
		t.Fatal(err)
	}
	page := g.Sheet([]SheetCard{sheetArt(), sheetArt()}, SheetOptions{Slug: "ignored", Fonts: builtin(t)})
	for _, it := range page.Frame.Items {
		if gr, ok := it.(frame.Group); !ok || gr.Layer != "" {
			t.Errorf("without marks and die lines, the sheet has %T %+v", it, it)
		}
	}
}

func TestSlugShortened(t *testing.T) {
	g, err := FitGrid(pressOf(t, "A4", AutoOrientation), 106, 106, 3)
	if err != nil {
		t.Fatal(err)
	}
	long := "白草洼村 · " + strings.Repeat("很长的文件名", 40) + ".pdf · sheet 1/2 · ☃"
	text := func(items []frame.Item) (s string, x0, x1 float64) {
		x0 = math.Inf(1)
		for _, it := range items {
			b := it.Bounds()
			s += it.(frame.Text).String()
			x0, x1 = min(x0, b.X), max(x1, b.X+b.W)
		}
		return s, x0, x1
	}
	s, x0, x1 := text(g.slug(long, builtin(t)))
	if !strings.HasSuffix(s, "…") || x1 > g.Printable().X+g.Printable().W {
		t.Errorf("slug %q (%.1f to %.1f mm) not shortened to the printable width", s, x0, x1)
	}
	if s, _, _ := text(g.slug("sheet ☃", builtin(t))); len(builtin(t).Missing(s, false)) > 0 {
		t.Errorf("slug %q keeps a character no font has", s)
	}
}
