package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// A workbook roster is a whole roster in sheets a clerk fills in Excel or
// WPS, the same roster as a YAML file says: the settings as rows of
// 项目 and 内容, then a table each for the officials, the pledges and
// hotlines, and the households. It is read by writing it as YAML, each
// value on a line of its own, and checking that with card.Parse: the
// rules are the roster's, and every line knows the cell it came from.
const (
	sheetSettings   = card.SheetSettings
	sheetOfficials  = card.SheetOfficials
	sheetPledges    = card.SheetPledges
	sheetHouseholds = card.SheetHouseholds
	sheetHelp       = "填写说明"
)

// setting is a row of the settings sheet: the roster key it fills, and a
// note on how to fill it; its label is card.Terms'. An old label is still
// read but no longer written or suggested.
type setting struct {
	key, note string
	old       bool
	label     string
}

func init() {
	for i := range settings {
		settings[i].label = head(settings[i].key)
	}
}

// head is the workbook's name of the value at a roster key path.
func head(path string) string {
	t, ok := card.TermOf(path)
	if !ok {
		panic("importer: no workbook term for " + path)
	}
	return t.Head
}

var settings = []setting{
	{key: "community.name", note: "必填"},
	{key: "community.region", note: "可不填"},
	{key: "card.title", note: "不填则为“居民服务卡”"},
	{key: "card.slogan", note: "不填则不印"},
	{key: "card.size", note: "成品边长（正方形），50mm 至 210mm，不填为 100mm"},
	{key: "card.bleed", note: "0mm 至 10mm，不填为 3mm"},
	{key: "card.corner_radius", note: "不超过边长的四分之一，不填为 4mm"},
	{key: "card.design"}, // its note lists the designs (designNote)
	{key: "card.colors.accent", note: "横条、标签、图标的颜色（红），CMYK 百分比，四个数用逗号隔开，不填为 0, 100, 100, 10"},
	{key: "card.colors.ground", note: "卡片底色（黄），CMYK 百分比，不填为 0, 10, 100, 0"},
	{key: "card.colors.ink", note: "CMYK 百分比，不填为 0, 0, 0, 100（100% 黑）"},
	{key: "card.colors.red", note: "强调色的旧名，与“强调色”只填一个", old: true},
	{key: "card.colors.yellow", note: "底色的旧名，与“底色”只填一个", old: true},
	{key: "card.fonts", note: "内置字体缺字时依次试用的 TrueType 字体文件，路径相对本工作簿，多个用逗号隔开"},
	{key: "appeal", note: "印在卡片底部"},
	{key: "qr.content", note: "每户二维码的内容，可用 {{.Household.ID}} 等；不填则不印二维码"},
	{key: "qr.caption", note: "印在二维码下面"},
	{key: "qr.level", note: "L、M、Q 或 H，不填为 M"},
}

// Column heads of the officials' sheet and the pledges' sheet.
var (
	officialHeads = []string{head("officials.name"), head("officials.role"), head("officials.phone"), head("officials.zones")}
	pledgeHeads   = []string{head("pledges"), head("hotlines.name"), head("hotlines.phone")}
	householdHead = []string{head("households.id"), head("households.address"), head("households.zone"), head("households.resident"),
		head("households.phone"), head("households.note"), head("households.copies")}
)

// IsWorkbook reports whether path names a workbook roster.
func IsWorkbook(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".xlsx")
}

// LoadWorkbook reads and checks the workbook roster at path as card.Load
// reads a YAML one; problems point at cells (roster.xlsx:干部!C4).
func LoadWorkbook(path string, opts card.LoadOptions) (*card.Roster, error) {
	data, err := readXLSXFile(path, path)
	if err != nil {
		return nil, err
	}
	text, cells, ps, list, err := workbookYAML(path, data)
	if err != nil {
		return nil, err
	}
	opts.Cells = cells
	r, err := card.Parse(path, text, filepath.Dir(path), opts)
	if len(ps) > 0 {
		// What the sheets could not say as a roster, with what the
		// roster's checks found in the rest.
		if more, ok := errors.AsType[card.Problems](err); ok {
			for _, p := range more {
				if !unread(ps, p) {
					ps = append(ps, p)
				}
			}
		}
		return nil, ps.Err()
	}
	if err != nil {
		return nil, err
	}
	if list != nil && !slices.Equal(list, r.Zones()) {
		r.Warnings = append(r.Warnings, staleZones(path, list, r.Zones()))
	}
	// The workbook is the input: its hash is what a manifest records.
	sum := sha256.Sum256(data)
	r.SHA256 = hex.EncodeToString(sum[:])
	return r, nil
}

// unread says whether p is only that a section is missing whose sheet
// could not be read, which ps already says.
func unread(ps card.Problems, p card.Problem) bool {
	sheet := map[string]string{"households": sheetHouseholds, "officials": sheetOfficials}[p.Field.String()]
	return sheet != "" && slices.ContainsFunc(ps, func(q card.Problem) bool {
		return q.Pos.Cell == sheet || strings.HasPrefix(q.Pos.Cell, sheet+"!")
	})
}

// yamlWriter writes a roster's YAML a line at a time, remembering the
// cell each line came from.
type yamlWriter struct {
	b     strings.Builder
	line  int
	cells map[int]string
}

func (w *yamlWriter) add(cell, s string) {
	w.line++
	w.b.WriteString(s + "\n")
	if cell != "" {
		w.cells[w.line] = cell
	}
}

// quote is a cell's text as a YAML double-quoted scalar; Go's escapes are
// all YAML's.
func quote(s string) string { return strconv.Quote(s) }

// cellName is the name of the cell at column i (from 0) of row n.
func cellName(sheet string, i, n int) string {
	return sheet + "!" + letter(i) + strconv.Itoa(n)
}

// workbookYAML is the roster a workbook holds, as YAML, and the cell each
// line of it came from. A sheet that is missing is a section left out,
// which the roster's checks then name; what cannot be said as YAML (a
// setting fuwuka does not know, a households sheet without its columns) is
// in ps.
func workbookYAML(path string, data []byte) (text []byte, cells map[int]string, ps card.Problems, zones []string, err error) {
	defer func() {
		// A damaged workbook must be a message, not a crash, whatever the
		// library makes of it.
		if r := recover(); r != nil {
			text, cells, ps, zones, err = nil, nil, nil, nil, notWorkbook(path, io.ErrUnexpectedEOF)
		}
	}()
	f, err := openXLSX(data, path)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	defer f.Close()
	w := &yamlWriter{cells: map[int]string{}}
	sheets := f.GetSheetList()
	rows := func(sheet string) *table {
		if !slices.Contains(sheets, sheet) {
			return nil
		}
		t, err := tableOf(f, path, sheet)
		if sps, ok := errors.AsType[card.Problems](err); ok {
			// a limit of the sheet, at its row (as a workbook names it)
			for _, p := range sps {
				row := p.Pos.Line
				p.Pos = card.Pos{File: path, Line: w.line, Cell: sheet}
				if row > 0 {
					p.Pos.Cell = cellName(sheet, 0, row)
				}
				ps = append(ps, p)
			}
			return nil
		}
		if err != nil {
			ps = append(ps, card.Problem{Pos: card.Pos{File: path, Cell: sheet}, Msg: msg.F("%v", err)})
			return nil
		}
		return t
	}
	// What is missing from a section is said at its sheet's first cell,
	// and what is missing from the roster at the settings' first cell.
	w.add(sheetSettings+"!A1", "version: 1")
	for _, s := range []string{sheetSettings, sheetOfficials, sheetHouseholds} {
		if !slices.Contains(sheets, s) {
			ps = append(ps, card.Problem{Pos: card.Pos{File: path, Line: 1, Cell: s}, Msg: msg.F("no sheet %q", s), Hint: msg.F("sheets: %s", strings.Join(sheets, ", "))})
		}
	}
	if t := rows(sheetSettings); t != nil {
		ps = append(ps, writeSettings(w, t)...)
	}
	if t := rows(sheetOfficials); t != nil {
		writeOfficials(w, t)
	}
	if t := rows(sheetPledges); t != nil {
		writePledges(w, t)
	}
	if t := rows(sheetHouseholds); t != nil {
		p := writeHouseholds(w, t)
		ps = append(ps, p...)
	}
	if slices.Contains(sheets, sheetHouseholds) {
		zones = dropDown(f)
	}
	return []byte(w.b.String()), w.cells, ps, zones, nil
}

// dropDown is the list of zones the households' sheet offers in its 片区
// cells, as written when the workbook was; nil when it offers none.
func dropDown(f xlsxFile) []string {
	dvs, err := f.GetDataValidations(sheetHouseholds)
	if err != nil {
		return nil
	}
	for _, dv := range dvs {
		if dv.Type != "list" || !strings.HasPrefix(dv.Sqref, "C") {
			continue
		}
		list := strings.Trim(html.UnescapeString(dv.Formula1), `"`)
		if list == "" || strings.ContainsAny(list, "!$") { // a range, not a list
			return nil
		}
		return strings.Split(list, ",")
	}
	return nil
}

// staleZones says that the 片区 drop-down still offers the zones the
// workbook was written with, which warns of every household in a zone
// added or renamed since, and how to write it again.
func staleZones(path string, list, zones []string) msg.Text {
	return msg.F("%s: the 片区 drop-down on sheet 住户 offers %s, but the officials look after %s; Excel and WPS will warn of a zone the list lacks (`fuwuka convert %s -o %s --force` writes the workbook again with the list)",
		path, strings.Join(list, "、"), strings.Join(zones, "、"), path, path)
}

// writeSettings writes the settings sheet's rows: a label in column A
// (the Chinese of settings, or the roster key), its value in column B.
func writeSettings(w *yamlWriter, t *table) card.Problems {
	var ps card.Problems
	values := map[string]value{}
	for _, r := range t.rows {
		label := r.cell(0)
		i := slices.IndexFunc(settings, func(s setting) bool {
			return normalize(s.label) == normalize(label) || s.key == label
		})
		switch {
		case label == "项目" || normalize(label) == "":
		case i < 0:
			var labels []string
			for _, s := range settings {
				if !s.old {
					labels = append(labels, s.label)
				}
			}
			// Its line orders it among the roster's problems: where the
			// YAML has got to, as the sheets come in that order.
			ps = append(ps, card.Problem{Pos: card.Pos{File: t.file, Line: w.line, Cell: cellName(t.sheet, 0, r.n)},
				Msg: msg.F("unknown setting %q", label), Hint: msg.F("known settings: %s", strings.Join(labels, ", "))})
		default:
			if v := r.cell(1); v != "" {
				values[settings[i].key] = value{v, cellName(t.sheet, 1, r.n)}
			}
		}
	}
	// section writes name: and its keys that have values, in order; a
	// key with a dot nests once more (colors.red).
	section := func(name string, keys ...string) {
		opened, sub := false, ""
		for _, k := range keys {
			v, ok := values[name+"."+k]
			if !ok {
				continue
			}
			if !opened {
				w.add(t.sheet+"!A1", name+":")
				opened = true
			}
			indent := "  "
			if parent, leaf, nested := strings.Cut(k, "."); nested {
				if sub != parent {
					w.add(t.sheet+"!A1", "  "+parent+":")
					sub = parent
				}
				indent, k = "    ", leaf
			}
			text := quote(v.text)
			if k == "fonts" || k == "red" || k == "yellow" || k == "accent" || k == "ground" || k == "ink" {
				text = list(v.text)
			}
			w.add(v.cell, indent+k+": "+text)
		}
	}
	section("community", "name", "region")
	section("card", "title", "slogan", "design", "size", "bleed", "corner_radius", "fonts",
		"colors.accent", "colors.ground", "colors.ink", "colors.red", "colors.yellow")
	if v, ok := values["appeal"]; ok {
		w.add(v.cell, "appeal: "+quote(v.text))
	}
	section("qr", "content", "caption", "level")
	return ps
}

// value is a cell's text and the cell's name.
type value struct {
	text, cell string
}

// list is a cell holding several values, separated by commas (either
// width), 、 or semicolons, as a YAML flow list.
func list(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",，、;；", r) })
	var qs []string
	for _, p := range parts {
		if p = trim(p); p != "" {
			qs = append(qs, quote(p))
		}
	}
	return "[" + strings.Join(qs, ", ") + "]"
}

// heads finds a sheet's columns by their heads in its first row; -1 for a
// column that is not there.
func heads(t *table, names []string) (cols []int, body []row) {
	cols = make([]int, len(names))
	for i := range cols {
		cols[i] = -1
	}
	if len(t.rows) == 0 {
		return cols, nil
	}
	for i, h := range t.rows[0].cells {
		if k := slices.Index(names, trim(h)); k >= 0 && cols[k] < 0 {
			cols[k] = i
		}
	}
	return cols, t.rows[1:]
}

func writeOfficials(w *yamlWriter, t *table) {
	cols, body := heads(t, officialHeads)
	keys := []string{"name", "role", "phone", "zones"}
	w.add(t.sheet+"!A1", "officials:")
	for _, r := range body {
		w.add(cellName(t.sheet, 0, r.n), "  -")
		for k, key := range keys {
			if cols[k] < 0 || r.cell(cols[k]) == "" {
				continue
			}
			v := quote(r.cell(cols[k]))
			if key == "zones" {
				v = list(r.cell(cols[k]))
			}
			w.add(cellName(t.sheet, cols[k], r.n), "    "+key+": "+v)
		}
	}
}

func writePledges(w *yamlWriter, t *table) {
	cols, body := heads(t, pledgeHeads)
	if cols[0] >= 0 {
		first := true
		for _, r := range body {
			if s := r.cell(cols[0]); s != "" {
				if first {
					w.add(t.sheet+"!A1", "pledges:")
					first = false
				}
				w.add(cellName(t.sheet, cols[0], r.n), "  - "+quote(s))
			}
		}
	}
	if cols[1] < 0 && cols[2] < 0 {
		return
	}
	get := func(r row, c int) string {
		if c < 0 {
			return ""
		}
		return r.cell(c)
	}
	first := true
	for _, r := range body {
		name, phone := get(r, cols[1]), get(r, cols[2])
		if name == "" && phone == "" {
			continue
		}
		if first {
			w.add(t.sheet+"!A1", "hotlines:")
			first = false
		}
		w.add(cellName(t.sheet, max(cols[1], cols[2]), r.n), "  -")
		if name != "" {
			w.add(cellName(t.sheet, cols[1], r.n), "    name: "+quote(name))
		}
		if phone != "" {
			w.add(cellName(t.sheet, cols[2], r.n), "    phone: "+quote(phone))
		}
	}
}

// writeHouseholds writes the households' sheet, its columns found as
// import finds a register's: below a title, by the headers clerks use,
// footer rows left out.
func writeHouseholds(w *yamlWriter, t *table) card.Problems {
	if len(t.rows) == 0 {
		return nil
	}
	at := headerRow(t.file, t.rows, nil, false)
	header := t.rows[at]
	cols, ps := columns(t.file, header, nil, false)
	for i := range ps {
		ps[i].Pos.Line, ps[i].Pos.Cell = w.line, fmt.Sprintf("%s!%d:%d", t.sheet, header.n, header.n)
	}
	if len(ps) > 0 {
		return ps
	}
	w.add(fmt.Sprintf("%s!%d:%d", t.sheet, header.n, header.n), "households:")
	for _, r := range t.rows[at+1:] {
		if footer(r) != "" {
			continue
		}
		w.add(cellName(t.sheet, cols["id"], r.n), "  -")
		for _, f := range Fields {
			i, ok := cols[f]
			if !ok || r.cell(i) == "" {
				continue
			}
			v := r.cell(i)
			if f == "note" {
				v = strings.Join(strings.Fields(v), " ")
			}
			w.add(cellName(t.sheet, i, r.n), "    "+f+": "+quote(v))
		}
	}
	return nil
}
