package main

import (
	"cmp"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
)

var householdIDRE = regexp.MustCompile(`\b[EWSN]-\d{3}\b`)

// TestRoundsExample checks the round lists of the example as the person
// carrying them would: one list per zone, every household on exactly one
// list, in the order of the doors, and a spreadsheet Excel opens.
func TestRoundsExample(t *testing.T) {
	needTools(t, "pdfinfo", "pdftotext")
	r := loadExample(t)
	dir := filepath.Join(t.TempDir(), "rounds")
	stdout, stderr, code := fuwuka(t, []string{"SOURCE_DATE_EPOCH=1700000000"}, "rounds", exampleRoster, "-o", dir)
	if code != 0 {
		t.Fatalf("rounds exited %d: %s", code, stderr)
	}
	if want := "wrote 4 round lists and rounds.csv to " + dir + " in "; !strings.HasPrefix(stdout, want) || strings.Count(stdout, "\n") != 1 {
		t.Errorf("stdout %q, want %q", stdout, want)
	}
	entries, _ := os.ReadDir(dir)
	var files []string
	for _, e := range entries {
		files = append(files, e.Name())
	}
	if want := []string{"rounds.csv", "东片.pdf", "南片.pdf", "未分片.pdf", "西片.pdf"}; !slices.Equal(files, want) {
		t.Fatalf("wrote %v, want %v", files, want)
	}

	// The example's addresses count up street by street, as its ids do,
	// so the order of the doors is the order of the ids; 东街10号 after
	// 东街9号 is where a plain string sort would go wrong.
	zones := map[string][]string{}
	for _, h := range r.Households {
		z := cmp.Or(h.Zone, "未分片")
		zones[z] = append(zones[z], h.ID)
	}
	seen := map[string]int{}
	for zone, ids := range zones {
		file := filepath.Join(dir, zone+".pdf")
		// a dozen households fit one page
		if info := run(t, "pdfinfo", file); !regexp.MustCompile(`(?m)^Pages:\s+1$`).MatchString(info) || !strings.Contains(info, "(A4)") {
			t.Errorf("%s: want one A4 page:\n%s", zone, info)
		}
		b := boxes(t, file)
		if b["TrimBox"] != b["MediaBox"] || b["BleedBox"] != b["MediaBox"] {
			t.Errorf("%s: boxes %v, want trim = bleed = the page", zone, b)
		}
		text := run(t, "pdftotext", "-layout", file, "-")
		got := householdIDRE.FindAllString(text, -1)
		slices.Sort(ids)
		if !slices.Equal(got, ids) {
			t.Errorf("%s lists %v, want %v once each, in this order", zone, got, ids)
		}
		for _, id := range got {
			seen[id]++
		}
		if !strings.Contains(text, zone) || !regexp.MustCompile(`第\s*1\s*/\s*1\s*页`).MatchString(text) {
			t.Errorf("%s: no zone name or page number:\n%s", zone, text)
		}
	}
	for _, h := range r.Households {
		if seen[h.ID] != 1 {
			t.Errorf("%s is on %d round lists, want 1", h.ID, seen[h.ID])
		}
	}

	data, err := os.ReadFile(filepath.Join(dir, "rounds.csv"))
	if err != nil {
		t.Fatal(err)
	}
	csv, ok := strings.CutPrefix(string(data), "\xEF\xBB\xBF")
	if !ok {
		t.Error("rounds.csv does not start with the UTF-8 byte-order mark")
	}
	rows := strings.Split(strings.TrimSuffix(csv, "\r\n"), "\r\n")
	if len(rows)-1 != len(r.Households) || len(r.Households) != 36 {
		t.Errorf("rounds.csv has %d data rows, want 36", len(rows)-1)
	}
	if rows[0] != "片区,序号,户号,地址,住户,电话,份数,已发放,签收,备注" {
		t.Errorf("rounds.csv header %q", rows[0])
	}
}

// TestRoundsRefuseAZoneThatIsNoFileName runs a roster whose zone would
// write outside the output folder.
func TestRoundsRefuseAZoneThatIsNoFileName(t *testing.T) {
	src, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.ReplaceAll(string(src), "东片", "../东片")
	roster := filepath.Join(t.TempDir(), "roster.yaml")
	if err := os.WriteFile(roster, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	// Whether the loader or the round lists refuse the zone, rounds does,
	// naming it; the test never skips itself.
	_, loadErr := card.Load(roster, loadOptions)
	dir := filepath.Join(t.TempDir(), "rounds")
	_, stderr, code := fuwuka(t, nil, "rounds", roster, "-o", dir)
	want := `zone "../东片" cannot name a round list`
	if loadErr != nil {
		want = "../东片"
	}
	if code != exitInvalid || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr %s; want %d naming the zone", code, stderr, exitInvalid)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Error("output folder created for a zone that cannot name a file")
	}
}
