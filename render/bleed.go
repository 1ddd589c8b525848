package render

import (
	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// Bleed a die-cut card needs: a cutter that drifts by more than the bleed
// leaves a white edge. Sticker shops ask for 2–3 mm; under 1 mm even a
// careful cut shows paper.
const (
	BleedWarn   = 2.0 // mm: below, a warning
	BleedRefuse = 1.0 // mm: below, refused unless forced
)

// CheckBleed says what the roster's bleed means for cards cut along a die
// line: a warning below BleedWarn, a problem at card.bleed below
// BleedRefuse unless force. Without a die line the bleed is the shop's
// affair (a guillotine trims a straight edge), and nothing is said.
func CheckBleed(r *card.Roster, cut, force bool) (msg.Text, error) {
	b := r.Card.Bleed
	switch {
	case !cut || b >= BleedWarn:
		return msg.Text{}, nil
	case b < BleedRefuse && !force:
		return msg.Text{}, card.Problems{{Pos: card.Pos{File: r.Path}, Field: card.Key("card.bleed"),
			Msg:  msg.F("a bleed of %g mm is too little for a die-cut card: the cut leaves a white edge", b),
			Hint: msg.F("set card.bleed to 2mm or 3mm (the cut's tolerance), or give --force to draw it anyway")}}
	}
	return msg.F("card.bleed is %g mm: a die-cut card wants 2 to 3 mm, or a cut that drifts shows a white edge", b), nil
}
