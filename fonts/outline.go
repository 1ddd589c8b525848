package fonts

// Outline is a glyph's contours in ems, with y growing upwards from the
// baseline and x from the glyph's origin. Contours are closed; filling uses
// the non-zero winding rule.
type Outline []Segment

// SegmentOp is what an outline segment does.
type SegmentOp uint8

const (
	SegMove  SegmentOp = iota // start a contour at P[0]
	SegLine                   // straight to P[0]
	SegQuad                   // quadratic Bézier, control P[0], to P[1]
	SegCube                   // cubic Bézier, controls P[0] and P[1], to P[2]
	SegClose                  // back to the contour's start
)

// Segment is one piece of an outline.
type Segment struct {
	Op SegmentOp
	P  [3][2]float64
}

// Outline returns glyph id's contours; an id the face does not have, or
// whose contours cannot be read, has none. Outlines are parsed once per
// glyph and shared: do not modify them.
func (f *Face) Outline(id uint16) Outline {
	if v, ok := f.outlines.Load(id); ok {
		return v.(Outline)
	}
	p := &outliner{scale: 1 / f.unitsPerEm}
	if err := glyphPath(f, p, id); err != nil {
		p.o = nil
	}
	v, _ := f.outlines.LoadOrStore(id, p.o)
	return v.(Outline)
}

// outliner collects a glyph's path as the font parser draws it.
type outliner struct {
	o     Outline
	scale float64
}

func (p *outliner) pt(x, y float64) [2]float64 { return [2]float64{x * p.scale, y * p.scale} }

func (p *outliner) MoveTo(x, y float64) {
	p.o = append(p.o, Segment{Op: SegMove, P: [3][2]float64{p.pt(x, y)}})
}

func (p *outliner) LineTo(x, y float64) {
	p.o = append(p.o, Segment{Op: SegLine, P: [3][2]float64{p.pt(x, y)}})
}

func (p *outliner) QuadTo(cx, cy, x, y float64) {
	p.o = append(p.o, Segment{Op: SegQuad, P: [3][2]float64{p.pt(cx, cy), p.pt(x, y)}})
}

func (p *outliner) CubeTo(c1x, c1y, c2x, c2y, x, y float64) {
	p.o = append(p.o, Segment{Op: SegCube, P: [3][2]float64{p.pt(c1x, c1y), p.pt(c2x, c2y), p.pt(x, y)}})
}

func (p *outliner) Close() { p.o = append(p.o, Segment{Op: SegClose}) }

// glyphPath draws glyph id into p; a damaged glyf table is an error, not
// a panic.
func glyphPath(f *Face, p *outliner, id uint16) (err error) {
	defer damaged(&err)
	return f.sfnt.GlyphPath(p, id, 0, 0, 0, 1, 0)
}
