package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/xuri/excelize/v2"
)

// exampleRoster is the roster fuwuka init writes, read.
func exampleRoster(t *testing.T) *card.Roster {
	t.Helper()
	r, err := card.Parse("roster.yaml", card.Example, t.TempDir(), card.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A roster written as a workbook reads back as the same roster, and so
// does the YAML written from that: the cards' inputs are equal.
func TestWorkbookRoundTrip(t *testing.T) {
	r := exampleRoster(t)
	r.Households[0].Phone, r.Households[0].Note = "139 1000 2000", "独居老人"
	data, err := WriteWorkbook(r)
	if err != nil {
		t.Fatal(err)
	}
	again, err := WriteWorkbook(r)
	if err != nil || !slices.Equal(data, again) {
		t.Errorf("the workbook is not the same bytes twice (%v)", err)
	}
	path := filepath.Join(t.TempDir(), "roster.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	back, err := LoadWorkbook(path, card.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(RosterYAML(back)), string(RosterYAML(r)); got != want {
		t.Errorf("read back:\n%s\nwritten:\n%s", got, want)
	}
	sameCards(t, r, back)
	if h := back.Households[0]; h.Phone != "139 1000 2000" || h.Note != "独居老人" {
		t.Errorf("phone and note read back as %q, %q", h.Phone, h.Note)
	}
	y, err := card.Parse("roster.yaml", RosterYAML(back), t.TempDir(), card.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sameCards(t, r, y)
}

// Problems point at the cell the clerk typed.
func TestWorkbookProblemsAtCells(t *testing.T) {
	path, f := exampleWorkbook(t)
	for _, c := range [][3]string{
		{"干部", "C4", "1391000"},
		{"住户", "C3", "东边"},
		{"住户", "A4", "E-001"},
		{"基本信息", "A20", "颜色"},
		{"基本信息", "B20", "红"},
	} {
		if err := f.SetCellStr(c[0], c[1], c[2]); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err := LoadWorkbook(path, card.LoadOptions{})
	got := problemLines(t, err)
	want := []string{
		path + `:基本信息!A20: unknown setting "颜色" (known settings: 村（社区）名称, 所属区镇, 卡片标题, 卡面标语, 卡片边长, 出血, 圆角半径, 卡面设计, 强调色, 底色, 文字颜色, 补充字体, 倡议, 二维码内容, 二维码说明, 二维码纠错级别)`,
		path + `: 干部 › 电话 (C4): "1391000" is not a phone number (mobile: 11 digits starting 1; landline: area code + number, e.g. 010-6938 1234; service: 3–5 digits)`,
		path + `: 住户 › 片区 (C3): unknown zone "东边" (did you mean "东片"? zones officials look after: 东片, 西片, 南片)`,
		path + `: 住户 › 户号 (A4): id "E-001" is already used (first at 住户 › 户号 (第 2 行))`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// With the unknown setting gone, the roster's own checks.
	f, _ = excelize.OpenFile(path)
	f.SetCellStr("基本信息", "A20", "")
	f.SetCellStr("基本信息", "B20", "")
	f.Save()
	f.Close()
	_, err = LoadWorkbook(path, card.LoadOptions{})
	got = problemLines(t, err)
	want = []string{
		path + `: 干部 › 电话 (C4): "1391000" is not a phone number (mobile: 11 digits starting 1; landline: area code + number, e.g. 010-6938 1234; service: 3–5 digits)`,
		path + `: 住户 › 片区 (C3): unknown zone "东边" (did you mean "东片"? zones officials look after: 东片, 西片, 南片)`,
		path + `: 住户 › 户号 (A4): id "E-001" is already used (first at 住户 › 户号 (第 2 行))`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// sameCards fails unless a and b print the same cards: the same households
// with the same inputs.
func sameCards(t *testing.T, a, b *card.Roster) {
	t.Helper()
	if len(a.Households) != len(b.Households) {
		t.Fatalf("%d households, then %d", len(a.Households), len(b.Households))
	}
	for i, h := range a.Households {
		ia, err := card.InputsOf(a, h)
		if err != nil {
			t.Fatal(err)
		}
		ib, err := card.InputsOf(b, b.Households[i])
		if err != nil {
			t.Fatal(err)
		}
		if ia.Hash() != ib.Hash() {
			t.Errorf("household %s: the card's inputs differ", h.ID)
		}
	}
}

// A workbook without its officials or households says which sheet is
// missing, and what the roster lacks without them.
func TestWorkbookMissingSheets(t *testing.T) {
	path, f := exampleWorkbook(t)
	if err := f.DeleteSheet("干部"); err != nil {
		t.Fatal(err)
	}
	f.Save()
	f.Close()
	_, err := LoadWorkbook(path, card.LoadOptions{})
	got := problemLines(t, err)
	if len(got) == 0 || got[0] != path+`:干部: no sheet "干部" (sheets: 基本信息, 承诺与热线, 住户, 填写说明)` {
		t.Errorf("problems:\n%s", strings.Join(got, "\n"))
	}
	for _, p := range got {
		if !strings.HasPrefix(p, path+":") || strings.HasPrefix(p, path+":1:") {
			t.Errorf("problem not at a sheet or cell: %s", p)
		}
	}
}

// A workbook roster is read within the same limits as a workbook of
// households: a damaged file or one that unpacks to too much is a problem
// at the file, with what to do about it.
func TestWorkbookRosterDamaged(t *testing.T) {
	dir := t.TempDir()
	data, err := WriteWorkbook(exampleRoster(t))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "roster.xlsx")
	os.WriteFile(p, data[:len(data)/2], 0o644)
	_, err = LoadWorkbook(p, card.LoadOptions{})
	if ps, ok := errors.AsType[card.Problems](err); !ok || len(ps) != 1 || ps[0].Pos.File != p || ps[0].Hint.IsZero() {
		t.Errorf("half a workbook: %v", err)
	}
	bomb := rawWorkbook(t, dir, func(w io.Writer) {
		for i := range 200_000 {
			inlineRow(w, i+1, strings.Repeat("东", 100))
		}
	})
	_, err = LoadWorkbook(bomb, card.LoadOptions{})
	if ps, ok := errors.AsType[card.Problems](err); !ok || !strings.Contains(err.Error(), "unpacks to more than") {
		t.Errorf("a workbook that unpacks to too much: %v (%v)", err, ps)
	}
}

// 红色 and 黄色, the colours' first names, are still read from a workbook
// but no longer written into one.
func TestWorkbookOldColourNames(t *testing.T) {
	f := exampleWorkbookInMemory(t)
	rows, _ := f.GetRows(sheetSettings)
	for _, r := range rows {
		if len(r) > 0 && (r[0] == "红色" || r[0] == "黄色") {
			t.Errorf("the written workbook has a row %q", r[0])
		}
	}
	// a clerk's workbook of before: the accent under its old name
	f.SetSheetRow(sheetSettings, fmt.Sprintf("A%d", len(rows)+1), &[]any{"红色", "0, 90, 90, 0"})
	for i, r := range rows {
		if len(r) > 0 && r[0] == "强调色" {
			f.SetCellValue(sheetSettings, fmt.Sprintf("B%d", i+1), "")
		}
	}
	p := filepath.Join(t.TempDir(), "roster.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	r, err := LoadWorkbook(p, card.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := (card.CMYK{0, 90, 90, 0}); r.Card.Colors.Accent != want {
		t.Errorf("accent %v, want %v from 红色", r.Card.Colors.Accent, want)
	}
}

// A sheet past a limit is named at its row as a workbook names it, once.
func TestWorkbookRosterSheetLimit(t *testing.T) {
	f := exampleWorkbookInMemory(t)
	f.SetCellValue(sheetHouseholds, "JA3", "x") // column 261
	p := filepath.Join(t.TempDir(), "roster.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	_, err := LoadWorkbook(p, card.LoadOptions{})
	want := p + ":" + sheetHouseholds + "!A3: row 3 has more than 200 columns"
	if err == nil || !strings.HasPrefix(err.Error(), want) || strings.Count(err.Error(), p) > strings.Count(err.Error(), "\n")+1 {
		t.Errorf("got %v\nwant it to start %q", err, want)
	}
}

// A phone typed into a number cell formatted as 科学计数 shows as
// 1.39E+10 but keeps all its digits, for an official and a household; a
// household phone that is no number is a warning at its cell, in the
// workbook's words.
func TestWorkbookPhoneCells(t *testing.T) {
	path, f := exampleWorkbook(t)
	sci, err := f.NewStyle(&excelize.Style{NumFmt: 11}) // 0.00E+00
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		sheet, cell string
		v           any
	}{{"干部", "C3", 13933124567}, {"住户", "E2", 13911112222}, {"住户", "E3", "139331"}} {
		if err := f.SetCellValue(c.sheet, c.cell, c.v); err != nil {
			t.Fatal(err)
		}
		if _, ok := c.v.(int); ok {
			f.SetCellStyle(c.sheet, c.cell, c.cell, sci)
			if shown, _ := f.GetCellValue(c.sheet, c.cell); !strings.Contains(shown, "E+10") {
				t.Fatalf("%s!%s shows %q, not in scientific notation", c.sheet, c.cell, shown)
			}
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	r, err := LoadWorkbook(path, card.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Officials[1].Phone.Digits; got != "13933124567" {
		t.Errorf("official's phone from a 科学计数 cell: %q", got)
	}
	if got := r.Households[0].Phone; got != "13911112222" {
		t.Errorf("household's phone from a 科学计数 cell: %q", got)
	}
	// an entry is at its row: a problem found later with one of its
	// values must not name the column of its first value
	if h, o := r.Households[0].Pos.Cell, r.Officials[0].Pos.Cell; h != "住户!2:2" || o != "干部!2:2" {
		t.Errorf("first household at %q, first official at %q", h, o)
	}
	var ws []string
	for _, w := range r.Warnings {
		ws = append(ws, w.In(msg.ZH))
	}
	want := path + `: 住户 › 联系电话 (E3): "139331" 不是电话号码；入户发放登记表上照原样印出`
	if !slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(w, want) }) {
		t.Errorf("warnings:\n%s\nwant one starting\n%s", strings.Join(ws, "\n"), want)
	}
}

// The 片区 drop-down offers the roster's zones when the workbook is
// written; a workbook whose zones were renamed since is told so, and
// writing it again (convert) gives the list the new zones.
func TestWorkbookZoneDropDown(t *testing.T) {
	path, f := exampleWorkbook(t)
	list := func(f *excelize.File) string {
		dvs, _ := f.GetDataValidations("住户")
		for _, dv := range dvs {
			if dv.Sqref == "C2:C5000" {
				return dv.Formula1
			}
		}
		return ""
	}
	if got := list(f); got != `"东片,西片,南片"` {
		t.Fatalf("drop-down of the example: %s", got)
	}
	// the clerk renames the zones: 东片 → 一组 on both sheets
	rows, _ := f.GetRows("干部")
	for i, row := range rows {
		if len(row) > 3 {
			f.SetCellStr("干部", fmt.Sprintf("D%d", i+1), strings.ReplaceAll(row[3], "东片", "一组"))
		}
	}
	rows, _ = f.GetRows("住户")
	for i, row := range rows {
		if len(row) > 2 && row[2] == "东片" {
			f.SetCellStr("住户", fmt.Sprintf("C%d", i+1), "一组")
		}
	}
	f.Save()
	f.Close()
	r, err := LoadWorkbook(path, card.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var ws []string
	for _, w := range r.Warnings {
		ws = append(ws, w.In(msg.ZH))
	}
	want := path + "：“住户”表的片区下拉列表是 东片、西片、南片，但干部负责的片区是 一组、西片、南片"
	if !slices.ContainsFunc(ws, func(w string) bool {
		return strings.HasPrefix(w, want) && strings.Contains(w, "fuwuka convert "+path+" -o "+path+" --force")
	}) {
		t.Errorf("warnings:\n%s\nwant one starting\n%s", strings.Join(ws, "\n"), want)
	}
	data, err := WriteWorkbook(r)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, data, 0o644)
	f, _ = excelize.OpenFile(path)
	if got := list(f); got != `"一组,西片,南片"` {
		t.Errorf("drop-down written again: %s", got)
	}
	f.Close()
	if r, err = LoadWorkbook(path, card.LoadOptions{}); err != nil || len(r.Warnings) != 0 {
		t.Errorf("written again: %v, warnings %v", err, r.Warnings)
	}
}

// docs/roster.md names the settings rows the workbook has, from the one
// table, in its order.
func TestDocsNameTheSettings(t *testing.T) {
	doc, err := os.ReadFile("../docs/roster.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "The names are ")
	list, _, _ := strings.Cut(rest, " (")
	var want []string
	for _, s := range settings {
		if !s.old {
			want = append(want, s.label)
		}
	}
	if !ok || list != strings.Join(want, ", ") {
		t.Errorf("docs/roster.md names the settings\n%s\nthe workbook has\n%s", list, strings.Join(want, ", "))
	}
}

// import of a roster workbook reads its households, not its settings
// sheet, and says what it is and what convert does.
func TestImportRosterWorkbook(t *testing.T) {
	r := exampleRoster(t)
	data, err := WriteWorkbook(r)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "roster.xlsx")
	os.WriteFile(path, data, 0o644)
	res, err := Read(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Sheet != "住户" || len(res.Households) != len(r.Households) || len(res.Bad) != 0 {
		t.Fatalf("read sheet %q: %d households of %d, %d bad", res.Sheet, len(res.Households), len(r.Households), len(res.Bad))
	}
	var ws []string
	for _, w := range res.Warnings {
		ws = append(ws, w.String())
	}
	if want := path + " is a roster workbook: its 住户 sheet was read (`fuwuka convert " + path + " -o roster.yaml`"; !slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(w, want) }) {
		t.Errorf("warnings %q, want one starting %s", ws, want)
	}
	// a sheet named is read as named
	if _, err := Read(path, Options{Sheet: "基本信息"}); err == nil {
		t.Error("the settings sheet read as households")
	}
}

// The workbook's phone and id columns are text, so a clerk's 13933124567
// stays as typed and 001 keeps its zeros; their heads stay bold.
func TestWorkbookTextColumns(t *testing.T) {
	f := exampleWorkbookInMemory(t)
	defer f.Close()
	for _, c := range [][3]string{{"干部", "C", "电话"}, {"承诺与热线", "C", "热线电话"}, {"住户", "A", "户号"}, {"住户", "E", "联系电话"}} {
		head, _ := f.GetCellValue(c[0], c[1]+"1")
		hid, _ := f.GetCellStyle(c[0], c[1]+"1")
		hs, _ := f.GetStyle(hid)
		id, _ := f.GetCellStyle(c[0], c[1]+"40")
		st, _ := f.GetStyle(id)
		if head != c[2] || hs == nil || hs.Font == nil || !hs.Font.Bold || st == nil || st.NumFmt != 49 {
			t.Errorf("%s!%s: head %q bold %v, below it number format %v", c[0], c[1], head, hs != nil && hs.Font != nil && hs.Font.Bold, st)
		}
	}
}

// exampleWorkbookInMemory is the example roster as a workbook, opened
// from memory.
func exampleWorkbookInMemory(t *testing.T) *excelize.File {
	t.Helper()
	data, err := WriteWorkbook(exampleRoster(t))
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// exampleWorkbook writes the example roster as a workbook into a new
// folder and opens it, for a test to change as a clerk would.
func exampleWorkbook(t *testing.T) (string, *excelize.File) {
	t.Helper()
	data, err := WriteWorkbook(exampleRoster(t))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "roster.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, f
}
