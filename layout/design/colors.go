package design

import (
	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/layout/frame"
)

// palette is the card's colours by the part they play, as frame colours.
type palette struct {
	ground, accent, ink, white frame.Color
	// accentText is the accent as small text takes it: without black and
	// in at most two inks, so that a stroke of a few tenths of a
	// millimetre is not three plates that must register.
	accentText frame.Color
	// tile is the officials' tiles: a tint of the ground.
	tile frame.Color
}

// minTint is the least of an ink a tint prints: less drops out on plate.
const minTint = 10.0

func (l *cardLayout) palette() palette {
	c := l.settings.Colors
	return palette{
		ground: process(c.Ground), accent: process(c.Accent), ink: process(c.Ink), white: frame.White,
		accentText: process(twoInks(c.Accent)),
		tile:       process(tint(c.Ground, l.style.TileTint)),
	}
}

func process(c card.CMYK) frame.Color { return frame.CMYK(c[0], c[1], c[2], c[3]) }

// twoInks is c without black, in its two strongest process inks. A colour
// of black alone stays as it is.
func twoInks(c card.CMYK) card.CMYK {
	out := card.CMYK{c[0], c[1], c[2], 0}
	if out == (card.CMYK{}) {
		return c
	}
	weakest := 0
	for i := 1; i < 3; i++ {
		if out[i] < out[weakest] {
			weakest = i
		}
	}
	out[weakest] = 0
	return out
}

// tint is c at f of its strength, each ink at least minTint or none: an
// ink under that drops out on the plate and the tint prints unevenly.
func tint(c card.CMYK, f float64) card.CMYK {
	var out card.CMYK
	for i, v := range c {
		switch v *= f; {
		case v >= minTint:
			out[i] = v
		case v >= minTint/2:
			out[i] = minTint
		}
	}
	return out
}
