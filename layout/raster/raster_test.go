package raster

import (
	"bytes"
	"image"
	"io"
	"math"
	"testing"

	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/frame/frametest"
)

// Tests paint in process cyan: its red channel runs from 255 on paper to
// 0 at full coverage, so coverage can be read back from it exactly.
var cyan = frame.CMYK(100, 0, 0, 0)

func coverage(img *image.RGBA, x, y int) float64 {
	return 1 - float64(img.Pix[img.PixOffset(x, y)])/255
}

func TestSize(t *testing.T) {
	for _, tc := range []struct {
		w, h, dpi float64
		px, py    int
	}{
		{10, 20, 25.4, 10, 20},
		{10.01, 20, 25.4, 11, 20},
		{100, 70, 100, 394, 276},
		{106, 76, 100, 418, 300},
		// Ten millimetres at 2.54 pixels a millimetre is 25.4 pixels in
		// exact arithmetic and a hair over in floating point: 26, not 27.
		{10, 10, 64.516, 26, 26},
		{0, 0, 100, 0, 0},
	} {
		img := Render(&frame.Frame{W: tc.w, H: tc.h}, frame.Box{W: tc.w, H: tc.h}, tc.dpi)
		if got := img.Rect.Size(); got != image.Pt(tc.px, tc.py) {
			t.Errorf("%g×%g mm at %g dpi: %v pixels, want %d×%d", tc.w, tc.h, tc.dpi, got, tc.px, tc.py)
		}
	}
}

// At 25.4 dpi a millimetre is a pixel: shapes on whole millimetres cover
// whole pixels, and nothing else.
func TestFillCoversExactPixels(t *testing.T) {
	one := func(items ...frame.Item) *frame.Frame {
		f := &frame.Frame{W: 12, H: 12}
		f.Add(items...)
		return f
	}
	for _, tc := range []struct {
		name   string
		f      *frame.Frame
		region frame.Box
		want   image.Rectangle // fully covered pixels; the rest is paper
	}{
		{"rect", one(frame.Rect{Box: frame.Box{X: 2, Y: 3, W: 4, H: 5}, Paint: frame.Paint{Fill: &cyan}}),
			frame.Box{W: 12, H: 12}, image.Rect(2, 3, 6, 8)},
		{"region offset", one(frame.Rect{Box: frame.Box{X: 2, Y: 3, W: 4, H: 5}, Paint: frame.Paint{Fill: &cyan}}),
			frame.Box{X: 1, Y: 2, W: 8, H: 8}, image.Rect(1, 1, 5, 6)},
		{"clipped by region", one(frame.Rect{Box: frame.Box{X: -5, Y: -5, W: 9, H: 30}, Paint: frame.Paint{Fill: &cyan}}),
			frame.Box{W: 12, H: 12}, image.Rect(0, 0, 4, 12)},
		{"path", one(frame.Path{Segs: []frame.Seg{
			{Op: frame.MoveTo, P: [3]frame.Point{{X: 1, Y: 1}}},
			{Op: frame.LineTo, P: [3]frame.Point{{X: 4, Y: 1}}},
			{Op: frame.LineTo, P: [3]frame.Point{{X: 4, Y: 3}}},
			{Op: frame.LineTo, P: [3]frame.Point{{X: 1, Y: 3}}},
		}, Paint: frame.Paint{Fill: &cyan}}), // closed by the fill
			frame.Box{W: 12, H: 12}, image.Rect(1, 1, 4, 3)},
		{"group", one(frame.Group{X: 5, Y: 6, Frame: one(frame.Rect{Box: frame.Box{X: 1, Y: 1, W: 2, H: 2}, Paint: frame.Paint{Fill: &cyan}})}),
			frame.Box{W: 12, H: 12}, image.Rect(6, 7, 8, 9)},
		{"modules", one(frame.Modules{X: 2, Y: 2, Module: 1, Color: cyan, Dark: frame.GridOf([][]bool{
			{true, true, false},
			{true, true, false},
			{false, false, false},
		})}), frame.Box{W: 12, H: 12}, image.Rect(2, 2, 4, 4)},
		{"nothing to paint", one(frame.Rect{Box: frame.Box{X: 2, Y: 3, W: 4, H: 5}}),
			frame.Box{W: 12, H: 12}, image.Rectangle{}},
	} {
		img := Render(tc.f, tc.region, 25.4)
		for y := range img.Rect.Dy() {
			for x := range img.Rect.Dx() {
				want := 0.0
				if image.Pt(x, y).In(tc.want) {
					want = 1
				}
				if got := coverage(img, x, y); got != want {
					t.Errorf("%s: pixel (%d, %d) covered %.3f, want %g", tc.name, x, y, got, want)
				}
			}
		}
	}
}

func TestModulesHaveNoSeams(t *testing.T) {
	dark := frametest.FakeQR(29)
	f := &frame.Frame{W: 30, H: 30}
	// Off the pixel grid, so that every module edge is anti-aliased.
	f.Add(frame.Modules{X: 0.3, Y: 0.45, Module: 0.7, Dark: frame.GridOf(dark), Color: cyan})
	img := Render(f, frame.Box{W: 30, H: 30}, 254)
	s := 254 / 25.4
	for r := range dark {
		for c := range dark[r] {
			if !dark[r][c] {
				continue
			}
			// A point on the module's right and bottom edges, where it
			// meets a neighbour; a seam would show there if the neighbour
			// is dark.
			x := int((0.3 + (float64(c)+1)*0.7) * s)
			y := int((0.45 + (float64(r)+1)*0.7) * s)
			right := c+1 < len(dark) && dark[r][c+1]
			below := r+1 < len(dark) && dark[r+1][c]
			if right {
				if cov := coverage(img, x, int((0.45+(float64(r)+0.5)*0.7)*s)); cov != 1 {
					t.Errorf("module (%d, %d): seam with its right neighbour, coverage %.3f", r, c, cov)
				}
			}
			if below {
				if cov := coverage(img, int((0.3+(float64(c)+0.5)*0.7)*s), y); cov != 1 {
					t.Errorf("module (%d, %d): seam with the one below, coverage %.3f", r, c, cov)
				}
			}
		}
	}
}

// An edge through the middle of a pixel covers it by half, whichever side.
func TestAntialiasedEdge(t *testing.T) {
	for _, tc := range []struct {
		name string
		box  frame.Box
		x, y int
		want float64
	}{
		{"left edge", frame.Box{X: 2.5, Y: 2, W: 4, H: 4}, 2, 3, 0.5},
		{"right edge", frame.Box{X: 2, Y: 2, W: 4.25, H: 4}, 6, 3, 0.25},
		{"top edge", frame.Box{X: 2, Y: 2.75, W: 4, H: 4}, 3, 2, 0.25},
		{"corner", frame.Box{X: 2.5, Y: 2.5, W: 4, H: 4}, 2, 2, 0.25},
		{"inside", frame.Box{X: 2.5, Y: 2.5, W: 4, H: 4}, 3, 3, 1},
	} {
		f := &frame.Frame{W: 10, H: 10}
		f.Add(frame.Rect{Box: tc.box, Paint: frame.Paint{Fill: &cyan}})
		img := Render(f, frame.Box{W: 10, H: 10}, 25.4)
		// Coverage becomes an 8-bit channel: allow one step.
		if got := coverage(img, tc.x, tc.y); math.Abs(got-tc.want) > 1.0/255 {
			t.Errorf("%s: pixel (%d, %d) covered %.3f, want %.3f", tc.name, tc.x, tc.y, got, tc.want)
		}
	}
}

// A stroke of width w is centred on its path and covers w across it, at
// any width and at whatever angle the path runs.
func TestStrokeWidth(t *testing.T) {
	const dpi = 254 // 10 pixels a millimetre
	for _, w := range []float64{0.1, 0.25, 0.5, 1, 2.5} {
		for _, angle := range []float64{0, 30, 90, 135} {
			sin, cos := math.Sincos(angle * math.Pi / 180)
			f := &frame.Frame{W: 20, H: 20}
			f.Add(frame.Line{X1: 10 - 8*cos, Y1: 10 - 8*sin, X2: 10 + 8*cos, Y2: 10 + 8*sin, Paint: frame.Paint{Stroke: &cyan, Line: w}})
			img := Render(f, frame.Box{W: 20, H: 20}, dpi)
			// Sum coverage across the line through the image's middle
			// column (or row, for steep lines), where the path crosses
			// pixel 100 plus half a pixel's run along it, and correct
			// for the slant.
			sum, weighted, centre := 0.0, 0.0, 0.0
			if math.Abs(cos) >= math.Abs(sin) {
				for y := range img.Rect.Dy() {
					c := coverage(img, 100, y)
					sum += c
					weighted += c * (float64(y) + 0.5)
				}
				centre = 100 + 0.5*sin/cos
				sum *= math.Abs(cos)
			} else {
				for x := range img.Rect.Dx() {
					c := coverage(img, x, 100)
					sum += c
					weighted += c * (float64(x) + 0.5)
				}
				centre = 100 + 0.5*cos/sin
				sum *= math.Abs(sin)
			}
			if got := sum / 10; math.Abs(got-w) > 0.02 {
				t.Errorf("width %g at %g°: covers %.3f mm across", w, angle, got)
			}
			slant := math.Max(math.Abs(cos), math.Abs(sin))
			if got := weighted / (sum / slant); math.Abs(got-centre) > 0.05 {
				t.Errorf("width %g at %g°: centred on pixel %.3f, want %.3f", w, angle, got, centre)
			}
		}
	}
}

// A stroked outline covers about its length times the width: the pieces
// the stroker overlaps at corners count once.
func TestStrokeArea(t *testing.T) {
	const s = 10.0 // pixels a millimetre
	yellow := frame.CMYK(0, 0, 100, 0)
	for _, tc := range []struct {
		name string
		item frame.Item
		want float64 // mm²
	}{
		{"circle", frame.Circle{X: 10, Y: 10, R: 6, Paint: frame.Paint{Stroke: &cyan, Line: 0.5}}, 2 * math.Pi * 6 * 0.5},
		{"rounded rect", frame.Rect{Box: frame.Box{X: 3, Y: 4, W: 14, H: 10}, R: 2, Paint: frame.Paint{Stroke: &cyan, Line: 0.4}},
			(2*(14+10) - 16 + 2*math.Pi*2) * 0.4},
		// Butt ends leave each square corner's outer quarter square of
		// the half width empty; the round joins fill a quarter disc of it.
		{"square", frame.Rect{Box: frame.Box{X: 3, Y: 4, W: 14, H: 10}, Paint: frame.Paint{Stroke: &cyan, Line: 1}},
			2*(14+10)*1 - 4*0.25 + math.Pi*0.25},
		// Fill first, stroke over it: the band inside the edge is the
		// stroke's colour, so the stroke counts whole.
		{"filled and stroked", frame.Circle{X: 10, Y: 10, R: 6, Paint: frame.Paint{Fill: &yellow, Stroke: &cyan, Line: 0.5}}, 2 * math.Pi * 6 * 0.5},
	} {
		f := &frame.Frame{W: 20, H: 20}
		f.Add(tc.item)
		img := Render(f, frame.Box{W: 20, H: 20}, 25.4*s)
		sum := 0.0
		for y := range img.Rect.Dy() {
			for x := range img.Rect.Dx() {
				// Yellow's red channel is 255, so only cyan counts.
				sum += coverage(img, x, y)
			}
		}
		if got := sum / (s * s); math.Abs(got-tc.want) > 0.01*tc.want {
			t.Errorf("%s: stroke covers %.3f mm², want %.3f", tc.name, got, tc.want)
		}
	}
}

// Glyphs land inside the run's box (advance across, ascent and descent up
// and down), each where its advance puts it.
func TestTextInk(t *testing.T) {
	const dpi = 300
	s := dpi / 25.4
	for _, tc := range []struct {
		text string
		bold bool
		size float64
	}{
		{"居民服务卡", false, 12},
		{"白草洼", true, 20},
		{"电话 13910001234", false, 9},
		// Too big to cache: drawn straight into the image.
		{"卡", false, 90},
	} {
		txt := frametest.Run(t, tc.text, tc.bold, 5, 40, tc.size, cyan)
		f := &frame.Frame{W: 80, H: 50}
		f.Add(txt)
		img := Render(f, frame.Box{W: 80, H: 50}, dpi)
		b := txt.Bounds()
		// Pixels the box touches, anti-aliasing included.
		box := image.Rect(int(b.X*s), int(b.Y*s), int(math.Ceil((b.X+b.W)*s)), int(math.Ceil((b.Y+b.H)*s)))
		// Each glyph's own advance, to check that every one is drawn.
		em := frame.PtToMM(tc.size)
		inked := make([]bool, len(txt.Glyphs))
		for y := range img.Rect.Dy() {
			for x := range img.Rect.Dx() {
				if coverage(img, x, y) == 0 {
					continue
				}
				if !image.Pt(x, y).In(box) {
					t.Fatalf("%q: ink at pixel (%d, %d), outside the run's box %v", tc.text, x, y, box)
				}
				pen := txt.X
				for i, g := range txt.Glyphs {
					if mm := (float64(x) + 0.5) / s; mm >= pen && mm < pen+g.Advance*em {
						inked[i] = true
					}
					pen += g.Advance * em
				}
			}
		}
		for i, g := range txt.Glyphs {
			if !inked[i] && g.Char != ' ' {
				t.Errorf("%q: no ink for %q", tc.text, g.Char)
			}
		}
	}
}

// Colours come from frame.Color.RGB; a spot is drawn in its alternate.
func TestColours(t *testing.T) {
	for _, c := range []frame.Color{frame.Black, frame.CMYK(0, 100, 100, 10), frame.CutContour, frame.Registration} {
		f := &frame.Frame{W: 4, H: 4}
		f.Add(frame.Rect{Box: frame.Box{W: 4, H: 4}, Paint: frame.Paint{Fill: &c}})
		img := Render(f, frame.Box{W: 4, H: 4}, 25.4)
		r, g, b := c.RGB()
		if got := img.Pix[img.PixOffset(1, 1):][:4]; !bytes.Equal(got, []byte{r, g, b, 0xff}) {
			t.Errorf("%+v: pixel %v, want %v", c, got, []byte{r, g, b, 0xff})
		}
	}
}

func TestDeterministic(t *testing.T) {
	f, region := frametest.Card(t)
	var a, b bytes.Buffer
	if err := Encode(&a, Render(f, region, 100)); err != nil {
		t.Fatal(err)
	}
	if err := Encode(&b, Render(f, region, 100)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renders of one frame differ")
	}
}

func BenchmarkRenderCard(b *testing.B) {
	f, region := frametest.Card(b)
	Encode(io.Discard, Render(f, region, 100)) // parse the glyphs once, as a run does
	b.ReportAllocs()
	for b.Loop() {
		if err := Encode(io.Discard, Render(f, region, 100)); err != nil {
			b.Fatal(err)
		}
	}
}
