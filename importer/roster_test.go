package importer

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// rosterHead is a roster whose households are in a file; E-001 is listed
// in it, at line 10.
const rosterHead = `version: 1
community:
  name: 白草洼村
officials:
  - name: 王建国
    role: 书记
    phone: "138 0013 8001"
    zones: [东片, 西片]
households:
  - id: E-001
    address: 东街1号
    zone: 东片
households_file: `

// writeSheet writes rows from A1 down as the first sheet of a workbook
// at dir/name, and merges the given ranges.
func writeSheet(t *testing.T, dir, name string, rows [][]any, merged ...[2]string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range merged {
		if err := f.MergeCell("Sheet1", m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, name)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// loadWith reads a roster in dir naming file as its households_file,
// through Households.
func loadWith(dir, file string) (*card.Roster, error) {
	return card.Parse("roster.yaml", []byte(rosterHead+file+"\n"), dir, card.LoadOptions{Households: Households})
}

func problemLines(t *testing.T, err error) []string {
	t.Helper()
	ps, ok := errors.AsType[card.Problems](err)
	if !ok {
		t.Fatalf("error is not Problems: %v", err)
	}
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return out
}

func TestRosterHouseholdsXLSX(t *testing.T) {
	dir := t.TempDir()
	// Chinese headers, a blank row, 网格 merged down two households, an
	// id typed with leading zeros.
	path := writeSheet(t, dir, "住户.xlsx", [][]any{
		{"编号", "住址", "网格", "户  主", "份数"},
		{"001", "西一巷1号", "西片", "周淑珍", 2},
		{"W-2", "西一巷2号", nil, nil, nil},
		{},
		{"北-1", "北坡1号", nil, "孙立", nil},
	}, [2]string{"C2", "C3"})
	r, err := loadWith(dir, "住户.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	want := []card.Household{
		{ID: "E-001", Address: "东街1号", Zone: "东片", Copies: 1, Pos: card.Pos{File: "roster.yaml", Line: 10, Col: 5}},
		{ID: "001", Address: "西一巷1号", Zone: "西片", Resident: "周淑珍", Copies: 2, Pos: card.Pos{File: path, Line: 2}},
		{ID: "W-2", Address: "西一巷2号", Zone: "西片", Copies: 1, Pos: card.Pos{File: path, Line: 3}},
		{ID: "北-1", Address: "北坡1号", Resident: "孙立", Copies: 1, Pos: card.Pos{File: path, Line: 5}},
	}
	if !slices.Equal(r.Households, want) || len(r.Warnings) != 0 {
		t.Errorf("got  %+v, warnings %q\nwant %+v", r.Households, r.Warnings, want)
	}
}

func TestRosterHouseholdsGBK(t *testing.T) {
	dir := t.TempDir()
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("户号,地址,片区\r\n北-1,北坡1号,西片\r\n")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "住户.csv")
	if err := os.WriteFile(path, []byte(gbk), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := loadWith(dir, "住户.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Households) != 2 || r.Households[1].Address != "北坡1号" || r.Households[1].Zone != "西片" || r.Households[1].Pos != (card.Pos{File: path, Line: 2}) {
		t.Errorf("households %+v", r.Households)
	}
	if len(r.Warnings) != 1 || !strings.HasPrefix(r.Warnings[0].String(), path+": read as GB18030") || !strings.Contains(r.Warnings[0].String(), "CSV UTF-8") {
		t.Errorf("warnings %q", r.Warnings)
	}
}

// Every bad row is a problem at its spreadsheet row, none skipped, with
// the roster's checks on the rows that read.
func TestRosterHouseholdsBadRows(t *testing.T) {
	dir := t.TempDir()
	path := writeSheet(t, dir, "住户.xlsx", [][]any{
		{"户号", "地址", "片区", "份数"},
		{"W-1", "西一巷1号", "西片", 1},
		{},
		{"W-3", "西一巷3号", "西片", "两"},
		{"e-001", "东街1号", "东片", nil},
		{"W-5", "西一巷5号", "西边", nil},
		{"w-1", "西一巷6号", nil, nil},
		{"", "西一巷7号", nil, nil},
	})
	_, err := loadWith(dir, "住户.xlsx")
	got := problemLines(t, err)
	want := []string{
		path + `:4: copies: "两" is not a number of copies from 1 to 100`,
		path + `:5: households[e-001].id: id "e-001" is already used as "E-001", and file names ignore case (first at roster.yaml:10)`,
		path + `:6: households[W-5].zone: unknown zone "西边" (did you mean "西片"? zones officials look after: 东片, 西片)`,
		path + `:7: id: id "w-1" is already used in row 2`,
		path + `:8: id: empty`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRosterHouseholdsRefused(t *testing.T) {
	dir := t.TempDir()
	writeSheet(t, dir, "说明.xlsx", [][]any{{"住户名单，2026年11月"}, {"E-2", "东街2号"}})
	writeSheet(t, dir, "两列.xlsx", [][]any{{"户号", "地址", "户主", "户主姓名"}, {"E-2", "东街2号", "张三", "张三"}})
	// an old workbook, as Excel 97 wrote it: read once, then refused by kind
	if err := os.WriteFile(filepath.Join(dir, "住户.xls"), []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file string
		want string
	}{
		{"住户.xls", `roster.yaml:13:18: households_file: cannot read "住户.xls": an old Excel or WPS workbook; save it as .xlsx (Excel 工作簿) or .csv`},
		{"住户.csv", `roster.yaml:13:18: households_file: cannot read "住户.csv": no such file or directory (paths are relative to the roster's folder)`},
		// The header hints name no --map: a roster has none.
		{"说明.xlsx", filepath.Join(dir, "说明.xlsx") + `:1: no id column (headed 户号, 编号, 户编号, id, 门牌号, 序号) (headers found: 住户名单，2026年11月; head yours with one of those names)`},
		{"两列.xlsx", filepath.Join(dir, "两列.xlsx") + `:1: columns "户主" (C) and "户主姓名" (D) could each be resident (rename all but one of them)`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := loadWith(dir, tt.file)
			got := problemLines(t, err)
			if !slices.Contains(got, tt.want) {
				t.Errorf("got:\n%s\nwant among them:\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// A register as a village keeps it: a title merged over the columns, the
// headers clerks write, zones apart with blank rows, numbers as numbers,
// and a footer. It reads with no --map into exactly its households, the
// phone and the note (备注) with them.
func TestRegister(t *testing.T) {
	dir := t.TempDir()
	path := writeSheet(t, dir, "登记表.xlsx", [][]any{
		{"柳树湾村2025年入户走访住户登记表"},
		{"序号", "户主姓名", "门牌号", "所属网格", "联系电话", "备注"},
		{1, "张玉林", "东街1号", "一组", 13800138001, "独居老人"},
		{2, "李春生", "东街2号", "一组", "010-69381234", ""},
		{},
		{3, "王秀英", "西街1号", "二组", "", "外出务工"},
		{"合计", "3户"},
		{"制表人：李文静", "", "", "审核人：王建国"},
	}, [2]string{"A1", "F1"})
	res, err := Read(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Bad) > 0 {
		t.Fatalf("rows left out: %v", res.Bad)
	}
	var got []string
	for _, h := range res.Households {
		got = append(got, strings.Join([]string{h.ID, h.Address, h.Zone, h.Resident, h.Phone, h.Note}, "|"))
	}
	want := []string{
		"1|东街1号|一组|张玉林|13800138001|独居老人",
		"2|东街2号|一组|李春生|010-69381234|",
		"3|西街1号|二组|王秀英||外出务工",
	}
	if !slices.Equal(got, want) {
		t.Errorf("households:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var ws []string
	for _, w := range res.Warnings {
		ws = append(ws, w.String())
	}
	for _, w := range []string{
		path + ": the header is row 2; the rows above it were not read: 柳树湾村2025年入户走访住户登记表",
		path + ": row 7 is not a household (合计) and was not read",
		path + ": row 8 is not a household (制表人：李文静) and was not read",
	} {
		if !slices.Contains(ws, w) {
			t.Errorf("no note %q in:\n%s", w, strings.Join(ws, "\n"))
		}
	}
}

// A zone mistyped in a cell merged down 30 rows is one problem of 30
// households, said once.
func TestHouseholdsFileMergedZoneOnce(t *testing.T) {
	dir := t.TempDir()
	rows := [][]any{{"户号", "地址", "片区"}}
	for i := 1; i <= 30; i++ {
		zone := ""
		if i == 1 {
			zone = "5组"
		}
		rows = append(rows, []any{"H-" + string(rune('A'+i/10)) + string(rune('0'+i%10)), "东街" + string(rune('0'+i%10)) + "号", zone})
	}
	writeSheet(t, dir, "住户.xlsx", rows, [2]string{"C2", "C31"})
	_, err := loadWith(dir, "住户.xlsx")
	ps, ok := errors.AsType[card.Problems](err)
	if !ok {
		t.Fatalf("error is not Problems: %v", err)
	}
	got := ps.Grouped()
	if len(got) != 1 || !strings.Contains(got[0].String(), `:2: households.zone: 30 households (H-A1, H-A2, H-A3, H-A4, H-A5, …): unknown zone "5组"`) {
		t.Errorf("problems:\n%s", got)
	}
}
