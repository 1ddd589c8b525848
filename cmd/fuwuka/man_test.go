package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMan(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "man")
	code, out, errOut := runMain("man", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, name := range []string{"fuwuka.1", "fuwuka-cards.1", "fuwuka-sheets.1", "fuwuka-diff.1", "fuwuka-completion-bash.1"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !strings.HasPrefix(string(data), ".nh") || !strings.Contains(string(data), ".TH \"FUWUKA\" \"1\"") {
			t.Errorf("%s is not a man page:\n%.200s", name, data)
		}
	}
	if !strings.Contains(out, "man pages to "+dir) {
		t.Errorf("summary %q", out)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".1") {
			t.Errorf("left %s in the folder", e.Name())
		}
	}
}

func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		code, out, errOut := runMain("completion", shell)
		if code != 0 || !strings.Contains(out, "fuwuka") || len(out) < 500 {
			t.Errorf("%s: exit %d, %d bytes, %s", shell, code, len(out), errOut)
		}
	}
	if code, _, _ := runMain("completion", "tcsh"); code != exitUsage {
		t.Errorf("an unknown shell: exit %d", code)
	}
}
