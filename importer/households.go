package importer

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// households reads the table's households: the first row that is not
// blank names the columns, each further one is a household. Rows with a
// problem are left out and reported in bad, one problem per row at most,
// so a count of bad is a count of rows. canMap is as for columns.
func households(t *table, m map[string]string, canMap bool) (hs []card.Household, bad card.Problems, err error) {
	rows := t.rows
	if len(rows) == 0 {
		return nil, nil, card.Problems{{Pos: card.Pos{File: t.file}, Msg: msg.F("no rows"), Hint: msg.F("the first row names the columns: 户号, 地址, 片区, 户主, 份数")}}
	}
	header := rows[0]
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
		h, field, m := household(r, cols)
		if m.IsZero() {
			key := strings.ToLower(h.ID)
			if n, dup := first[key]; dup {
				field, m = "id", msg.F("id %q is already used in row %d", h.ID, n)
			} else {
				first[key] = r.n
			}
		}
		if !m.IsZero() {
			bad = append(bad, card.Problem{Pos: card.Pos{File: t.file, Line: r.n}, Field: field, Msg: m})
			continue
		}
		h.Pos = card.Pos{File: t.file, Line: r.n}
		hs = append(hs, h)
	}
	return hs, bad, nil
}

// household reads one row, or says which field is wrong and why.
func household(r row, cols map[string]int) (h card.Household, field string, m msg.Text) {
	get := func(f string) string {
		i, ok := cols[f]
		if !ok {
			return ""
		}
		return r.cell(i)
	}
	h = card.Household{ID: get("id"), Address: get("address"), Zone: get("zone"), Resident: get("resident"), Copies: 1}
	for _, f := range []struct{ name, v string }{{"id", h.ID}, {"address", h.Address}, {"zone", h.Zone}, {"resident", h.Resident}} {
		if i := strings.IndexFunc(f.v, unicode.IsControl); i >= 0 {
			// Alt+Enter in a cell; the card has one line for it.
			return h, f.name, msg.F("%q has a line break or control character; keep it on one line", f.v)
		}
	}
	switch {
	case h.ID == "":
		return h, "id", msg.F("empty")
	case !badID(h.ID).IsZero():
		return h, "id", badID(h.ID)
	case h.Address == "":
		return h, "address", msg.F("empty")
	}
	if c := get("copies"); c != "" {
		n, err := strconv.Atoi(c)
		if err != nil || n < 1 || n > 100 {
			return h, "copies", msg.F("%q is not a number of copies from 1 to 100", c)
		}
		h.Copies = n
	}
	return h, "", msg.Text{}
}
