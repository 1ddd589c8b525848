package design

import (
	"fmt"
	"slices"

	"github.com/fuwuka/fuwuka/card"
)

// Arrangement is where a card's blocks go. The engine tries every
// arrangement a roster's cards allow and keeps the one whose texts are
// largest on all of them (Plan): a village with few officials keeps the
// zone contact in a box of its own beside the QR code; a crowded one puts
// the contact on the officials' first tile, the code beside the pledges,
// and the officials in three columns.
//
// Roles stand beside their names where the column has room, else under
// them, row by row: a row is never taller than its roles need.
type Arrangement struct {
	// ContactTile puts the zone contact on the first, highlighted tile of
	// the officials, two columns wide, instead of a box of its own.
	ContactTile bool
	// QR is where the QR code goes.
	QR qrPlace
	// Columns is the number of columns of officials; 0: the style's first.
	Columns int
	// GreetingInHeader sets the greeting on the header's band, under the
	// community, instead of on a line of its own.
	GreetingInHeader bool
	// HotlinesInFooter sets the hotlines on the footer's band, above the
	// appeal, instead of after the pledges.
	HotlinesInFooter bool
}

// qrPlace is where an arrangement puts the QR code.
type qrPlace int

const (
	qrInContact       qrPlace = iota // at the right of the zone contact's box
	qrBesideOfficials                // in a frame of its own at the right of the officials
	qrInCorner                       // in a frame of its own in the bottom-right corner, beside the pledges and over the footer
)

func (a Arrangement) String() string {
	contact := "contact box"
	if a.ContactTile {
		contact = "contact tile"
	}
	qr := [...]string{"qr in contact", "qr beside officials", "qr in corner"}[a.QR]
	extra := ""
	if a.GreetingInHeader {
		extra += ", greeting in header"
	}
	if a.HotlinesInFooter {
		extra += ", hotlines in footer"
	}
	return fmt.Sprintf("%s, %s, %d columns%s", contact, qr, a.Columns, extra)
}

// arrangements are the arrangements a style tries for cards like c, in
// the order a tie is settled by: the plainest first.
func (s *Style) arrangements(c card.Card) []Arrangement {
	var as []Arrangement
	for _, tile := range []bool{false, true} {
		if tile && c.Contact == nil {
			continue
		}
		for _, qr := range []qrPlace{qrInContact, qrBesideOfficials, qrInCorner} {
			if qr == qrInContact && tile || qr != qrInContact && c.QR == "" {
				continue
			}
			if qr == qrInCorner && len(c.Pledges)+len(c.Hotlines) == 0 {
				continue
			}
			for _, cols := range s.Columns {
				if cols > 2 && len(c.Officials) < 4 {
					continue
				}
				as = append(as, Arrangement{ContactTile: tile, QR: qr, Columns: cols})
			}
		}
	}
	// the greeting on the band only where nothing else fits as well
	for _, a := range as[:len(as):len(as)] {
		if c.Slogan != "" || s.Greeting != "" {
			a.GreetingInHeader = true
			as = append(as, a)
		}
	}
	// and the hotlines on the footer's band
	for _, a := range as[:len(as):len(as)] {
		if len(c.Hotlines) > 0 {
			a.HotlinesInFooter = true
			as = append(as, a)
		}
	}
	return slices.Compact(as)
}
