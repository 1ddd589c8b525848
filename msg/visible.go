package msg

import (
	"fmt"
	"strings"
	"unicode"
)

// Visible is s with every control or format character other than a new
// line or a tab written as its escape (\u202e), as %q writes it. Such
// characters come from rosters and spreadsheets; printed as they are, a
// U+202E turns the rest of a line around on the terminal or page, and a
// carriage return or an escape sequence can overwrite what was printed.
func Visible(s string) string {
	if !strings.ContainsFunc(s, hidden) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !hidden(r):
			b.WriteRune(r)
		case r > 0xFFFF:
			fmt.Fprintf(&b, `\U%08x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// hidden says whether r is a control or format character that Visible
// escapes.
func hidden(r rune) bool {
	if r == '\n' || r == '\t' {
		return false
	}
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029'
}
