package card

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/msg"
)

// fileOf is a HouseholdsReader that returns hs, warnings and err, and
// records the path it was asked for.
func fileOf(asked *string, hs []Household, warnings []msg.Text, err error) LoadOptions {
	return LoadOptions{Households: func(path string, _ []byte) ([]Household, []msg.Text, error) {
		*asked = path
		return hs, warnings, err
	}}
}

const withFile = valid + "households_file: 住户.xlsx\n"

// folderWith is a new folder, under a test's own, holding an empty
// 住户.xlsx: card opens the file before the reader is given it.
func folderWith(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "住户.xlsx"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestHouseholdsFile(t *testing.T) {
	var asked string
	at := func(row int) Pos { return Pos{File: "村/住户.xlsx", Line: row} }
	opts := fileOf(&asked, []Household{
		{ID: "W-1", Address: "西一巷1号", Zone: "西片", Resident: "周淑珍", Copies: 2, Pos: at(2)},
		{ID: "北-1", Address: "北坡1号", Copies: 1, Pos: at(4)},
	}, []msg.Text{msg.F("村/住户.xlsx: a warning")}, nil)
	dir := folderWith(t, "村")
	r, err := Parse("roster.yaml", []byte(withFile), dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	if asked != filepath.Join(dir, "住户.xlsx") {
		t.Errorf("the reader was asked for %q, not the path from the roster's folder", asked)
	}
	want := []Household{
		{ID: "E-001", Address: "东街1号", Zone: "东片", Copies: 1, Pos: Pos{"roster.yaml", 10, 5, ""}},
		{ID: "W-1", Address: "西一巷1号", Zone: "西片", Resident: "周淑珍", Copies: 2, Pos: at(2)},
		{ID: "北-1", Address: "北坡1号", Copies: 1, Pos: at(4)},
	}
	if !slices.Equal(r.Households, want) {
		t.Errorf("got  %+v\nwant %+v", r.Households, want)
	}
	if len(r.Warnings) != 1 || r.Warnings[0].String() != "村/住户.xlsx: a warning" {
		t.Errorf("warnings %q", r.Warnings)
	}
}

// A reader's households are checked as the roster's are, at their rows,
// and alongside the problems the reader found itself.
func TestHouseholdsFileProblems(t *testing.T) {
	at := func(row int) Pos { return Pos{File: "住户.xlsx", Line: row} }
	var asked string
	opts := fileOf(&asked, []Household{
		{ID: "W-1", Address: "西一巷1号", Zone: "西边", Copies: 1, Pos: at(2)},
		{ID: "e-001", Address: "东街1号", Copies: 1, Pos: at(3)},
		{ID: "W 2", Address: "西一巷2号", Copies: 1, Pos: at(4)},
		{ID: "W-3", Address: "", Copies: 101, Pos: at(5)},
		{ID: "W-4", Address: "西一巷\n4号", Copies: 1, Pos: at(6)},
	}, nil, Problems{{Pos: at(7), Field: Key("id"), Msg: msg.F("empty")}})
	_, err := Parse("roster.yaml", []byte(withFile), folderWith(t, "村"), opts)
	ps, ok := errors.AsType[Problems](err)
	if !ok {
		t.Fatalf("error is not Problems: %v", err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.String())
	}
	want := []string{
		`住户.xlsx:2: households[W-1].zone: unknown zone "西边" (did you mean "西片"? zones officials look after: 东片, 西片)`,
		`住户.xlsx:3: households[e-001].id: id "e-001" is already used as "E-001", and file names ignore case (first at roster.yaml:10)`,
		`住户.xlsx:4: households[W 2].id: id "W 2" contains ' ' (the id names the household's PDF file: use letters, digits, '.', '_' and '-')`,
		`住户.xlsx:5: households[W-3].address: required but empty`,
		`住户.xlsx:5: households[W-3].copies: "101" is not a number of copies from 1 to 100`,
		`住户.xlsx:6: households[W-4].address: contains a control character (U+000A) (keep it on one line)`,
		`住户.xlsx:7: id: empty`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestHouseholdsFileUnread(t *testing.T) {
	var asked string
	_, missing := os.Open(filepath.Join(t.TempDir(), "住户.xlsx"))
	tests := []struct {
		name string
		opts LoadOptions
		want string
	}{
		{"no reader", LoadOptions{},
			`roster.yaml:13:18: households_file: this program does not read household files (list the households under households:, or use the fuwuka command)`},
		{"missing file", fileOf(&asked, nil, nil, missing),
			`roster.yaml:13:18: households_file: cannot read "住户.xlsx": no such file or directory (paths are relative to the roster's folder)`},
		{"a kind of file the reader refuses", fileOf(&asked, nil, nil, fmt.Errorf("an old Excel workbook; save it as .xlsx")),
			`roster.yaml:13:18: households_file: cannot read "住户.xlsx": an old Excel workbook; save it as .xlsx`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("roster.yaml", []byte(withFile), folderWith(t, "村"), tt.opts)
			if tt.name == "missing file" {
				_, err = Parse("roster.yaml", []byte(withFile), t.TempDir(), tt.opts)
			}
			if _, ok := errors.AsType[Problems](err); !ok || err.Error() != tt.want {
				t.Errorf("error:\n%v\nwant:\n%s", err, tt.want)
			}
		})
	}
}

// The file read is the file checked: a link that points inside the
// roster's folder when it is checked but elsewhere when it is opened (or
// the other way round) is refused, never read. afterOpen swaps the link
// between the open and the check, where a race would.
func TestHouseholdsFileLinkSwapped(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "secret.csv")
	inside := filepath.Join(dir, "own.csv")
	for _, f := range []string{outside, inside} {
		if err := os.WriteFile(f, []byte("户号,地址\nE-9,"+filepath.Base(f)+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(dir, "住户.csv")
	point := func(target string) {
		os.Remove(link)
		if err := os.Symlink(target, link); err != nil {
			t.Skipf("no links here: %v", err)
		}
	}
	var read [][]byte
	opts := LoadOptions{Households: func(path string, data []byte) ([]Household, []msg.Text, error) {
		read = append(read, data)
		return nil, nil, nil
	}}
	roster := []byte(valid + "households_file: 住户.csv\n")
	for _, tc := range []struct{ first, then string }{{outside, inside}, {inside, outside}} {
		point(tc.first)
		afterOpen = func() { point(tc.then) }
		_, err := Parse("roster.yaml", roster, dir, opts)
		afterOpen = nil
		if err == nil || !strings.Contains(err.Error(), "households_file") {
			t.Errorf("a link to %s swapped to %s: %v", filepath.Base(tc.first), filepath.Base(tc.then), err)
		}
		for _, data := range read {
			if strings.Contains(string(data), "secret") {
				t.Errorf("a link to %s swapped to %s: the file outside was read", filepath.Base(tc.first), filepath.Base(tc.then))
			}
		}
		read = nil
	}
	// unswapped, the link inside reads
	point(inside)
	if _, err := Parse("roster.yaml", roster, dir, opts); err != nil || len(read) != 1 || !strings.Contains(string(read[0]), "own.csv") {
		t.Errorf("a link to a file inside: %v, read %q", err, read)
	}
}
