package raster

import (
	"math"

	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
)

// tolerance is how far, in pixels, a flattened curve may stray from the
// true one: well under what anti-aliasing can show.
const tolerance = 0.05

type pt struct{ x, y float64 }

// contours is a set of polylines in image pixels, built by flattening a
// path's curves. A fill closes every contour; a stroke closes only those
// the path closed.
type contours struct {
	pts    []pt
	ends   []int  // end (exclusive) in pts of each contour
	closed []bool // whether the path closed the contour
	start  int    // where the contour being built begins in pts
	open   bool   // a contour is being built
}

func (c *contours) reset() {
	c.pts, c.ends, c.closed = c.pts[:0], c.ends[:0], c.closed[:0]
	c.start, c.open = 0, false
}

func (c *contours) len() int { return len(c.ends) }

// contour is the i-th contour's points and whether it was closed.
func (c *contours) contour(i int) ([]pt, bool) {
	from := 0
	if i > 0 {
		from = c.ends[i-1]
	}
	return c.pts[from:c.ends[i]], c.closed[i]
}

func (c *contours) moveTo(p pt) {
	c.end(false)
	c.start, c.open = len(c.pts), true
	c.pts = append(c.pts, p)
}

func (c *contours) lineTo(p pt) {
	c.ensureOpen(p)
	c.pts = append(c.pts, p)
}

// ensureOpen starts a contour for a segment drawn with none open: after a
// close, where the closed contour began, as in PDF and SVG; with no
// current point at all, at the segment's own end.
func (c *contours) ensureOpen(p pt) {
	if c.open {
		return
	}
	if n := len(c.ends); n > 0 {
		from := 0
		if n > 1 {
			from = c.ends[n-2]
		}
		p = c.pts[from]
	}
	c.moveTo(p)
}

func (c *contours) pen() pt { return c.pts[len(c.pts)-1] }

// quadTo flattens a quadratic Bézier into n chords, where n keeps the
// chords within tolerance of the curve: a chord of parameter length 1/n
// strays at most D/(8n²), D the largest length of the second derivative,
// which for a quadratic is 2|p0 - 2p1 + p2|.
func (c *contours) quadTo(p1, p2 pt) {
	c.ensureOpen(p2)
	p0 := c.pen()
	dd := norm(p0.x-2*p1.x+p2.x, p0.y-2*p1.y+p2.y)
	n := int(math.Ceil(math.Sqrt(dd / (4 * tolerance))))
	for i := 1; i < n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		c.lineTo(pt{
			u*u*p0.x + 2*u*t*p1.x + t*t*p2.x,
			u*u*p0.y + 2*u*t*p1.y + t*t*p2.y,
		})
	}
	c.lineTo(p2)
}

// cubeTo flattens a cubic Bézier likewise; here D is at most six times
// the larger second difference of the control points.
func (c *contours) cubeTo(p1, p2, p3 pt) {
	c.ensureOpen(p3)
	p0 := c.pen()
	dd := max(norm(p0.x-2*p1.x+p2.x, p0.y-2*p1.y+p2.y), norm(p1.x-2*p2.x+p3.x, p1.y-2*p2.y+p3.y))
	n := int(math.Ceil(math.Sqrt(3 * dd / (4 * tolerance))))
	for i := 1; i < n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		a, b, cc, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
		c.lineTo(pt{
			a*p0.x + b*p1.x + cc*p2.x + d*p3.x,
			a*p0.y + b*p1.y + cc*p2.y + d*p3.y,
		})
	}
	c.lineTo(p3)
}

func (c *contours) closePath() { c.end(true) }

// end finishes the contour being built, if any.
func (c *contours) end(closed bool) {
	if !c.open {
		return
	}
	c.open = false
	c.ends = append(c.ends, len(c.pts))
	c.closed = append(c.closed, closed)
}

// box is the pixel rectangle around all points, grown by pad.
func (c *contours) box(pad float64) (x0, y0, x1, y1 float64) {
	x0, y0, x1, y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range c.pts {
		x0, y0, x1, y1 = min(x0, p.x), min(y0, p.y), max(x1, p.x), max(y1, p.y)
	}
	return x0 - pad, y0 - pad, x1 + pad, y1 + pad
}

// xform maps frame millimetres to image pixels.
type xform struct{ dx, dy, s float64 }

func (x xform) pt(p frame.Point) pt { return pt{(p.X + x.dx) * x.s, (p.Y + x.dy) * x.s} }

// segs adds a frame path, in millimetres, to c.
func (c *contours) segs(segs []frame.Seg, x xform) {
	for _, s := range segs {
		switch s.Op {
		case frame.MoveTo:
			c.moveTo(x.pt(s.P[0]))
		case frame.LineTo:
			c.lineTo(x.pt(s.P[0]))
		case frame.CubeTo:
			c.cubeTo(x.pt(s.P[0]), x.pt(s.P[1]), x.pt(s.P[2]))
		case frame.ClosePath:
			c.closePath()
		}
	}
	c.end(false)
}

// glyph adds an outline (ems, y up) whose origin is at (ox, oy) pixels and
// whose em is em pixels.
func (c *contours) glyph(o fonts.Outline, ox, oy, em float64) {
	at := func(p [2]float64) pt { return pt{ox + p[0]*em, oy - p[1]*em} }
	for _, s := range o {
		switch s.Op {
		case fonts.SegMove:
			c.moveTo(at(s.P[0]))
		case fonts.SegLine:
			c.lineTo(at(s.P[0]))
		case fonts.SegQuad:
			c.quadTo(at(s.P[0]), at(s.P[1]))
		case fonts.SegCube:
			c.cubeTo(at(s.P[0]), at(s.P[1]), at(s.P[2]))
		case fonts.SegClose:
			c.closePath()
		}
	}
	c.end(false)
}

// norm is a vector's length; math.Hypot guards against overflow that
// pixel coordinates never reach, at several times the cost.
func norm(x, y float64) float64 { return math.Sqrt(x*x + y*y) }
