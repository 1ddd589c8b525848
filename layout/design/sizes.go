package design

// Text sizes in points: the design size of a 100 mm card and the floor no
// text of that kind shrinks below on a 100 mm card. Design sizes scale
// with the card and with the roster's plan: down towards their floors when
// the content is crowded, up when a card would otherwise leave bands of
// empty ground.
//
// Floors are for reading at the door, where many residents are elderly:
// on a 100 mm card and larger no text is under readFloor. Below 100 mm
// the floors shrink with the card, never under minText. Three kinds hold
// on every size:
//   - phone numbers (10 pt, the zone contact's 14 pt): a number read
//     from a doorway is what the card is for;
//   - text reversed out of the accent (white or the ground on the red),
//     at least reversedMin and bold: the press cannot hold thinner strokes
//     knocked out of three inks.
type textSize struct {
	design, floor float64
	kind          sizeKind
}

type sizeKind int

const (
	byCard   sizeKind = iota // the floor shrinks on cards under 100 mm
	fixed                    // the floor holds on every card
	reversed                 // set bold out of the accent: at least reversedMin
	person                   // an official's name: scaled, and by the style's People
)

const (
	// readFloor is the smallest text on a card of 100 mm or more.
	readFloor = 6.5
	// minText is the smallest text on any card, in points.
	minText = 5.5
	// reversedMin is the smallest text set out of the accent.
	reversedMin = 7.0
)

var (
	sizeTitle        = textSize{20, 10, reversed}
	sizeCommunity    = textSize{8, reversedMin, reversed}
	sizeSlogan       = textSize{10, 7, byCard}
	sizeLabel        = textSize{7.5, reversedMin, reversed} // white on a pill, or the accent on white
	sizeContactName  = textSize{11, 7.5, person}
	sizeContactPhone = textSize{17, 14, fixed} // the largest number on the card
	sizeName         = textSize{9, 7.5, person}
	sizeRole         = textSize{7, readFloor, byCard}
	sizePhone        = textSize{11, 10, fixed}
	sizeBody         = textSize{7.5, readFloor, byCard}
	sizeCaption      = textSize{7, readFloor, byCard}
	sizeAppeal       = textSize{9, reversedMin, reversed}
	sizeAddress      = textSize{7, reversedMin, reversed}
)

// pt is a text size on this card at this attempt's scale.
func (l *cardLayout) pt(ts textSize) float64 {
	u := l.u()
	design, floor := ts.design*l.style.Sizes, ts.floor
	switch ts.kind {
	case byCard:
		floor = max(floor*min(u, 1), minText)
	case person:
		design = ts.design * l.style.People
		floor = max(floor*min(u, 1), minText)
	case fixed:
		design = ts.design * l.style.People
	case reversed:
		floor = max(floor*min(u, 1), reversedMin)
	}
	return max(design*u*l.scale, floor)
}
