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

func TestIsYAMLData(t *testing.T) {
	for _, tc := range []struct {
		doc  string
		want bool
	}{
		{"households:\n  - {id: E-001, address: 东街1号}\n", true},
		{"- {id: E-001}\n", true},
		{"# 只有注释\nhouseholds: []\n", true},
		{"户号,地址,片区\r\nE-001,东街1号,东片\r\n", false},
		{"送卡时记得带胶带\n", false},
		{"a: [\n", false},
	} {
		if got := IsYAMLData([]byte(tc.doc)); got != tc.want {
			t.Errorf("IsYAMLData(%q) = %v, want %v", tc.doc, got, tc.want)
		}
	}
}
