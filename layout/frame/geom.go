package frame

// Box is an axis-aligned rectangle.
type Box struct{ X, Y, W, H float64 }

// Contains reports whether b lies entirely within o.
func (o Box) Contains(b Box) bool {
	const eps = 1e-6
	return b.X >= o.X-eps && b.Y >= o.Y-eps && b.X+b.W <= o.X+o.W+eps && b.Y+b.H <= o.Y+o.H+eps
}

// Inset shrinks the box by d on every side.
func (o Box) Inset(d float64) Box { return Box{o.X + d, o.Y + d, o.W - 2*d, o.H - 2*d} }

// Overlaps reports whether b reaches into the inside of o.
func (o Box) Overlaps(b Box) bool {
	const eps = 1e-6
	return b.X < o.X+o.W-eps && b.X+b.W > o.X+eps && b.Y < o.Y+o.H-eps && b.Y+b.H > o.Y+eps
}

const ptToMM = 25.4 / 72

// PtToMM converts points to millimetres.
func PtToMM(pt float64) float64 { return pt * ptToMM }

// kappa places Bézier control points so that a quarter curve approximates
// a circular arc.
const kappa = 0.5522847498

// Outline is the rectangle's outline as a path, clockwise on the page from
// the top-left, its corners quarter arcs of radius R (at most half a side).
func (r Rect) Outline() []Seg {
	b := r.Box
	x0, y0, x1, y1 := b.X, b.Y, b.X+b.W, b.Y+b.H
	rad := min(r.R, b.W/2, b.H/2)
	if rad <= 0 {
		return []Seg{mv(x0, y0), ln(x1, y0), ln(x1, y1), ln(x0, y1), {Op: ClosePath}}
	}
	d := rad * (1 - kappa)
	return []Seg{
		mv(x0+rad, y0),
		ln(x1-rad, y0), cb(x1-d, y0, x1, y0+d, x1, y0+rad),
		ln(x1, y1-rad), cb(x1, y1-d, x1-d, y1, x1-rad, y1),
		ln(x0+rad, y1), cb(x0+d, y1, x0, y1-d, x0, y1-rad),
		ln(x0, y0+rad), cb(x0, y0+d, x0+d, y0, x0+rad, y0),
		{Op: ClosePath},
	}
}

// Outline is the circle as four quarter arcs, starting at its right.
func (c Circle) Outline() []Seg {
	x, y, r := c.X, c.Y, c.R
	d := r * kappa
	return []Seg{
		mv(x+r, y),
		cb(x+r, y+d, x+d, y+r, x, y+r),
		cb(x-d, y+r, x-r, y+d, x-r, y),
		cb(x-r, y-d, x-d, y-r, x, y-r),
		cb(x+d, y-r, x+r, y-d, x+r, y),
		{Op: ClosePath},
	}
}

func mv(x, y float64) Seg { return Seg{Op: MoveTo, P: [3]Point{{x, y}}} }
func ln(x, y float64) Seg { return Seg{Op: LineTo, P: [3]Point{{x, y}}} }
func cb(x1, y1, x2, y2, x3, y3 float64) Seg {
	return Seg{Op: CubeTo, P: [3]Point{{x1, y1}, {x2, y2}, {x3, y3}}}
}

// Translate returns the segments moved by (dx, dy).
func Translate(segs []Seg, dx, dy float64) []Seg {
	out := make([]Seg, len(segs))
	for i, s := range segs {
		out[i] = s
		for j := range s.Op.points() {
			out[i].P[j].X += dx
			out[i].P[j].Y += dy
		}
	}
	return out
}
