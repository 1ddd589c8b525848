package card

import (
	"strings"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/msg"
)

// suggest returns the word in known that w was most likely meant to be:
// one at most two edits away (swapping two neighbours counts as one edit,
// the commonest slip), else one that w starts or is the start of, like
// "corner" for "corner_radius". Case is ignored. "" when nothing is close.
func suggest(w string, known []string) string {
	best, bestScore := "", 3
	lw := strings.ToLower(w)
	for _, k := range known {
		lk := strings.ToLower(k)
		nw, nk := utf8.RuneCountInString(lw), utf8.RuneCountInString(lk)
		d := editDistance([]rune(lw), []rune(lk))
		if d >= max(nw, nk) {
			continue // nothing in common
		}
		score := d
		if d > 2 && min(nw, nk) >= 3 && (strings.HasPrefix(lw, lk) || strings.HasPrefix(lk, lw)) {
			score = 2 // a prefix loses to any near miss of two edits or fewer
		}
		if score < bestScore {
			best, bestScore = k, score
		}
	}
	return best
}

// didYouMean is the hint for an unknown word: a suggestion, else the list
// of what is known.
func didYouMean(w string, known []string, what msg.Text) msg.Text {
	if s := suggest(w, known); s != "" {
		return msg.F("did you mean %q?", s)
	}
	if len(known) == 0 {
		return msg.Text{}
	}
	return msg.F("%s: %s", what, strings.Join(known, ", "))
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of adjacent runes.
func editDistance(a, b []rune) int {
	// Three rows suffice: a swap looks back two rows.
	prev2, prev, cur := make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// suggestZone is the zone in zones that z was most likely meant to be. A
// zone written another common way comes first: with Arabic or full-width
// digits for Chinese numerals (5组, ５组 for 五组), with 第 in front, or
// with the longer word for the same thing (东片区, 三小组); else the
// nearest by spelling.
func suggestZone(z string, zones []string) string {
	nz := zoneForm(z)
	for _, k := range zones {
		if zoneForm(k) == nz {
			return k
		}
	}
	// 5组 is not a slip for 一组, nor 西片 for 东片: zones that differ in a
	// number or a direction are other zones, however alike they are
	// spelled, and the clerk is better served by the list.
	var alike []string
	for _, k := range zones {
		if marks(zoneForm(k)) == marks(nz) {
			alike = append(alike, k)
		}
	}
	return suggest(z, alike)
}

// marks are the characters that tell zones apart by meaning: numerals
// and directions.
func marks(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("零一二三四五六七八九十百0123456789东西南北中上下前后左右内外", r) {
			return r
		}
		return -1
	}, s)
}

// zoneForm is a zone name written one way: Chinese numerals, no 第, the
// short word.
func zoneForm(s string) string {
	s = strings.TrimSpace(strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s))
	s = strings.TrimPrefix(s, "第")
	for long, short := range map[string]string{"小组": "组", "片区": "片", "社区": "社"} {
		if strings.HasSuffix(s, long) {
			s = strings.TrimSuffix(s, long) + short
		}
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i {
			r, size := utf8.DecodeRuneInString(s[i:])
			b.WriteRune(r)
			i += size
			continue
		}
		b.WriteString(chineseNumber(s[i:j]))
		i = j
	}
	return b.String()
}

// chineseNumber writes a number of digits as Chinese numerals, as zones
// are counted (十二组, 二十组); numbers past 99 stay as they are.
func chineseNumber(digits string) string {
	const numerals = "零一二三四五六七八九"
	digit := func(d byte) string { return string([]rune(numerals)[d-'0']) }
	digits = strings.TrimLeft(digits, "0")
	switch len(digits) {
	case 0:
		return "零"
	case 1:
		return digit(digits[0])
	case 2:
		s := "十"
		if digits[0] != '1' {
			s = digit(digits[0]) + s
		}
		if digits[1] != '0' {
			s += digit(digits[1])
		}
		return s
	}
	return digits
}
