package layout

import (
	"crypto/sha256"
	"fmt"
)

// Frame is a finished layout: a size and items at fixed positions. Lengths
// are millimetres, the origin is the top-left corner, y grows downwards.
type Frame struct {
	W, H  float64
	Items []Item
}

// Add appends items.
func (f *Frame) Add(items ...Item) { f.Items = append(f.Items, items...) }

// Item is one of Rect, Path, Text, Modules or Group.
type Item interface{ bounds() Box }

// Box is an axis-aligned rectangle.
type Box struct{ X, Y, W, H float64 }

// Contains reports whether b lies entirely within o.
func (o Box) Contains(b Box) bool {
	const eps = 1e-6
	return b.X >= o.X-eps && b.Y >= o.Y-eps && b.X+b.W <= o.X+o.W+eps && b.Y+b.H <= o.Y+o.H+eps
}

// Inset shrinks the box by d on every side.
func (o Box) Inset(d float64) Box { return Box{o.X + d, o.Y + d, o.W - 2*d, o.H - 2*d} }

// Color is a process colour (C, M, Y, K each 0..1) or, when Spot is set, a
// separation of that name at full tint whose alternate is the CMYK value.
type Color struct {
	C, M, Y, K float64
	Spot       string
}

// CMYK makes a process colour from percentages.
func CMYK(c, m, y, k float64) Color { return Color{C: c / 100, M: m / 100, Y: y / 100, K: k / 100} }

// Common colours. Black is 100 % K only, so small text and QR modules stay
// sharp when the plates do not quite register.
var (
	Black = CMYK(0, 0, 0, 100)
	White = CMYK(0, 0, 0, 0)
	// Registration prints on every plate; crop marks use it.
	Registration = Color{C: 1, M: 1, Y: 1, K: 1, Spot: "All"}
	// CutContour is the die line print-and-cut machines look for by name.
	CutContour = Color{M: 1, Spot: "CutContour"}
)

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

func (r Rect) bounds() Box { return r.Box }

// Line is a straight segment, stroked.
type Line struct {
	X1, Y1, X2, Y2 float64
	Paint
}

func (l Line) bounds() Box {
	x, y := min(l.X1, l.X2), min(l.Y1, l.Y2)
	return Box{x, y, max(l.X1, l.X2) - x, max(l.Y1, l.Y2) - y}
}

// Circle is a circle around (X, Y).
type Circle struct {
	X, Y, R float64
	Paint
}

func (c Circle) bounds() Box { return Box{c.X - c.R, c.Y - c.R, 2 * c.R, 2 * c.R} }

// Text is one line of text. (X, Y) is the left end of the baseline.
type Text struct {
	X, Y  float64
	Size  float64 // points
	Bold  bool
	Color Color
	S     string
	Width float64 // advance in mm, as measured by layout
	Field string  // roster field the text comes from, for messages
}

func (t Text) bounds() Box {
	// Ascent and descent of CJK faces are about 0.88 and 0.12 em.
	em := t.Size * ptToMM
	return Box{t.X, t.Y - 0.88*em, t.Width, em}
}

// Modules is a grid of dark squares (a QR code), drawn as one path.
type Modules struct {
	X, Y   float64 // top-left of the grid, quiet zone included
	Module float64 // side of one module in mm
	Dark   [][]bool
	Color  Color
}

func (m Modules) bounds() Box {
	n := float64(len(m.Dark))
	return Box{m.X, m.Y, n * m.Module, n * m.Module}
}

// Group places another frame with its top-left corner at (X, Y).
type Group struct {
	X, Y  float64
	Frame *Frame
	// Layer, when set, puts the group on an optional-content layer of that
	// name, which viewers and RIPs can hide.
	Layer string
	// Key, when set, marks the frame as shared artwork: writers may draw it
	// once and refer to it wherever a group has the same key.
	Key string
}

func (g Group) bounds() Box { return Box{g.X, g.Y, g.Frame.W, g.Frame.H} }

// Bounds returns the box an item covers.
func Bounds(it Item) Box { return it.bounds() }

const ptToMM = 25.4 / 72

// PtToMM converts points to millimetres.
func PtToMM(pt float64) float64 { return pt * ptToMM }

// Digest identifies a frame by its content: equal frames have equal
// digests, whatever their items' addresses.
func (f *Frame) Digest() string {
	h := sha256.New()
	fmt.Fprintf(h, "%g %g\n", f.W, f.H)
	for _, it := range f.Items {
		switch it := it.(type) {
		case Rect:
			fmt.Fprintf(h, "R %v %g %s\n", it.Box, it.R, it.Paint.digest())
		case Line:
			fmt.Fprintf(h, "L %g %g %g %g %s\n", it.X1, it.Y1, it.X2, it.Y2, it.Paint.digest())
		case Circle:
			fmt.Fprintf(h, "C %g %g %g %s\n", it.X, it.Y, it.R, it.Paint.digest())
		case Text:
			fmt.Fprintf(h, "T %g %g %g %t %v %q\n", it.X, it.Y, it.Size, it.Bold, it.Color, it.S)
		case Modules:
			fmt.Fprintf(h, "M %g %g %g %v %v\n", it.X, it.Y, it.Module, it.Color, it.Dark)
		case Group:
			fmt.Fprintf(h, "G %g %g %q %q %s\n", it.X, it.Y, it.Layer, it.Key, it.Frame.Digest())
		}
	}
	return fmt.Sprintf("%x", h.Sum(nil)[:12])
}

func (p Paint) digest() string {
	s := fmt.Sprintf("w%g", p.Line)
	if p.Fill != nil {
		s += fmt.Sprintf(" f%v", *p.Fill)
	}
	if p.Stroke != nil {
		s += fmt.Sprintf(" s%v", *p.Stroke)
	}
	return s
}
