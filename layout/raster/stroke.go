package raster

import "math"

// stroke adds to out, as closed polygons, the band of width w pixels
// centred on in's contours: a quadrilateral on every chord (butt ends) and
// a round wedge on the outside of every corner between chords, including
// the corner where a closed contour meets itself.
//
// The pieces overlap inside corners. The rasterizer sums signed coverage
// and clamps its magnitude to full, so overlaps stay solid as long as
// every piece winds the same way; all are emitted with negative shoelace
// area (x·y' − x'·y summed), which for image coordinates is
// counter-clockwise on screen.
func stroke(out, in *contours, w float64) {
	h := w / 2
	// The angle between arc points that keeps a round join within
	// tolerance of the true circle.
	step := math.Pi / 2
	if h > tolerance {
		step = min(step, 2*math.Acos(1-tolerance/h))
	}
	var buf []pt
	for i := range in.len() {
		pts, closed := in.contour(i)
		buf = dedupe(buf[:0], pts, closed)
		n := len(buf)
		if n < 2 {
			continue
		}
		segs := n - 1
		if closed {
			segs = n
		}
		for j := range segs {
			a, b := buf[j], buf[(j+1)%n]
			d := unit(b.x-a.x, b.y-a.y)
			nx, ny := -d.y*h, d.x*h
			out.moveTo(pt{a.x + nx, a.y + ny})
			out.lineTo(pt{b.x + nx, b.y + ny})
			out.lineTo(pt{b.x - nx, b.y - ny})
			out.lineTo(pt{a.x - nx, a.y - ny})
			out.closePath()
		}
		for j := range n {
			if !closed && (j == 0 || j == n-1) {
				continue
			}
			prev, p, next := buf[(j+n-1)%n], buf[j], buf[(j+1)%n]
			join(out, p, unit(p.x-prev.x, p.y-prev.y), unit(next.x-p.x, next.y-p.y), h, step)
		}
	}
}

// join adds the round wedge that fills the gap on the outside of the corner
// at p between chords going in direction d1 and then d2 (unit vectors).
func join(out *contours, p, d1, d2 pt, h, step float64) {
	cross := d1.x*d2.y - d1.y*d2.x
	dot := d1.x*d2.x + d1.y*d2.y
	if math.Abs(cross) < 1e-9 {
		if dot > 0 {
			return // straight on: the chords' ends meet
		}
		// Turning back on itself: the outside is both sides, a half
		// disc each way, which together are a whole disc.
		disc(out, p, h, step)
		return
	}
	// The outside of a turn towards the left normal (-d.y, d.x) is the right.
	side := -h
	if cross < 0 {
		side = h
	}
	o1 := pt{-d1.y * side, d1.x * side}
	o2 := pt{-d2.y * side, d2.x * side}
	// Angle from o1 to o2, the short way round.
	sweep := math.Atan2(o1.x*o2.y-o1.y*o2.x, o1.x*o2.x+o1.y*o2.y)
	k := max(1, int(math.Ceil(math.Abs(sweep)/step)))
	sin, cos := math.Sincos(sweep / float64(k))
	// A positive sweep would give a positive area: walk the arc from o2
	// back to o1 instead.
	if sweep > 0 {
		o1, sin = o2, -sin
	}
	out.moveTo(p)
	o := o1
	for range k {
		out.lineTo(pt{p.x + o.x, p.y + o.y})
		o = pt{o.x*cos - o.y*sin, o.x*sin + o.y*cos}
	}
	out.lineTo(pt{p.x + o.x, p.y + o.y})
	out.closePath()
}

// disc adds a polygon within tolerance of the circle of radius h around p,
// wound like the stroke's other pieces.
func disc(out *contours, p pt, h, step float64) {
	k := max(4, int(math.Ceil(2*math.Pi/step)))
	sin, cos := math.Sincos(-2 * math.Pi / float64(k))
	o := pt{h, 0}
	out.moveTo(pt{p.x + o.x, p.y + o.y})
	for range k - 1 {
		o = pt{o.x*cos - o.y*sin, o.x*sin + o.y*cos}
		out.lineTo(pt{p.x + o.x, p.y + o.y})
	}
	out.closePath()
}

// dedupe copies pts to buf without repeated points (nor, for a closed
// contour, a last point repeating the first): they have no direction.
func dedupe(buf, pts []pt, closed bool) []pt {
	const eps = 1e-9
	same := func(a, b pt) bool { return math.Abs(a.x-b.x) < eps && math.Abs(a.y-b.y) < eps }
	for _, p := range pts {
		if len(buf) > 0 && same(buf[len(buf)-1], p) {
			continue
		}
		buf = append(buf, p)
	}
	if closed && len(buf) > 1 && same(buf[0], buf[len(buf)-1]) {
		buf = buf[:len(buf)-1]
	}
	return buf
}

func unit(x, y float64) pt {
	l := math.Hypot(x, y)
	return pt{x / l, y / l}
}
