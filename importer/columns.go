package importer

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/xuri/excelize/v2"
)

// Fields are the household fields a column can hold, in roster order.
var Fields = []string{"id", "address", "zone", "resident", "phone", "note", "copies"}

// required are the fields without which there is no card.
var required = []string{"id", "address"}

// aliases are the headers clerks give each field's column, best first: a
// later group is read only when no column has a header of an earlier one.
// A register numbers its rows (序号) and gives doors their numbers
// (门牌号); either names a household when no column holds its id, and the
// door number is an address when no column holds one.
var aliases = map[string][][]string{
	"id":       {{"户号", "编号", "户编号", "id"}, {"门牌号"}, {"序号"}},
	"address":  {{"地址", "住址", "门牌地址", "家庭住址", "家庭地址", "详细地址", "address"}, {"门牌号", "门牌"}},
	"zone":     {{"片区", "网格", "所属网格", "所属片区", "zone"}, {"组", "小组", "村民小组", "所属小组"}},
	"resident": {{"户主", "户主姓名", "resident"}, {"姓名", "住户"}},
	"phone":    {{"联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "phone"}},
	"note":     {{"备注", "note"}},
	"copies":   {{"份数", "数量", "copies"}},
}

// resolveOrder is the order fields take their columns in: the id last, so
// that a door number is an address before it is an id.
var resolveOrder = []string{"address", "zone", "resident", "phone", "note", "copies", "id"}

// headers are a field's known headers, for a message.
func headers(f string) string {
	var hs []string
	for _, g := range aliases[f] {
		hs = append(hs, g...)
	}
	return strings.Join(hs, ", ")
}

// CheckMap reports the first field in m, a --map, that is not a household
// field.
func CheckMap(m map[string]string) error {
	for f := range m {
		if !slices.Contains(Fields, f) {
			return msg.Errorf("--map: unknown field %q; fields: %s", f, strings.Join(Fields, ", "))
		}
	}
	return nil
}

// normalize is a header as matched: without any white space, which clerks
// put between two characters to align them (户  主), and in lower case.
func normalize(h string) string {
	return strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, h))
}

// columns finds each field's column in the header row: the one --map
// names, or else the one with a known header. A header found in several
// columns, as a header merged across them is, names the first. cols maps
// a field to its column's index; a field without a column is absent.
// canMap says whether the clerk can name a column with --map, or only by
// its header, as in a roster's households_file.
func columns(file string, header row, m map[string]string, canMap bool) (map[string]int, card.Problems) {
	var ps card.Problems
	at := card.Pos{File: file, Line: header.n}
	norm := make([]string, len(header.cells))
	for i, h := range header.cells {
		norm[i] = normalize(h)
	}
	cols := map[string]int{}
	taken := map[int]bool{}
	for _, f := range Fields {
		h, ok := m[f]
		if !ok {
			continue
		}
		i := slices.Index(norm, normalize(h))
		if i < 0 || normalize(h) == "" {
			ps = append(ps, card.Problem{Pos: at, Msg: msg.F("--map %s=%s: no column %q", f, h, h), Hint: found(header)})
			continue
		}
		cols[f], taken[i] = i, true
	}
	for _, f := range resolveOrder {
		if _, ok := m[f]; ok {
			continue
		}
		var match []int // the first column of each distinct header
		for _, group := range aliases[f] {
			for i, h := range norm {
				if !taken[i] && slices.Contains(group, h) && !slices.ContainsFunc(match, func(j int) bool { return norm[j] == h }) {
					match = append(match, i)
				}
			}
			if len(match) > 0 {
				break
			}
		}
		switch len(match) {
		case 0:
			if slices.Contains(required, f) {
				hint := msg.F("%s; head yours with one of those names", found(header))
				if canMap {
					hint = msg.F("%s; name yours with --map %s=HEADER", found(header), f)
				}
				ps = append(ps, card.Problem{Pos: at, Msg: msg.F("no %s column (headed %s)", f, headers(f)), Hint: hint})
			}
		case 1:
			cols[f], taken[match[0]] = match[0], true
		default:
			names := make([]string, len(match))
			for k, i := range match {
				names[k] = fmt.Sprintf("%q (%s)", trim(header.cells[i]), letter(i))
			}
			hint := msg.F("rename all but one of them")
			if canMap {
				hint = msg.F("choose one with --map %s=%s", f, trim(header.cells[match[0]]))
			}
			m := msg.F("columns %s could each be %s", strings.Join(names, ", "), f)
			if len(names) == 2 {
				m = msg.F("columns %s and %s could each be %s", names[0], names[1], f)
			}
			ps = append(ps, card.Problem{Pos: at, Msg: m, Hint: hint})
		}
	}
	return cols, ps
}

// found lists the header row's headers for a message.
func found(header row) msg.Text {
	var hs []string
	for _, h := range header.cells {
		if h = trim(h); h != "" && !slices.Contains(hs, h) {
			hs = append(hs, h)
		}
	}
	if len(hs) == 0 {
		return msg.F("the header row is empty")
	}
	for i, h := range hs {
		hs[i] = files.Short(h) // a cell may hold a whole document
	}
	return msg.F("headers found: %s", strings.Join(hs, ", "))
}

// letter is a column's name as a spreadsheet shows it: A, B, …, AA.
func letter(i int) string {
	s, err := excelize.ColumnNumberToName(i + 1)
	if err != nil {
		return fmt.Sprint(i + 1)
	}
	return s
}
