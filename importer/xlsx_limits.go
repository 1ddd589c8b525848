package importer

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/xuri/excelize/v2"
)

// Limits on a workbook, checked as it is read: a household list for a
// whole town is a few thousand rows of a few columns, and a workbook many
// times that is a mistake or a zip bomb, which a 2 MB file can be.
const (
	maxXLSXSize = 64 << 20  // the file as it is on disk
	maxUnpacked = 64 << 20  // its parts unpacked, all together
	maxRows     = 100_000   // rows of the sheet read, blank ones included
	maxColumns  = 200       // cells of one row, up to its last filled one
	maxCells    = 2_000_000 // cells of the sheet read
)

// xlsxFile is an open workbook and the folder of any temporary files it
// needed, removed by Close.
type xlsxFile struct {
	*excelize.File
	done func()
}

func (x xlsxFile) Close() error {
	err := x.File.Close()
	x.done()
	return err
}

// readXLSXFile reads the regular file at path, a workbook called file in
// messages, within the limit on its size.
func readXLSXFile(path, file string) ([]byte, error) {
	data, err := files.ReadLimited(path, maxXLSXSize)
	if errors.Is(err, files.ErrTooLarge) {
		return nil, tooLarge(file)
	}
	return data, err
}

// openXLSX opens data, the workbook called file, within the limits. Its
// temporary files, if any, go to a folder of its own that is removed on
// every way out, an interrupt included.
func openXLSX(data []byte, file string) (xlsxFile, error) {
	if err := scanXLSX(data, file); err != nil {
		return xlsxFile{}, err
	}
	tmp, done, err := files.TempDir()
	if err != nil {
		return xlsxFile{}, err
	}
	// With the unpacked limit no larger than the in-memory one, no part
	// is ever unpacked to a temporary file; TmpDir is there for any
	// excelize makes all the same.
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxUnpacked, UnzipXMLSizeLimit: maxUnpacked, TmpDir: tmp,
	})
	if err != nil {
		done()
		return xlsxFile{}, notWorkbook(file, err)
	}
	return xlsxFile{File: f, done: done}, nil
}

// notWorkbook says in the clerk's words why a file is no workbook.
func notWorkbook(file string, err error) error {
	at := card.Pos{File: file}
	switch {
	case strings.Contains(err.Error(), "unzip size exceeds"):
		return card.Problems{{Pos: at, Msg: msg.F("the workbook unpacks to more than %s", files.Size(maxUnpacked)), Hint: msg.F("a household list is a few hundred kilobytes; is this the right file?")}}
	case errors.As(err, new(flate.CorruptInputError)), errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrChecksum), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, excelize.ErrWorkbookFileFormat):
		return card.Problems{{Pos: at, Msg: msg.F("not an Excel workbook: no workbook inside, or the file is damaged"), Hint: msg.F("open it in Excel or WPS and save it again as .xlsx (Excel 工作簿)")}}
	}
	return msg.Errorf("reading %s: %w", file, err)
}

// sheetRows reads a sheet's cells row by row, as excelize's GetRows does,
// stopping at the limits rather than after them. A cell is read as Excel
// displays it, except a whole number of 7 digits or more displayed as
// other than its digits: that is a phone number or an id, which a cell
// formatted as 科学计数 (1.39E+10) or with separators would show with
// its digits lost or mixed. Its value keeps them.
func sheetRows(f xlsxFile, file, sheet string) ([][]string, error) {
	shown, err := sheetCells(f, file, sheet, excelize.Options{})
	if err != nil {
		return nil, err
	}
	raw, err := sheetCells(f, file, sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	for i := range min(len(shown), len(raw)) {
		for j := range min(len(shown[i]), len(raw[i])) {
			// a display of digits only is kept: a format such as
			// 00000000000 gives a landline back its leading 0
			if v, ok := wholeNumber(raw[i][j]); ok && len(v) >= 7 && strings.Trim(shown[i][j], "0123456789") != "" {
				shown[i][j] = v
			}
		}
	}
	return shown, nil
}

// wholeNumber is a cell's value that is a whole number, in digits:
// 13933124567 as Excel writes it, and 1.3933124567E10 as some programs do.
func wholeNumber(v string) (string, bool) {
	if v == "" || strings.Trim(v, "0123456789") == "" {
		return v, v != ""
	}
	if !strings.ContainsAny(v, "eE") {
		return "", false
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f < 0 || f != math.Trunc(f) || f >= 1e15 {
		return "", false
	}
	return strconv.FormatFloat(f, 'f', 0, 64), true
}

func sheetCells(f xlsxFile, file, sheet string, opts excelize.Options) ([][]string, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, msg.Errorf("reading %s, sheet %s: %w", file, sheet, err)
	}
	defer rows.Close()
	var out [][]string
	cur, last, cells := 0, 0, 0
	for rows.Next() {
		cur++
		if cur > maxRows {
			return nil, card.Problems{{Pos: card.Pos{File: file}, Msg: msg.F("sheet %s has more than %d rows", sheet, maxRows), Hint: msg.F("a household list is a few thousand rows; delete what is below it")}}
		}
		row, err := rows.Columns(opts)
		if err != nil {
			return nil, msg.Errorf("reading %s, sheet %s: %w", file, sheet, err)
		}
		if len(row) > maxColumns {
			return nil, card.Problems{{Pos: card.Pos{File: file, Line: cur}, Msg: msg.F("row %d has more than %d columns", cur, maxColumns), Hint: msg.F("delete the columns right of the household list")}}
		}
		if cells += len(row); cells > maxCells {
			return nil, card.Problems{{Pos: card.Pos{File: file, Line: cur}, Msg: msg.F("sheet %s has more than %d cells", sheet, maxCells)}}
		}
		if long := longCell(row, cur); !long.IsZero() {
			return nil, card.Problems{{Pos: card.Pos{File: file, Line: cur}, Msg: long, Hint: tooBigHint}}
		}
		if len(row) > 0 {
			for ; last < cur-1; last++ {
				out = append(out, nil)
			}
			out = append(out, row)
			last = cur
		}
	}
	if err := rows.Error(); err != nil {
		return nil, msg.Errorf("reading %s, sheet %s: %w", file, sheet, err)
	}
	return out, nil
}
