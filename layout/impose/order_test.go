package impose

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
)

// __ is an empty slot, to read the tables.
const __ = Empty

func TestSequential(t *testing.T) {
	tests := []struct {
		n, per int
		want   [][]int
	}{
		{5, 2, [][]int{{0, 1}, {2, 3}, {4, __}}},
		{4, 2, [][]int{{0, 1}, {2, 3}}},
		{1, 6, [][]int{{0, __, __, __, __, __}}},
	}
	for _, tt := range tests {
		if got := Sequential(tt.n, tt.per); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sequential(%d, %d) = %v, want %v", tt.n, tt.per, got, tt.want)
		}
	}
}

func TestCutStack(t *testing.T) {
	tests := []struct {
		n, per int
		want   [][]int
	}{
		// S = 3: the stacks are 0 1 2 | 3 4
		{5, 2, [][]int{{0, 3}, {1, 4}, {2, __}}},
		{6, 3, [][]int{{0, 2, 4}, {1, 3, 5}}},
		// S = 3: 0 1 2 | 3 4 5 | 6 7 8 | 9 10 11 | 12 _ _ | _ _ _
		{13, 6, [][]int{{0, 3, 6, 9, 12, __}, {1, 4, 7, 10, __, __}, {2, 5, 8, 11, __, __}}},
	}
	for _, tt := range tests {
		if got := CutStack(tt.n, tt.per); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("CutStack(%d, %d) = %v, want %v", tt.n, tt.per, got, tt.want)
		}
	}
	for n := 1; n <= 60; n++ {
		for per := 1; per <= 9; per++ {
			sheets := CutStack(n, per)
			for s := range sheets {
				for p := range per {
					if k := p*len(sheets) + s; k < n && sheets[s][p] != k {
						t.Fatalf("CutStack(%d, %d): sheet %d position %d holds %d, want p·S+s = %d", n, per, s, p, sheets[s][p], k)
					}
				}
			}
			if got := readStacks(sheets); !slices.Equal(got, upTo(n)) {
				t.Fatalf("CutStack(%d, %d): cut and stacked gives %v", n, per, got)
			}
			if zs, _ := ZoneStacks([]int{n}, per); !reflect.DeepEqual(zs, sheets) {
				t.Fatalf("one zone of %d on %d positions: %v, want cut-stack %v", n, per, zs, sheets)
			}
		}
	}
}

// readStacks cuts the pile of sheets into stacks and puts stack 0 on top
// of stack 1 and so on; it returns the cards from the top.
func readStacks(sheets [][]int) []int {
	var out []int
	for p := range sheets[0] {
		for s := range sheets {
			if k := sheets[s][p]; k != Empty {
				out = append(out, k)
			}
		}
	}
	return out
}

func upTo(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func TestZoneStacks(t *testing.T) {
	tests := []struct {
		sizes  []int
		per    int
		sheets []int   // sheets of each pile
		stacks [][]int // each pile's group per position
	}{
		// the example roster on A3: 东 13, 西 11, 南 11, none 2. S = 11 is the
		// fewest sheets with 2+1+1+1 ≤ 6 stacks.
		{[]int{13, 11, 11, 2}, 6, []int{11}, [][]int{{0, 0, 1, 2, 3, __}}},
		{[]int{4, 4}, 4, []int{2}, [][]int{{0, 0, 1, 1}}},
		{[]int{5, 0, 3}, 3, []int{3}, [][]int{{0, 0, 2}}},
		// more zones than positions: piles cut separately, fewest sheets
		// in all (7 + 11 + 1 = 19, as many as without zones)
		{[]int{13, 11, 11, 2}, 2, []int{7, 11, 1}, [][]int{{0, 0}, {1, 2}, {3, 3}}},
		{[]int{1, 1, 1}, 1, []int{1, 1, 1}, [][]int{{0}, {1}, {2}}},
	}
	for _, tt := range tests {
		sheets, piles := ZoneStacks(tt.sizes, tt.per)
		var gotSheets []int
		var gotStacks [][]int
		for _, p := range piles {
			gotSheets = append(gotSheets, p.Sheets)
			gotStacks = append(gotStacks, p.Stacks)
		}
		if !slices.Equal(gotSheets, tt.sheets) || !reflect.DeepEqual(gotStacks, tt.stacks) {
			t.Errorf("ZoneStacks(%v, %d): piles of %v sheets, stacks %v; want %v, %v", tt.sizes, tt.per, gotSheets, gotStacks, tt.sheets, tt.stacks)
		}
		checkZoneStacks(t, tt.sizes, tt.per, sheets, piles)
	}
	for per := 1; per <= 8; per++ {
		for _, sizes := range [][]int{{1}, {9, 1, 1}, {3, 14, 2, 7}, {20, 20, 20, 1, 1}, {0, 5, 0}} {
			sheets, piles := ZoneStacks(sizes, per)
			checkZoneStacks(t, sizes, per, sheets, piles)
		}
	}
}

// checkZoneStacks checks the promise of zone order: each stack of a pile
// holds one group's cards in order, each group starts on a fresh stack,
// piles hold the fewest sheets their stacks allow, and the piles cut and
// stacked one after the other give every card back in order.
func checkZoneStacks(t *testing.T, sizes []int, per int, sheets [][]int, piles []Pile) {
	t.Helper()
	name := fmt.Sprintf("ZoneStacks(%v, %d)", sizes, per)
	group := func(k int) int {
		for g, n := range sizes {
			if k < n {
				return g
			}
			k -= n
		}
		return -2
	}
	var all []int
	next := 0
	for _, p := range piles {
		if p.First != next {
			t.Fatalf("%s: pile starts at sheet %d, want %d", name, p.First, next)
		}
		next += p.Sheets
		pile := sheets[p.First : p.First+p.Sheets]
		cards := readStacks(pile)
		all = append(all, cards...)
		stacks := 0
		for pos := range per {
			g := Empty
			for s := range pile {
				if k := pile[s][pos]; k != Empty {
					if g != Empty && group(k) != g {
						t.Fatalf("%s: stack %d mixes groups %d and %d", name, pos, g, group(k))
					}
					g = group(k)
					if s > 0 && pile[s-1][pos] == Empty {
						t.Fatalf("%s: a gap in stack %d", name, pos)
					}
				}
			}
			if g != p.Stacks[pos] {
				t.Fatalf("%s: stack %d holds group %d, pile says %d", name, pos, g, p.Stacks[pos])
			}
			if g != Empty {
				stacks++
			}
		}
		// one sheet fewer would need more stacks than positions
		if s := p.Sheets - 1; s > 0 {
			need := 0
			for g, n := range sizes {
				if slices.Contains(p.Stacks, g) {
					need += (n + s - 1) / s
				}
			}
			if need <= per {
				t.Fatalf("%s: a pile of %d sheets would do", name, s)
			}
		}
	}
	total := 0
	for _, n := range sizes {
		total += n
	}
	if next != len(sheets) || !slices.Equal(all, upTo(total)) {
		t.Fatalf("%s: cut and stacked gives %v", name, all)
	}
}

func TestArrangeByZone(t *testing.T) {
	// cards in the order they come: roster order, a household's copies
	// together
	zones := []string{"", "东片", "西片", "东片", "东片", "西片", "东片"}
	a := Arrange(OrderZone, zones, []string{"东片", "西片", "南片"}, 3)
	// 东片 4 cards, 西片 2, none 1: S = 3 gives 2 + 1 + 1 = 4 > 3 stacks,
	// S = 4 gives 1 + 1 + 1. Each zone keeps the order given.
	want := [][]int{{1, 2, 0}, {3, 5, __}, {4, __, __}, {6, __, __}}
	if !reflect.DeepEqual(a.Sheets, want) {
		t.Errorf("sheets %v, want %v", a.Sheets, want)
	}
	if len(a.Piles) != 1 || !reflect.DeepEqual(a.Piles[0].Stacks, []int{0, 1, 3}) || a.Groups[3] != "" {
		t.Errorf("piles %+v, groups %q", a.Piles, a.Groups)
	}
	cards := zones
	seq := Arrange(OrderSequential, cards, nil, 3)
	if !reflect.DeepEqual(seq.Sheets, [][]int{{0, 1, 2}, {3, 4, 5}, {6, __, __}}) {
		t.Errorf("sequential %v", seq.Sheets)
	}
	cs := Arrange(OrderCutStack, cards, nil, 3)
	if !reflect.DeepEqual(cs.Sheets, [][]int{{0, 3, 6}, {1, 4, __}, {2, 5, __}}) {
		t.Errorf("cut-stack %v", cs.Sheets)
	}
}
