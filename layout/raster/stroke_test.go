package raster

import (
	"math"
	"testing"
)

func poly(closed bool, pts ...pt) *contours {
	var c contours
	c.moveTo(pts[0])
	for _, p := range pts[1:] {
		c.lineTo(p)
	}
	c.end(closed)
	return &c
}

// The rasterizer clamps the magnitude of summed coverage, so the pieces
// of a stroke overlap cleanly only if all wind the same way; one piece
// the other way would cut a hole where it overlaps.
func TestStrokePiecesWindAlike(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   *contours
	}{
		{"square", poly(true, pt{0, 0}, pt{10, 0}, pt{10, 10}, pt{0, 10})},
		{"square the other way", poly(true, pt{0, 0}, pt{0, 10}, pt{10, 10}, pt{10, 0})},
		{"zigzag", poly(false, pt{0, 0}, pt{10, 2}, pt{0, 4}, pt{10, 6}, pt{3, 30})},
		{"back on itself", poly(false, pt{0, 0}, pt{10, 0}, pt{2, 0})},
		{"repeated points", poly(true, pt{0, 0}, pt{0, 0}, pt{5, 0}, pt{5, 5}, pt{0, 0})},
	} {
		var out contours
		stroke(&out, tc.in, 3)
		if out.len() == 0 {
			t.Errorf("%s: no pieces", tc.name)
		}
		for i := range out.len() {
			pts, _ := out.contour(i)
			if a := area(pts); a >= 0 {
				t.Errorf("%s: piece %d %v has area %g, want negative", tc.name, i, pts, a)
			}
		}
	}
}

// area is the shoelace sum, twice the signed area.
func area(pts []pt) float64 {
	a := 0.0
	for i, p := range pts {
		q := pts[(i+1)%len(pts)]
		a += p.x*q.y - q.x*p.y
	}
	return a
}

// A round join is an arc of the half width around the corner, on the
// outside of the turn, within tolerance of the circle.
func TestJoinIsRound(t *testing.T) {
	const h = 20.0
	for _, turn := range []float64{-170, -90, -10, 5, 45, 90, 179} {
		d2 := pt{math.Cos(turn * math.Pi / 180), math.Sin(turn * math.Pi / 180)}
		var out contours
		join(&out, pt{0, 0}, pt{1, 0}, d2, h, 2*math.Acos(1-tolerance/h))
		pts, closed := out.contour(0)
		if !closed || pts[0] != (pt{0, 0}) {
			t.Fatalf("turn %g°: wedge %v does not start at the corner", turn, pts)
		}
		for _, p := range pts[1:] {
			if r := math.Hypot(p.x, p.y); math.Abs(r-h) > 1e-9 {
				t.Errorf("turn %g°: arc point %v at radius %g", turn, p, r)
			}
			// The path bends towards d2 - d1; the wedge lies the other way.
			if p.x*(d2.x-1)+p.y*d2.y > 1e-9 {
				t.Errorf("turn %g°: arc point %v inside the turn", turn, p)
			}
		}
		for i := 1; i+1 < len(pts); i++ {
			mid := pt{(pts[i].x + pts[i+1].x) / 2, (pts[i].y + pts[i+1].y) / 2}
			if sag := h - math.Hypot(mid.x, mid.y); sag > tolerance+1e-9 {
				t.Errorf("turn %g°: chord %d strays %g from the arc", turn, i, sag)
			}
		}
	}
}
