package design

import (
	"github.com/fuwuka/fuwuka/layout/frame"
)

type align int

const (
	left align = iota
	center
	right
)

// placed is where a line of text went: its left edge and width.
type placed struct{ X, Width float64 }

// text sets one line into dst with its baseline at y; x is the left edge,
// centre or right edge depending on a.
func (l *cardLayout) text(dst *frame.Frame, x, y, size float64, bold bool, col frame.Color, s string, a align) placed {
	line := l.setter.Set(s, size, bold, col)
	switch a {
	case center:
		x -= line.Width / 2
	case right:
		x -= line.Width
	}
	dst.Add(line.At(x, y)...)
	return placed{x, line.Width}
}

// shift moves a text, a box or a path down by dy.
func shift(it frame.Item, dy float64) frame.Item {
	switch it := it.(type) {
	case frame.Text:
		it.Y += dy
		return it
	case frame.Rect:
		it.Y += dy
		return it
	case frame.Path:
		it.Segs = frame.Translate(it.Segs, 0, dy)
		return it
	}
	return it
}

// icon places an icon of the 24-unit box with its top-left corner at (x,
// y), size millimetres square.
func icon(segs []frame.Seg, x, y, size float64, col frame.Color) frame.Path {
	k := size / 24
	out := make([]frame.Seg, len(segs))
	for i, s := range segs {
		out[i] = s
		for j := range s.Points() {
			out[i].P[j] = frame.Point{X: x + s.P[j].X*k, Y: y + s.P[j].Y*k}
		}
	}
	return frame.Path{Segs: out, Paint: frame.Paint{Fill: &col}}
}

// roundedBand is a filled box whose top corners are rounded by top and
// bottom corners by bottom: a plain box when neither is.
func roundedBand(b frame.Box, top, bottom float64, col frame.Color) frame.Item {
	if top <= 0 && bottom <= 0 {
		return frame.Rect{Box: b, Paint: frame.Paint{Fill: &col}}
	}
	const kappa = 0.5522847498
	x0, y0, x1, y1 := b.X, b.Y, b.X+b.W, b.Y+b.H
	top, bottom = min(top, b.H/2, b.W/2), min(bottom, b.H/2, b.W/2)
	dt, db := top*(1-kappa), bottom*(1-kappa)
	pt := func(x, y float64) frame.Point { return frame.Point{X: x, Y: y} }
	segs := []frame.Seg{
		{Op: frame.MoveTo, P: [3]frame.Point{pt(x0+top, y0)}},
		{Op: frame.LineTo, P: [3]frame.Point{pt(x1-top, y0)}},
		{Op: frame.CubeTo, P: [3]frame.Point{pt(x1-dt, y0), pt(x1, y0+dt), pt(x1, y0+top)}},
		{Op: frame.LineTo, P: [3]frame.Point{pt(x1, y1-bottom)}},
		{Op: frame.CubeTo, P: [3]frame.Point{pt(x1, y1-db), pt(x1-db, y1), pt(x1-bottom, y1)}},
		{Op: frame.LineTo, P: [3]frame.Point{pt(x0+bottom, y1)}},
		{Op: frame.CubeTo, P: [3]frame.Point{pt(x0+db, y1), pt(x0, y1-db), pt(x0, y1-bottom)}},
		{Op: frame.LineTo, P: [3]frame.Point{pt(x0, y0+top)}},
		{Op: frame.CubeTo, P: [3]frame.Point{pt(x0, y0+dt), pt(x0+dt, y0), pt(x0+top, y0)}},
		{Op: frame.ClosePath},
	}
	return frame.Path{Segs: segs, Paint: frame.Paint{Fill: &col}}
}
