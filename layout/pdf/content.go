package pdf

import (
	"math"
	"strconv"

	"github.com/fuwuka/fuwuka/layout"
)

const k = 72 / 25.4 // points per millimetre

// content builds one content stream. It flips y: frames grow downwards,
// PDF user space grows upwards from the bottom of the frame of height h.
type content struct {
	b   []byte
	res *resources
	h   float64 // frame height in mm
	// offset of the frame being drawn inside the outermost one, in mm
	ox, oy float64
	// current colours, so repeated items do not repeat operators
	fill, stroke     layout.Color
	hasFill, hasStrk bool
	lineW            float64
}

func (c *content) num(v float64) {
	// 3 decimals of a point is far below any press tolerance.
	r := math.Round(v*1000) / 1000
	if r == 0 {
		r = 0 // no "-0"
	}
	c.b = strconv.AppendFloat(c.b, r, 'f', -1, 64)
	c.b = append(c.b, ' ')
}

func (c *content) op(s string) { c.b = append(c.b, s...); c.b = append(c.b, '\n') }

// x and y write a position, l a length.
func (c *content) x(mm float64) { c.num((c.ox + mm) * k) }
func (c *content) y(mm float64) { c.num((c.h - c.oy - mm) * k) }
func (c *content) l(mm float64) { c.num(mm * k) }

func (c *content) setFill(col layout.Color) {
	if c.hasFill && c.fill == col {
		return
	}
	c.fill, c.hasFill = col, true
	c.color(col, false)
}

func (c *content) setStroke(col layout.Color) {
	if c.hasStrk && c.stroke == col {
		return
	}
	c.stroke, c.hasStrk = col, true
	c.color(col, true)
}

func (c *content) color(col layout.Color, stroke bool) {
	if col.Spot != "" {
		name := c.res.separation(col)
		c.b = append(c.b, '/')
		c.b = append(c.b, name...)
		if stroke {
			c.op(" CS 1 SCN")
		} else {
			c.op(" cs 1 scn")
		}
		return
	}
	c.num(col.C)
	c.num(col.M)
	c.num(col.Y)
	c.num(col.K)
	if stroke {
		c.op("K")
	} else {
		c.op("k")
	}
}

// paint sets colours and line width, returning the painting operator.
func (c *content) paint(p layout.Paint) string {
	if p.Fill != nil {
		c.setFill(*p.Fill)
	}
	if p.Stroke != nil {
		c.setStroke(*p.Stroke)
		if !c.hasLine(p.Line) {
			c.lineW = p.Line
			c.l(p.Line)
			c.op("w")
		}
	}
	switch {
	case p.Fill != nil && p.Stroke != nil:
		return "B"
	case p.Fill != nil:
		return "f"
	default:
		return "S"
	}
}

func (c *content) hasLine(w float64) bool { return c.lineW == w && c.lineW != 0 }

// save and restore bracket a change of graphics state; colours set inside
// are forgotten afterwards.
func (c *content) save() { c.op("q") }
func (c *content) restore() {
	c.op("Q")
	c.hasFill, c.hasStrk, c.lineW = false, false, 0
}

func (c *content) rect(r layout.Rect) {
	op := c.paint(r.Paint)
	if r.R <= 0 {
		c.x(r.X)
		c.y(r.Y + r.H)
		c.l(r.W)
		c.l(r.H)
		c.op("re " + op)
		return
	}
	c.roundRect(r.Box, r.R)
	c.op(op)
}

// kappa places Bézier control points so that a quarter curve approximates
// a circular arc.
const kappa = 0.5522847498

func (c *content) roundRect(b layout.Box, r float64) {
	r = min(r, b.W/2, b.H/2)
	x0, y0, x1, y1 := b.X, b.Y, b.X+b.W, b.Y+b.H
	d := r * (1 - kappa)
	c.pt(x0+r, y0, "m")
	c.pt(x1-r, y0, "l")
	c.curve(x1-d, y0, x1, y0+d, x1, y0+r)
	c.pt(x1, y1-r, "l")
	c.curve(x1, y1-d, x1-d, y1, x1-r, y1)
	c.pt(x0+r, y1, "l")
	c.curve(x0+d, y1, x0, y1-d, x0, y1-r)
	c.pt(x0, y0+r, "l")
	c.curve(x0, y0+d, x0+d, y0, x0+r, y0)
	c.op("h")
}

func (c *content) pt(x, y float64, op string) {
	c.x(x)
	c.y(y)
	c.op(op)
}

func (c *content) curve(x1, y1, x2, y2, x3, y3 float64) {
	c.x(x1)
	c.y(y1)
	c.x(x2)
	c.y(y2)
	c.x(x3)
	c.y(y3)
	c.op("c")
}

func (c *content) line(l layout.Line) {
	op := c.paint(l.Paint)
	c.pt(l.X1, l.Y1, "m")
	c.pt(l.X2, l.Y2, "l")
	c.op(op)
}

func (c *content) circle(ci layout.Circle) {
	op := c.paint(ci.Paint)
	x, y, r := ci.X, ci.Y, ci.R
	d := r * kappa
	c.pt(x+r, y, "m")
	c.curve(x+r, y+d, x+d, y+r, x, y+r)
	c.curve(x-d, y+r, x-r, y+d, x-r, y)
	c.curve(x-r, y-d, x-d, y-r, x, y-r)
	c.curve(x+d, y-r, x+r, y-d, x+r, y)
	c.op("h " + op)
}

// modules draws a QR grid as one path: each horizontal run of dark modules
// is one rectangle, so there are no seams inside a run.
func (c *content) modules(m layout.Modules) {
	c.setFill(m.Color)
	for row, line := range m.Dark {
		for col := 0; col < len(line); {
			if !line[col] {
				col++
				continue
			}
			end := col
			for end < len(line) && line[end] {
				end++
			}
			c.x(m.X + float64(col)*m.Module)
			c.y(m.Y + float64(row+1)*m.Module)
			c.l(float64(end-col) * m.Module)
			c.l(m.Module)
			c.op("re")
			col = end
		}
	}
	c.op("f")
}

func (c *content) text(t layout.Text, runs []run) {
	c.setFill(t.Color)
	c.op("BT")
	x := t.X
	for _, r := range runs {
		c.b = append(c.b, '/')
		c.b = append(c.b, r.font.name...)
		c.b = append(c.b, ' ')
		c.num(t.Size)
		c.op("Tf")
		c.b = append(c.b, "1 0 0 1 "...)
		c.x(x)
		c.y(t.Y)
		c.op("Tm")
		c.b = append(c.b, '<')
		for _, id := range r.ids {
			c.b = appendHex4(c.b, id)
		}
		c.op("> Tj")
		x += r.advance * t.Size / 1000 / k
	}
	c.op("ET")
}

func appendHex4(b []byte, v uint16) []byte {
	const hex = "0123456789ABCDEF"
	return append(b, hex[v>>12], hex[v>>8&15], hex[v>>4&15], hex[v&15])
}
