package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// maxCSVSize bounds what is read of a CSV file: a household list for a
// whole town is well under a megabyte.
const maxCSVSize = 64 << 20

var saveAsUTF8 = msg.F("in Excel or WPS, Save As > CSV UTF-8")

func tooLarge(file string) card.Problems {
	return card.Problems{{Pos: card.Pos{File: file}, Msg: msg.F("the file is larger than 64 MiB"), Hint: msg.F("a household list is a few kilobytes; is this the right file?")}}
}

// readCSV reads CSV bytes in UTF-8, with or without a byte order mark, or
// in GB18030 (a superset of GBK), which Excel and WPS on Chinese Windows
// write for "CSV (逗号分隔)".
func readCSV(file string, data []byte) (*table, error) {
	if len(data) > maxCSVSize {
		return nil, tooLarge(file)
	}
	text, gb, err := decode(file, data)
	if err != nil {
		return nil, err
	}
	lines := &lineLimit{r: bytes.NewReader(text), line: 1}
	r := csv.NewReader(lines)
	r.FieldsPerRecord = -1
	r.ReuseRecord = true // rows are copied below: a refused file allocates little
	r.LazyQuotes = true  // clerks type quotes inside cells; Excel does not always escape them
	t := &table{file: file}
	if gb {
		// GB18030 is a guess from bytes that are not UTF-8: the file is
		// read, as card reads a roster saved so, but a wrong guess must
		// not go unsaid.
		t.warning = msg.F(`%s: read as GB18030 (GBK, as Excel and WPS save "CSV (逗号分隔)"); save it as UTF-8 to silence this: %s`, file, saveAsUTF8)
	}
	var lim limits
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return t, nil
		}
		if errors.Is(err, errLongLine) {
			return nil, card.Problems{{Pos: card.Pos{File: file, Line: lines.line}, Msg: msg.F("line %d is longer than %s", lines.line, files.Size(maxCSVLine)), Hint: tooBigHint}}
		}
		if pe, ok := errors.AsType[*csv.ParseError](err); ok {
			return nil, card.Problems{{Pos: card.Pos{File: file, Line: pe.Line}, Msg: msg.F("%v", pe.Err)}}
		}
		if err != nil {
			return nil, err
		}
		line, _ := r.FieldPos(0)
		if p := lim.row(rec); !p.IsZero() {
			return nil, card.Problems{{Pos: card.Pos{File: file, Line: line}, Msg: p, Hint: tooBigHint}}
		}
		if !(row{cells: rec}).blank() {
			t.rows = append(t.rows, row{n: line, cells: slices.Clone(rec)})
		}
	}
}

// maxCSVLine bounds one line of a CSV file: a household's row is a few
// hundred bytes, and a line of millions of commas would otherwise be read
// whole, as millions of cells, before any other limit could see it.
const maxCSVLine = 1 << 20

var errLongLine = errors.New("line too long")

// lineLimit reads r, failing on a line longer than maxCSVLine; line is
// the line being read.
type lineLimit struct {
	r    io.Reader
	line int
	run  int // bytes since the last newline
}

func (l *lineLimit) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for i, b := range p[:n] {
		if b == '\n' {
			l.line++
			l.run = 0
		} else if l.run++; l.run > maxCSVLine {
			return i, errLongLine
		}
	}
	return n, err
}

// decode turns CSV bytes into UTF-8 text; gb reports that they were
// GB18030, not UTF-8.
func decode(file string, data []byte) (text []byte, gb bool, err error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if utf8.Valid(data) {
		return data, false, nil
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return nil, false, card.Problems{{Pos: card.Pos{File: file}, Msg: msg.F(`the file is UTF-16 ("Unicode text"), not CSV`), Hint: saveAsUTF8}}
	}
	// The decoder turns invalid bytes into U+FFFD rather than failing.
	text, err = simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(text, utf8.RuneError) {
		return nil, false, card.Problems{{Pos: card.Pos{File: file}, Msg: msg.F("the file is neither UTF-8 nor GBK/GB18030 text"), Hint: saveAsUTF8}}
	}
	return text, true, nil
}
