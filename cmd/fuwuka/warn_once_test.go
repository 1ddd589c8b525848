package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A households_file's import warnings are said once per run, by every
// command that reads the roster: a clerk who sees one warning three times
// takes it for three problems.
func TestHouseholdsFileWarnsOnce(t *testing.T) {
	dir := t.TempDir()
	roster := householdsFileRoster(t, dir, "户号,地址,片区,片取\nE-1,东街1号,东片,x\nE-2,东街2号,东片,y\n")
	list := filepath.Join(dir, "list.txt")
	if err := os.WriteFile(list, []byte("roster.yaml\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := func(name string) string { return filepath.Join(dir, name) }
	for _, args := range [][]string{
		{"validate", roster},
		{"cards", roster, "-o", out("cards")},
		{"cards", roster, "-o", out("shard"), "--shards", "2", "--shard-index", "1"},
		{"cards", "--rosters", list, "--index", "0", "--of", "1", "-o", out("city")},
		{"cards", roster, "--single-file", out("all.pdf")},
		{"preview", roster, "-o", out("pictures")},
		{"rounds", roster, "-o", out("rounds")},
		{"sheets", roster, "-o", out("sheets.pdf")},
	} {
		code, _, errOut := runMain(args...)
		if n := strings.Count(errOut, "columns not read: 片取"); code != exitOK || n != 1 {
			t.Errorf("%v: exit %d, the warning said %d times:\n%s", args, code, n, errOut)
		}
	}
}

// TestClerkBatchWarnsOnce runs the clerk's batch file's steps on a roster
// with two warnings: validate lists them, each once, and every later step
// says only their number, so the clerk reads each warning once.
func TestClerkBatchWarnsOnce(t *testing.T) {
	dir := t.TempDir()
	roster := householdsFileRoster(t, dir, "户号,地址,片区,片取,电话\nE-1,东街1号,东片,x,找他儿子\nE-2,东街2号,东片,y,\n")
	bat, err := os.ReadFile("../../release/windows/make-cards.bat")
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	steps := 0
	for _, line := range strings.Split(string(bat), "\r\n") {
		args, ok := strings.CutPrefix(line, "fuwuka.exe ")
		if !ok {
			continue
		}
		steps++
		fields := strings.Fields(args)
		for i, f := range fields {
			switch {
			case f == "roster.xlsx":
				fields[i] = roster
			case i > 0 && fields[i-1] == "-o":
				fields[i] = filepath.Join(dir, f)
			}
		}
		code, _, errOut := runMain(fields...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", fields, code, errOut)
		}
		if fields[0] != "validate" && !strings.Contains(errOut, roster+": 2 warnings, listed by fuwuka validate") {
			t.Errorf("%v does not count the warnings:\n%s", fields, errOut)
		}
		all.WriteString(errOut)
	}
	for _, w := range []string{"columns not read: 片取", "找他儿子"} {
		if n := strings.Count(all.String(), w); steps < 4 || n != 1 {
			t.Errorf("%d steps said %q %d times:\n%s", steps, w, n, all.String())
		}
	}
}

// householdsFileRoster writes dir/roster.yaml, whose households are the
// CSV given, in dir/hh.csv, and returns the roster's path.
func householdsFileRoster(t *testing.T, dir, csv string) string {
	t.Helper()
	roster := filepath.Join(dir, "roster.yaml")
	text := "version: 1\ncommunity: {name: 村}\nofficials:\n  - {name: 王, role: 主任, phone: \"139 1000 2001\", zones: [东片]}\nhouseholds_file: hh.csv\n"
	if err := os.WriteFile(roster, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "hh.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	return roster
}
