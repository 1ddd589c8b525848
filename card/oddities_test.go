package card

import (
	"fmt"
	"strings"
	"testing"
)

// The shared-address warning is one short line however many households
// share the address, and suggests copies: N only for N a household may
// have (1 to 100). 200,000 households at one address made a 2 MB warning
// suggesting copies: 200000.
func TestSharedAddressBounded(t *testing.T) {
	at := func(n int) []Household {
		hs := make([]Household, n)
		for i := range hs {
			hs[i] = Household{ID: fmt.Sprintf("E-%06d", i+1), Address: "东街1号", Pos: Pos{File: "住户.csv", Line: i + 2}}
		}
		return hs
	}
	for _, tc := range []struct {
		n         int
		want, not string
	}{
		{2, "households E-000001, E-000002 share the address 东街1号; if they are one door, list it once with households[E-000001].copies: 2", ""},
		{7, "7 households share the address 东街1号 (E-000001, E-000002, E-000003, E-000004, E-000005 and 2 more); if they are one door, list it once with households[E-000001].copies: 7", ""},
		{100, "list it once with households[E-000001].copies: 100", ""},
		{101, "101 households share the address 东街1号 (E-000001, E-000002, E-000003, E-000004, E-000005 and 96 more): is the address column the right one?", "copies"},
		{200_000, "200000 households share the address", "copies"},
	} {
		got := sharedAddress(at(tc.n)).String()
		if !strings.Contains(got, tc.want) || tc.not != "" && strings.Contains(got, tc.not) || len(got) > 300 {
			t.Errorf("%d households: %q (%d bytes), want %q", tc.n, got, len(got), tc.want)
		}
	}
}
