package layout

import (
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
)

// Setter sets text in the faces of one font set.
type Setter struct{ Fonts *fonts.Set }

// Line is one line of text set at a size: a run per stretch of characters
// drawn by one face, placed from the origin of the line's baseline.
type Line struct {
	Runs  []frame.Text
	Width float64 // mm
}

// Set sets s at size points in colour c. Each character takes the first
// face of the chain (regular or bold) that draws it; a character none draws
// becomes the primary face's missing-glyph box, one em wide, so that
// designs, which check coverage first, and slugs, which replace such
// characters, never meet it.
func (st Setter) Set(s string, size float64, bold bool, c frame.Color) Line {
	var l Line
	em := 0.0
	for _, r := range s {
		g, ok := st.Fonts.Lookup(r, bold)
		adv := 1.0
		if ok {
			adv = g.Advance()
		} else {
			g.Face, g.ID = st.Fonts.Face(bold), 0
		}
		if n := len(l.Runs); n == 0 || l.Runs[n-1].Face != g.Face {
			l.Runs = append(l.Runs, frame.Text{X: em * frame.PtToMM(size), Size: size, Face: g.Face, Color: c})
		}
		run := &l.Runs[len(l.Runs)-1]
		run.Glyphs = append(run.Glyphs, frame.Glyph{ID: g.ID, Advance: adv, Char: r})
		em += adv
	}
	l.Width = em * frame.PtToMM(size)
	return l
}

// At places the line with the left end of its baseline at (x, y).
func (l Line) At(x, y float64) []frame.Item {
	items := make([]frame.Item, len(l.Runs))
	for i, r := range l.Runs {
		r.X += x
		r.Y = y
		items[i] = r
	}
	return items
}

// Width is the advance of s at size points, in mm.
func (st Setter) Width(s string, size float64, bold bool) float64 {
	return st.Fonts.Width(s, bold) * frame.PtToMM(size)
}

// Ascent is how far text at size points reaches above its baseline, in mm:
// the primary face's ascent, which for CJK faces is the top of the
// ideographic em box.
func (st Setter) Ascent(size float64, bold bool) float64 {
	return st.Fonts.Face(bold).Ascent() * frame.PtToMM(size)
}

// Descent is how far text at size points reaches below its baseline, in mm.
func (st Setter) Descent(size float64, bold bool) float64 {
	return st.Fonts.Face(bold).Descent() * frame.PtToMM(size)
}
