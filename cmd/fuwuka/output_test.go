package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// smallRoster copies the example roster into dir with only its first
// household, so that a run draws one card, and returns its path.
func smallRoster(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(data, []byte("\nhouseholds:"))
	if i < 0 {
		t.Fatal("the example has no households section")
	}
	data = append(data[:i:i], "\nhouseholds:\n  - id: E-001\n    address: 东街1号\n    zone: 东片\n"...)
	p := filepath.Join(dir, "roster.yaml")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSheetsToStandardOutput(t *testing.T) {
	dir := t.TempDir()
	roster := smallRoster(t, dir)
	wd, _ := os.Getwd()
	abs, _ := filepath.Abs(roster)
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	code, stdout, stderr := runMain("sheets", abs, "-o", "-", "--paper", "A4")
	if code != exitOK || !strings.HasPrefix(stdout, "%PDF-") {
		t.Fatalf("exit %d, stdout %.20q, stderr %s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "wrote 1 card") {
		t.Errorf("the summary is not on standard error: %q", stderr)
	}
	if _, err := os.Lstat(filepath.Join(dir, "-")); err == nil {
		t.Error("a file named - was written")
	}
	code, _, stderr = runMain("sheets", abs, "-o", "-", "--max-sheets", "2")
	if code != exitUsage || !strings.Contains(stderr, "standard output") {
		t.Errorf("-o - with --max-sheets: exit %d, %q", code, stderr)
	}
}

func TestOutputIsInputRefused(t *testing.T) {
	dir := t.TempDir()
	roster := smallRoster(t, dir)
	before, _ := os.ReadFile(roster)
	for _, args := range [][]string{
		{"sheets", roster, "-o", roster},
		{"sheets", roster, "-o", filepath.Join(dir, ".", "roster.yaml")},
	} {
		code, _, stderr := runMain(args...)
		if code != exitUsage || !strings.Contains(stderr, "refusing to write over") {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
	if after, _ := os.ReadFile(roster); !bytes.Equal(before, after) {
		t.Fatal("the roster was overwritten")
	}
	// Another roster is refused too: import -o would replace it with a
	// bare household list.
	other := filepath.Join(dir, "other.yaml")
	os.WriteFile(other, before, 0o644)
	csv := writeCSV(t, dir)
	code, _, stderr := runMain("import", csv, "--skip-bad", "-o", other)
	if code != exitUsage || !strings.Contains(stderr, "it is a roster") {
		t.Errorf("import -o over a roster: exit %d, %q", code, stderr)
	}
	if after, _ := os.ReadFile(other); !bytes.Equal(before, after) {
		t.Fatal("import replaced a roster")
	}
	code, _, stderr = runMain("import", csv, "--skip-bad", "-o", other, "--force")
	if code != exitOK {
		t.Errorf("import -o over a roster with --force: exit %d, %q", code, stderr)
	}
	if after, _ := os.ReadFile(other); bytes.Equal(before, after) {
		t.Error("--force did not write")
	}
}

func TestRoundsOverHouseholdsFileRefused(t *testing.T) {
	dir := t.TempDir()
	data, _ := os.ReadFile(smallRoster(t, dir))
	i := bytes.Index(data, []byte("\nhouseholds:"))
	data = append(data[:i:i], "\nhouseholds_file: rounds.csv\n"...)
	roster := filepath.Join(dir, "roster.yaml")
	os.WriteFile(roster, data, 0o644)
	csv := "户号,地址,片区\r\nE-001,东街1号,东片\r\n"
	os.WriteFile(filepath.Join(dir, "rounds.csv"), []byte(csv), 0o644)
	code, _, stderr := runMain("rounds", roster, "-o", dir)
	if code != exitUsage || !strings.Contains(stderr, "rounds.csv: this run reads it") {
		t.Errorf("exit %d, %q", code, stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "rounds.csv")); string(got) != csv {
		t.Error("the households file was overwritten")
	}
}

func TestImportIntoLinkKeepsLinkAndMode(t *testing.T) {
	dir := t.TempDir()
	csv := writeCSV(t, dir)
	example, _ := os.ReadFile(exampleRoster)
	shared := filepath.Join(dir, "shared.yaml")
	if err := os.WriteFile(shared, example, 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink("shared.yaml", link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	code, _, stderr := runMain("import", csv, "--skip-bad", "--into", link)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("--into replaced the link with a file")
	}
	got, _ := os.ReadFile(shared)
	if bytes.Equal(got, example) || !strings.Contains(string(got), "E-003") {
		t.Error("the shared roster the link names was not updated")
	}
	if fi, _ := os.Stat(shared); fi.Mode().Perm() != 0o600 {
		t.Errorf("the roster's mode is now %v, was 0600", fi.Mode().Perm())
	}
}

func TestSheetsOutputFolderRefused(t *testing.T) {
	dir := t.TempDir()
	roster := smallRoster(t, dir)
	out := filepath.Join(dir, "so") + string(filepath.Separator)
	code, _, stderr := runMain("sheets", roster, "-o", out)
	if code != exitUsage || !strings.Contains(stderr, "is a folder") {
		t.Errorf("exit %d, %q", code, stderr)
	}
}

func TestImportIntoItselfRefused(t *testing.T) {
	dir := t.TempDir()
	csv := writeCSV(t, dir)
	code, _, stderr := runMain("import", csv, "--skip-bad", "--into", csv)
	if code != exitUsage || !strings.Contains(stderr, "is the file being imported") {
		t.Errorf("exit %d, %q", code, stderr)
	}
	if got, _ := os.ReadFile(csv); string(got) != importCSV {
		t.Error("the spreadsheet was overwritten")
	}
}

func TestCardsIntoDanglingLink(t *testing.T) {
	dir := t.TempDir()
	roster := smallRoster(t, dir)
	dang := filepath.Join(dir, "dang")
	if err := os.Symlink("gone", dang); err != nil {
		t.Skipf("no links here: %v", err)
	}
	code, _, stderr := runMain("cards", roster, "-o", dang)
	if code != exitRuntime || !strings.Contains(stderr, "dang is a link to gone, which does not exist") {
		t.Errorf("exit %d, %q", code, stderr)
	}
}
