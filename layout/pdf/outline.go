package pdf

import (
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
)

// outlineText draws a glyph run as one filled path of the glyphs'
// outlines (转曲, outlined text), in the run's colour and with its
// overprint, so that the file needs no font: shops that refuse live text
// get the same marks on the plates. Quadratic segments (TrueType's) become
// the cubic curves PDF draws, exactly.
func (c *content) outlineText(t frame.Text) {
	em := frame.PtToMM(t.Size)
	c.overprint(overprints(t.Color), c.opStroke && c.opKnown)
	c.setFill(t.Color)
	pen := t.X
	drawn := false
	for _, g := range t.Glyphs {
		o := t.Face.Outline(g.ID)
		// font units grow upwards from the baseline, the frame's downwards
		pt := func(p [2]float64) (float64, float64) { return pen + p[0]*em, t.Y - p[1]*em }
		var cur [2]float64
		for _, s := range o {
			switch s.Op {
			case fonts.SegMove:
				x, y := pt(s.P[0])
				c.pt(x, y, "m")
				cur = s.P[0]
			case fonts.SegLine:
				x, y := pt(s.P[0])
				c.pt(x, y, "l")
				cur = s.P[0]
			case fonts.SegQuad:
				q, end := s.P[0], s.P[1]
				c1 := [2]float64{cur[0] + 2.0/3*(q[0]-cur[0]), cur[1] + 2.0/3*(q[1]-cur[1])}
				c2 := [2]float64{end[0] + 2.0/3*(q[0]-end[0]), end[1] + 2.0/3*(q[1]-end[1])}
				c.curve(pt(c1))
				c.curve(pt(c2))
				x, y := pt(end)
				c.pt(x, y, "c")
				cur = end
			case fonts.SegCube:
				c.curve(pt(s.P[0]))
				c.curve(pt(s.P[1]))
				x, y := pt(s.P[2])
				c.pt(x, y, "c")
				cur = s.P[2]
			case fonts.SegClose:
				c.op("h")
			}
			drawn = true
		}
		pen += g.Advance * em
	}
	if drawn {
		c.op("f")
	}
}

// curve writes a control point of a curve, whose operator follows the
// last point.
func (c *content) curve(x, y float64) {
	c.x(x)
	c.y(y)
}
