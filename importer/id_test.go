package importer

import (
	"strings"
	"testing"
)

func TestBadID(t *testing.T) {
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
		if got := badID(tt.id); !got.IsZero() != tt.bad {
			t.Errorf("badID(%q) = %q, want bad %v", tt.id, got, tt.bad)
		}
	}
}
