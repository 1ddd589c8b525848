package raster

import (
	"math"
	"testing"

	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
)

// Flattened curves keep within tolerance of the curve: every chord's
// middle is checked against the curve sampled finely.
func TestFlattenWithinTolerance(t *testing.T) {
	quad := func(p0, p1, p2 pt) func(float64) pt {
		return func(t float64) pt {
			u := 1 - t
			return pt{u*u*p0.x + 2*u*t*p1.x + t*t*p2.x, u*u*p0.y + 2*u*t*p1.y + t*t*p2.y}
		}
	}
	cube := func(p0, p1, p2, p3 pt) func(float64) pt {
		return func(t float64) pt {
			u := 1 - t
			a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
			return pt{a*p0.x + b*p1.x + c*p2.x + d*p3.x, a*p0.y + b*p1.y + c*p2.y + d*p3.y}
		}
	}
	for _, tc := range []struct {
		name  string
		draw  func(c *contours)
		curve func(float64) pt
	}{
		{"gentle quad", func(c *contours) { c.moveTo(pt{0, 0}); c.quadTo(pt{50, 3}, pt{100, 0}) }, quad(pt{0, 0}, pt{50, 3}, pt{100, 0})},
		{"sharp quad", func(c *contours) { c.moveTo(pt{0, 0}); c.quadTo(pt{50, 400}, pt{100, 0}) }, quad(pt{0, 0}, pt{50, 400}, pt{100, 0})},
		{"s-curve", func(c *contours) { c.moveTo(pt{0, 0}); c.cubeTo(pt{100, 0}, pt{0, 100}, pt{100, 100}) }, cube(pt{0, 0}, pt{100, 0}, pt{0, 100}, pt{100, 100})},
		{"loop", func(c *contours) { c.moveTo(pt{0, 0}); c.cubeTo(pt{200, 100}, pt{-100, 100}, pt{100, 0}) }, cube(pt{0, 0}, pt{200, 100}, pt{-100, 100}, pt{100, 0})},
	} {
		var c contours
		tc.draw(&c)
		c.end(false)
		pts, _ := c.contour(0)
		if len(pts) < 3 {
			t.Errorf("%s: only %d points", tc.name, len(pts))
		}
		samples := make([]pt, 20001)
		for i := range samples {
			samples[i] = tc.curve(float64(i) / float64(len(samples)-1))
		}
		for i := 0; i+1 < len(pts); i++ {
			mid := pt{(pts[i].x + pts[i+1].x) / 2, (pts[i].y + pts[i+1].y) / 2}
			best := math.Inf(1)
			for _, s := range samples {
				best = min(best, math.Hypot(s.x-mid.x, s.y-mid.y))
			}
			if best > tolerance+0.01 {
				t.Errorf("%s: chord %d's middle is %.3f px from the curve", tc.name, i, best)
			}
		}
	}
}

func TestContours(t *testing.T) {
	mm := xform{s: 1}
	p := func(x, y float64) frame.Point { return frame.Point{X: x, Y: y} }
	for _, tc := range []struct {
		name   string
		segs   []frame.Seg
		want   [][]pt
		closed []bool
	}{
		{"open and closed", []frame.Seg{
			{Op: frame.MoveTo, P: [3]frame.Point{p(0, 0)}}, {Op: frame.LineTo, P: [3]frame.Point{p(1, 0)}},
			{Op: frame.MoveTo, P: [3]frame.Point{p(5, 5)}}, {Op: frame.LineTo, P: [3]frame.Point{p(6, 5)}}, {Op: frame.ClosePath},
		}, [][]pt{{{0, 0}, {1, 0}}, {{5, 5}, {6, 5}}}, []bool{false, true}},
		// After a close, drawing goes on from where the closed contour
		// began.
		{"on after close", []frame.Seg{
			{Op: frame.MoveTo, P: [3]frame.Point{p(2, 2)}}, {Op: frame.LineTo, P: [3]frame.Point{p(3, 2)}}, {Op: frame.ClosePath},
			{Op: frame.LineTo, P: [3]frame.Point{p(2, 9)}},
		}, [][]pt{{{2, 2}, {3, 2}}, {{2, 2}, {2, 9}}}, []bool{true, false}},
		{"no move", []frame.Seg{{Op: frame.LineTo, P: [3]frame.Point{p(4, 4)}}, {Op: frame.LineTo, P: [3]frame.Point{p(5, 4)}}},
			[][]pt{{{4, 4}, {4, 4}, {5, 4}}}, []bool{false}},
	} {
		var c contours
		c.segs(tc.segs, mm)
		if c.len() != len(tc.want) {
			t.Errorf("%s: %d contours, want %d", tc.name, c.len(), len(tc.want))
			continue
		}
		for i, want := range tc.want {
			got, closed := c.contour(i)
			if closed != tc.closed[i] || len(got) != len(want) {
				t.Errorf("%s: contour %d is %v closed %v, want %v closed %v", tc.name, i, got, closed, want, tc.closed[i])
				continue
			}
			for j := range got {
				if got[j] != want[j] {
					t.Errorf("%s: contour %d is %v, want %v", tc.name, i, got, want)
					break
				}
			}
		}
	}
}

// Glyph outlines are in ems with y up; in the image y runs down from the
// baseline.
func TestGlyphContourFlipsY(t *testing.T) {
	o := fonts.Outline{
		{Op: fonts.SegMove, P: [3][2]float64{{0, 0}}},
		{Op: fonts.SegLine, P: [3][2]float64{{0.5, 0}}},
		{Op: fonts.SegLine, P: [3][2]float64{{0.5, 0.8}}},
		{Op: fonts.SegClose},
	}
	var c contours
	c.glyph(o, 10, 100, 50)
	got, closed := c.contour(0)
	want := []pt{{10, 100}, {35, 100}, {35, 60}}
	if !closed || len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("glyph contour %v closed %v, want %v closed", got, closed, want)
	}
}
