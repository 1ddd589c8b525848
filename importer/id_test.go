package importer

import (
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
)

// The importer refuses the ids a roster refuses.
func TestRowIDs(t *testing.T) {
	tests := []struct {
		id  string
		bad bool
	}{
		{"E-001", false},
		{"东片_3.2", false},
		{"0012", false},
		{strings.Repeat("村", 64), false},
		{strings.Repeat("村", 65), true},
		{".hidden", true},
		{"E 001", true},
		{"E/001", true},
		{"con", true},
		{"COM1.x", true},
		{"COM0", false},
		{"LPT9", true},
		{"CONSOLE", false},
	}
	for _, tt := range tests {
		_, p := household(row{cells: []string{tt.id, "东街1号"}}, map[string]int{"id": 0, "address": 1})
		if got := !p.Msg.IsZero(); got != tt.bad || got && p.Field != card.Key("id") {
			t.Errorf("id %q: problem %v, want bad %v", tt.id, p, tt.bad)
		}
	}
}
