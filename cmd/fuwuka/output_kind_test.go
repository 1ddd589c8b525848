package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// householdsWorkbook writes a workbook household list, as a clerk's
// register: one sheet with 编号 and 住址 columns.
func householdsWorkbook(t *testing.T, path string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range [][]any{{"编号", "住址"}, {"E-001", "东街1号"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// Another roster, in any form, and a file of another kind than the
// command writes are never replaced without --force: each is refused as a
// usage error and left byte for byte as it was; --force writes.
func TestOutputOverAnotherKindRefused(t *testing.T) {
	dir := t.TempDir()
	roster := smallRoster(t, dir)
	example, err := os.ReadFile(roster)
	if err != nil {
		t.Fatal(err)
	}
	csv := writeCSV(t, dir)
	ok := filepath.Join(dir, "ok.xlsx")
	householdsWorkbook(t, ok)
	workbookRoster := func(name string) string {
		p := filepath.Join(dir, name)
		if code, _, stderr := runMain("convert", roster, "-o", p); code != exitOK {
			t.Fatalf("convert: exit %d: %s", code, stderr)
		}
		return p
	}
	text := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	renamed := func(p, name string) string {
		to := filepath.Join(dir, name)
		if err := os.Rename(p, to); err != nil {
			t.Fatal(err)
		}
		return to
	}
	quoted := strings.Replace(strings.Replace(string(example), "\ncommunity:", "\n\"community\":", 1), "\nofficials:", "\n'officials':", 1)
	if quoted == string(example) || !strings.Contains(quoted, `"community":`) || !strings.Contains(quoted, `'officials':`) {
		t.Fatal("the example's keys were not quoted")
	}
	comment := "# " + strings.Repeat("这是一段很长的说明。", 2400) + "\n" // 72 KB
	for _, tc := range []struct {
		name   string
		target string
		args   func(target string) []string
		says   string
	}{
		{"sheets over a workbook roster", workbookRoster("b.xlsx"),
			func(o string) []string { return []string{"sheets", roster, "-o", o, "--paper", "A4"} }, "it is a roster"},
		{"import of a workbook over a workbook roster", workbookRoster("c.xlsx"),
			func(o string) []string { return []string{"import", ok, "-o", o} }, "it is a roster"},
		{"import over a roster with quoted keys", text("quoted.yaml", quoted),
			func(o string) []string { return []string{"import", csv, "--skip-bad", "-o", o} }, "it is a roster"},
		{"import over a roster with a 72 KB comment on top", text("long.yaml", comment+string(example)),
			func(o string) []string { return []string{"import", csv, "--skip-bad", "-o", o} }, "it is a roster"},
		{"sheets over a workbook household list", ok,
			func(o string) []string { return []string{"sheets", roster, "-o", o, "--paper", "A4"} }, "it is a workbook, and this command writes a PDF"},
		{"import over a PDF", text("old.pdf", "%PDF-1.6\n%âãÏÓ\n"),
			func(o string) []string { return []string{"import", csv, "--skip-bad", "-o", o} }, "it is a PDF, and this command writes YAML"},
		{"import over a CSV file", text("other.csv", importCSV),
			func(o string) []string { return []string{"import", csv, "--skip-bad", "-o", o} }, "it is text, and this command writes YAML"},
		{"sheets over a text file", text("notes.txt", "送卡时记得带胶带\n"),
			func(o string) []string { return []string{"sheets", roster, "-o", o, "--paper", "A4"} }, "it is text, and this command writes a PDF"},
		{"a volume of sheets over a text file", text("v-001.pdf", "送卡时记得带胶带\n"),
			func(string) []string {
				return []string{"sheets", roster, "-o", filepath.Join(dir, "v.pdf"), "--paper", "A4", "--max-sheets", "1"}
			}, "it is text, and this command writes a PDF"},
		{"a round list over a workbook roster", renamed(workbookRoster("d.xlsx"), "东片.pdf"),
			func(string) []string { return []string{"rounds", roster, "-o", dir} }, "it is a roster"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, err := os.ReadFile(tc.target)
			if err != nil {
				t.Fatal(err)
			}
			code, _, stderr := runMain(tc.args(tc.target)...)
			if code != exitUsage || !strings.Contains(stderr, "refusing to write over "+tc.target+": "+tc.says) {
				t.Errorf("exit %d, %q; want %d, %q", code, stderr, exitUsage, tc.says)
			}
			if after, _ := os.ReadFile(tc.target); !bytes.Equal(before, after) {
				t.Fatal("the file was replaced")
			}
			code, _, stderr = runMain(append(tc.args(tc.target), "--force")...)
			if code != exitOK {
				t.Errorf("with --force: exit %d, %s", code, stderr)
			}
			if after, _ := os.ReadFile(tc.target); bytes.Equal(before, after) {
				t.Error("--force did not write")
			}
		})
	}
}

// What a command wrote before, it writes over again without --force.
func TestOutputOverItsOwnKind(t *testing.T) {
	dir := t.TempDir()
	roster := smallRoster(t, dir)
	csv := writeCSV(t, dir)
	for _, args := range [][]string{
		{"sheets", roster, "-o", filepath.Join(dir, "s.pdf"), "--paper", "A4"},
		{"sheets", roster, "-o", filepath.Join(dir, "v.pdf"), "--paper", "A4", "--max-sheets", "1"},
		{"rounds", roster, "-o", filepath.Join(dir, "rounds")},
		{"import", csv, "--skip-bad", "-o", filepath.Join(dir, "households.yaml")},
	} {
		for range 2 {
			if code, _, stderr := runMain(args...); code != exitOK {
				t.Fatalf("%v: exit %d, %s", args, code, stderr)
			}
		}
	}
}
