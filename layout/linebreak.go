package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinsoku (禁则) rules: characters a line may not start with, and characters
// it may not end with.
const (
	noLineStart = "，。、；：？！）」』】》〉…—,.;:?!)]}%·"
	noLineEnd   = "（「『【《〈([{"
)

// measure returns the width of a string in mm.
type measure func(string) float64

// Break splits text into lines no wider than width, the way Chinese is set:
// a break may fall between any two CJK characters, but never inside a run
// of Latin letters or digits (a word, a phone number), never before closing
// punctuation and never after opening punctuation. A token wider than the
// whole line is put on a line of its own; callers check the widths.
func Break(text string, width float64, w measure) []string {
	tokens := tokenize(text)
	var lines []string
	var cur strings.Builder
	for _, tok := range tokens {
		if cur.Len() == 0 {
			tok = strings.TrimLeft(tok, " ")
			if tok == "" {
				continue
			}
		}
		candidate := cur.String() + tok
		if cur.Len() > 0 && w(strings.TrimRight(candidate, " ")) > width {
			lines = append(lines, strings.TrimRight(cur.String(), " "))
			cur.Reset()
			tok = strings.TrimLeft(tok, " ")
		}
		cur.WriteString(tok)
	}
	if s := strings.TrimRight(cur.String(), " "); s != "" {
		lines = append(lines, s)
	}
	return lines
}

// tokenize cuts text into the pieces a line may break between, with the
// kinsoku characters glued to their neighbours.
func tokenize(text string) []string {
	var raw []string
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		j := i + n
		if isWordRune(r) {
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
		} else if r == ' ' {
			for j < len(text) && text[j] == ' ' {
				j++
			}
		}
		raw = append(raw, text[i:j])
		i = j
	}
	var out []string
	glueNext := false
	for _, tok := range raw {
		first, _ := utf8.DecodeRuneInString(tok)
		switch {
		case glueNext && len(out) > 0:
			out[len(out)-1] += tok
		case strings.ContainsRune(noLineStart, first) && len(out) > 0:
			out[len(out)-1] += tok
		default:
			out = append(out, tok)
		}
		last, _ := utf8.DecodeLastRuneInString(tok)
		glueNext = strings.ContainsRune(noLineEnd, last)
	}
	return out
}

// isWordRune is true for characters of runs that must not be split: Latin
// letters, digits and the punctuation inside URLs, codes and numbers.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_/@&#+=~'*", r)
	}
	return unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Nd, r) && r < 0x2000
}
