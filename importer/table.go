package importer

import (
	"strings"
	"unicode"

	"github.com/fuwuka/fuwuka/msg"
)

// table is a sheet's cells as text, without its blank rows, each row
// numbered as the clerk sees it: the spreadsheet's row number, or the CSV
// line a record starts on.
type table struct {
	file  string // as problems name it
	sheet string // "" for CSV
	rows  []row
	// warning is what the clerk should know about how the file was read,
	// or "".
	warning msg.Text
	// notes are rows not read that the clerk should know of: a title
	// above the header row, a footer below the households.
	notes []msg.Text
	// ignored are the headers of columns no field is read from.
	ignored []string
}

type row struct {
	n     int
	cells []string
}

// blank reports whether a row has nothing but spaces: spreadsheets leave
// empty rows, and rows of bare commas in CSV.
func (r row) blank() bool {
	for _, c := range r.cells {
		if trim(c) != "" {
			return false
		}
	}
	return true
}

// cell is the row's i-th cell, trimmed; short rows are padded with "".
func (r row) cell(i int) string {
	if i < 0 || i >= len(r.cells) {
		return ""
	}
	return trim(r.cells[i])
}

// trim removes white space at both ends, the ideographic space U+3000
// included, which Chinese input methods type in full-width mode.
func trim(s string) string {
	return strings.TrimFunc(s, unicode.IsSpace)
}
