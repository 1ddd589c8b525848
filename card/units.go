package card

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/msg"
)

// mmPer converts each accepted unit to millimetres.
var mmPer = map[string]float64{
	"mm": 1,
	"cm": 10,
	"in": 25.4,
	"pt": 25.4 / 72,
}

var lengthRE = regexp.MustCompile(`^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))\s*([a-zA-Z]*)$`)

// ParseLength reads a length such as "100mm", "10cm", "4in", "283.46pt" or
// "3 mm" and returns it in millimetres. A bare number is refused: a print
// shop thinks in millimetres, a designer in points, and guessing wrong
// scales the card by 2.8.
func ParseLength(s string) (mm float64, err error) {
	m := lengthRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, &hintError{msg.F("%q is not a length", s), msg.F("write a number and a unit, e.g. 100mm, 10cm, 4in or 283.46pt")}
	}
	if m[2] == "" {
		return 0, &hintError{msg.F("%q has no unit", s), msg.F("add one: mm, cm, in or pt, e.g. %smm", m[1])}
	}
	per, ok := mmPer[strings.ToLower(m[2])]
	if !ok {
		return 0, &hintError{msg.F("%q has an unknown unit %q", s, m[2]), msg.F("use mm, cm, in or pt")}
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, &hintError{msg.F("%q is not a length", s), msg.F("write a number and a unit, e.g. 100mm")}
	}
	return v * per, nil
}
