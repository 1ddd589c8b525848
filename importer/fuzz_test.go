package importer

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/card"
)

// FuzzReadXLSX reads any bytes as a workbook: an error or households,
// never a crash, a hang or a temporary file left behind.
func FuzzReadXLSX(f *testing.F) {
	seed := func(rows func(w io.Writer)) []byte {
		data, err := os.ReadFile(rawWorkbook(f, f.TempDir(), rows))
		if err != nil {
			f.Fatal(err)
		}
		return data
	}
	f.Add(seed(func(w io.Writer) {
		inlineRow(w, 1, "户号", "地址", "片区")
		inlineRow(w, 2, "E-001", "东街1号", "东片")
	}))
	f.Add(seed(func(w io.Writer) { io.WriteString(w, `<row r="1"><c r="XFD1"><v>1</v></c></row>`) }))
	f.Add([]byte("PK\x03\x04"))
	tmp := f.TempDir()
	f.Setenv("TMPDIR", tmp)
	in := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(in, "f.xlsx")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := Read(p, Options{})
		if err == nil {
			for _, h := range res.Households {
				if h.ID == "" || h.Address == "" || h.Copies < 1 {
					t.Errorf("imported a bad household %+v", h)
				}
			}
		}
		// t.TempDir's own folders are there too.
		ents, _ := os.ReadDir(tmp)
		for _, e := range ents {
			if n := e.Name(); strings.HasPrefix(n, "fuwuka-") || strings.HasPrefix(n, "excelize-") {
				t.Fatalf("left %s in the temporary folder", n)
			}
		}
	})
}

// FuzzHouseholdsFile reads any bytes as a roster's households_file, the
// way every command does: the roster is then valid or has problems, and
// a valid one holds only households that passed every check.
func FuzzHouseholdsFile(f *testing.F) {
	f.Add([]byte("户号,地址,片区,户主,份数\nE-001,东街1号,东片,张三,2\n"))
	f.Add([]byte("\uFEFFid,address,zone\r\nE-1,x,未分片\r\nE-2,\"a\nb\",东片\r\n"))
	f.Add(bytes.Repeat([]byte("户号,地址\n"), 3))
	roster := []byte("version: 1\ncommunity:\n  name: 白草洼村\nofficials:\n  - name: 王建国\n    role: 书记\n    phone: \"138 0013 8001\"\n    zones: [东片]\nhouseholds_file: h.csv\n")
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, "h.csv"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := card.Parse("roster.yaml", roster, dir, card.LoadOptions{Households: Households})
		if err != nil {
			if _, ok := errors.AsType[card.Problems](err); !ok {
				t.Fatalf("error %v is not Problems", err)
			}
			return
		}
		for _, h := range r.Households {
			if h.ID == "" || h.Address == "" || h.Copies < 1 || h.Copies > 100 ||
				utf8.RuneCountInString(h.Address) > card.MaxValue || (h.Zone != "" && h.Zone != "东片") {
				t.Errorf("a valid roster with the household %+v", h)
			}
		}
	})
}

// FuzzLoadWorkbook reads any bytes as a workbook roster: a roster or an
// error a clerk can act on, never a crash, a hang or a temporary file
// left behind.
func FuzzLoadWorkbook(f *testing.F) {
	r, err := card.Parse("roster.yaml", card.Example, f.TempDir(), card.LoadOptions{})
	if err != nil {
		f.Fatal(err)
	}
	example, err := WriteWorkbook(r)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(example)
	f.Add(example[:len(example)/2])
	f.Add([]byte("PK\x03\x04"))
	tmp := f.TempDir()
	f.Setenv("TMPDIR", tmp)
	in := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(in, "roster.xlsx")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := LoadWorkbook(p, card.LoadOptions{})
		if err == nil && (r.Community.Name == "" || len(r.Officials) == 0) {
			t.Errorf("a roster without a community or officials: %+v", r.Community)
		}
		if err != nil && err.Error() == "" {
			t.Error("an error that says nothing")
		}
		ents, _ := os.ReadDir(tmp)
		for _, e := range ents {
			if n := e.Name(); strings.HasPrefix(n, "fuwuka-") || strings.HasPrefix(n, "excelize-") {
				t.Fatalf("left %s in the temporary folder", n)
			}
		}
	})
}
