package card

import (
	"strings"
	"testing"
)

func TestIsRoster(t *testing.T) {
	long := "# " + strings.Repeat("说明", 40000) + "\n"
	for _, tc := range []struct {
		doc  string
		want bool
	}{
		{"community: {name: 村}\nofficials: []\n", true},
		{"\"community\": {name: 村}\n'officials': []\n", true},
		{long + "community: {name: 村}\nofficials: []\n", true},
		{"{community: {name: 村}, officials: []}\n", true},
		// half edited: no YAML, but still the clerk's roster
		{"community: {name: 村\nofficials:\n  - [\n", true},
		{"households:\n  - {id: E-001, address: 东街1号}\n", false},
		{"community: {name: 村}\n", false},
		{"- community\n- officials\n", false},
		{"", false},
	} {
		if got := IsRoster([]byte(tc.doc)); got != tc.want {
			t.Errorf("IsRoster(%.60q) = %v, want %v", tc.doc, got, tc.want)
		}
	}
}
