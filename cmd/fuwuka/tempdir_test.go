package main

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// A temporary folder that is missing breaks every workbook read; the
// message names the folder and the variable that chose it, which is what
// the clerk can change.
func TestMissingTempFolder(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := runMain("init", "--xlsx", dir); code != exitOK {
		t.Fatalf("init: exit %d, %s", code, stderr)
	}
	missing := filepath.Join(dir, "no-such-temp")
	for _, v := range []string{"TMPDIR", "TMP", "TEMP"} {
		t.Setenv(v, missing)
	}
	code, _, stderr := runMain("validate", filepath.Join(dir, "roster.xlsx"))
	names := "(TMPDIR)"
	if runtime.GOOS == "windows" {
		names = "(TMP or TEMP)"
	}
	if code != exitRuntime || !strings.Contains(stderr, "the temporary folder "+missing+" "+names+" cannot be used") ||
		!strings.Contains(stderr, "a folder you can write") {
		t.Errorf("exit %d: %q", code, stderr)
	}
}
