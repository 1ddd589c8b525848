package impose

import (
	"strings"

	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/msg"
)

// Cut says how the contour cutter cuts the cards out: through the
// backing, or only through the sticker (a kiss cut, leaving the stickers
// on their backing sheet), along a die line stroked in a spot colour the
// cutter's RIP finds by name. Summa, Roland VersaWorks, Mimaki and
// Graphtec each expect a name of their own.
type Cut struct {
	Kind CutKind
	Name string // the spot colour; "" is DefaultCutName
}

// CutKind is a kiss cut or a through cut.
type CutKind int

const (
	// KissCut cuts the sticker and not its backing: stickers on a sheet.
	KissCut CutKind = iota
	// ThroughCut cuts through the backing: each card comes out loose.
	ThroughCut
)

// DefaultCutName is the die line's spot colour unless a shop asks for
// another: the name most print-and-cut RIPs look for.
const DefaultCutName = "CutContour"

var cutKindNames = []string{"kiss", "through"}

func (k CutKind) String() string { return cutKindNames[k] }

// ParseCutKind reads kiss or through.
func ParseCutKind(s string) (CutKind, error) { return parseName[CutKind]("cut", cutKindNames, s) }

// ParseCutName checks a spot colour name for the die line: a PDF name a
// RIP can match, so printable ASCII without spaces or delimiters, and not
// a name the PDF reserves (All, None) or a process ink.
func ParseCutName(s string) (string, error) {
	if s == "" || len(s) > 63 {
		return "", msg.Errorf("cut name %q: use 1 to 63 letters, digits or - _ .", s)
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return "", msg.Errorf("cut name %q: use 1 to 63 letters, digits or - _ .", s)
		}
	}
	for _, reserved := range []string{"All", "None", "Cyan", "Magenta", "Yellow", "Black"} {
		if strings.EqualFold(s, reserved) {
			return "", msg.Errorf("cut name %q is an ink every RIP already has; name the cut spot colour", s)
		}
	}
	return s, nil
}

// SpotName is the die line's spot colour.
func (c Cut) SpotName() string {
	if c.Name == "" {
		return DefaultCutName
	}
	return c.Name
}

// Color is the die line's colour: the spot at full tint, magenta where a
// RIP converts spots to process, so that a proof shows where it cuts.
func (c Cut) Color() frame.Color { return frame.Color{M: 1, Spot: c.SpotName()} }

// String names the cut as the slug and the job ticket say it: "kiss cut
// CutContour".
func (c Cut) String() string { return c.Text().String() }

// Text is String as a message.
func (c Cut) Text() msg.Text {
	if c.Kind == ThroughCut {
		return msg.F("through cut %s", c.SpotName())
	}
	return msg.F("kiss cut %s", c.SpotName())
}
