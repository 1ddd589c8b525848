package design

import (
	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/msg"
)

// BrokenGlyph is the problem of a character in text, from the roster field
// at pos, that the extra font which has it cannot draw: it names the
// field, the font entry and the character, where the writers would only
// have said that subsetting failed. who says whose text it is ("" for a
// text on every card).
func BrokenGlyph(pos card.Pos, field card.Ref, who msg.Text, text string, g *fonts.GlyphError) card.Problem {
	return card.Problem{Pos: pos, Field: field,
		Msg: msg.F("%scard.fonts[#%d] (%s) has the character %q (U+%04X) in %q but cannot draw it: %v",
			who, g.Face.Entry, g.Face.Path, g.Rune, g.Rune, text, g.Err),
		Hint: msg.F("the font file is damaged: replace it with a sound copy, or list another TrueType font that has the character")}
}
