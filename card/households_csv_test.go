package card

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// withCSV writes csv as households.csv beside a roster naming it, and
// returns the roster's text, its folder and the CSV's path.
func withCSV(t *testing.T, csv string) (src, dir, path string) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, "households.csv")
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	return valid + "households_file: households.csv\n", dir, path
}

func TestHouseholdsCSV(t *testing.T) {
	// As Excel saves it: BOM, CRLF, columns in its own order and case,
	// rows of bare commas at the end.
	src, dir, path := withCSV(t, "\uFEFFID,Zone,address,Resident,copies\r\n"+
		"W-1,西片,\"西一巷1号,东屋\",周淑珍,2\r\n"+
		"\r\n"+
		"北-1,,北坡1号,,\r\n"+
		",,,,\r\n")
	r, err := Parse("roster.yaml", []byte(src), dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []Household{
		{ID: "E-001", Address: "东街1号", Zone: "东片", Copies: 1, Pos: Pos{"roster.yaml", 10, 5}},
		{ID: "W-1", Address: "西一巷1号,东屋", Zone: "西片", Resident: "周淑珍", Copies: 2, Pos: Pos{path, 2, 1}},
		{ID: "北-1", Address: "北坡1号", Copies: 1, Pos: Pos{path, 4, 1}},
	}
	if !slices.Equal(r.Households, want) || len(r.Warnings) != 0 {
		t.Errorf("got  %+v, warnings %q\nwant %+v", r.Households, r.Warnings, want)
	}
}

func TestHouseholdsCSVGB18030(t *testing.T) {
	src, dir, path := withCSV(t, gb18030(t, "id,address\n北-1,北坡1号\n"))
	r, err := Parse("roster.yaml", []byte(src), dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Households[1].Address; got != "北坡1号" {
		t.Errorf("address %q", got)
	}
	if len(r.Warnings) != 1 || !strings.HasPrefix(r.Warnings[0].String(), path+": read as GB18030") {
		t.Errorf("warnings %q", r.Warnings)
	}
}

func TestHouseholdsCSVProblems(t *testing.T) {
	tests := []struct {
		name, csv string
		want      []string // CSV problems start with its path
	}{
		{"bad rows", "id,address,zone\n" +
			"W-1,西一巷1号,西片\n" +
			"W 2,西一巷2号,西片\n" + // bad id
			"W-3,西一巷3号,西边\n" + // unknown zone, after CJK: the column counts characters
			"E-001,东街1号,东片\n" + // already in the roster
			"W-4,西一巷4号\n" + // short row
			"W-5,\"西一巷\"5号,西片\n" + // quote inside a field
			"w-1,,西片\n", // empty address, id used above in other case
			[]string{
				`:3:1: id: id "W 2" contains ' ' (the id names the household's PDF file: use letters, digits, '.', '_' and '-')`,
				`:4:11: zone: unknown zone "西边" (did you mean "西片"? zones officials look after: 东片, 西片)`,
				`:5:1: id: id "E-001" is already used (first at roster.yaml:10)`,
				`:6:1: 2 fields, but the header has 3`,
				`:7:9: extraneous or missing " in quoted-field (a field with a comma or a quote goes in double quotes, with its quotes doubled: "say ""hi""")`,
				`:8:1: id: id "w-1" is already used as "W-1", and file names ignore case (first at line 2)`,
				`:8:5: address: required but empty`,
			}},
		{"bad header", "ID,adress,zone,zone\nW-1,西一巷1号,西片,西片\n", []string{
			`:1:1: no "address" column (the first line names the columns: id,address,zone,resident,copies)`,
			`:1:4: unknown column "adress" (did you mean "address"?)`,
			`:1:16: column "zone" appears twice`,
		}},
		{"header only", "id,address\n", []string{
			`: no households in the file (the first line names the columns: id,address,zone,resident,copies; each further line is a household)`,
		}},
		{"empty", "", []string{
			`: the file is empty (the first line names the columns: id,address,zone,resident,copies)`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, dir, path := withCSV(t, tt.csv)
			got := problemsOf(t, dir, src)
			want := make([]string, len(tt.want))
			for i, w := range tt.want {
				want[i] = path + w
			}
			if !slices.Equal(got, want) {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestHouseholdsCSVMissing(t *testing.T) {
	got := problemsOf(t, t.TempDir(), valid+"households_file: 住户.csv\n")
	want := []string{`roster.yaml:13:18: households_file: cannot read "住户.csv": no such file or directory (paths are relative to the roster's folder)`}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
