package design

import (
	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// checkGlyphs finds every character the card prints that no font draws.
func (l *cardLayout) checkGlyphs() card.Problems {
	type field struct {
		name card.Ref
		text string
		bold bool
		pos  card.Pos
		own  bool // the household's own: the message names it
	}
	c := l.card
	h := c.Household
	fields := []field{
		{card.Key("card.title"), c.Title, true, card.Pos{}, false},
		{card.Key("community"), c.Community, false, card.Pos{}, false},
		{card.Key("card.slogan"), c.Slogan, true, card.Pos{}, false},
		{card.Key("appeal"), c.Appeal, true, card.Pos{}, false},
		{card.Key("qr.caption"), c.QRCaption, false, card.Pos{}, false},
		{h.Field("address"), h.Address, false, h.Pos, true},
		{h.Field("zone"), h.Zone, true, h.Pos, true},
		{h.Field("id"), h.ID, false, h.Pos, true},
	}
	for _, o := range c.Officials {
		fields = append(fields,
			field{o.Field("name"), o.Name, true, o.Pos, false},
			field{o.Field("role"), o.Role, false, o.Pos, false})
	}
	for i, p := range c.Pledges {
		fields = append(fields, field{card.Ref{List: "pledges", Place: i + 1}, p, false, card.Pos{}, false})
	}
	for _, ht := range c.Hotlines {
		fields = append(fields, field{ht.Field("name"), ht.Name, false, ht.Pos, false})
	}
	var ps card.Problems
	for _, f := range fields {
		// a text every card prints is reported once, not once per household
		var who msg.Text // empty: the field is on every card
		if f.own {
			who = msg.F("household %s: ", h.ID)
		}
		for _, r := range l.setter.Fonts.Missing(f.text, f.bold) {
			ps = append(ps, card.Problem{Pos: f.pos, Field: f.name,
				Msg:  msg.F("%sno font has the character %q (U+%04X) in %q", who, r, r, f.text),
				Hint: msg.F("add a TrueType font that has it under %s", card.Key("card.fonts"))})
		}
		for _, g := range l.setter.Fonts.Broken(f.text, f.bold) {
			ps = append(ps, BrokenGlyph(f.pos, f.name, who, f.text, g))
		}
	}
	return ps
}
