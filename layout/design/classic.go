package design

import "github.com/fuwuka/fuwuka/msg"

// classic is the tidy red-and-yellow notice the first cards were: square
// bands, the slogan in quotation marks, a bar of the accent beside each
// official and dots for the pledges.
func init() {
	s := &Style{
		Name:        "classic",
		Version:     6,
		Description: msg.F("the tidy red-and-yellow notice: square bands, a bar beside each official"),
		QuoteSlogan: true,
		Backdrop:    backdropBar,
		People:      1,
		Sizes:       1,
		Columns:     []int{2, 3},
	}
	s.Frame.Border, s.Frame.Radius = 0.5, 2
	register(s)
}
