package impose

import (
	"cmp"
	"slices"
	"strings"

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
	// Groups name the groups of Pile.Stacks: the zones, "" (the cards
	// without one) last.
	Groups []string
}

// Arrange places n cards on sheets of perSheet positions. For OrderZone,
// zones[i] is card i's zone ("" for none) and zoneOrder the order of the
// zones; the cards of a zone are stacked in the order given, so a caller
// that wants them by address sorts them first.
func Arrange(o Order, zones, zoneOrder []string, perSheet int) Arrangement {
	n := len(zones)
	switch o {
	case OrderSequential:
		return onePile(Sequential(n, perSheet))
	case OrderZone:
		return byZone(zones, zoneOrder, perSheet)
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

// byZone stacks the cards zone by zone, in the zones' order with the
// cards without a zone last, each zone's cards in the order given.
func byZone(zones, zoneOrder []string, perSheet int) Arrangement {
	names := slices.Clone(zoneOrder)
	for _, z := range zones {
		if z != "" && !slices.Contains(names, z) {
			names = append(names, z) // not expected of a checked roster
		}
	}
	names = append(names, "")
	group := func(z string) int { return slices.Index(names, z) }
	order := make([]int, len(zones))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(group(zones[a]), group(zones[b])) })
	sizes := make([]int, len(names))
	for _, z := range zones {
		sizes[group(z)]++
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
