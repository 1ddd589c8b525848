package impose

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// Paper is a press sheet size in millimetres, short side first.
type Paper struct {
	Name string
	// Pinyin is the name as typed without Chinese input: zhengdu8kai.
	Pinyin string
	W, H   float64
	// Margin is the unprinted border its presses need, when the command
	// line gives none; 0 is DefaultMargin.
	Margin float64
}

// DefaultMargin is the unprinted border of a sheet whose paper says
// none: room for an offset press's gripper.
const DefaultMargin = 10.0

// DefaultMargin is the paper's unprinted border when none is given.
func (p Paper) DefaultMargin() float64 {
	if p.Margin > 0 {
		return p.Margin
	}
	return DefaultMargin
}

// Papers are the sheet sizes known by name: office sizes, the larger
// sheets digital presses take (SRA3 leaves room around A3 for marks; the
// presses that take it print to within a few millimetres of the edge),
// and the Chinese sheets cut from the 正度 (787×1092 mm) and 大度
// (889×1194 mm) full sheets, at their usual trimmed sizes (docs/press.md
// cites them): a layout that fits the trimmed sheet fits the sheet as cut.
var Papers = []Paper{
	{Name: "A4", W: 210, H: 297},
	{Name: "A3", W: 297, H: 420},
	{Name: "SRA3", W: 320, H: 450, Margin: 5},
	{Name: "330x480mm", W: 330, H: 480, Margin: 5},
	{Name: "letter", W: 215.9, H: 279.4},
	{Name: "tabloid", W: 279.4, H: 431.8},
	{Name: "正度全开", Pinyin: "zhengduquankai", W: 787, H: 1092},
	{Name: "正度对开", Pinyin: "zhengdu2kai", W: 540, H: 740},
	{Name: "正度4开", Pinyin: "zhengdu4kai", W: 370, H: 540},
	{Name: "正度8开", Pinyin: "zhengdu8kai", W: 260, H: 370},
	{Name: "正度16开", Pinyin: "zhengdu16kai", W: 185, H: 260},
	{Name: "大度全开", Pinyin: "daduquankai", W: 889, H: 1194},
	{Name: "大度对开", Pinyin: "dadu2kai", W: 570, H: 840},
	{Name: "大度4开", Pinyin: "dadu4kai", W: 420, H: 570},
	{Name: "大度8开", Pinyin: "dadu8kai", W: 285, H: 420},
	{Name: "大度16开", Pinyin: "dadu16kai", W: 210, H: 285},
}

// paperKey is a paper name as compared: without spaces, in lower case,
// and with the other ways of writing the Chinese sheets made one: 对开 is
// 2开, 四开 4开, 八开 8开, 十六开 16开 (duikai, 2kai in pinyin).
func paperKey(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), ""))
	return paperKeyer.Replace(s)
}

var paperKeyer = strings.NewReplacer("对开", "2开", "二开", "2开", "四开", "4开", "八开", "8开", "十六开", "16开", "duikai", "2kai")

// maxPaper is far beyond any sheet press; it only catches typing slips
// such as 3300x480mm.
const maxPaper = 2000.0

// ParsePaper reads a paper name of Papers (any case) or a size WxH with a
// unit, such as 330x480mm, 12x18in or 300mmx400mm; a unit written once
// applies to both sides. Either side may come first.
func ParsePaper(s string) (Paper, error) {
	s = strings.TrimSpace(s)
	key := paperKey(s)
	for _, p := range Papers {
		if paperKey(p.Name) == key || p.Pinyin != "" && p.Pinyin == key {
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

// PaperList is every named paper with its size, for help texts:
// "A4 210×297 mm, ..., 正度8开 (zhengdu8kai) 260×370 mm, ...".
func PaperList() string {
	var parts []string
	for _, p := range Papers {
		name := p.Name
		if p.Pinyin != "" {
			name += " (" + p.Pinyin + ")"
		}
		parts = append(parts, fmt.Sprintf("%s %g×%g mm", name, p.W, p.H))
	}
	return strings.Join(parts, ", ")
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
	// the one with the wider gap when both hold as many, else portrait.
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
