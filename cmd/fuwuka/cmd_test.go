package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/render"
)

func runMain(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := Main(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCardsFlags(t *testing.T) {
	var got *CardsOptions
	cmd := NewCmdCards(&IO{}, func(o *CardsOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"r.yaml", "-o", "out", "--household", "E-001", "--household", "W-101", "--marks", "--no-cut-contour",
		"--force", "--prune", "--shard", "3/4"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Roster != "r.yaml" || got.Dir != "out" || strings.Join(got.Households, ",") != "E-001,W-101" || !got.Marks || got.CutOn ||
		!got.Force || !got.Prune || got.Shard != (render.Shard{K: 3, N: 4}) {
		t.Errorf("options %+v", *got)
	}
}

func TestShardFlag(t *testing.T) {
	for _, cmd := range []string{"cards", "sheets"} {
		for _, shard := range []string{"0/2", "3/2", "a/b", "2", "1/0"} {
			out := filepath.Join(t.TempDir(), "never-written")
			code, _, stderr := runMain(cmd, exampleRoster, "-o", out, "--shard", shard)
			if code != exitUsage || !strings.Contains(stderr, "--shard") {
				t.Errorf("%s --shard %s: exit %d, %q; want %d naming --shard", cmd, shard, code, stderr, exitUsage)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("%s --shard %s wrote %s", cmd, shard, out)
			}
		}
	}
}

func TestCardsSummary(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	for _, want := range []string{
		"36 cards in " + dir + ": 36 rendered, 0 unchanged, 0 removed, ",
		"36 cards in " + dir + ": 0 rendered, 36 unchanged, 0 removed, ",
	} {
		code, out, stderr := runMain("cards", exampleRoster, "-o", dir)
		if code != exitOK || !strings.HasPrefix(out, want) {
			t.Errorf("exit %d, out %q, err %q; want %q...", code, out, stderr, want)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"cards", exampleRoster},
		{"cards"},
		{"cards", exampleRoster, "-o", "x", "--nope"},
		{"validate"},
		{"frobnicate"},
		{"cards", exampleRoster, "-o", "never-written", "--household", "E-01"},
	} {
		if code, _, stderr := runMain(args...); code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want %d with a message", args, code, stderr, exitUsage)
		}
	}
}

func TestValidateExample(t *testing.T) {
	code, out, stderr := runMain("validate", exampleRoster)
	if code != exitOK || !strings.Contains(out, "36 households") {
		t.Errorf("exit %d, out %q, err %q", code, out, stderr)
	}
}

func TestInitWritesAValidRosterOnce(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "village")
	if code, _, stderr := runMain("init", dir); code != exitOK {
		t.Fatalf("init: exit %d: %s", code, stderr)
	}
	path := filepath.Join(dir, "roster.yaml")
	first, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runMain("validate", path); code != exitOK {
		t.Errorf("the roster init writes is invalid: %s", stderr)
	}
	os.WriteFile(path, []byte("# edited by the clerk\n"), 0o644)
	if code, _, stderr := runMain("init", dir); code != exitRuntime || !strings.Contains(stderr, "never overwrites") {
		t.Errorf("second init: exit %d, %q", code, stderr)
	}
	if now, _ := os.ReadFile(path); string(now) != "# edited by the clerk\n" || len(first) == 0 {
		t.Error("init overwrote an existing roster")
	}
}

func TestVersion(t *testing.T) {
	if code, out, _ := runMain("version"); code != exitOK || !strings.HasPrefix(out, "fuwuka ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestRosterFromStandardInput(t *testing.T) {
	data, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := Main([]string{"validate", "-"}, bytes.NewReader(data), &out, &errOut); code != exitOK {
		t.Errorf("validate -: exit %d: %s", code, errOut.String())
	}
}

// -q silences init as it does every command; without it init says what
// it wrote and what to run next.
func TestInitQuiet(t *testing.T) {
	dir := t.TempDir()
	if code, out, stderr := runMain("init", "-q", filepath.Join(dir, "a")); code != exitOK || out != "" || stderr != "" {
		t.Errorf("init -q: exit %d, out %q, err %q", code, out, stderr)
	}
	if code, out, _ := runMain("init", "--xlsx", filepath.Join(dir, "b")); code != exitOK || !strings.Contains(out, "fuwuka cards") {
		t.Errorf("init: exit %d, out %q", code, out)
	}
}

// --help says fuwuka reads a workbook as well as a YAML file, and calls
// the roster 名单 in Chinese.
func TestHelpNamesWorkbooks(t *testing.T) {
	_, en, _ := runMain("--help", "--lang", "en")
	_, zh, _ := runMain("--help", "--lang", "zh")
	if !strings.Contains(en, "workbook (.xlsx)") || !strings.Contains(zh, "工作簿") || !strings.Contains(zh, "名单") || strings.Contains(zh, "花名册") {
		t.Errorf("help:\n%s\n%s", en, zh)
	}
}
