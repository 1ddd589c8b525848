package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestImportFlags(t *testing.T) {
	var got *ImportOptions
	cmd := NewCmdImport(&IO{}, func(o *ImportOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"户籍.xlsx", "--sheet", "东片", "--map", "id=房号,address=详细地址", "--skip-bad", "--into", "roster.yaml"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.File != "户籍.xlsx" || got.Sheet != "东片" || got.Map["id"] != "房号" || got.Map["address"] != "详细地址" || !got.SkipBad || got.Into != "roster.yaml" || got.Output != "" {
		t.Errorf("options %+v", *got)
	}
}

func TestImportUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"import"},
		{"import", "a.csv", "b.csv"},
		{"import", "户籍.xls"},
		{"import", "a.csv", "--sheet", "东片"},
		{"import", "a.csv", "--map", "mobile=电话"},
		{"import", "a.csv", "-o", "h.yaml", "--into", "r.yaml"},
		{"import", "a.csv", "--into", "roster.xlsx"},
	} {
		if code, _, stderr := runMain(args...); code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want %d with a message", args, code, stderr, exitUsage)
		}
	}
}

const importCSV = "\uFEFF户号,地址,片区,户主\r\nE-001,东街1号,东片,张三\r\n,东街2号,东片,\r\nE-003,东街3号,东片,\r\ne-001,东街4号,,\r\n"

func writeCSV(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "户籍.csv")
	if err := os.WriteFile(path, []byte(importCSV), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportBadRowsWriteNothing(t *testing.T) {
	dir := t.TempDir()
	csv, out := writeCSV(t, dir), filepath.Join(dir, "households.yaml")
	code, stdout, stderr := runMain("import", csv, "-o", out)
	want := []string{csv + ":3: id: empty", csv + `:5: id: id "e-001" is already used in row 2`, "nothing was written"}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	if code != exitInvalid || stdout != "" {
		t.Errorf("exit %d, stdout %q", code, stdout)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("%s was written", out)
	}
}

func TestImportSkipBadToFile(t *testing.T) {
	dir := t.TempDir()
	csv, out := writeCSV(t, dir), filepath.Join(dir, "households.yaml")
	code, stdout, stderr := runMain("import", csv, "--skip-bad", "-o", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if want := "imported 2 households from " + csv + ", 2 rows skipped\n"; stdout != want {
		t.Errorf("stdout %q, want %q", stdout, want)
	}
	if !strings.Contains(stderr, "warning: skipped "+csv+":3: id: empty") || !strings.Contains(stderr, csv+":5: id:") {
		t.Errorf("stderr %q", stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if want := "households:\n  - {id: E-001, address: 东街1号, zone: 东片, resident: 张三}\n  - {id: E-003, address: 东街3号, zone: 东片}\n"; string(data) != want {
		t.Errorf("%s:\n%s\nwant:\n%s", out, data, want)
	}
}

func TestImportToStandardOutput(t *testing.T) {
	csv := writeCSV(t, t.TempDir())
	code, stdout, stderr := runMain("import", csv, "--skip-bad", "--map", "resident=片区", "-o", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "households:\n  - {id: E-001, address: 东街1号, resident: 东片}\n") {
		t.Errorf("stdout %q", stdout)
	}
	if !strings.HasSuffix(stderr, "imported 2 households from "+csv+", 2 rows skipped\n") {
		t.Errorf("the summary must go to stderr when the YAML goes to stdout: %q", stderr)
	}
}

func TestImportIntoRoster(t *testing.T) {
	dir := t.TempDir()
	csv := writeCSV(t, dir)
	example, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	roster := filepath.Join(dir, "roster.yaml")
	if err := os.WriteFile(roster, example, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runMain("import", csv, "--skip-bad", "--into", roster)
	if code != exitOK || !strings.HasPrefix(stdout, "imported 2 households") {
		t.Fatalf("exit %d, stdout %q: %s", code, stdout, stderr)
	}
	got, err := os.ReadFile(roster)
	if err != nil {
		t.Fatal(err)
	}
	key := []byte("\nhouseholds:")
	i := strings.Index(string(example), string(key))
	if i < 0 || !strings.HasPrefix(string(got), string(example[:i+len(key)])) {
		t.Error("the roster changed before its households section")
	}
	r, err := card.Load(roster, loadOptions)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Households) != 2 || r.Households[1].ID != "E-003" || len(r.Officials) == 0 {
		t.Errorf("the roster now has %d households, %d officials", len(r.Households), len(r.Officials))
	}
}

func TestImportWorkbookSummary(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "东片")
	for i, r := range [][]any{{"编号", "住址"}, {"E-001", "东街1号"}, {"E-002", "东街2号"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("东片", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "户籍.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runMain("import", path)
	if code != exitOK || stderr != "imported 2 households from "+path+" (sheet 东片)\n" || !strings.Contains(stdout, "{id: E-002, address: 东街2号}") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// A roster's households_file is read as fuwuka import reads a workbook,
// and a bad row in it makes the roster invalid.
func TestValidateHouseholdsWorkbook(t *testing.T) {
	example, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	roster := filepath.Join(dir, "roster.yaml")
	if err := os.WriteFile(roster, append(example, "households_file: 住户.xlsx\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(rows ...[]any) string {
		f := excelize.NewFile()
		defer f.Close()
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
				t.Fatal(err)
			}
		}
		path := filepath.Join(dir, "住户.xlsx")
		if err := f.SaveAs(path); err != nil {
			t.Fatal(err)
		}
		return path
	}
	write([]any{"门牌号", "住址"}, []any{"Z-9001", "村东头1号"}, []any{"Z-9002", "村东头2号"})
	if code, out, stderr := runMain("validate", roster); code != exitOK || !strings.Contains(out, "valid: 38 households") {
		t.Errorf("exit %d, out %q, err %q", code, out, stderr)
	}
	path := write([]any{"门牌号", "住址", "份数"}, []any{"Z-9001", "村东头1号", 0})
	if code, _, stderr := runMain("validate", roster); code != exitInvalid || !strings.Contains(stderr, path+`:2: copies: "0" is not a number of copies`) {
		t.Errorf("a bad row: exit %d, stderr %q", code, stderr)
	}
}

func TestImportGBKWarns(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("户号,地址\r\nE-001,东街1号\r\n")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "户籍.csv")
	if err := os.WriteFile(path, []byte(gbk), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runMain("import", path)
	if code != exitOK || !strings.HasPrefix(stderr, "warning: "+path+": read as GB18030") || !strings.Contains(stdout, "东街1号") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
