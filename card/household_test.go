package card

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/msg"
)

func TestHouseholdProblems(t *testing.T) {
	// Each case's households follow the one in valid (E-001, at line 10).
	tests := []struct {
		name, households string
		want             []string
	}{
		{"fine", "  - {id: 东-2, address: 东街2号}\n  - {id: w_1.2, address: 西一巷1号, zone: 西片, resident: 周淑珍, copies: 2}\n", nil},
		{"duplicate id", "  - {id: E-002, address: 东街2号}\n  - {id: E-001, address: 东街3号}\n", []string{
			`roster.yaml:14:10: households[E-001].id: id "E-001" is already used (first at line 10)`,
		}},
		{"ids differing in case", "  - {id: e-001, address: 东街2号}\n", []string{
			`roster.yaml:13:10: households[e-001].id: id "e-001" is already used as "E-001", and file names ignore case (first at line 10)`,
		}},
		{"bad ids", "  - {id: E 2, address: x}\n  - {id: E/3, address: x}\n  - {id: .E4, address: x}\n  - {id: " + strings.Repeat("户", 65) + ", address: x}\n", []string{
			`roster.yaml:13:10: households[E 2].id: id "E 2" contains ' ' (the id names the household's PDF file: use letters, digits, '.', '_' and '-')`,
			`roster.yaml:14:10: households[E/3].id: id "E/3" contains '/' (the id names the household's PDF file: use letters, digits, '.', '_' and '-')`,
			`roster.yaml:15:10: households[.E4].id: id ".E4" starts with '.' (a file name starting with '.' is hidden)`,
			`roster.yaml:16:10: households[户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户户].id: id is 65 characters long; at most 64`,
		}},
		{"windows device names", "  - {id: CON, address: x}\n  - {id: lpt1, address: x}\n  - {id: COM10, address: x}\n", []string{
			`roster.yaml:13:10: households[CON].id: id "CON" is a device name on Windows and cannot name a file there (add a letter or digit, e.g. CON-1)`,
			`roster.yaml:14:10: households[lpt1].id: id "lpt1" is a device name on Windows and cannot name a file there (add a letter or digit, e.g. lpt1-1)`,
		}},
		{"unknown zones", "  - {id: E-2, address: x, zone: 西边}\n  - {id: E-3, address: x, zone: 北坡}\n", []string{
			`roster.yaml:13:33: households[E-2].zone: unknown zone "西边" (did you mean "西片"? zones officials look after: 东片, 西片)`,
			`roster.yaml:14:33: households[E-3].zone: unknown zone "北坡" (zones officials look after: 东片, 西片)`,
		}},
		{"empty and missing", "  - {id: '', address: x}\n  - {id: E-3}\n  - {id: E-4, address: \"东街\\t4号\"}\n", []string{
			`roster.yaml:13:10: households[x].id: required but empty`,
			`roster.yaml:14:5: households[E-3].address: required but missing`,
			`roster.yaml:15:24: households[E-4].address: contains a control character (U+0009)`,
		}},
		{"copies", "  - {id: E-2, address: x, copies: 101}\n  - {id: E-3, address: x, copies: two}\n", []string{
			`roster.yaml:13:35: households[E-2].copies: "101" is not a number of copies from 1 to 100`,
			`roster.yaml:14:35: households[E-3].copies: "two" is not a number of copies from 1 to 100`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemsOf(t, t.TempDir(), valid+tt.households)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestHouseholds(t *testing.T) {
	r, err := Parse("roster.yaml", []byte(valid+"  - {id: W-1, address: 西一巷1号, zone: 西片, resident: 周淑珍, copies: 2}\n  - {id: 北-1, address: 北坡1号}\n"), t.TempDir(), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Household{
		{ID: "E-001", Address: "东街1号", Zone: "东片", Copies: 1, Pos: Pos{"roster.yaml", 10, 5, ""}},
		{ID: "W-1", Address: "西一巷1号", Zone: "西片", Resident: "周淑珍", Copies: 2, Pos: Pos{"roster.yaml", 13, 5, ""}},
		{ID: "北-1", Address: "北坡1号", Copies: 1, Pos: Pos{"roster.yaml", 14, 5, ""}},
	}
	if !slices.Equal(r.Households, want) {
		t.Errorf("got  %+v\nwant %+v", r.Households, want)
	}
}

// A household phone that is not a phone number is a warning at its
// place, and the round list prints it as written; a number a spreadsheet
// showed as 1.39E+10 says how to keep its digits.
func TestHouseholdPhoneWarnings(t *testing.T) {
	src := valid + "  - {id: E-002, address: 东街2号, phone: 139331}\n  - {id: E-003, address: 东街3号, phone: 找他儿子}\n" +
		"  - {id: E-004, address: 东街4号, phone: 1.40E+10}\n  - {id: E-005, address: 东街5号, phone: 139 3312 4567}\n"
	r, err := Parse("roster.yaml", []byte(src), t.TempDir(), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range r.Warnings {
		got = append(got, w.String())
	}
	want := []string{
		`roster.yaml:13:39: households[E-002].phone: "139331" is not a phone number; the round list shows it as written (mobile: 11 digits starting 1; landline: area code + number, e.g. 010-6938 1234; service: 3–5 digits)`,
		`roster.yaml:14:39: households[E-003].phone: "找他儿子" is not a phone number; the round list shows it as written (mobile: 11 digits starting 1; landline: area code + number, e.g. 010-6938 1234; service: 3–5 digits)`,
		`roster.yaml:15:39: households[E-004].phone: "1.40E+10" is not a phone number; the round list shows it as written (a spreadsheet showed the number in scientific notation and dropped its last digits: set the column's cells to Text (right-click › 设置单元格格式 › 文本) and type the numbers again)`,
		`roster.yaml:5:5: officials[王建国].zones: no household is in zone "西片"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, s := range []string{"139331", "找他儿子"} {
		if HouseholdPhone(s) != s {
			t.Errorf("round list shows %q as %q", s, HouseholdPhone(s))
		}
	}
	if _, err := ParsePhone("1.39E+10"); err == nil || !strings.Contains(msg.Err(err, msg.ZH), "设置单元格格式 › 文本") {
		t.Errorf("an official's phone shown as 1.39E+10: %v", err)
	}
}

// A register where many households have no phone says so for the first
// few and counts the rest; 无 and - say there is none and are no mistake.
func TestHouseholdPhoneWarningsCounted(t *testing.T) {
	src := valid
	for i := range 14 {
		src += fmt.Sprintf("  - {id: E-%03d, address: 东街%d号, zone: 东片, phone: 找他儿子}\n", i+2, i+2)
	}
	src += "  - {id: F-1, address: 西街1号, zone: 西片, phone: 无}\n  - {id: F-2, address: 西街2号, zone: 西片, phone: \"-\"}\n"
	r, err := Parse("roster.yaml", []byte(src), t.TempDir(), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var phones []string
	for _, w := range r.Warnings {
		if s := w.In(msg.ZH); strings.Contains(s, "电话") {
			phones = append(phones, s)
		}
	}
	if len(phones) != 11 || phones[10] != "roster.yaml：另有 4 户的联系电话不是电话号码" {
		t.Errorf("%d warnings about phones:\n%s", len(phones), strings.Join(phones, "\n"))
	}
}
