package importer

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/xuri/excelize/v2"
)

// writeWorkbook writes a workbook as a clerk would keep it: a first sheet
// of notes, then 东片 with two blank rows above the header, 地址 merged
// across two columns, 片区 merged down three households, a blank row in
// the middle and an id typed as text with leading zeros.
func writeWorkbook(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "说明"); err != nil {
		t.Fatal(err)
	}
	f.SetCellValue("说明", "A1", "东片住户名单，2026年11月")
	if _, err := f.NewSheet("东片"); err != nil {
		t.Fatal(err)
	}
	rows := map[string][]any{
		"A3": {"户号", "地址", nil, "片区", "户 主", "份数"},
		"A4": {"001", "东街", "1号", "东片", "张三", 2},
		"A5": {"E-002", "东街", "2号", nil, "李四"},
		"A7": {"E-003", "东街", "3号", nil, nil, 1},
		"A8": {"E-004", "东街", "4号", "西片"},
	}
	for cell, vals := range rows {
		if err := f.SetSheetRow("东片", cell, &vals); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range [][2]string{{"B3", "C3"}, {"D4", "D7"}} {
		if err := f.MergeCell("东片", r[0], r[1]); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "户籍.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadXLSX(t *testing.T) {
	path := writeWorkbook(t)
	res, err := Read(path, Options{Sheet: "东片"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Sheet != "东片" || len(res.Bad) > 0 {
		t.Errorf("sheet %q, bad %v", res.Sheet, res.Bad)
	}
	var got []string
	for _, h := range res.Households {
		got = append(got, strings.Join([]string{h.ID, h.Address, h.Zone, h.Resident}, "|")+"×"+string(rune('0'+h.Copies))+"@"+string(rune('0'+h.Pos.Line)))
	}
	want := []string{
		"001|东街|东片|张三×2@4", // a merged header names its first column
		"E-002|东街|东片|李四×1@5",
		"E-003|东街|东片|×1@7", // the zone merged down from row 4
		"E-004|东街|西片|×1@8",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("households:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadXLSXSheets(t *testing.T) {
	path := writeWorkbook(t)
	// The first sheet holds a note, not a list: its header has no columns.
	_, err := Read(path, Options{})
	if _, ok := errors.AsType[card.Problems](err); !ok || !strings.Contains(err.Error(), "户籍.xlsx:1: no id column") || !strings.Contains(err.Error(), "headers found: 东片住户名单，2026年11月") {
		t.Errorf("first sheet: %v", err)
	}
	_, err = Read(path, Options{Sheet: "西片"})
	if _, ok := errors.AsType[card.Problems](err); !ok || !strings.Contains(err.Error(), `no sheet "西片" (sheets: 说明, 东片)`) {
		t.Errorf("missing sheet: %v", err)
	}
}

func TestSpreadClampsToData(t *testing.T) {
	cells := [][]string{{"a", "b"}, {"c"}}
	got, err := spread(cells, []excelize.MergeCell{{"A1:XFD1048576", "a"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || len(got[0]) != 2 || len(got[1]) != 2 || got[1][1] != "a" {
		t.Errorf("spread = %q", got)
	}
}
