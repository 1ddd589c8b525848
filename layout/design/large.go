package design

import "github.com/fuwuka/fuwuka/msg"

// large (大字版) is for villages where many residents read the card with
// old eyes: the officials' names and phones are set half again as large
// as the other designs set them, and take the room the pledges and the
// greeting give up; one column of officials where that makes them
// larger. Plain square bands and no greeting of its own: every
// millimetre goes to the numbers.
func init() {
	s := &Style{
		Name:        "large",
		Version:     1,
		Description: msg.F("large print: the officials' names and phones as large as the card allows, for villages with many elderly residents"),
		BandRadius:  3,
		LabelPill:   true,
		PhoneIcon:   iconPhone,
		Backdrop:    backdropTile,
		TileTint:    0.3,
		RowGap:      1,
		People:      1.5,
		Sizes:       1,
		Columns:     []int{2, 1},
	}
	s.Frame.Border, s.Frame.Radius = 0.5, 2.5
	register(s)
}
