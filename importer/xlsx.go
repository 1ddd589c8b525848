package importer

import (
	"io"
	"slices"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/xuri/excelize/v2"
)

// readXLSX reads one sheet of a workbook: the named one, or the first.
// Cells are read as Excel displays them, so an id typed as 001 stays 001.
func readXLSX(path, file, sheet string) (t *table, err error) {
	defer func() {
		// A damaged workbook must be a message, not a crash, whatever the
		// library makes of it.
		if r := recover(); r != nil {
			t, err = nil, notWorkbook(file, io.ErrUnexpectedEOF)
		}
	}()
	data, err := readXLSXFile(path, file)
	if err != nil {
		return nil, err
	}
	return xlsxTable(data, file, sheet)
}

// xlsxTable reads one sheet of the workbook data, called file: the named
// one, or the first.
func xlsxTable(data []byte, file, sheet string) (t *table, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = nil, notWorkbook(file, io.ErrUnexpectedEOF)
		}
	}()
	f, err := openXLSX(data, file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sheets := f.GetSheetList()
	switch {
	case len(sheets) == 0:
		return nil, card.Problems{{Pos: card.Pos{File: file}, Msg: msg.F("the workbook has no sheets")}}
	case sheet == "" && isRosterWorkbook(sheets):
		// A roster workbook's first sheet is its settings; its
		// households are on 住户, and the whole roster is convert's.
		t, err := tableOf(f, file, sheetHouseholds)
		if t != nil {
			t.notes = append(t.notes, msg.F("%s is a roster workbook: its %s sheet was read (`fuwuka convert %s -o roster.yaml` turns the whole roster into YAML, and commands read the workbook as it is)", file, sheetHouseholds, file))
		}
		return t, err
	case sheet == "":
		sheet = sheets[0]
	case !slices.Contains(sheets, sheet):
		return nil, card.Problems{{Pos: card.Pos{File: file}, Msg: msg.F("no sheet %q", sheet), Hint: msg.F("sheets: %s", strings.Join(sheets, ", "))}}
	}
	return tableOf(f, file, sheet)
}

// tableOf reads one sheet of an open workbook within the limits, with
// merged cells spread over the cells they cover and blank rows left out.
func tableOf(f xlsxFile, file, sheet string) (*table, error) {
	cells, err := sheetRows(f, file, sheet)
	if err != nil {
		return nil, err
	}
	merged, err := f.GetMergeCells(sheet)
	if err != nil {
		return nil, msg.Errorf("reading %s, sheet %s: %w", file, sheet, err)
	}
	// A row is blank as typed: an empty row that a merged zone reaches
	// over is still empty.
	blank := make([]bool, len(cells))
	for i, c := range cells {
		blank[i] = row{cells: c}.blank()
	}
	cells, err = spread(cells, merged)
	if err != nil {
		return nil, msg.Errorf("reading %s, sheet %s: %w", file, sheet, err)
	}
	t := &table{file: file, sheet: sheet}
	for i, c := range cells {
		if !blank[i] {
			t.rows = append(t.rows, row{n: i + 1, cells: c})
		}
	}
	return t, nil
}

// spread gives every cell of a merged range the range's value. Excel keeps
// it in the top-left cell only, but a clerk who merges 片区 down five rows
// means all five households are in that zone, and a header merged across
// columns names each of them.
func spread(cells [][]string, merged []excelize.MergeCell) ([][]string, error) {
	width := 0
	for _, r := range cells {
		width = max(width, len(r))
	}
	for _, m := range merged {
		c1, r1, err := excelize.CellNameToCoordinates(m.GetStartAxis())
		if err != nil {
			return nil, err
		}
		c2, r2, err := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err != nil {
			return nil, err
		}
		// A range may reach far past the data (a whole column merged);
		// only the cells that hold or sit beside data matter.
		r2, c2 = min(r2, len(cells)), min(c2, width)
		v := m.GetCellValue()
		for r := r1; r <= r2; r++ {
			for len(cells[r-1]) < c2 {
				cells[r-1] = append(cells[r-1], "")
			}
			for c := c1; c <= c2; c++ {
				cells[r-1][c-1] = v
			}
		}
	}
	return cells, nil
}

// isRosterWorkbook reports whether a workbook's sheets are a roster's, as
// init and convert write it: its settings, officials and households.
func isRosterWorkbook(sheets []string) bool {
	return slices.Contains(sheets, sheetSettings) && slices.Contains(sheets, sheetOfficials) && slices.Contains(sheets, sheetHouseholds)
}
