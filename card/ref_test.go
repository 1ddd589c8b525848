package card

import (
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/msg"
)

func TestRefNames(t *testing.T) {
	for _, c := range []struct {
		r          Ref
		yaml, book string // book "": the workbook has no name for it
	}{
		{Ref{List: "households", Name: "E-001", Key: "phone"}, "households[E-001].phone", "住户 › 联系电话"},
		{Ref{List: "officials", Name: "王秀梅", Key: "zones[1]"}, "officials[王秀梅].zones[1]", "干部 › 负责片区"},
		{Ref{List: "hotlines", Place: 2, Key: "phone"}, "hotlines[#2].phone", "承诺与热线 › 热线电话"},
		{Ref{List: "pledges", Place: 3}, "pledges[#3]", "承诺与热线 › 服务承诺"},
		{Ref{List: "card.fonts", Place: 1}, "card.fonts[#1]", "基本信息 › 补充字体"},
		{Key("card.colors.accent").At(2), "card.colors.accent[2]", "基本信息 › 强调色"},
		{Key("card").Sub("size"), "card.size", "基本信息 › 卡片边长"},
		{Key("households"), "households", ""},
		{Ref{}, "", ""},
	} {
		if got := c.r.String(); got != c.yaml {
			t.Errorf("%#v as YAML: %q, want %q", c.r, got, c.yaml)
		}
		got, ok := c.r.Workbook("")
		if got != c.book || ok != (c.book != "") {
			t.Errorf("%#v in a workbook: %q %v, want %q", c.r, got, ok, c.book)
		}
	}
	if id, ok := (Ref{List: "households", Name: "E-7", Key: "zone"}).Household(); !ok || id != "E-7" {
		t.Errorf("household of a household's zone: %q %v", id, ok)
	}
	if _, ok := (Ref{List: "officials", Name: "E-7"}).Household(); ok {
		t.Error("an official taken for a household")
	}
}

// A workbook roster's problem speaks the workbook: sheet, column head
// and cell, and the settings its hint names by their row; a YAML
// roster's keeps the key paths.
func TestProblemInWorkbookWords(t *testing.T) {
	fontHint := msg.F("add a TrueType font that has it under %s", Key("card.fonts"))
	for _, c := range []struct {
		p        Problem
		en, zh   string
		where    string
		workbook bool
	}{
		{
			Problem{Pos: Pos{File: "roster.xlsx", Line: 9, Col: 12, Cell: "干部!C3"}, Field: Ref{List: "officials", Name: "王秀梅", Key: "phone"},
				Msg: msg.F("%q is not a phone number", "1.39E+10")},
			`roster.xlsx: 干部 › 电话 (C3): "1.39E+10" is not a phone number`,
			`roster.xlsx: 干部 › 电话 (C3): "1.39E+10" 不是电话号码`,
			"干部 › 电话 (C3)", true,
		},
		{
			Problem{Pos: Pos{File: "roster.xlsx", Line: 30, Col: 5, Cell: "住户!D12"}, Field: Ref{List: "households", Name: "E-010", Key: "resident"},
				Msg: msg.F("no font has the character %q (U+%04X) in %q", '𪚥', '𪚥', "王𪚥"), Hint: fontHint},
			"roster.xlsx: 住户 › 户主 (D12): no font has the character '𪚥' (U+2A6A5) in \"王𪚥\" (add a TrueType font that has it under 基本信息 › 补充字体)",
			"",
			"住户 › 户主 (D12)", true,
		},
		{
			Problem{Pos: Pos{File: "roster.yaml", Line: 30, Col: 5}, Field: Ref{List: "households", Name: "E-010", Key: "resident"},
				Msg: msg.F("no font has the character %q (U+%04X) in %q", '𪚥', '𪚥', "王𪚥"), Hint: fontHint},
			"roster.yaml:30:5: households[E-010].resident: no font has the character '𪚥' (U+2A6A5) in \"王𪚥\" (add a TrueType font that has it under card.fonts)",
			"",
			"households[E-010].resident", false,
		},
		{
			Problem{Pos: Pos{File: "roster.xlsx", Line: 2, Cell: "基本信息!B6"}, Field: Key("card.size"), Household: "E-001",
				Msg: msg.F("%s is outside %s..%s", "30mm", "50mm", "210mm")},
			"roster.xlsx: 基本信息 › 卡片边长 (B6): household E-001: 30mm is outside 50mm..210mm",
			"",
			"基本信息 › 卡片边长 (B6)", true,
		},
	} {
		if got := c.p.In(msg.EN); got != c.en {
			t.Errorf("got  %s\nwant %s", got, c.en)
		}
		if got := c.p.In(msg.ZH); c.zh != "" && got != c.zh {
			t.Errorf("got  %s\nwant %s", got, c.zh)
		}
		if where, wb := c.p.Where(); where != c.where || wb != c.workbook {
			t.Errorf("where %q %v, want %q %v", where, wb, c.where, c.workbook)
		}
	}
}

// Problems that many households share are grouped by what they are
// about, a typed value, not by reading the field or the message back.
func TestGroupedByValue(t *testing.T) {
	too := msg.F("the card's content needs %.1f mm more height than a %g mm card has, even with text at its smallest", 3.5, 50.0)
	var ps Problems
	for i, id := range []string{"E-1", "E-2", "E-3"} {
		ps = append(ps, Problem{Pos: Pos{File: "r.yaml", Line: 10 + i}, Field: Key("card.size"), Household: id, Msg: too})
	}
	for i, id := range []string{"A[1]", "A-2"} {
		ps = append(ps, Problem{Pos: Pos{File: "r.yaml", Line: 20 + i}, Field: Ref{List: "households", Name: id, Key: "zone"}, Msg: msg.F("unknown zone %q", "东边")})
	}
	ps = append(ps, Problem{Pos: Pos{File: "r.yaml", Line: 30}, Field: Ref{List: "officials", Name: "E-1", Key: "zone"}, Msg: msg.F("unknown zone %q", "东边")})
	got := ps.Grouped()
	want := []string{
		"r.yaml:10: card.size: 3 households (E-1, E-2, E-3): the card's content needs 3.5 mm more height than a 50 mm card has, even with text at its smallest",
		`r.yaml:20: households.zone: 2 households (A[1], A-2): unknown zone "东边"`,
		`r.yaml:30: officials[E-1].zone: unknown zone "东边"`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d problems:\n%s", len(got), got.In(msg.EN))
	}
	for i := range want {
		if s := got[i].String(); s != want[i] {
			t.Errorf("got  %s\nwant %s", s, want[i])
		}
	}
	if id := ps[3].HouseholdID(); id != "A[1]" {
		t.Errorf("household of a problem about A[1]: %q", id)
	}
	if id := ps[5].HouseholdID(); id != "" {
		t.Errorf("household of an official's problem: %q", id)
	}
	if !strings.Contains(ps[0].String(), "household E-1: ") {
		t.Errorf("a setting's problem about one household does not name it: %s", ps[0])
	}
}
