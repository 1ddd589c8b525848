package impose

import (
	"math"
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// Paper is a press sheet size in millimetres, short side first.
type Paper struct {
	Name string
	W, H float64
}

// Papers are the sheet sizes known by name: office sizes and the larger
// sheets digital presses take (SRA3 leaves room around A3 for the gripper).
var Papers = []Paper{
	{"A4", 210, 297},
	{"A3", 297, 420},
	{"SRA3", 320, 450},
	{"330x480mm", 330, 480},
	{"letter", 215.9, 279.4},
	{"tabloid", 279.4, 431.8},
}

// maxPaper is far beyond any sheet press; it only catches typing slips
// such as 3300x480mm.
const maxPaper = 2000.0

// ParsePaper reads a paper name of Papers (any case) or a size WxH with a
// unit, such as 330x480mm, 12x18in or 300mmx400mm; a unit written once
// applies to both sides. Either side may come first.
func ParsePaper(s string) (Paper, error) {
	s = strings.TrimSpace(s)
	for _, p := range Papers {
		if strings.EqualFold(p.Name, s) {
			return p, nil
		}
	}
	ws, hs, ok := cutAny(s, "x", "X", "×", "*")
	if !ok {
		return Paper{}, msg.Errorf("unknown paper %q (use %s, or a size such as 330x480mm or 12x18in)", s, paperNames())
	}
	h, err := card.ParseLength(hs)
	if err != nil {
		return Paper{}, msg.Errorf("paper %q: %v", s, err)
	}
	if _, bare := strconv.ParseFloat(strings.TrimSpace(ws), 64); bare == nil {
		ws += strings.TrimLeft(strings.TrimSpace(hs), "+-.0123456789 ")
	}
	w, err := card.ParseLength(ws)
	if err != nil {
		return Paper{}, msg.Errorf("paper %q: %v", s, err)
	}
	for _, v := range []float64{w, h} {
		if !(v > 0 && v <= maxPaper) {
			return Paper{}, msg.Errorf("paper %q: each side must be more than 0 and at most %g mm", s, maxPaper)
		}
	}
	return Paper{Name: s, W: math.Min(w, h), H: math.Max(w, h)}, nil
}

func cutAny(s string, seps ...string) (before, after string, found bool) {
	for _, sep := range seps {
		if before, after, found = strings.Cut(s, sep); found {
			return before, after, true
		}
	}
	return s, "", false
}

func paperNames() string {
	names := make([]string, len(Papers))
	for i, p := range Papers {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}

// Orientation is how the paper is turned: portrait has the short side
// across.
type Orientation int

const (
	// AutoOrientation takes whichever orientation holds more cards;
	// portrait when both hold as many.
	AutoOrientation Orientation = iota
	Portrait
	Landscape
)

var orientationNames = []string{"auto", "portrait", "landscape"}

func (o Orientation) String() string { return orientationNames[o] }

// ParseOrientation reads auto, portrait or landscape.
func ParseOrientation(s string) (Orientation, error) {
	return parseName[Orientation]("orientation", orientationNames, s)
}
