package importer

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// households reads the table's households: the header row names the
// columns, each row below it is a household. A register often has a
// title above its header row and a footer below its households (合计,
// 制表人); those rows are skipped and said in t's notes. Rows with a
// problem are left out and reported in bad, one problem per row at most,
// so a count of bad is a count of rows. canMap is as for columns.
func households(t *table, m map[string]string, canMap bool) (hs []card.Household, bad card.Problems, err error) {
	rows := t.rows
	if len(rows) == 0 {
		return nil, nil, card.Problems{{Pos: card.Pos{File: t.file}, Msg: msg.F("no rows"), Hint: msg.F("the first row names the columns: 户号, 地址, 片区, 户主, 份数")}}
	}
	at := headerRow(t.file, rows, m, canMap)
	if at > 0 {
		var titles []string
		for _, r := range rows[:at] {
			titles = append(titles, firstCell(r))
		}
		t.notes = append(t.notes, msg.F("%s: the header is row %d; the rows above it were not read: %s", t.file, rows[at].n, strings.Join(titles, ", ")))
	}
	header := rows[at]
	rows = rows[at:]
	cols, ps := columns(t.file, header, m, canMap)
	if len(ps) > 0 {
		return nil, nil, ps
	}
	read := map[string]bool{} // headers of the columns read
	for _, i := range cols {
		read[trim(header.cells[i])] = true
	}
	for _, c := range header.cells {
		// A header merged across columns is read from the first of them.
		if h := trim(c); h != "" && !read[h] && !slices.Contains(t.ignored, h) {
			t.ignored = append(t.ignored, h)
		}
	}
	first := map[string]int{} // lower-case id → row: file names ignore case on Windows and macOS
	for _, r := range rows[1:] {
		if w := footer(r); w != "" {
			t.notes = append(t.notes, msg.F("%s: row %d is not a household (%s) and was not read", t.file, r.n, w))
			continue
		}
		at := card.Pos{File: t.file, Line: r.n}
		h, p := household(r, cols)
		if p.Msg.IsZero() {
			key := strings.ToLower(h.ID)
			if n, dup := first[key]; dup {
				p = card.Problem{Field: card.Key("id"), Msg: msg.F("id %q is already used in row %d", h.ID, n)}
			} else {
				first[key] = r.n
			}
		}
		if !p.Msg.IsZero() {
			p.Pos = at
			bad = append(bad, p)
			continue
		}
		h.Pos = at
		hs = append(hs, h)
	}
	return hs, bad, nil
}

// household reads one row, or says which field is wrong and why (a
// Problem without its position).
func household(r row, cols map[string]int) (card.Household, card.Problem) {
	get := func(f string) string {
		i, ok := cols[f]
		if !ok {
			return ""
		}
		if f == "note" {
			// A note may take several lines of its cell (Alt+Enter); the
			// round list gives it one.
			return strings.Join(strings.Fields(r.cell(i)), " ")
		}
		return r.cell(i)
	}
	h := card.Household{ID: get("id"), Address: get("address"), Zone: get("zone"), Resident: get("resident"), Phone: get("phone"), Note: get("note"), Copies: 1}
	bad := func(field string, m, hint msg.Text) (card.Household, card.Problem) {
		return h, card.Problem{Field: card.Key(field), Msg: m, Hint: hint}
	}
	for _, f := range []struct{ name, v string }{{"id", h.ID}, {"address", h.Address}, {"zone", h.Zone}, {"resident", h.Resident}, {"phone", h.Phone}, {"note", h.Note}} {
		if i := strings.IndexFunc(f.v, unicode.IsControl); i >= 0 {
			// Alt+Enter in a cell; the card has one line for it.
			return bad(f.name, msg.F("%q has a line break or control character; keep it on one line", f.v), msg.Text{})
		}
	}
	if h.ID == "" {
		return bad("id", msg.F("empty"), msg.Text{})
	}
	// The rules are the roster's: a clerk hears of a bad id here with the
	// spreadsheet row that holds it.
	if m, hint := card.CheckID(h.ID); !m.IsZero() {
		return bad("id", m, hint)
	}
	if h.Address == "" {
		return bad("address", msg.F("empty"), msg.Text{})
	}
	if c := get("copies"); c != "" {
		n, err := strconv.Atoi(c)
		if err != nil || n < 1 || n > 100 {
			return bad("copies", msg.F("%q is not a number of copies from 1 to 100", c), msg.Text{})
		}
		h.Copies = n
	}
	return h, card.Problem{}
}

// headerRows is how far down a sheet its header row is looked for: below
// a title or two, never below households.
const headerRows = 10

// headerRow is the index in rows of the header row: the first that names
// the columns households need, or the first row when none does, for its
// problems to say what is missing.
func headerRow(file string, rows []row, m map[string]string, canMap bool) int {
	for i, r := range rows[:min(len(rows), headerRows)] {
		if _, ps := columns(file, r, m, canMap); len(ps) == 0 {
			return i
		}
	}
	return 0
}

// footerWords start the rows a register ends with: totals, who made and
// checked it, and when.
var footerWords = []string{"合计", "总计", "小计", "共计", "制表人", "制表", "填表人", "填表日期", "审核人", "审核", "负责人", "签字", "盖章", "日期"}

// footer is the footer word a row starts with, or "".
func footer(r row) string {
	c := normalize(firstCell(r))
	for _, w := range footerWords {
		if strings.HasPrefix(c, w) {
			return firstCell(r)
		}
	}
	return ""
}

// firstCell is the row's first cell with something in it.
func firstCell(r row) string {
	for _, c := range r.cells {
		if c = trim(c); c != "" {
			return c
		}
	}
	return ""
}
