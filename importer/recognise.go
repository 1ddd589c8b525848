package importer

import (
	"slices"
)

// IsRosterWorkbook says whether data, read within the workbook limits, is
// a workbook roster: one with the settings and officials sheets that
// fuwuka init --xlsx writes. Only the list of sheets is read.
func IsRosterWorkbook(data []byte) (is bool) {
	defer func() {
		if recover() != nil {
			is = false
		}
	}()
	f, err := openXLSX(data, "")
	if err != nil {
		return false
	}
	defer f.Close()
	sheets := f.GetSheetList()
	return slices.Contains(sheets, sheetSettings) && slices.Contains(sheets, sheetOfficials)
}

// MaxWorkbookSize is what is read of a workbook at most.
const MaxWorkbookSize = maxXLSXSize
