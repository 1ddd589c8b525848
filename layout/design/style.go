package design

import (
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/msg"
)

// Style is everything a design decides about how the card looks, as data
// the one layout engine reads: the decorations of the bands, the icons,
// the greeting, the frame of the zone contact, the backdrop of the
// officials and the bullets. The engine never asks a style's name; a new
// design is a file that registers a Style.
//
// Lengths are in millimetres on a 100 mm card; they scale with the card.
type Style struct {
	Name    string
	Version int // raised whenever a card the style draws changes by a byte
	// Description is one line on what the design is for, as `fuwuka
	// designs` lists it.
	Description msg.Text

	// BandRadius rounds the inner corners of the header and footer bands;
	// 0 draws them square.
	BandRadius float64
	// TitleIcon stands before the title, in the ground colour; nil: none.
	TitleIcon []frame.Seg
	// Greeting is printed where a roster gives no slogan; "": nothing.
	Greeting string
	// QuoteSlogan sets the slogan in quotation marks.
	QuoteSlogan bool
	// GreetingIcon flanks the greeting on both sides; nil: none.
	GreetingIcon []frame.Seg
	// LabelPill sets the zone contact's label white on a pill of the
	// accent; otherwise it is set in the accent on white.
	LabelPill bool
	// PhoneIcon stands before the zone contact's phone; nil: none.
	PhoneIcon []frame.Seg
	// Frame is the white frame of the zone contact and of the QR code.
	Frame struct{ Border, Radius float64 }
	// Backdrop is what stands behind each official: a tile of the ground
	// at TileTint of its strength, or a bar of the accent at the left.
	Backdrop backdrop
	TileTint float64
	// RowGap is the space between rows of officials.
	RowGap float64
	// Bullet marks a pledge; nil: a dot.
	Bullet []frame.Seg
	// AppealIcon stands before the appeal, in the ground colour; nil: none.
	AppealIcon []frame.Seg
	// People scales the design sizes of the officials' names and phones
	// (and the zone contact's): above 1 a style gives them the room the
	// other texts give up when the card is full.
	People float64
	// Columns are the numbers of columns of officials the engine tries.
	Columns []int
	// Sizes multiplies the design size of the texts other than the
	// people's; 1 keeps them.
	Sizes float64
}

// backdrop is what a style draws behind each official.
type backdrop int

const (
	backdropTile backdrop = iota // a pale tile of the ground
	backdropBar                  // a bar of the accent beside the name
)
