package layout

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// Order says which card goes in which slot of which sheet. Positions are
// numbered row by row on every sheet; a stack is one position through a
// pile of sheets, which the guillotine turns into a pile of cards.
type Order int

const (
	// OrderCutStack numbers the cards down the stacks: see CutStack.
	OrderCutStack Order = iota
	// OrderSequential fills the sheets row by row, sheet after sheet.
	OrderSequential
	// OrderZone cuts and stacks zone by zone, so that each stack is one
	// delivery round: see ZoneStacks.
	OrderZone
)

var orderNames = []string{"cut-stack", "sequential", "zone"}

func (o Order) String() string { return orderNames[o] }

// ParseOrder reads sequential, cut-stack or zone.
func ParseOrder(s string) (Order, error) { return parseName[Order]("order", orderNames, s) }

// parseName reads one of an enumeration's names, in any case, as its index.
func parseName[T ~int](kind string, names []string, s string) (T, error) {
	for i, name := range names {
		if strings.EqualFold(s, name) {
			return T(i), nil
		}
	}
	return 0, msg.Errorf("unknown %s %q (use %s)", kind, s, strings.Join(names, ", "))
}

// Empty is a slot that holds no card.
const Empty = -1

// NoZone groups the households without a zone (未分片), after every zone.
const NoZone = "未分片"

// Pile is a run of sheets cut and stacked on its own.
type Pile struct {
	First, Sheets int // sheet indexes First to First+Sheets-1
	// Stacks is the group each position holds (Empty: none) when cards
	// are stacked by group.
	Stacks []int
}

// Arrangement is where every card goes.
type Arrangement struct {
	// Sheets[s][p] is the index of the card at position p of sheet s, or Empty.
	Sheets [][]int
	// Piles split the sheets into piles cut separately: one, unless more
	// zones than positions per sheet call for more.
	Piles []Pile
	// Groups name the groups of Pile.Stacks: the zones, NoZone last.
	Groups []string
}

// Arrange places the cards, given in roster order with each household
// once per copy, on sheets of perSheet positions. zones is the order of
// zones (card.Roster.Zones).
func Arrange(o Order, cards []card.Household, zones []string, perSheet int) Arrangement {
	n := len(cards)
	switch o {
	case OrderSequential:
		return onePile(Sequential(n, perSheet))
	case OrderZone:
		return byZone(cards, zones, perSheet)
	default:
		return onePile(CutStack(n, perSheet))
	}
}

func onePile(sheets [][]int) Arrangement {
	return Arrangement{Sheets: sheets, Piles: []Pile{{First: 0, Sheets: len(sheets)}}}
}

// Sequential puts card k at position k%perSheet of sheet k/perSheet.
func Sequential(n, perSheet int) [][]int {
	sheets := emptySheets(ceilDiv(n, perSheet), perSheet)
	for k := range n {
		sheets[k/perSheet][k%perSheet] = k
	}
	return sheets
}

// CutStack puts card p·S + s at position p of sheet s, S being the
// number of sheets: cut into stacks, and the stacks put on top of each
// other, stack 0 first, the sheets give the cards back in order. The empty
// slots come at the end of the last stacks.
func CutStack(n, perSheet int) [][]int {
	sheets := emptySheets(ceilDiv(n, perSheet), perSheet)
	for s := range sheets {
		for p := range perSheet {
			if k := p*len(sheets) + s; k < n {
				sheets[s][p] = k
			}
		}
	}
	return sheets
}

// ZoneStacks cuts and stacks groups of cards (their sizes given, cards
// numbered group after group) so that every stack holds only one group's
// cards, a group starting on a fresh stack. The groups share one pile of
// the fewest sheets S for which the stacks they need, the sum of
// ceil(size/S), fit on a sheet. With more groups than positions, they are
// split into piles of consecutive groups with the fewest sheets in all.
func ZoneStacks(sizes []int, perSheet int) (sheets [][]int, piles []Pile) {
	var groups []int // indexes of non-empty groups
	for i, n := range sizes {
		if n > 0 {
			groups = append(groups, i)
		}
	}
	start := make([]int, len(sizes)+1) // first card of each group
	for i, n := range sizes {
		start[i+1] = start[i] + n
	}
	for _, part := range splitPiles(groups, sizes, perSheet) {
		s := pileSheets(part, sizes, perSheet)
		pile := Pile{First: len(sheets), Sheets: s, Stacks: make([]int, perSheet)}
		sheets = append(sheets, emptySheets(s, perSheet)...)
		p := 0
		for _, gi := range part {
			for j := 0; j*s < sizes[gi]; j++ {
				pile.Stacks[p] = gi
				for sh := range s {
					if k := j*s + sh; k < sizes[gi] {
						sheets[pile.First+sh][p] = start[gi] + k
					}
				}
				p++
			}
		}
		for ; p < perSheet; p++ {
			pile.Stacks[p] = Empty
		}
		piles = append(piles, pile)
	}
	return sheets, piles
}

// pileSheets is the fewest sheets S on which the groups' stacks, ceil(size/S)
// each, fit side by side; the groups must be at most perSheet.
func pileSheets(groups []int, sizes []int, perSheet int) int {
	total := 0
	for _, g := range groups {
		total += sizes[g]
	}
	for s := max(1, ceilDiv(total, perSheet)); ; s++ {
		stacks := 0
		for _, g := range groups {
			stacks += ceilDiv(sizes[g], s)
		}
		if stacks <= perSheet {
			return s
		}
	}
}

// splitPiles keeps all groups in one pile when they fit side by side, and
// otherwise splits them into runs of at most perSheet groups with the
// fewest sheets in all (then the fewest piles).
func splitPiles(groups, sizes []int, perSheet int) [][]int {
	n := len(groups)
	if n <= perSheet {
		if n == 0 {
			return nil
		}
		return [][]int{groups}
	}
	type best struct{ sheets, piles, from int }
	dp := make([]best, n+1) // dp[i]: the first i groups
	for i := 1; i <= n; i++ {
		dp[i] = best{sheets: -1}
		for j := max(0, i-perSheet); j < i; j++ {
			c := best{dp[j].sheets + pileSheets(groups[j:i], sizes, perSheet), dp[j].piles + 1, j}
			if dp[i].sheets < 0 || c.sheets < dp[i].sheets || c.sheets == dp[i].sheets && c.piles < dp[i].piles {
				dp[i] = c
			}
		}
	}
	var parts [][]int
	for i := n; i > 0; i = dp[i].from {
		parts = append(parts, groups[dp[i].from:i])
	}
	slices.Reverse(parts)
	return parts
}

// byZone sorts the cards by zone, in the zones' order with NoZone last,
// and within a zone by address, then cuts and stacks them zone by zone.
func byZone(cards []card.Household, zones []string, perSheet int) Arrangement {
	names := slices.Clone(zones)
	for _, h := range cards {
		if h.Zone != "" && !slices.Contains(names, h.Zone) {
			names = append(names, h.Zone) // not expected of a checked roster
		}
	}
	names = append(names, NoZone)
	group := func(h card.Household) int {
		if h.Zone == "" {
			return len(names) - 1
		}
		return slices.Index(names, h.Zone)
	}
	order := make([]int, len(cards))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(group(cards[a]), group(cards[b])), CompareAddress(cards[a].Address, cards[b].Address))
	})
	sizes := make([]int, len(names))
	for _, h := range cards {
		sizes[group(h)]++
	}
	sheets, piles := ZoneStacks(sizes, perSheet)
	for _, sh := range sheets {
		for p, k := range sh {
			if k != Empty {
				sh[p] = order[k]
			}
		}
	}
	return Arrangement{Sheets: sheets, Piles: piles, Groups: names}
}

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

func emptySheets(n, perSheet int) [][]int {
	sheets := make([][]int, n)
	for s := range sheets {
		sheets[s] = make([]int, perSheet)
		for p := range sheets[s] {
			sheets[s][p] = Empty
		}
	}
	return sheets
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }
