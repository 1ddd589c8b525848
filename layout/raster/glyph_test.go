package raster

import (
	"bytes"
	"sync"
	"testing"

	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/frame/frametest"
)

func TestSnap(t *testing.T) {
	for _, tc := range []struct {
		v     float64
		whole int
		sub   uint8
	}{
		{0, 0, 0}, {0.2, 0, 0}, {0.25, 0, 1}, {0.7, 0, 2}, {0.99, 0, 3}, {1, 1, 0},
		{7.26, 7, 1}, {-0.1, -1, 3}, {-0.25, -1, 3}, {-1, -1, 0}, {-1.6, -2, 1},
	} {
		if whole, sub := snap(tc.v); whole != tc.whole || sub != tc.sub {
			t.Errorf("snap(%g) = %d, %d; want %d, %d", tc.v, whole, sub, tc.whole, tc.sub)
		}
	}
}

// Glyphs snap down to a whole pixel vertically and a quarter pixel across:
// positions that snap alike draw alike, others do not.
func TestGlyphSnapsToGrid(t *testing.T) {
	const dpi = 254 // 10 pixels a millimetre
	draw := func(x, y float64) []byte {
		f := &frame.Frame{W: 10, H: 10}
		f.Add(frametest.Run(t, "居", false, x, y, 12, cyan))
		return Render(f, frame.Box{W: 10, H: 10}, dpi).Pix
	}
	for _, tc := range []struct {
		x1, y1, x2, y2 float64 // mm; a pixel is a tenth
		same           bool
	}{
		{2.0001, 7.0001, 2.0001, 7.0999, true},  // 70.001 and 70.999 px down
		{2.0001, 7.0001, 2.0001, 7.1001, false}, // the next pixel down
		{2.0001, 7.0001, 2.0249, 7.0001, true},  // within a quarter pixel across
		{2.0001, 7.0001, 2.0251, 7.0001, false}, // the next quarter
	} {
		if same := bytes.Equal(draw(tc.x1, tc.y1), draw(tc.x2, tc.y2)); same != tc.same {
			t.Errorf("glyphs at (%g, %g) and (%g, %g) mm: drawn alike %v, want %v", tc.x1, tc.y1, tc.x2, tc.y2, same, tc.same)
		}
	}
}

// A card comes out the same whether its glyphs were cached or not, and
// whichever goroutine drew them first.
func TestGlyphCacheChangesNothing(t *testing.T) {
	f, region := frametest.Card(t)
	encode := func() []byte {
		var b bytes.Buffer
		if err := Encode(&b, Render(f, region, 100)); err != nil {
			t.Error(err)
		}
		return b.Bytes()
	}
	glyphs.Lock()
	glyphs.m = nil
	glyphs.Unlock()
	cold := encode()
	if glyphs.m == nil {
		t.Fatal("nothing was cached")
	}
	if warm := encode(); !bytes.Equal(cold, warm) {
		t.Error("a card drawn from cached glyphs differs")
	}
	glyphs.Lock()
	glyphs.m = nil
	glyphs.Unlock()
	var wg sync.WaitGroup
	outs := make([][]byte, 4)
	for i := range outs {
		wg.Go(func() { outs[i] = encode() })
	}
	wg.Wait()
	for i, out := range outs {
		if !bytes.Equal(cold, out) {
			t.Errorf("card drawn on goroutine %d differs", i)
		}
	}
}

// A glyph lands where its outline, drawn as a path at the same place,
// does: at a quarter pixel across and a whole pixel down, where snapping
// moves nothing, the two agree but for rounding. (The thousandth of a
// millimetre keeps each position off the boundary it would snap from.)
func TestGlyphMatchesItsOutline(t *testing.T) {
	const dpi = 254 // 10 pixels a millimetre
	for _, tc := range []struct {
		char       rune
		x, y, size float64
	}{
		{'居', 5.0251, 20.0001, 24},
		{'8', 12.3001, 15.1001, 9},
		{'务', 0.5001, 22.5001, 40},
		{'卡', 1.0001, 27.0001, 90}, // too big to cache
	} {
		txt := frametest.Run(t, string(tc.char), false, tc.x, tc.y, tc.size, cyan)
		em := frame.PtToMM(tc.size)
		var segs []frame.Seg
		at := func(p [2]float64) frame.Point { return frame.Point{X: tc.x + p[0]*em, Y: tc.y - p[1]*em} }
		var pen, start frame.Point
		for _, s := range txt.Face.Outline(txt.Glyphs[0].ID) {
			switch s.Op {
			case fonts.SegMove:
				pen = at(s.P[0])
				start = pen
				segs = append(segs, frame.Seg{Op: frame.MoveTo, P: [3]frame.Point{pen}})
			case fonts.SegLine:
				pen = at(s.P[0])
				segs = append(segs, frame.Seg{Op: frame.LineTo, P: [3]frame.Point{pen}})
			case fonts.SegQuad:
				// The same curve as a cubic: controls two thirds of the
				// way to the quadratic's.
				c, end := at(s.P[0]), at(s.P[1])
				c1 := frame.Point{X: pen.X + 2*(c.X-pen.X)/3, Y: pen.Y + 2*(c.Y-pen.Y)/3}
				c2 := frame.Point{X: end.X + 2*(c.X-end.X)/3, Y: end.Y + 2*(c.Y-end.Y)/3}
				segs = append(segs, frame.Seg{Op: frame.CubeTo, P: [3]frame.Point{c1, c2, end}})
				pen = end
			case fonts.SegCube:
				pen = at(s.P[2])
				segs = append(segs, frame.Seg{Op: frame.CubeTo, P: [3]frame.Point{at(s.P[0]), at(s.P[1]), pen}})
			case fonts.SegClose:
				segs = append(segs, frame.Seg{Op: frame.ClosePath})
				pen = start
			}
		}
		region := frame.Box{W: 30, H: 30}
		a := Render(&frame.Frame{W: 30, H: 30, Items: []frame.Item{txt}}, region, dpi)
		b := Render(&frame.Frame{W: 30, H: 30, Items: []frame.Item{frame.Path{Segs: segs, Paint: frame.Paint{Fill: &cyan}}}}, region, dpi)
		worst, sum := 0, 0
		for i := range a.Pix {
			d := abs(int(a.Pix[i]) - int(b.Pix[i]))
			worst, sum = max(worst, d), sum+d
		}
		if worst > 8 || sum > len(a.Pix)/100 {
			t.Errorf("%q: glyph and outline differ by up to %d, %d in all", tc.char, worst, sum)
		}
	}
}
func abs(x int) int { return max(x, -x) }
