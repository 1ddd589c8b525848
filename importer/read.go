package importer

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
)

// Options say how to read a spreadsheet.
type Options struct {
	Sheet string            // the workbook's sheet to read; "" for the first
	Map   map[string]string // field → header, overriding the known headers
}

// Result is what a spreadsheet holds.
type Result struct {
	Households []card.Household
	Bad        card.Problems // rows left out, one problem each, in row order
	Sheet      string        // the sheet read; "" for CSV
	Warnings   []msg.Text    // about how the file was read (for example: as GB18030)
}

// Supported reports whether the file's name says it is a spreadsheet
// Read reads, or else says what to do.
func Supported(path string) error {
	if m := unsupported(path); !m.IsZero() {
		return msg.Errorf("%s: %s", path, m)
	}
	return nil
}

// unsupported says why a file of path's kind cannot be read, or is zero.
func unsupported(path string) msg.Text {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".csv":
		return msg.Text{}
	case ".xls", ".et", ".wps":
		return msg.F("an old Excel or WPS workbook; save it as .xlsx (Excel 工作簿) or .csv")
	}
	return msg.F("not a .xlsx or .csv file")
}

// Read reads the households in the spreadsheet at path, a .xlsx or .csv
// file. A file that cannot be read is an ordinary error; a sheet that
// cannot be made into households (no such sheet, a column missing) is
// card.Problems. Rows with a problem are in Result.Bad, not an error.
func Read(path string, opts Options) (*Result, error) {
	if err := Supported(path); err != nil {
		return nil, err
	}
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		data, err := readFile(path)
		if err != nil {
			return nil, err
		}
		return ReadCSV(path, data, opts)
	}
	t, err := readXLSX(path, path, opts.Sheet)
	if err != nil {
		return nil, err
	}
	return result(t, opts)
}

// ReadCSV reads households from a CSV file's bytes; name is what problems
// call it.
func ReadCSV(name string, data []byte, opts Options) (*Result, error) {
	t, err := readCSV(name, data)
	if err != nil {
		return nil, err
	}
	return result(t, opts)
}

func result(t *table, opts Options) (*Result, error) {
	if err := CheckMap(opts.Map); err != nil {
		return nil, err
	}
	hs, bad, err := households(t, opts.Map, true)
	if err != nil {
		return nil, err
	}
	return &Result{Households: hs, Bad: bad, Sheet: t.sheet, Warnings: warnings(t)}, nil
}

// warnings are what the clerk should know about how t was read: its
// encoding, and columns left out, which may be a misspelt header.
func warnings(t *table) []msg.Text {
	var ws []msg.Text
	if !t.warning.IsZero() {
		ws = append(ws, t.warning)
	}
	ws = append(ws, t.notes...)
	if len(t.ignored) > 0 {
		ws = append(ws, msg.F("%s: columns not read: %s (the columns read are headed 户号, 地址, 片区, 户主, 联系电话, 备注, 份数 or id, address, zone, resident, phone, note, copies)", t.file, strings.Join(t.ignored, ", ")))
	}
	return ws
}

// readFile reads a CSV file, a regular one, stopping at its size limit.
func readFile(path string) ([]byte, error) {
	data, err := files.ReadLimited(path, maxCSVSize)
	if errors.Is(err, files.ErrTooLarge) {
		return nil, tooLarge(path)
	}
	return data, err
}
