package main

import (
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A print shop handed a folder of cards, or one file of them, must learn
// how many of each to print without opening them: from the job ticket,
// from the slug and from each file's metadata.

// ticketRows reads a job ticket as maps from its header.
func ticketRows(t *testing.T, file string) []map[string]string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\uFEFF"))).ReadAll()
	if err != nil || len(recs) < 2 {
		t.Fatalf("%s: %v, %d records", file, err, len(recs))
	}
	var rows []map[string]string
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = rec[i]
		}
		rows = append(rows, row)
	}
	return rows
}

func rowOf(rows []map[string]string, household string) map[string]string {
	for _, r := range rows {
		if r["household"] == household {
			return r
		}
	}
	return nil
}

// xmpOf is a file's XMP metadata, read with qpdf's parser.
func xmpOf(t *testing.T, file string) map[string]string {
	t.Helper()
	objs := qpdfObjects(t, file)
	root := dict(resolve(objs, dict(objs["trailer"].Value)["/Root"]).Value)
	meta := resolve(objs, root["/Metadata"])
	if meta.Stream == nil {
		t.Fatalf("%s: no XMP", file)
	}
	data, _ := base64.StdEncoding.DecodeString(meta.Stream.Data)
	return parseXMP(t, data)
}

func TestJobTicketCarriesCopies(t *testing.T) {
	needTools(t, "pdftotext", "pdfinfo", "qpdf")
	out := filepath.Join(t.TempDir(), "cards")
	env := []string{"SOURCE_DATE_EPOCH=1700000000"}
	if _, stderr, code := fuwuka(t, env, "cards", exampleRoster, "-o", out, "--marks"); code != 0 {
		t.Fatalf("cards exited %d: %s", code, stderr)
	}
	rows := ticketRows(t, filepath.Join(out, "job.csv"))
	if len(rows) != 36 {
		t.Errorf("job.csv has %d rows, want 36", len(rows))
	}
	e010 := rowOf(rows, "E-010")
	want := map[string]string{"file": "E-010.pdf", "page": "1", "pages": "1", "copies": "2", "card_mm": "100", "bleed_mm": "3", "cut": "kiss", "cut_name": "CutContour"}
	for k, v := range want {
		if e010[k] != v {
			t.Errorf("job.csv E-010 %s = %q, want %q (%v)", k, e010[k], v, e010)
		}
	}
	if r := rowOf(rows, "E-001"); r["copies"] != "1" {
		t.Errorf("job.csv E-001: %v", r)
	}
	if txt := run(t, "pdftotext", filepath.Join(out, "E-010.pdf"), "-"); !strings.Contains(txt, "E-010 · 东街10号 · ×2 · ") || !strings.Contains(txt, "kiss cut CutContour") {
		t.Errorf("E-010's slug does not say ×2 and the cut:\n%s", txt)
	}
	x := xmpOf(t, filepath.Join(out, "E-010.pdf"))
	if x["Copies"] != "2" || x["Household"] != "E-010" || x["Cut"] != "kiss" || x["CutName"] != "CutContour" || !strings.Contains(x["title"], "×2") {
		t.Errorf("E-010's XMP: copies %q, household %q, cut %q %q, title %q", x["Copies"], x["Household"], x["Cut"], x["CutName"], x["title"])
	}

	// a page per copy, for shops that print each file's pages once
	pp := filepath.Join(t.TempDir(), "pages")
	if _, stderr, code := fuwuka(t, env, "cards", exampleRoster, "-o", pp, "--pages-per-copy", "--household", "E-010", "--household", "E-001"); code != 0 {
		t.Fatalf("cards --pages-per-copy exited %d: %s", code, stderr)
	}
	if n, m := pdfPages(t, filepath.Join(pp, "E-010.pdf")), pdfPages(t, filepath.Join(pp, "E-001.pdf")); n != 2 || m != 1 {
		t.Errorf("--pages-per-copy: E-010 has %d pages, E-001 %d; want 2 and 1", n, m)
	}
	if r := rowOf(ticketRows(t, filepath.Join(pp, "job.csv")), "E-010"); r["pages"] != "2" || r["copies"] != "2" {
		t.Errorf("--pages-per-copy ticket: %v", r)
	}
}

func TestSingleFile(t *testing.T) {
	needTools(t, "pdfinfo", "pdftotext", "pdffonts", "qpdf", "pdfcpu", "gs")
	dir := t.TempDir()
	file := filepath.Join(dir, "all.pdf")
	env := []string{"SOURCE_DATE_EPOCH=1700000000"}
	if _, stderr, code := fuwuka(t, env, "cards", exampleRoster, "--single-file", file, "--order", "zone"); code != 0 {
		t.Fatalf("cards --single-file exited %d: %s", code, stderr)
	}
	// the same roster gives the same bytes, on one core or many
	again := filepath.Join(t.TempDir(), "all.pdf")
	if _, stderr, code := fuwuka(t, append(env, "GOMAXPROCS=1"), "cards", exampleRoster, "--single-file", again, "--order", "zone"); code != 0 {
		t.Fatalf("cards --single-file exited %d: %s", code, stderr)
	}
	if a, b := readFile(t, file), readFile(t, again); !bytes.Equal(a, b) {
		t.Error("two runs of --single-file differ")
	}
	// 36 households, E-010 twice
	if n := pdfPages(t, file); n != 37 {
		t.Fatalf("%d pages, want 37", n)
	}
	rows := ticketRows(t, filepath.Join(dir, "all.job.csv"))
	e010 := rowOf(rows, "E-010")
	if len(rows) != 36 || e010["pages"] != "2" || e010["copies"] != "2" || e010["file"] != "all.pdf" {
		t.Fatalf("ticket: %d rows, E-010 %v", len(rows), e010)
	}
	for _, p := range []string{e010["page"], "11"} {
		if p != "10" && p != "11" {
			t.Fatalf("E-010 starts on page %s", p)
		}
		if txt := run(t, "pdftotext", "-f", p, "-l", p, file, "-"); !strings.Contains(txt, "E-010") {
			t.Errorf("page %s is not E-010's card:\n%s", p, txt)
		}
	}
	if x := xmpOf(t, file); x["Copies"] != "37" || x["Cut"] != "kiss" {
		t.Errorf("XMP says copies %q, cut %q; want 37 cards, kiss", x["Copies"], x["Cut"])
	}

	// the press checks
	if out, err := exec.Command("pdfcpu", "validate", "-m", "strict", file).CombinedOutput(); err != nil {
		t.Errorf("pdfcpu validate -m strict: %v\n%s", err, out)
	}
	run(t, "qpdf", "--check", file)
	objs := qpdfObjects(t, file)
	root := dict(resolve(objs, dict(objs["trailer"].Value)["/Root"]).Value)
	if intents, _ := root["/OutputIntents"].([]any); len(intents) != 1 {
		t.Errorf("%d output intents, want 1", len(intents))
	}
	profiles, forms := 0, 0
	for _, o := range objs {
		if o.Stream == nil {
			continue
		}
		if n, _ := o.Stream.Dict["/N"].(float64); n == 4 {
			profiles++
		}
		if o.Stream.Dict["/Subtype"] == "/Form" {
			forms++
		}
	}
	// one profile; the artwork the cards share drawn as a few forms (one
	// per kind of card), not one per page
	if profiles != 1 || forms == 0 || forms > 8 {
		t.Errorf("%d profiles, %d forms for 37 pages; want 1 and a few shared forms", profiles, forms)
	}
	if fonts := strings.Count(run(t, "pdffonts", file), "CID TrueType"); fonts != 2 {
		t.Errorf("%d fonts, want the two faces once each", fonts)
	}
	// overprint on the separations: the die line keeps the ground's yellow
	sep := filepath.Join(dir, "s.tif")
	run(t, "gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=tiffsep", "-r100", "-dFirstPage=10", "-dLastPage=10", "-sOutputFile="+sep, file)
	cut, inkCut := plate(t, filepath.Join(dir, "s(CutContour).tif"))
	_, inkY := plate(t, filepath.Join(dir, "s(Yellow).tif"))
	line, under := 0, 0
	b := cut.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if inkCut(x, y) > 128 {
				line++
				if inkY(x, y) > 128 {
					under++
				}
			}
		}
	}
	if line == 0 || under < line*95/100 {
		t.Errorf("the die line covers %d pixels, %d with yellow under it", line, under)
	}
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
