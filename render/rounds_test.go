package render

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fuwuka/fuwuka/card"
)

func TestRoundsWritesAListPerZoneAndTheCSV(t *testing.T) {
	r, set := load(t)
	dir := filepath.Join(t.TempDir(), "out")
	names, err := Rounds(r, set, RoundsOptions{Dir: dir, Date: time.Unix(1700000000, 0)})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"东片.pdf", "西片.pdf", "南片.pdf", "未分片.pdf"}; !slices.Equal(names, want) {
		t.Errorf("names %v, want %v", names, want)
	}
	for _, name := range names {
		data, _ := os.ReadFile(filepath.Join(dir, name))
		if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.HasSuffix(data, []byte("%%EOF\n")) {
			t.Errorf("%s is not a whole PDF", name)
		}
	}
	data, err := os.ReadFile(filepath.Join(dir, RoundsCSV))
	if err != nil {
		t.Fatal(err)
	}
	text, ok := strings.CutPrefix(string(data), "\uFEFF")
	if !ok {
		t.Error("rounds.csv has no byte-order mark")
	}
	lines := strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n")
	if len(lines) != 1+len(r.Households) || strings.Contains(text, "\n\n") || strings.Count(text, "\n") != strings.Count(text, "\r\n") {
		t.Fatalf("rounds.csv: %d CRLF lines for %d households:\n%s", len(lines), len(r.Households), text)
	}
	if lines[0] != "片区,序号,户号,地址,住户,电话,份数,已发放,签收,备注" || lines[1] != "东片,1,E-001,东街1号,张玉林,,1,,," {
		t.Errorf("rounds.csv starts\n%s\n%s", lines[0], lines[1])
	}
}

func TestRoundsAreReproducible(t *testing.T) {
	r, set := load(t)
	var runs [2]map[string][]byte
	for i := range runs {
		dir := t.TempDir()
		if _, err := Rounds(r, set, RoundsOptions{Dir: dir, Date: time.Unix(1700000000, 0)}); err != nil {
			t.Fatal(err)
		}
		runs[i] = map[string][]byte{}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			runs[i][e.Name()], _ = os.ReadFile(filepath.Join(dir, e.Name()))
		}
	}
	for name, data := range runs[0] {
		if !bytes.Equal(data, runs[1][name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

func TestRoundsWriteNothingOnAProblem(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *card.Roster)
		want   string
	}{
		{"slash", func(r *card.Roster) { r.Officials[0].Zones = []string{"东/片"} }, `officials[王建国].zones: zone "东/片" cannot name a round list (<zone>.pdf): "东/片" contains '/'`},
		{"backslash", func(r *card.Roster) { r.Officials[1].Zones = []string{`西\片`} }, `officials[李秀兰].zones: zone "西\\片" cannot name a round list`},
		{"dot", func(r *card.Roster) { r.Officials[2].Zones = []string{".."} }, `officials[赵志强].zones: zone ".." cannot name a round list`},
		{"device name", func(r *card.Roster) { r.Officials[2].Zones = []string{"con"} }, `zone "con" cannot name a round list (<zone>.pdf): "con" is a device name on Windows`},
		{"colon", func(r *card.Roster) { r.Officials[2].Zones = []string{"南片:1"} }, `zone "南片:1" cannot name a round list`},
		{"trailing dot", func(r *card.Roster) { r.Officials[2].Zones = []string{"南片."} }, `ends with a dot or a space`},
		{"missing character", func(r *card.Roster) { r.Households[0].Resident = "王𪚥国" }, "households[E-001].resident: zone 东片: no font has the character '𪚥' (U+2A6A5)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, set := load(t)
			tt.change(r)
			dir := filepath.Join(t.TempDir(), "out")
			_, err := Rounds(r, set, RoundsOptions{Dir: dir})
			var ps card.Problems
			if !errors.As(err, &ps) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want a problem with %s", err, tt.want)
			}
			if _, err := os.Stat(dir); !os.IsNotExist(err) {
				t.Error("output folder created despite a problem")
			}
		})
	}
}

func TestRoundsCSVFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")",
		"+86 139":           "'+86 139",
		"-1":                "'-1",
		"@SUM(A1)":          "'@SUM(A1)",
		// full width, as a Chinese input method types them: Excel reads
		// them as the ASCII signs
		"＝HYPERLINK(\"x\")": "'＝HYPERLINK(\"x\")",
		"＋86 139":           "'＋86 139",
		"－1":                "'－1",
		"＠SUM(A1)":          "'＠SUM(A1)",
		"东街1号":              "东街1号",
		"":                  "",
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRoundsCSVGuardsEveryTextCell(t *testing.T) {
	rd := card.Round{Zone: "=Z", Households: []card.Household{{ID: "-1", Address: "=1+1", Resident: "@王", Phone: "+86 139", Note: "=A1", Copies: 1}}}
	got := string(roundsCSV([]card.Round{rd}))
	if want := "'=Z,1,'-1,'=1+1,'@王,'+86 139,1,,,'=A1\r\n"; !strings.HasSuffix(got, want) {
		t.Errorf("csv ends %q, want %q", got[strings.Index(got, "\r\n")+2:], want)
	}
}
