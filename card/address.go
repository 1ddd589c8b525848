package card

import (
	"cmp"
	"strings"
	"unicode/utf8"
)

// NoZone groups the households without a zone (未分片), after every zone.
const NoZone = "未分片"

// CompareAddress orders addresses as people read them: runs of digits by
// their value, so that 二街9号 comes before 二街10号; the rest by
// character. Full-width digits count as digits.
func CompareAddress(a, b string) int {
	x, y := a, b
	for x != "" && y != "" {
		dx, restX := digitRun(x)
		dy, restY := digitRun(y)
		if dx != "" && dy != "" {
			if c := compareNumbers(dx, dy); c != 0 {
				return c
			}
			x, y = restX, restY
			continue
		}
		rx, nx := utf8.DecodeRuneInString(x)
		ry, ny := utf8.DecodeRuneInString(y)
		// a number against anything else sorts by its first digit, so
		// that numbers keep together whatever their digits' widths
		if rx, ry = asciiDigit(rx), asciiDigit(ry); rx != ry {
			return cmp.Compare(rx, ry)
		}
		x, y = x[nx:], y[ny:]
	}
	return cmp.Or(cmp.Compare(len(x), len(y)), strings.Compare(a, b))
}

// digitRun splits off the digits s starts with, as ASCII digits.
func digitRun(s string) (digits, rest string) {
	var b []byte
	for s != "" {
		r, n := utf8.DecodeRuneInString(s)
		if r = asciiDigit(r); r < '0' || r > '9' {
			break
		}
		b = append(b, byte(r))
		s = s[n:]
	}
	return string(b), s
}

// asciiDigit turns a full-width digit into an ASCII one.
func asciiDigit(r rune) rune {
	if r >= '０' && r <= '９' {
		return '0' + r - '０'
	}
	return r
}

func compareNumbers(a, b string) int {
	a, b = strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")
	return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
}
