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

// sstWorkbook writes a workbook of one sheet, its rows written by sheet,
// with a shared strings part written by sst (none when sst is nil).
func sstWorkbook(t testing.TB, dir string, sheet, sst func(w io.Writer)) string {
	t.Helper()
	p := filepath.Join(dir, "户籍.xlsx")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	z := zip.NewWriter(f)
	part := func(name string, body ...any) {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range body {
			switch b := b.(type) {
			case string:
				io.WriteString(w, b)
			case func(io.Writer):
				b(w)
			}
		}
	}
	sstType, sstRel := "", ""
	if sst != nil {
		sstType = `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
		sstRel = `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
	}
	part("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, sstType, `</Types>`)
	part("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	part("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	part("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>`, sstRel, `</Relationships>`)
	if sst != nil {
		part("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`, sst, `</sst>`)
	}
	part("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`, sheet, `</sheetData></worksheet>`)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return p
}

// sharedRow writes a row of cells naming shared strings by index.
func sharedRow(w io.Writer, r int, idx ...int) {
	fmt.Fprintf(w, `<row r="%d">`, r)
	for i, x := range idx {
		fmt.Fprintf(w, `<c r="%c%d" t="s"><v>%d</v></c>`, 'A'+i, r, x)
	}
	io.WriteString(w, `</row>`)
}

// Hostile inputs, each a small file, each refused with a message that
// says what limit it passes; before these limits each took from a
// minute to hours, or gigabytes.
func TestHostileImportsRefused(t *testing.T) {
	noTemporaryFiles(t)
	csvFile := func(write func(w io.Writer)) string {
		p := filepath.Join(t.TempDir(), "户籍.csv")
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		write(f)
		f.Close()
		return p
	}
	for _, tc := range []struct {
		name, path, want string
	}{
		{"a line of 4 MB of commas", csvFile(func(w io.Writer) {
			io.WriteString(w, "户号,地址\n")
			io.WriteString(w, strings.Repeat(",", 4<<20))
		}), "line 2 is longer than 1 MiB"},
		{"300 columns", csvFile(func(w io.Writer) {
			io.WriteString(w, "户号,地址"+strings.Repeat(",", 300)+"\n")
		}), "row 1 has more than 200 columns"},
		{"a million rows", csvFile(func(w io.Writer) {
			io.WriteString(w, "户号,地址\n")
			io.WriteString(w, strings.Repeat("1\n", 1_000_000))
		}), "more than 100000 rows"},
		{"a cell of 40,000 characters", csvFile(func(w io.Writer) {
			io.WriteString(w, "户号,地址\nE-1,"+strings.Repeat("东", 40000)+"\n")
		}), "a cell of row 2 has more than 32767 characters"},
		{"a sheet nested 4,000,000 deep", rawWorkbook(t, t.TempDir(), func(w io.Writer) {
			inlineRow(w, 1, "户号", "地址")
			io.WriteString(w, strings.Repeat("<a>", 4_000_000))
		}), "nests more than 64 elements deep"},
		{"3,000,000 empty texts", sstWorkbook(t, t.TempDir(), func(w io.Writer) { sharedRow(w, 1, 0, 1) }, func(w io.Writer) {
			io.WriteString(w, "<si><t>户号</t></si><si><t>地址</t></si>")
			io.WriteString(w, strings.Repeat("<si/>", 3_000_000))
		}), "more than 2000000 texts"},
		{"a text index out of range", sstWorkbook(t, t.TempDir(), func(w io.Writer) {
			sharedRow(w, 1, 0, 1)
			sharedRow(w, 2, 2, 7)
		}, func(w io.Writer) {
			io.WriteString(w, "<si><t>户号</t></si><si><t>地址</t></si><si><t>E-1</t></si>")
		}), `cell B2 names text "7" that the workbook does not have`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if fi, _ := os.Stat(tc.path); fi.Size() > 5<<20 {
				t.Fatalf("the file is %d bytes, meant to be small", fi.Size())
			}
			_, err := Read(tc.path, Options{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

// A workbook with shared strings in range reads as before.
func TestSharedStringsRead(t *testing.T) {
	p := sstWorkbook(t, t.TempDir(), func(w io.Writer) {
		sharedRow(w, 1, 0, 1)
		sharedRow(w, 2, 2, 3)
	}, func(w io.Writer) {
		io.WriteString(w, "<si><t>户号</t></si><si><t>地址</t></si><si><t>E-1</t></si><si><r><t>东街</t></r><r><t>1号</t></r></si>")
	})
	res, err := Read(p, Options{})
	if err != nil || len(res.Households) != 1 || res.Households[0].Address != "东街1号" {
		t.Fatalf("%+v, %v", res, err)
	}
}
