package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rosterList writes n rosters of one or two households each, half as
// <name>.yaml and half as <name>/roster.yaml, and a list of them with a
// comment, a blank line and Windows line ends; bad names rosters given a
// household in a zone the roster does not have. It returns the list's path.
func rosterList(t *testing.T, dir string, n int, bad ...int) string {
	t.Helper()
	data, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(data, []byte("\nhouseholds:"))
	if i < 0 {
		t.Fatal("the example has no households section")
	}
	head := data[:i:i]
	list := "# the district's villages\r\n\r\n"
	for k := range n {
		var b strings.Builder
		b.WriteString("\nhouseholds:\n")
		for h := range 1 + k%2 {
			zone := "东片"
			if h == 0 && contains(bad, k) {
				zone = "无此片"
			}
			fmt.Fprintf(&b, "  - id: E-%03d\n    address: 东街%d号\n    zone: %s\n", h+1, k*2+h+1, zone)
		}
		rel := fmt.Sprintf("v%03d.yaml", k)
		if k%2 == 1 {
			rel = filepath.Join("villages", fmt.Sprintf("v%03d", k), "roster.yaml")
		}
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, append(head, b.String()...), 0o644); err != nil {
			t.Fatal(err)
		}
		list += filepath.ToSlash(rel) + "\r\n"
	}
	p := filepath.Join(dir, "district.txt")
	if err := os.WriteFile(p, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// tree is every file under dir by its path there.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[rel], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestRostersInOneRunAndInSlices: a district of 300 rosters is drawn in
// one run, each into its own folder, and the same list split over four
// indexes into one folder gives the same files byte for byte.
func TestRostersInOneRunAndInSlices(t *testing.T) {
	dir := t.TempDir()
	list := rosterList(t, dir, 300)
	one, split := filepath.Join(dir, "one"), filepath.Join(dir, "split")
	code, out, errOut := runMain("cards", "--rosters", list, "-o", one)
	if code != exitOK || !strings.Contains(out, "300 rosters, 450 cards, ") {
		t.Fatalf("exit %d, out %q, err %s", code, out, errOut)
	}
	for _, f := range []string{"v000/E-001.pdf", "v001/E-002.pdf", "v298/manifest.json", "v299/job.csv"} {
		if _, err := os.Stat(filepath.Join(one, f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	cards := 0
	for i := range 4 {
		code, out, errOut := runMain("cards", "--rosters", list, "-o", split, "--index", fmt.Sprint(i), "--of", "4")
		if code != exitOK || !strings.Contains(out, "75 rosters, ") {
			t.Fatalf("--index %d: exit %d, out %q, err %s", i, code, out, errOut)
		}
		var n int
		fmt.Sscanf(out[strings.LastIndex(out, "75 rosters, "):], "75 rosters, %d cards", &n)
		cards += n
	}
	if cards != 450 {
		t.Errorf("the four slices drew %d cards, want 450", cards)
	}
	a, b := tree(t, one), tree(t, split)
	if len(a) != 450+300*2 || len(a) != len(b) { // the cards, each roster's manifest and job ticket
		t.Fatalf("%d files from one run, %d from four slices", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between one run and four slices", name)
		}
	}
}

// TestRostersGoOnPastProblems: a roster with a problem is reported at its
// line and leaves nothing; the others are drawn, and the run exits 3.
func TestRostersGoOnPastProblems(t *testing.T) {
	dir := t.TempDir()
	list := rosterList(t, dir, 5, 2)
	out := filepath.Join(dir, "out")
	code, stdout, errOut := runMain("cards", "--rosters", list, "-o", out)
	bad := filepath.Join(dir, "v002.yaml")
	if code != exitInvalid || !strings.Contains(errOut, bad+":") || !strings.Contains(errOut, "1 of 5 rosters failed") {
		t.Fatalf("exit %d, err %s; want %d and v002's problem at its line", code, errOut, exitInvalid)
	}
	if !strings.Contains(stdout, "5 rosters, 6 cards") {
		t.Errorf("summary %q", stdout)
	}
	if _, err := os.Stat(filepath.Join(out, "v002")); !os.IsNotExist(err) {
		t.Errorf("the roster with a problem wrote its folder (%v)", err)
	}
	for _, name := range []string{"v000", "v001", "v003", "v004"} {
		if _, err := os.Stat(filepath.Join(out, name, "E-001.pdf")); err != nil {
			t.Errorf("%s was not drawn: %v", name, err)
		}
	}
}

func TestRosterListRefusals(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a", "xiaohe"), 0o755)
	for _, tt := range []struct{ list, want string }{
		{"xiaohe.yaml\n# c\na/xiaohe/roster.yaml\n", "district.txt:1 and " + filepath.Join(dir, "district.txt") + ":3 both write their cards to xiaohe"},
		{"Xiaohe.xlsx\nxiaohe.yaml\n", ":1 and "},
		{".yaml\n", ":1: "},
		{"\xff.yaml\n", "not UTF-8"},
	} {
		list := filepath.Join(dir, "district.txt")
		os.WriteFile(list, []byte(tt.list), 0o644)
		out := filepath.Join(dir, "out")
		code, _, errOut := runMain("cards", "--rosters", list, "-o", out)
		if code != exitUsage || !strings.Contains(errOut, tt.want) {
			t.Errorf("%q: exit %d, %s; want %d and %q", tt.list, code, errOut, exitUsage, tt.want)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("%q: %s was written", tt.list, out)
		}
	}
}

func TestRostersFlags(t *testing.T) {
	defer func(g func(string) string) { getenv = g }(getenv)
	for _, tt := range []struct {
		env       string
		args      []string
		index, of int
		err       string
	}{
		{"", nil, 0, 1, ""},
		{"", []string{"--index", "2", "--of", "4"}, 2, 4, ""},
		{"3", []string{"--of", "4"}, 3, 4, ""},
		{"", []string{"--of", "4"}, 0, 0, "needs --index"},
		{"", []string{"--index", "1"}, 0, 0, "needs --of"},
		{"", []string{"--index", "4", "--of", "4"}, 0, 0, "from 0 to 3"},
		{"", []string{"--of", "0", "--index", "0"}, 0, 0, "at least 1"},
		{"", []string{"--shards", "2", "--shard-index", "0"}, 0, 0, "for one roster"},
		{"", []string{"--household", "E-001"}, 0, 0, "for one roster"},
		{"", []string{"r.yaml"}, 0, 0, "takes 0 argument"},
	} {
		getenv = func(k string) string {
			if k == "JOB_COMPLETION_INDEX" {
				return tt.env
			}
			return ""
		}
		var got *CardsOptions
		cmd := NewCmdCards(&IO{}, func(o *CardsOptions) error { got = o; return nil })
		cmd.SetArgs(append([]string{"--rosters", "list.txt", "-o", "out"}, tt.args...))
		cmd.SilenceErrors, cmd.SilenceUsage = true, true
		err := cmd.Execute()
		switch {
		case tt.err != "":
			if err == nil || !strings.Contains(err.Error(), tt.err) || exitCode(err) != exitUsage {
				t.Errorf("%v: error %v, want %q", tt.args, err, tt.err)
			}
		case err != nil:
			t.Errorf("%v: %v", tt.args, err)
		case got.Index != tt.index || got.Of != tt.of:
			t.Errorf("%v: --index %d --of %d, want %d of %d", tt.args, got.Index, got.Of, tt.index, tt.of)
		}
	}
	if code, _, errOut := runMain("cards", exampleRoster, "-o", "never", "--of", "2"); code != exitUsage || !strings.Contains(errOut, "--rosters") {
		t.Errorf("--of without --rosters: exit %d, %s", code, errOut)
	}
}

// TestTrustMTimeFlag: --trust-mtime reaches the manifest, which records
// each card's size and time; a run without it records none.
func TestTrustMTimeFlag(t *testing.T) {
	dir := t.TempDir()
	roster := smallRoster(t, dir)
	out := filepath.Join(dir, "out")
	for _, tt := range []struct {
		args []string
		want bool
	}{{[]string{"--trust-mtime"}, true}, {nil, false}} {
		if code, _, errOut := runMain(append([]string{"cards", roster, "-o", out}, tt.args...)...); code != exitOK {
			t.Fatalf("%v: exit %d, %s", tt.args, code, errOut)
		}
		data, _ := os.ReadFile(filepath.Join(out, "manifest.json"))
		if got := strings.Contains(string(data), `"mtime_unix_nano"`); got != tt.want {
			t.Errorf("%v: the manifest records times: %t, want %t", tt.args, got, tt.want)
		}
	}
}

// TestRostersRetryTakesOverLock: an index of a --rosters run killed while
// drawing one roster leaves that roster's folder locked by a pod no retry
// can see; the retry with --take-over-lock takes the lock over, removes
// the half-written file and finishes the slice as a clean run draws it.
func TestRostersRetryTakesOverLock(t *testing.T) {
	dir := t.TempDir()
	list := rosterList(t, dir, 4)
	out, clean := filepath.Join(dir, "out"), filepath.Join(dir, "clean")
	// index 1 of 2 draws v001 and v003; it was killed in v003 (in a
	// folder named for its own folder, villages/v003/roster.yaml)
	killed := filepath.Join(out, "v003")
	os.MkdirAll(killed, 0o755)
	os.WriteFile(filepath.Join(killed, ".fuwuka.lock"), []byte("pid 7 on fuwuka-cards-1-x7k2p since 2026-12-06T20:00:00Z\n"), 0o644)
	os.WriteFile(filepath.Join(killed, ".fuwuka-0123abcd.tmp"), []byte("half a card"), 0o644)
	args := []string{"cards", "--rosters", list, "-o", out, "--index", "1", "--of", "2"}
	if code, _, errOut := runMain(args...); code != exitRuntime || !strings.Contains(errOut, "fuwuka-cards-1-x7k2p") {
		t.Fatalf("retry without --take-over-lock: exit %d, %s", code, errOut)
	}
	code, _, errOut := runMain(append(args, "--take-over-lock")...)
	if code != exitOK || !strings.Contains(errOut, "took "+killed+" over from pid 7 on fuwuka-cards-1-x7k2p") {
		t.Fatalf("retry with --take-over-lock: exit %d, %s", code, errOut)
	}
	if code, _, errOut := runMain("cards", "--rosters", list, "-o", clean, "--index", "1", "--of", "2"); code != exitOK {
		t.Fatalf("clean run: %s", errOut)
	}
	a, b := tree(t, clean), tree(t, out)
	if len(a) < 4 || len(a) != len(b) {
		t.Fatalf("%d files after the retry, %d from a clean run", len(b), len(a))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs from a clean run's", name)
		}
	}
}
