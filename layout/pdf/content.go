package pdf

import (
	"math"
	"strconv"
	"sync"

	"github.com/fuwuka/fuwuka/layout/frame"
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
	fill, stroke     frame.Color
	hasFill, hasStrk bool
	lineW            float64
	// current overprint of fills and strokes, when known: a form's
	// stream starts with whatever state it is drawn in
	opFill, opStroke, opKnown bool
}

// contentPool holds content buffers for reuse, as bufferPool does.
var contentPool = sync.Pool{New: func() any { return new([]byte) }}

// newContent is a content stream for a frame of height h; known says the
// overprint state is known to be off, as at the start of a page.
func newContent(res *resources, h float64, known bool) *content {
	b := contentPool.Get().(*[]byte)
	return &content{b: (*b)[:0], res: res, h: h, opKnown: known}
}

// free gives the content's buffer back for reuse; c is not used after.
func (c *content) free() {
	b := c.b[:0]
	c.b = nil
	contentPool.Put(&b)
}

// overprints says whether a colour is printed over the inks under it
// rather than knocking them out: 100 % K only, the press convention for
// black text and codes, and spot colours (the die line, registration
// marks), which must never cut the artwork out under them. Never white.
func overprints(c frame.Color) bool {
	return c.Spot != "" || c.C == 0 && c.M == 0 && c.Y == 0 && c.K == 1
}

// overprint sets overprint for the next fill and stroke.
func (c *content) overprint(fill, stroke bool) {
	if c.opKnown && c.opFill == fill && c.opStroke == stroke {
		return
	}
	c.opFill, c.opStroke, c.opKnown = fill, stroke, true
	c.b = append(c.b, '/')
	c.b = append(c.b, c.res.gstate(fill, stroke)...)
	c.op(" gs")
}

func (c *content) num(v float64) {
	c.b = appendNum(c.b, v)
	c.b = append(c.b, ' ')
}

// appendNum writes a number to 3 decimals: a thousandth of a point is far
// below any press tolerance.
func appendNum(b []byte, v float64) []byte {
	m := math.Round(v * 1000)
	if math.Abs(m) >= 1e15 {
		return strconv.AppendFloat(b, m/1000, 'f', -1, 64)
	}
	// In thousandths as an integer: the digits strconv's shortest form of
	// m/1000 would give, at a fraction of its cost, and no "-0".
	n := int64(m)
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	b = strconv.AppendInt(b, n/1000, 10)
	if frac := n % 1000; frac != 0 {
		digits := [4]byte{'.', byte('0' + frac/100), byte('0' + frac/10%10), byte('0' + frac%10)}
		end := 4
		for digits[end-1] == '0' {
			end--
		}
		b = append(b, digits[:end]...)
	}
	return b
}

func (c *content) op(s string) { c.b = append(c.b, s...); c.b = append(c.b, '\n') }

// x and y write a position, l a length.
func (c *content) x(mm float64) { c.num((c.ox + mm) * k) }
func (c *content) y(mm float64) { c.num((c.h - c.oy - mm) * k) }
func (c *content) l(mm float64) { c.num(mm * k) }

func (c *content) setFill(col frame.Color) {
	if c.hasFill && c.fill == col {
		return
	}
	c.fill, c.hasFill = col, true
	c.color(col, false)
}

func (c *content) setStroke(col frame.Color) {
	if c.hasStrk && c.stroke == col {
		return
	}
	c.stroke, c.hasStrk = col, true
	c.color(col, true)
}

func (c *content) color(col frame.Color, stroke bool) {
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
func (c *content) paint(p frame.Paint) string {
	c.overprint(p.Fill != nil && overprints(*p.Fill), p.Stroke != nil && overprints(*p.Stroke))
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
	c.hasFill, c.hasStrk, c.lineW, c.opKnown = false, false, 0, false
}

func (c *content) rect(r frame.Rect) {
	if r.R > 0 {
		c.path(r.Outline(), r.Paint)
		return
	}
	op := c.paint(r.Paint)
	c.x(r.X)
	c.y(r.Y + r.H)
	c.l(r.W)
	c.l(r.H)
	c.op("re " + op)
}

// path draws an outline; a closed subpath is closed with h.
func (c *content) path(segs []frame.Seg, p frame.Paint) {
	op := c.paint(p)
	for _, s := range segs {
		for _, pt := range s.Points() {
			c.x(pt.X)
			c.y(pt.Y)
		}
		switch s.Op {
		case frame.MoveTo:
			c.op("m")
		case frame.LineTo:
			c.op("l")
		case frame.CubeTo:
			c.op("c")
		case frame.ClosePath:
			c.op("h")
		}
	}
	c.op(op)
}

func (c *content) pt(x, y float64, op string) {
	c.x(x)
	c.y(y)
	c.op(op)
}

func (c *content) line(l frame.Line) {
	op := c.paint(l.Paint)
	c.pt(l.X1, l.Y1, "m")
	c.pt(l.X2, l.Y2, "l")
	c.op(op)
}

// modules draws a QR grid as one path: each horizontal run of dark modules
// is one rectangle, so there are no seams inside a run.
func (c *content) modules(m frame.Modules) {
	c.overprint(overprints(m.Color), c.opStroke && c.opKnown)
	c.setFill(m.Color)
	for _, r := range m.Runs() {
		c.x(r.X)
		c.y(r.Y + r.H)
		c.l(r.W)
		c.l(r.H)
		c.op("re")
	}
	c.op("f")
}

// text shows a glyph run. The font's widths are the run's advances, so
// the glyphs land where layout put them without adjustments.
func (c *content) text(t frame.Text, sf *subsetFont) {
	c.overprint(overprints(t.Color), c.opStroke && c.opKnown)
	c.setFill(t.Color)
	c.b = append(c.b, "BT /"...)
	c.b = append(c.b, sf.name...)
	c.b = append(c.b, ' ')
	c.num(t.Size)
	c.b = append(c.b, "Tf 1 0 0 1 "...)
	c.x(t.X)
	c.y(t.Y)
	c.b = append(c.b, "Tm <"...)
	for _, g := range t.Glyphs {
		c.b = appendHex4(c.b, sf.newID[g.ID])
	}
	c.op("> Tj ET")
}

func appendHex4(b []byte, v uint16) []byte {
	const hex = "0123456789ABCDEF"
	return append(b, hex[v>>12], hex[v>>8&15], hex[v>>4&15], hex[v&15])
}
