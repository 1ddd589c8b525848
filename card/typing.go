package card

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/msg"
)

// A typing mistake is what a Chinese input method or a text editor puts
// into a roster that YAML cannot read, or reads as something else: a
// full-width colon, dash, space or quote, a tab, a colon without its space,
// a quote left open, a line indented out of step. The YAML parser names
// them in its own words and often on another line; fuwuka looks for them
// itself, line by line, before the parser does.
type typingMistake struct {
	line, col int    // 1-based; col counts characters
	text      string // the line as written
	msg, hint msg.Text
	// sure mistakes are reported even when the roster parses: they are
	// never what a clerk means. The others are guesses, reported only to
	// explain why the parser stopped.
	sure bool
}

// rosterKeyWords are the keys a roster uses anywhere: a word among them
// followed by a full-width colon or a colon with no space is a key typed
// wrong, not text.
var rosterKeyWords = map[string]bool{}

func init() {
	for _, ks := range [][]string{rosterKeys, householdKeys, {
		"name", "region", "title", "slogan", "size", "bleed", "corner_radius", "colors", "fonts", "red", "yellow",
		"role", "phone", "zones", "content", "caption", "level",
	}} {
		for _, k := range ks {
			rosterKeyWords[k] = true
		}
	}
}

// machineKeys hold values that full-width quotes can never be part of.
var machineKeys = map[string]bool{
	"version": true, "id": true, "phone": true, "zone": true, "zones": true, "copies": true,
	"size": true, "bleed": true, "corner_radius": true, "level": true,
}

var (
	keyFullColonRE = regexp.MustCompile(`^([A-Za-z_]+)[ \x{3000}]*：[ \x{3000}]*`)
	keyNoSpaceRE   = regexp.MustCompile(`^([A-Za-z_]+):([^\s/])`)
	keyValueRE     = regexp.MustCompile(`^([A-Za-z_]+): +(.*)$`)
	keyLineRE      = regexp.MustCompile(`^([A-Za-z_]+):(\s|$)`)
)

// listKeys hold lists of names or numbers, written on one line as
// [a, b]: a full-width comma, a 、 or a full-width bracket in them is never
// part of a value, always the input method.
var listKeys = map[string]bool{
	"zones": true, "fonts": true, "accent": true, "ground": true, "ink": true, "red": true, "yellow": true,
}

// keyNoColonRE is a key followed by its value with no colon between:
// name 吴秀兰, name吴秀兰.
var keyNoColonRE = regexp.MustCompile(`^([A-Za-z_]+)((?:[ \x{3000}]+[^\s:：#]|[^\x00-\x7F：]).*)$`)

// flowList is a one-line list as written with its brackets and commas
// made half-width: 【西片，东片】 → [西片, 东片].
func flowList(v string) string {
	v = strings.NewReplacer("【", "[", "】", "]", "［", "[", "］", "]").Replace(strings.TrimSpace(v))
	inner := strings.TrimSuffix(strings.TrimPrefix(v, "["), "]")
	parts := strings.FieldsFunc(inner, func(r rune) bool { return strings.ContainsRune(",，、；", r) })
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// fullDashes are what input methods type for "-" in Chinese mode.
const fullDashes = "－—–"

// typingMistakes finds the typing mistakes in a roster's text, at most one
// a line, in line order.
func typingMistakes(text string) []typingMistake {
	var out []typingMistake
	lines := strings.Split(text, "\n")
	type level struct{ col, line int }
	var prev *level // the last key line with a value of its own, nothing nested under it
	var opened []int
	for i, raw := range lines {
		line := strings.TrimSuffix(raw, "\r")
		n := i + 1
		if m, ok := lineMistake(n, line); ok {
			out = append(out, m)
			prev = nil
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " "))
		body := line[indent:]
		if body == "" || strings.HasPrefix(body, "#") {
			continue
		}
		col := indent
		for strings.HasPrefix(body, "- ") || body == "-" {
			opened = append(opened, col)
			trimmed := strings.TrimLeft(strings.TrimPrefix(body, "-"), " ")
			col += len(body) - len(trimmed)
			body = trimmed
			prev = nil
		}
		km := keyLineRE.FindStringSubmatch(body)
		if km == nil {
			prev = nil
			continue
		}
		// A misaligned line leaves the levels as they were, so the lines
		// after it, aligned as they should be, are not blamed too.
		if prev != nil && col > prev.col {
			out = append(out, typingMistake{line: n, col: col + 1, text: line,
				msg:  msg.F("line %d: %s is indented more than the line above", n, km[1]),
				hint: msg.F("line it up with line %d, or move it under a key that ends in a colon", prev.line)})
			continue
		}
		if prev != nil && col < prev.col && !slices.Contains(opened, col) {
			out = append(out, typingMistake{line: n, col: col + 1, text: line,
				msg:  msg.F("line %d: %s lines up with no line above it", n, km[1]),
				hint: msg.F("indent it as far as the other keys of the same entry")})
			continue
		}
		opened = append(opened, col)
		if strings.TrimSpace(strings.TrimPrefix(body, km[0])) == "" || strings.HasPrefix(strings.TrimSpace(body[len(km[1])+1:]), "#") {
			prev = nil // something nests under it
		} else {
			prev = &level{col, n}
		}
	}
	return out
}

// lineMistake is the first typing mistake on one line, if any.
func lineMistake(n int, line string) (typingMistake, bool) {
	at := func(byteOff int, sure bool, m, hint msg.Text) (typingMistake, bool) {
		return typingMistake{line: n, col: utf8.RuneCountInString(line[:byteOff]) + 1, text: line, msg: m, hint: hint, sure: sure}, true
	}
	lead := len(line) - len(strings.TrimLeft(line, " \t\u3000"))
	if i := strings.IndexAny(line[:lead], "\t\u3000"); i >= 0 {
		if line[i] == '\t' {
			return at(i, true, msg.F("line %d: a tab in the indentation", n), msg.F("indent with spaces; YAML does not allow tabs"))
		}
		return at(i, true, msg.F("line %d: a full-width space in the indentation", n), msg.F("delete it and indent with half-width spaces; switch the input method to half-width"))
	}
	body := line[lead:]
	off := lead
	for {
		if r, size := utf8.DecodeRuneInString(body); strings.ContainsRune(fullDashes, r) && r != utf8.RuneError {
			if rest := body[size:]; strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "\u3000") || keyLineRE.MatchString(rest) || keyFullColonRE.MatchString(rest) {
				fixed := line[:off] + "- " + strings.TrimLeft(rest, " \u3000")
				return at(off, true, msg.F("line %d: the dash %q starting a list item is full-width", n, string(r)), msg.F("write a half-width \"-\" and a space: %s", strings.TrimSpace(fixed)))
			}
		}
		if !strings.HasPrefix(body, "- ") {
			break
		}
		trimmed := strings.TrimLeft(body[1:], " ")
		off += len(body) - len(trimmed)
		body = trimmed
	}
	if m := keyFullColonRE.FindStringSubmatch(body); m != nil && rosterKeyWords[m[1]] {
		fixed := m[1] + ": " + body[len(m[0]):]
		return at(off+len(m[1]), true, msg.F("line %d: the colon \"：\" after %s is full-width", n, m[1]), msg.F("write a half-width \":\" and a space after it: %s", fixed))
	}
	if m := keyNoSpaceRE.FindStringSubmatch(body); m != nil && rosterKeyWords[m[1]] {
		fixed := m[1] + ": " + body[len(m[1])+1:]
		return at(off+len(m[1]), true, msg.F("line %d: no space after the colon of %s", n, m[1]), msg.F("write a space after \":\": %s", fixed))
	}
	if m := keyNoColonRE.FindStringSubmatch(body); m != nil && rosterKeyWords[m[1]] && !strings.Contains(m[2], ": ") {
		fixed := m[1] + ": " + strings.TrimLeft(m[2], " \u3000")
		return at(off+len(m[1]), true, msg.F("line %d: no colon after %s", n, m[1]), msg.F("write a half-width \":\" and a space after it: %s", fixed))
	}
	if m := keyValueRE.FindStringSubmatch(body); m != nil && listKeys[m[1]] {
		v := m[2]
		voff := off + len(body) - len(v)
		if i := strings.Index(v, " #"); i >= 0 {
			v = v[:i] // a comment says what it likes
		}
		if i := strings.IndexAny(v, "【】［］"); i >= 0 {
			r, _ := utf8.DecodeRuneInString(v[i:])
			return at(voff+i, true, msg.F("line %d: the bracket %q of the list of %s is full-width", n, string(r), m[1]), msg.F("write half-width brackets and commas: %s", m[1]+": "+flowList(v)))
		}
		if strings.HasPrefix(v, "[") {
			if i := strings.IndexAny(v, "，、；"); i >= 0 {
				r, _ := utf8.DecodeRuneInString(v[i:])
				return at(voff+i, true, msg.F("line %d: %q between the entries of %s is not a half-width comma, so they read as one", n, string(r), m[1]), msg.F("write a half-width comma and a space: %s", m[1]+": "+flowList(v)))
			}
		}
	}
	if m := keyValueRE.FindStringSubmatch(body); m != nil {
		v := m[2]
		voff := off + len(body) - len(v)
		if strings.HasPrefix(v, "“") || strings.HasPrefix(v, "‘") || strings.HasPrefix(v, "”") {
			return at(voff, machineKeys[m[1]], msg.F("line %d: the quotes around the value of %s are full-width", n, m[1]), msg.F("write half-width quotes \"…\", or none"))
		}
	}
	if i, q := openQuote(line); i >= 0 {
		return at(i, false, msg.F("line %d: the quote %s opened here is not closed on this line", n, q), msg.F("add the closing %s at the end of the value", q))
	}
	return typingMistake{}, false
}

// openQuote is where a quoted value that the line does not close starts,
// and its quote; -1 when every quote on the line is closed. A quote opens
// a value only where one can start: after a key's colon, a list's dash, a
// bracket or a comma.
func openQuote(line string) (int, string) {
	canStart := true
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '#' && (i == 0 || line[i-1] == ' '):
			return -1, ""
		case (c == '"' || c == '\'') && canStart:
			end := closingQuote(line[i+1:], c)
			if end < 0 {
				return i, string(c)
			}
			i += end + 1
			canStart = false
		case c == ' ' || c == '\t':
		case c == ':' || c == '-' || c == '[' || c == '{' || c == ',':
			canStart = true
		default:
			canStart = false
		}
	}
	return -1, ""
}

// closingQuote is where in s the quote q closes: ” is an escaped ' inside
// single quotes, \" an escaped " inside double ones.
func closingQuote(s string, q byte) int {
	for i := 0; i < len(s); i++ {
		switch {
		case q == '"' && s[i] == '\\':
			i++
		case s[i] == q && q == '\'' && i+1 < len(s) && s[i+1] == '\'':
			i++
		case s[i] == q:
			return i
		}
	}
	return -1
}

// marked is the line as written with a caret under column col, for a
// terminal: Chinese characters take two columns there.
func marked(line string, col int) string {
	var shown strings.Builder
	width := 0
	for i, r := range []rune(line) {
		s, w := string(r), runeWidth(r)
		if r == '\t' {
			s, w = "→", 1
		}
		shown.WriteString(s)
		if i < col-1 {
			width += w
		}
	}
	return "    " + shown.String() + "\n    " + strings.Repeat(" ", width) + "^"
}

// runeWidth is how many terminal columns r takes: two for East Asian wide
// and full-width characters.
func runeWidth(r rune) int {
	switch {
	case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF && r != 0x303F,
		r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6, r >= 0x20000 && r <= 0x3FFFD,
		r == 0x2014, r == 0x201C, r == 0x201D, r == 0x2018, r == 0x2019:
		return 2
	}
	return 1
}
