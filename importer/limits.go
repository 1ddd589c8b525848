package importer

import (
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/msg"
)

// maxCellSize is the most characters a cell may hold, Excel's own limit:
// no household's address or note comes near it.
const maxCellSize = 32767

var tooBigHint = msg.F("a household list is a few thousand rows of a few columns; is this the right file?")

// limits counts a CSV file's records as they are read, against the
// limits a workbook's sheet is held to (maxRows, maxColumns, maxCells,
// maxCellSize), so that no reader can be made to read without end.
type limits struct{ rows, cells int }

// row counts one more record and says which limit it passes, if any.
func (l *limits) row(rec []string) msg.Text {
	l.rows++
	switch {
	case l.rows > maxRows:
		return msg.F("the file has more than %d rows", maxRows)
	case len(rec) > maxColumns:
		return msg.F("row %d has more than %d columns", l.rows, maxColumns)
	}
	if l.cells += len(rec); l.cells > maxCells {
		return msg.F("the file has more than %d cells", maxCells)
	}
	return longCell(rec, l.rows)
}

// longCell says which cell of row n is longer than maxCellSize, if any.
func longCell(rec []string, n int) msg.Text {
	for _, c := range rec {
		if len(c) > maxCellSize && utf8.RuneCountInString(c) > maxCellSize {
			return msg.F("a cell of row %d has more than %d characters", n, maxCellSize)
		}
	}
	return msg.Text{}
}
