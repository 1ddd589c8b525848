package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// What a roster says is never echoed with its control or bidirectional
// characters: a U+202E in an id or zone would turn the terminal's line
// around, so it is printed as \u202e, on standard error and in --json.
func TestBidiEscapedInMessages(t *testing.T) {
	data, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), "- id: E-004", "- id: \"E-\u202e004\"", 1)
	text = strings.Replace(text, "zone: 东片\n    resident: 刘春花", "zone: \"东\u202e片\"\n    resident: 刘春花", 1)
	roster := filepath.Join(t.TempDir(), "roster.yaml")
	if err := os.WriteFile(roster, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runMain("validate", roster)
	if code != exitInvalid || strings.ContainsRune(stderr, '\u202e') || strings.Count(stderr, `\u202e`) < 2 {
		t.Errorf("exit %d, %q", code, stderr)
	}
	_, out, _ := runMain("validate", roster, "--json")
	var doc struct {
		Problems []struct{ Message, Hint string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Problems) == 0 {
		t.Fatalf("--json: %v %s", err, out)
	}
	for _, p := range doc.Problems {
		if strings.ContainsRune(p.Message+p.Hint, '\u202e') {
			t.Errorf("--json message %q", p.Message)
		}
	}
}

// Failure is the default exit status: an error nobody marked is 1, never
// 2; only what the command line got wrong is 2, also when cobra itself
// says so.
func TestExitCodeDefaultsToFailure(t *testing.T) {
	if got := exitCode(os.ErrClosed); got != exitRuntime {
		t.Errorf("an unmarked error: exit %d, want %d", got, exitRuntime)
	}
	for _, args := range [][]string{
		{"serve", "a.yaml", "b.yaml"},
		{"init", "a", "b"},
		{"version", "extra"},
		{"completion", "tcsh"},
		{"validate", "--no-such-flag", exampleRoster},
		{"preview", exampleRoster, "-o", "x", "--dpi", "high"},
		{"no-such-command"},
	} {
		if code, _, stderr := runMain(args...); code != exitUsage || strings.Contains(stderr, "Error:") {
			t.Errorf("%q: exit %d, %q; want %d", args, code, stderr, exitUsage)
		}
	}
	if code, _, _ := runMain("validate", filepath.Join(t.TempDir(), "missing.yaml")); code != exitRuntime {
		t.Errorf("a missing roster: exit %d, want %d", code, exitRuntime)
	}
}
