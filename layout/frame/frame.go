package frame

import (
	"github.com/fuwuka/fuwuka/fonts"
)

// Frame is a finished layout: a size and items at fixed positions. Lengths
// are millimetres, the origin is the top-left corner, y grows downwards.
type Frame struct {
	W, H  float64
	Items []Item
}

// Add appends items.
func (f *Frame) Add(items ...Item) { f.Items = append(f.Items, items...) }

// Item is one of Rect, Line, Circle, Path, Text, Modules or Group.
type Item interface {
	// Bounds is the box the item covers in its frame.
	Bounds() Box
	item()
}

// Page is a frame as a writer puts it on a page: the frame is the whole
// page (the PDF MediaBox), Trim the finished size and Bleed the extent of
// the artwork, both in the frame's millimetres.
type Page struct {
	Frame *Frame
	Trim  Box
	Bleed Box
}

// Paint says how a shape is drawn: filled, stroked, or both.
type Paint struct {
	Fill   *Color
	Stroke *Color
	Line   float64 // stroke width in mm
}

// Rect is a rectangle, with rounded corners when R > 0.
type Rect struct {
	Box
	R float64
	Paint
}

// Line is a straight segment, stroked.
type Line struct {
	X1, Y1, X2, Y2 float64
	Paint
}

// Circle is a circle around (X, Y).
type Circle struct {
	X, Y, R float64
	Paint
}

// Path is a general outline of straight and cubic Bézier segments, in the
// frame's coordinates. Fill uses the non-zero winding rule.
type Path struct {
	Segs []Seg
	Paint
}

// Op is what a path segment does.
type Op uint8

const (
	MoveTo Op = iota // start a subpath at P[0]
	LineTo           // straight to P[0]
	CubeTo           // a cubic Bézier with controls P[0], P[1] to P[2]
	ClosePath
)

// Point is a position in millimetres.
type Point struct{ X, Y float64 }

// Seg is one segment of a Path; it uses as many points as its Op needs.
type Seg struct {
	Op Op
	P  [3]Point
}

// Text is a run of glyphs set in one face: layout has chosen the face that
// draws each character and the advance of every glyph, so writers draw it
// as it is. (X, Y) is the left end of the baseline.
type Text struct {
	X, Y   float64
	Size   float64 // points
	Face   *fonts.Face
	Color  Color
	Glyphs []Glyph
}

// Glyph is one glyph of a run: its id in the face, its advance in ems, and
// the character it draws (for search, copy and accessibility).
type Glyph struct {
	ID      uint16
	Advance float64
	Char    rune
}

// Width is the run's advance in millimetres.
func (t Text) Width() float64 {
	em := 0.0
	for _, g := range t.Glyphs {
		em += g.Advance
	}
	return em * PtToMM(t.Size)
}

// String is the characters the run draws.
func (t Text) String() string {
	rs := make([]rune, len(t.Glyphs))
	for i, g := range t.Glyphs {
		rs[i] = g.Char
	}
	return string(rs)
}

// Modules is a grid of dark squares (a QR code), drawn as one shape.
type Modules struct {
	X, Y   float64 // top-left of the grid, quiet zone excluded
	Module float64 // side of one module in mm
	Dark   Grid
	Color  Color
}

// Grid is which modules of a grid are dark, one bit each, row by row from
// the top: a QR code weighs an eighth of a byte a module, so that sheets
// of many households can hold every household's code.
type Grid struct {
	Cols, Rows int
	bits       []byte
}

// NewGrid is a grid of light modules.
func NewGrid(cols, rows int) Grid {
	return Grid{Cols: cols, Rows: rows, bits: make([]byte, (cols*rows+7)/8)}
}

// GridOf is the grid of dark modules rows[y][x]; every row as long as the
// first.
func GridOf(rows [][]bool) Grid {
	if len(rows) == 0 {
		return Grid{}
	}
	g := NewGrid(len(rows[0]), len(rows))
	for y, row := range rows {
		for x, dark := range row {
			if dark {
				g.Set(x, y)
			}
		}
	}
	return g
}

// Set makes the module in column x of row y dark.
func (g Grid) Set(x, y int) {
	i := y*g.Cols + x
	g.bits[i/8] |= 1 << (i % 8)
}

// At says whether the module in column x of row y is dark.
func (g Grid) At(x, y int) bool {
	i := y*g.Cols + x
	return g.bits[i/8]>>(i%8)&1 == 1
}

// Group places another frame with its top-left corner at (X, Y).
type Group struct {
	X, Y  float64
	Frame *Frame
	// Layer, when set, puts the group on an optional-content layer of that
	// name, which viewers and RIPs can hide.
	Layer string
	// Key, when set, marks the frame as shared artwork: writers may draw it
	// once and refer to it wherever a group has the same key, in one file
	// or in the files of one run, so a key names one frame for the run.
	Key string
}

func (Rect) item()    {}
func (Line) item()    {}
func (Circle) item()  {}
func (Path) item()    {}
func (Text) item()    {}
func (Modules) item() {}
func (Group) item()   {}

// Bounds is the rectangle's box; a stroke reaches half its width beyond.
func (r Rect) Bounds() Box { return r.Box }

// Bounds is the box between the line's ends.
func (l Line) Bounds() Box {
	x, y := min(l.X1, l.X2), min(l.Y1, l.Y2)
	return Box{x, y, max(l.X1, l.X2) - x, max(l.Y1, l.Y2) - y}
}

// Bounds is the box around the circle.
func (c Circle) Bounds() Box { return Box{c.X - c.R, c.Y - c.R, 2 * c.R, 2 * c.R} }

// Bounds is the box of the path's points, control points included.
func (p Path) Bounds() Box {
	if len(p.Segs) == 0 {
		return Box{}
	}
	x0, y0, x1, y1 := p.Segs[0].P[0].X, p.Segs[0].P[0].Y, p.Segs[0].P[0].X, p.Segs[0].P[0].Y
	for _, s := range p.Segs {
		for _, pt := range s.P[:s.Op.points()] {
			x0, y0, x1, y1 = min(x0, pt.X), min(y0, pt.Y), max(x1, pt.X), max(y1, pt.Y)
		}
	}
	return Box{x0, y0, x1 - x0, y1 - y0}
}

// points is the number of points a segment of this kind uses.
func (o Op) points() int {
	switch o {
	case MoveTo, LineTo:
		return 1
	case CubeTo:
		return 3
	}
	return 0
}

// Points is the segment's points.
func (s Seg) Points() []Point { return s.P[:s.Op.points()] }

// Bounds is the run's advance across and the face's ascent and descent
// (for CJK faces the ideographic em box) up and down.
func (t Text) Bounds() Box {
	em := PtToMM(t.Size)
	asc, desc := t.Face.Ascent(), t.Face.Descent()
	return Box{t.X, t.Y - asc*em, t.Width(), (asc + desc) * em}
}

// Bounds is the grid's box.
func (m Modules) Bounds() Box {
	return Box{m.X, m.Y, float64(m.Dark.Cols) * m.Module, float64(m.Dark.Rows) * m.Module}
}

// Bounds is the placed frame's box.
func (g Group) Bounds() Box { return Box{g.X, g.Y, g.Frame.W, g.Frame.H} }

// Walk calls fn for every item that is not a group, with its box in the
// outermost frame, descending into groups.
func Walk(f *Frame, fn func(it Item, at Box)) { walk(f, 0, 0, fn) }

func walk(f *Frame, dx, dy float64, fn func(Item, Box)) {
	for _, it := range f.Items {
		if g, ok := it.(Group); ok {
			walk(g.Frame, dx+g.X, dy+g.Y, fn)
			continue
		}
		b := it.Bounds()
		b.X += dx
		b.Y += dy
		fn(it, b)
	}
}

// Runs is the dark modules as one box per horizontal run of them, row by
// row from the top: writers draw these as one shape, so neighbouring
// squares share their edges exactly and no seams show between them.
func (m Modules) Runs() []Box {
	var out []Box
	g := m.Dark
	for row := 0; row < g.Rows; row++ {
		for col := 0; col < g.Cols; {
			if !g.At(col, row) {
				col++
				continue
			}
			end := col
			for end < g.Cols && g.At(end, row) {
				end++
			}
			out = append(out, Box{X: m.X + float64(col)*m.Module, Y: m.Y + float64(row)*m.Module, W: float64(end-col) * m.Module, H: m.Module})
			col = end
		}
	}
	return out
}
