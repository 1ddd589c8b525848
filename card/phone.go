package card

import (
	"regexp"
	"strings"

	"github.com/fuwuka/fuwuka/msg"
	"golang.org/x/text/width"
)

// PhoneKind tells how a number is dialled, which decides how it is grouped
// for print.
type PhoneKind int

const (
	Mobile   PhoneKind = iota + 1 // 11 digits starting 1
	Landline                      // area code and local number
	Service                       // short numbers such as 12345 or 110
)

// Phone is a checked phone number.
type Phone struct {
	Raw    string // as written in the roster
	Digits string // digits only; landlines keep their area code, mobiles lose +86
	Kind   PhoneKind
}

var phoneForms = msg.F("mobile: 11 digits starting 1; landline: area code + number, e.g. 010-6938 1234; service: 3–5 digits")

// ParsePhone accepts a mainland China number as people write it: with
// spaces or dashes, in full-width digits as a Chinese input method types
// them, and with an optional +86 or 0086 in front.
func ParsePhone(s string) (Phone, error) {
	bad := &hintError{msg.F("%q is not a phone number", s), phoneHint(s)}
	d := strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, width.Narrow.String(strings.TrimSpace(s)))
	international := false
	for _, prefix := range []string{"+86", "0086"} {
		if rest, ok := strings.CutPrefix(d, prefix); ok {
			d, international = rest, true
			break
		}
	}
	if d == "" || strings.Trim(d, "0123456789") != "" {
		return Phone{}, bad
	}
	// Abroad, a landline is written without its trunk 0: +86 10 6938 1234.
	if international && (len(d) != 11 || d[0] != '1') {
		d = "0" + d
	}
	p := Phone{Raw: s, Digits: d}
	switch n := len(d); {
	case n == 11 && d[0] == '1' && d[1] >= '3':
		p.Kind = Mobile
	case d[0] == '0':
		if local := n - areaCodeLen(d); areaCodeLen(d) == 0 || local < 7 || local > 8 {
			return Phone{}, bad
		}
		p.Kind = Landline
	case international:
		return Phone{}, bad
	case n >= 3 && n <= 5:
		p.Kind = Service
	case (n == 7 || n == 8) && d[0] >= '2': // local numbers never start with 0 or 1
		return Phone{}, &hintError{msg.F("%q has no area code", s), msg.F("add it in front, e.g. 010-6938 1234")}
	default:
		return Phone{}, bad
	}
	return p, nil
}

// areaCodeLen is 3 for Beijing (010) and the 02X cities, 4 for the rest
// (0571, 0898, …), and 0 when d cannot start with an area code.
func areaCodeLen(d string) int {
	switch {
	case len(d) < 3:
		return 0
	case d[:3] == "010" || d[1] == '2':
		return 3
	case d[1] >= '3':
		return 4
	}
	return 0
}

// Display groups the digits the way they are read aloud: 138 0013 8000,
// 010-6938 1234, 0571-888 1234, 12345.
func (p Phone) Display() string {
	d := p.Digits
	switch p.Kind {
	case Mobile:
		return d[:3] + " " + d[3:7] + " " + d[7:]
	case Landline:
		area, local := d[:areaCodeLen(d)], d[areaCodeLen(d):]
		split := len(local) - 4
		return area + "-" + local[:split] + " " + local[split:]
	}
	return d
}

// phoneHint is what to do about s, which is not a phone number: the
// forms a number takes, or for a number a spreadsheet showed in
// scientific notation (1.39E+10), how to keep all its digits.
func phoneHint(s string) msg.Text {
	if scientificRE.MatchString(strings.TrimSpace(s)) {
		return msg.F("a spreadsheet showed the number in scientific notation and dropped its last digits: set the column's cells to Text (right-click › 设置单元格格式 › 文本) and type the numbers again")
	}
	return phoneForms
}

var scientificRE = regexp.MustCompile(`^[0-9](\.[0-9]+)?[eE][+]?[0-9]+$`)
