package importer

import (
	"path/filepath"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// Households reads the household list a roster's households_file names,
// data being the file's contents, read by card from the file it checked:
// the first sheet of a .xlsx workbook, or a .csv file, its columns found
// by their headers as Read finds them. It is card's HouseholdsReader.
// Unlike Read, every bad row is a problem: a roster's cards are printed
// all or none, so a row is not skipped without the clerk deciding it.
// The rows that did read come back with the problems, for the roster's
// own checks.
func Households(path string, data []byte) ([]card.Household, []msg.Text, error) {
	if m := unsupported(path); !m.IsZero() {
		return nil, nil, &msg.Error{Text: m}
	}
	var t *table
	var err error
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		t, err = readCSV(path, data)
	} else {
		if len(data) > maxXLSXSize {
			return nil, nil, tooLarge(path)
		}
		t, err = xlsxTable(data, path, "")
	}
	if err != nil {
		return nil, nil, err
	}
	hs, bad, err := households(t, nil, false)
	if err != nil {
		return nil, warnings(t), err
	}
	return hs, warnings(t), bad.Err()
}
