package importer

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rawWorkbook writes the smallest .xlsx Excel opens, its one sheet's
// XML written by sheet, and returns its path.
func rawWorkbook(t testing.TB, dir string, sheet func(w io.Writer)) string {
	return sstWorkbook(t, dir, sheet, nil)
}

func inlineRow(w io.Writer, r int, cells ...string) {
	fmt.Fprintf(w, `<row r="%d">`, r)
	for i, c := range cells {
		fmt.Fprintf(w, `<c r="%c%d" t="inlineStr"><is><t>%s</t></is></c>`, 'A'+i, r, c)
	}
	io.WriteString(w, `</row>`)
}

// noTemporaryFiles points the temporary folder at an empty one and
// checks, when the test ends, that it is empty again.
func noTemporaryFiles(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	t.Cleanup(func() {
		if ents, _ := os.ReadDir(tmp); len(ents) > 0 {
			t.Errorf("%d temporary files left, first %s", len(ents), ents[0].Name())
		}
	})
}

func TestWorkbookReadsWithinLimits(t *testing.T) {
	noTemporaryFiles(t)
	p := rawWorkbook(t, t.TempDir(), func(w io.Writer) {
		inlineRow(w, 1, "户号", "地址")
		inlineRow(w, 3, "E-001", "东街1号")
	})
	res, err := Read(p, Options{})
	if err != nil || len(res.Households) != 1 || res.Households[0].Pos.Line != 3 {
		t.Fatalf("%+v, %v", res, err)
	}
}

func TestZipBombRefused(t *testing.T) {
	noTemporaryFiles(t)
	// Some 128 MiB of one repeated row deflate to a few hundred kilobytes.
	p := rawWorkbook(t, t.TempDir(), func(w io.Writer) {
		inlineRow(w, 1, "户号", "地址")
		pad := strings.Repeat(" ", 1<<20)
		for range 128 {
			io.WriteString(w, pad)
		}
	})
	if fi, _ := os.Stat(p); fi.Size() > 2<<20 {
		t.Fatalf("the bomb is %d bytes, meant to be small", fi.Size())
	}
	_, err := Read(p, Options{})
	if err == nil || !strings.Contains(err.Error(), "unpacks to more than 64 MiB") {
		t.Errorf("a zip bomb: %v", err)
	}
}

func TestTooManyRowsRefused(t *testing.T) {
	noTemporaryFiles(t)
	p := rawWorkbook(t, t.TempDir(), func(w io.Writer) {
		inlineRow(w, 1, "户号", "地址")
		for r := 2; r <= maxRows+1; r++ {
			fmt.Fprintf(w, `<row r="%d"><c r="A%d"><v>%d</v></c></row>`, r, r, r)
		}
	})
	_, err := Read(p, Options{})
	if err == nil || !strings.Contains(err.Error(), "more than 100000 rows") {
		t.Errorf("%d rows: %v", maxRows+1, err)
	}
	// One far cell makes a row as wide as the sheet.
	p = rawWorkbook(t, t.TempDir(), func(w io.Writer) {
		io.WriteString(w, `<row r="1"><c r="XFD1"><v>1</v></c></row>`)
	})
	if _, err := Read(p, Options{}); err == nil || !strings.Contains(err.Error(), "more than 200 columns") {
		t.Errorf("a cell in column XFD: %v", err)
	}
}

func TestZipWithoutWorkbook(t *testing.T) {
	p := filepath.Join(t.TempDir(), "户籍.xlsx")
	f, _ := os.Create(p)
	z := zip.NewWriter(f)
	w, _ := z.Create("readme.txt")
	io.WriteString(w, "not a workbook")
	z.Close()
	f.Close()
	_, err := Read(p, Options{})
	if err == nil || !strings.Contains(err.Error(), "not an Excel workbook") {
		t.Errorf("a zip without a workbook: %v", err)
	}
	os.WriteFile(p, []byte("PK\x03\x04 damaged"), 0o644)
	if _, err := Read(p, Options{}); err == nil || !strings.Contains(err.Error(), "not an Excel workbook") {
		t.Errorf("a damaged zip: %v", err)
	}
}
