package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestClerkBatchFile checks the batch file of the Windows archive: cmd
// reads it in the console's code page (936 on a Chinese Windows), so it
// must be ASCII with CRLF line ends; every step must stop the rest when it
// fails; every fuwuka line must be a command line fuwuka accepts; and the
// guide (§二) shows the same steps.
func TestClerkBatchFile(t *testing.T) {
	data, err := os.ReadFile("../../release/windows/make-cards.bat")
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range data {
		if b >= 0x80 {
			t.Fatalf("byte %d is not ASCII", i)
		}
		if b == '\n' && (i == 0 || data[i-1] != '\r') {
			t.Fatalf("line end at byte %d is not CRLF", i)
		}
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	var steps int
	for i, line := range lines {
		args, ok := strings.CutPrefix(line, "fuwuka.exe ")
		if !ok {
			continue
		}
		steps++
		cmd, _, err := NewRootCmd(&IO{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}}).Find(strings.Fields(args))
		if err != nil || cmd.Name() == "fuwuka" {
			t.Errorf("%q: not a fuwuka command (%v)", line, err)
			continue
		}
		if err := cmd.ParseFlags(strings.Fields(args)[1:]); err != nil {
			t.Errorf("%q: %v", line, err)
		}
		if i+1 < len(lines) && strings.HasPrefix(lines[i+1], "fuwuka.exe") {
			t.Errorf("%q is not followed by a check of its exit status", line)
		}
	}
	if steps < 4 {
		t.Errorf("%d steps, want validate, preview, cards and rounds", steps)
	}

	// The guide shows the same steps.
	guide, err := os.ReadFile("../../docs/使用指南.md")
	if err != nil {
		t.Fatal(err)
	}
	steps2 := func(text string) (s []string) {
		for _, line := range strings.Split(text, "\n") {
			if line = strings.TrimSuffix(line, "\r"); strings.HasPrefix(line, "fuwuka.exe ") {
				s = append(s, line)
			}
		}
		return s
	}
	_, block, _ := strings.Cut(string(guide), "```bat\n")
	block, _, _ = strings.Cut(block, "```")
	if got, want := steps2(block), steps2(string(data)); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the guide's batch file runs\n%s\nmake-cards.bat runs\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
