package card

import (
	"strings"
	"unicode"
)

// Term is how a workbook roster names one of the roster's values: the
// sheet and the column head, or for a setting the sheet and the row's
// label. The YAML name is the Ref itself; this is the other half.
type Term struct {
	Path  string // the value's YAML key path, without entries: officials.phone, card.size
	Sheet string
	Head  string
}

// The sheets of a workbook roster.
const (
	SheetSettings   = "基本信息"
	SheetOfficials  = "干部"
	SheetPledges    = "承诺与热线"
	SheetHouseholds = "住户"
)

// Terms is the one table of the roster's names in both its forms: the
// workbook is written and read by it, and problems, hints, the page and
// --json name a workbook roster's values by it. Settings are in the
// order of the settings sheet.
var Terms = []Term{
	{"community.name", SheetSettings, "村（社区）名称"},
	{"community.region", SheetSettings, "所属区镇"},
	{"card.title", SheetSettings, "卡片标题"},
	{"card.slogan", SheetSettings, "卡面标语"},
	{"card.size", SheetSettings, "卡片边长"},
	{"card.bleed", SheetSettings, "出血"},
	{"card.corner_radius", SheetSettings, "圆角半径"},
	{"card.design", SheetSettings, "卡面设计"},
	{"card.colors.accent", SheetSettings, "强调色"},
	{"card.colors.ground", SheetSettings, "底色"},
	{"card.colors.ink", SheetSettings, "文字颜色"},
	{"card.colors.red", SheetSettings, "红色"},
	{"card.colors.yellow", SheetSettings, "黄色"},
	{"card.fonts", SheetSettings, "补充字体"},
	{"appeal", SheetSettings, "倡议"},
	{"qr.content", SheetSettings, "二维码内容"},
	{"qr.caption", SheetSettings, "二维码说明"},
	{"qr.level", SheetSettings, "二维码纠错级别"},

	{"officials.name", SheetOfficials, "姓名"},
	{"officials.role", SheetOfficials, "职务"},
	{"officials.phone", SheetOfficials, "电话"},
	{"officials.zones", SheetOfficials, "负责片区"},

	{"pledges", SheetPledges, "服务承诺"},
	{"hotlines.name", SheetPledges, "热线名称"},
	{"hotlines.phone", SheetPledges, "热线电话"},

	{"households.id", SheetHouseholds, "户号"},
	{"households.address", SheetHouseholds, "地址"},
	{"households.zone", SheetHouseholds, "片区"},
	{"households.resident", SheetHouseholds, "户主"},
	{"households.phone", SheetHouseholds, "联系电话"},
	{"households.note", SheetHouseholds, "备注"},
	{"households.copies", SheetHouseholds, "份数"},
}

// TermOf is the workbook's name for the value at a YAML key path
// (card.size, officials.phone); ok is false for a value the workbook has
// no place for.
func TermOf(path string) (Term, bool) {
	for _, t := range Terms {
		if t.Path == path {
			return t, true
		}
	}
	return Term{}, false
}

// Workbook is r as a workbook roster names it: 干部 › 电话, or with the
// cell it was read from, 干部 › 电话 (C3). ok is false when the workbook
// has no name for it.
func (r Ref) Workbook(cell string) (string, bool) {
	s, _, ok := r.workbook(cell)
	return s, ok
}

// workbook is Workbook, and whether the name includes the cell: it does
// when the cell is one of the column's or the setting's own.
func (r Ref) workbook(cell string) (name string, atCell, ok bool) {
	t, ok := TermOf(r.term())
	if !ok {
		return "", false, false
	}
	name = t.Sheet + " › " + t.Head
	sheet, at, found := strings.Cut(cell, "!")
	switch {
	case !found || sheet != t.Sheet:
	case isCellName(at):
		return name + " (" + at + ")", true, true
	case isRowName(at):
		// the entry's row: the workbook's words are Chinese, its sheets'
		// and heads' names too
		row, _, _ := strings.Cut(at, ":")
		return name + " (第 " + row + " 行)", true, true
	}
	return name, false, true
}

// isRowName reports whether s names one whole row (5:5).
func isRowName(s string) bool {
	a, b, ok := strings.Cut(s, ":")
	return ok && a == b && a != "" && strings.Trim(a, "0123456789") == ""
}

// isCellName reports whether s names one cell (C3), not a row or a sheet.
func isCellName(s string) bool {
	i := strings.IndexFunc(s, func(r rune) bool { return !('A' <= r && r <= 'Z') })
	return i > 0 && i < len(s) && strings.IndexFunc(s[i:], func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}
