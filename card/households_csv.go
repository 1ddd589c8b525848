package card

import (
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/msg"
	"gopkg.in/yaml.v3"
)

var csvHeaderHint = msg.F("the first line names the columns: id,address,zone,resident,copies")

// householdsFile reads the households in the CSV file that n names. A
// file that cannot be read is a problem of the roster, which names it.
func (d *decoder) householdsFile(n *yaml.Node, name string) []Household {
	path := d.resolve(name)
	data, err := readFile(path, path)
	if ps, ok := errors.AsType[Problems](err); ok {
		d.probs = append(d.probs, ps...)
		return nil
	}
	if err != nil {
		d.add(d.at(n), "households_file", msg.F("cannot read %q: %v", name, reason(err)), msg.F("paths are relative to the roster's folder"))
		return nil
	}
	text, warning, err := decodeText(path, data)
	if err != nil {
		d.probs = append(d.probs, err.(Problems)...)
		return nil
	}
	if !warning.IsZero() {
		d.warnings = append(d.warnings, warning)
	}
	return d.csvHouseholds(path, text)
}

// csvHouseholds reads households from CSV text, as spreadsheets export it:
// columns in any order, header names in any case, blank rows skipped.
func (d *decoder) csvHouseholds(file, text string) []Household {
	lines := strings.Split(text, "\n")
	// encoding/csv counts columns in bytes; problems count characters.
	pos := func(line, col int) Pos {
		if line >= 1 && line <= len(lines) && col >= 1 && col-1 <= len(lines[line-1]) {
			col = utf8.RuneCountInString(lines[line-1][:col-1]) + 1
		}
		return Pos{File: file, Line: line, Col: col}
	}
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		if err == io.EOF {
			d.add(Pos{File: file}, "", msg.F("the file is empty"), csvHeaderHint)
		} else {
			d.csvError(err, pos)
		}
		return nil
	}
	cols := make([]string, len(header))
	for i, name := range header {
		key := strings.ToLower(strings.TrimSpace(name))
		switch p := pos(r.FieldPos(i)); {
		case !slices.Contains(householdKeys, key):
			d.add(p, "", msg.F("unknown column %q", name), didYouMean(key, householdKeys, msg.F("known columns")))
		case slices.Contains(cols, key):
			d.add(p, "", msg.F("column %q appears twice", name), msg.Text{})
		default:
			cols[i] = key
		}
	}
	missing := false
	for _, key := range []string{"id", "address"} {
		if !slices.Contains(cols, key) {
			d.add(pos(r.FieldPos(0)), "", msg.F("no %q column", key), csvHeaderHint)
			missing = true
		}
	}
	if missing {
		return nil
	}
	var hs []Household
	rows := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			d.csvError(err, pos)
			continue
		}
		if strings.TrimSpace(strings.Join(rec, "")) == "" {
			continue // spreadsheets leave rows of bare commas
		}
		rows++
		at := pos(r.FieldPos(0))
		if len(rec) != len(cols) {
			d.add(at, "", msg.F("%d fields, but the header has %d", len(rec), len(cols)), msg.Text{})
			continue
		}
		vals := map[string]value{}
		for i, s := range rec {
			if cols[i] != "" {
				p := pos(r.FieldPos(i))
				vals[cols[i]] = value{d.clean(strings.TrimSpace(s), p, cols[i]), p}
			}
		}
		hs = append(hs, d.household(at, "", vals))
	}
	if rows == 0 {
		d.add(Pos{File: file}, "", msg.F("no households in the file"), msg.F("%s; each further line is a household", csvHeaderHint))
	}
	return hs
}

func (d *decoder) csvError(err error, pos func(line, col int) Pos) {
	pe, ok := errors.AsType[*csv.ParseError](err)
	if !ok {
		d.add(Pos{File: d.file}, "households_file", msg.F("%v", err), msg.Text{})
		return
	}
	d.add(pos(pe.Line, pe.Column), "", msg.F("%v", pe.Err), msg.F(`a field with a comma or a quote goes in double quotes, with its quotes doubled: "say ""hi"""`))
}
