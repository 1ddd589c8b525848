package design

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/msg"
)

// A round list is an A4 portrait form filled in by hand at every door.
const (
	RoundW, RoundH = 210.0, 297.0
	RoundMargin    = 15.0
	// RoundMinRow leaves room to sign in a row.
	RoundMinRow = 9.0

	roundBody   = 10.0 // pt
	roundTitle  = 14.0 // pt
	roundRule   = 0.2  // mm, table lines
	roundPad    = 1.5  // mm, inside a cell
	roundHead   = 8.0  // mm, the column heads' row
	roundFooter = 8.0  // mm above the bottom margin kept for the footer
	roundSign   = 12.0 // mm above the footer kept for the deliverer's signature
	roundTick   = 4.5  // mm, side of the box ticked on delivery
	roundLead   = 1.3  // baseline to baseline, in ems
)

type cellAlign int

const (
	alignLeft cellAlign = iota
	alignCenter
)

// roundColumn is a column of the table; text gives a row's cell and the
// roster field it comes from, "" for a cell filled in by hand. Its width
// is decided per round list, from what its cells say (see widths).
type roundColumn struct {
	head  string
	fit   columnFit
	width float64 // fitFixed: the width; otherwise the least it gets
	most  float64 // fitOneLine: the most it takes before its cells wrap
	align cellAlign
	tick  bool
	text  func(n int, h card.Household) (s string, field card.Ref)
}

// columnFit is how a column's width follows its cells.
type columnFit int

const (
	fitFixed   columnFit = iota // as wide as given: numbers, the tick box
	fitOneLine                  // as wide as its widest cell, so that a phone or an id is never broken
	fitShare                    // the room left, shared up to its widest cell: address, note
	fitRest                     // what is left after that: room to sign
)

// RoundColumns are the heads of the table, for the CSV to match.
var RoundColumns = func() []string {
	heads := make([]string, len(roundColumns))
	for i, c := range roundColumns {
		heads[i] = c.head
	}
	return heads
}()

// roundColumns fill the width between the margins: 电话 and 户号 as wide
// as their longest cell, at the list's type size, so that no number is
// broken over two lines; 地址 and 备注 share the room left, up to their
// longest; 签收 takes the rest, and never less than a signature needs.
var roundColumns = []roundColumn{
	{"序号", fitFixed, 10, 0, alignCenter, false, func(n int, _ card.Household) (string, card.Ref) { return strconv.Itoa(n), card.Ref{} }},
	{"户号", fitOneLine, 14, 30, alignLeft, false, func(_ int, h card.Household) (string, card.Ref) { return h.ID, h.Field("id") }},
	{"地址", fitShare, 30, 0, alignLeft, false, func(_ int, h card.Household) (string, card.Ref) { return h.Address, h.Field("address") }},
	{"住户", fitOneLine, 14, 26, alignLeft, false, func(_ int, h card.Household) (string, card.Ref) { return h.Resident, h.Field("resident") }},
	{"电话", fitOneLine, 14, 44, alignLeft, false, func(_ int, h card.Household) (string, card.Ref) {
		return card.HouseholdPhone(h.Phone), h.Field("phone")
	}},
	{"份数", fitFixed, 10, 0, alignCenter, false, func(_ int, h card.Household) (string, card.Ref) { return strconv.Itoa(h.Copies), card.Ref{} }},
	{"已发放", fitFixed, 14, 0, alignCenter, true, nil},
	{"签收", fitRest, 24, 0, alignLeft, false, nil},
	{"备注", fitShare, 16, 0, alignLeft, false, func(_ int, h card.Household) (string, card.Ref) { return h.Note, h.Field("note") }},
}

// widths are the columns' widths for a round list's households; they add
// up to the width between the margins.
func (l *roundLayout) widths(hs []card.Household) []float64 {
	w := make([]float64, len(roundColumns))
	want := make([]float64, len(roundColumns)) // one line for every cell
	for i, c := range roundColumns {
		want[i] = l.width(c.head, roundBody, true) + 2*roundPad
		for n, h := range hs {
			if c.text != nil {
				s, _ := c.text(n+1, h)
				want[i] = max(want[i], l.width(s, roundBody, false)+2*roundPad)
			}
		}
		switch c.fit {
		case fitOneLine:
			w[i] = min(max(want[i], c.width), c.most)
		default:
			w[i] = c.width
		}
	}
	left := RoundW - 2*RoundMargin
	for _, x := range w {
		left -= x
	}
	// Cells no list should have (a 40 mm id): the one-line columns give
	// back what they took beyond their least, in proportion, and wrap.
	if left < 0 {
		var over float64
		for i, c := range roundColumns {
			if c.fit == fitOneLine {
				over += w[i] - c.width
			}
		}
		for i, c := range roundColumns {
			if c.fit == fitOneLine && over > 0 {
				w[i] -= (w[i] - c.width) / over * min(-left, over)
			}
		}
		left = 0
	}
	var short float64
	for i, c := range roundColumns {
		if c.fit == fitShare {
			short += max(want[i]-w[i], 0)
		}
	}
	for i, c := range roundColumns {
		if c.fit == fitShare && short > 0 {
			w[i] += max(want[i]-w[i], 0) / short * min(left, short)
		}
	}
	left = max(left-short, 0)
	for i, c := range roundColumns {
		if c.fit == fitRest {
			w[i] += left
		}
	}
	return w
}

// RoundPages lays out a round list: a header saying where, who to call and
// when; a table with one row per household, its column heads and the
// header repeated on every page; a footer with the zone and page number.
// A character no font has is a card.Problems.
func RoundPages(rd card.Round, set *fonts.Set) ([]*frame.Frame, error) {
	l := &roundLayout{rd: rd, set: layout.Setter{Fonts: set}, pos: map[card.Ref]card.Pos{}, seen: map[string]bool{}}
	l.cols = l.widths(rd.Households)
	header := l.header()
	top := RoundMargin + header.H
	bottom := RoundH - RoundMargin - roundFooter - roundSign
	rows := make([]roundRow, len(rd.Households))
	for i, h := range rd.Households {
		rows[i] = l.row(i+1, h)
	}
	var pages [][]roundRow
	y := top + roundHead
	for _, r := range rows {
		// a row taller than a whole page cannot be split: it gets a page
		if len(pages) == 0 || y+r.h > bottom && y > top+roundHead {
			pages = append(pages, nil)
			y = top + roundHead
		}
		pages[len(pages)-1] = append(pages[len(pages)-1], r)
		y += r.h
	}
	if len(pages) == 0 {
		pages = append(pages, nil)
	}
	frames := make([]*frame.Frame, len(pages))
	for p, rs := range pages {
		f := &frame.Frame{W: RoundW, H: RoundH}
		f.Add(frame.Group{X: RoundMargin, Y: RoundMargin, Frame: header, Key: "round-header:" + rd.Zone})
		l.table(f, top, rs)
		l.signature(f, bottom)
		l.footer(f, p+1, len(pages))
		frames[p] = f
	}
	if len(l.problems) > 0 {
		return nil, l.problems.Err()
	}
	return frames, nil
}

type roundLayout struct {
	rd   card.Round
	set  layout.Setter
	cols []float64             // the columns' widths
	pos  map[card.Ref]card.Pos // of the fields texts come from
	// problems are the characters no font draws, each once per field
	problems card.Problems
	seen     map[string]bool
}

// roundRow is a household's cells, broken into lines, and the row height.
type roundRow struct {
	cells  [][]string
	fields []card.Ref
	h      float64
}

func (l *roundLayout) width(s string, size float64, bold bool) float64 {
	return l.set.Width(s, size, bold)
}

func lead(size float64) float64 { return frame.PtToMM(size) * roundLead }

// text sets a line of text with its baseline at y, x being its left edge
// or, centred, its middle. A character no font draws is a problem of the
// field the text comes from.
func (l *roundLayout) text(x, y, size float64, bold bool, s string, field card.Ref, a cellAlign) []frame.Item {
	for _, r := range l.set.Fonts.Missing(s, bold) {
		key := fmt.Sprintf("%s %c", field, r)
		if l.seen[key] {
			continue
		}
		l.seen[key] = true
		l.problems = append(l.problems, card.Problem{Pos: l.pos[field], Field: field,
			Msg:  msg.F("zone %s: no font has the character %q (U+%04X) in %q", l.rd.Zone, r, r, s),
			Hint: msg.F("add a TrueType font that has it under %s", card.Key("card.fonts"))})
	}
	for _, g := range l.set.Fonts.Broken(s, bold) {
		key := fmt.Sprintf("%s %c", field, g.Rune)
		if l.seen[key] {
			continue
		}
		l.seen[key] = true
		l.problems = append(l.problems, BrokenGlyph(l.pos[field], field, msg.F("zone %s: ", l.rd.Zone), s, g))
	}
	line := l.set.Set(s, size, bold, frame.Black)
	if a == alignCenter {
		x -= line.Width / 2
	}
	return line.At(x, y)
}

// lines breaks text into lines no wider than width; a run that cannot be
// broken the Chinese way (a long id) is cut between characters.
func (l *roundLayout) lines(s string, width, size float64, bold bool) []string {
	w := func(s string) float64 { return l.width(s, size, bold) }
	var out []string
	for _, line := range layout.Break(s, width, w) {
		for w(line) > width {
			cut := 0
			for i, r := range line {
				if i > 0 && w(line[:i+utf8.RuneLen(r)]) > width {
					cut = i
					break
				}
			}
			if cut == 0 {
				break // one character wider than the cell
			}
			out = append(out, line[:cut])
			line = line[cut:]
		}
		out = append(out, line)
	}
	return out
}

// header is the block above the table, as wide as the space between the
// margins: title, contacts, date and counts.
func (l *roundLayout) header() *frame.Frame {
	rd := l.rd
	width := RoundW - 2*RoundMargin
	f := &frame.Frame{W: width}
	y := 0.0
	add := func(s string, size float64, bold bool, field card.Ref) {
		for _, line := range l.lines(s, width, size, bold) {
			f.Add(l.text(0, y+l.set.Ascent(size, bold), size, bold, line, field, alignLeft)...)
			y += lead(size)
		}
	}
	l.pos[card.Key("community")] = card.Pos{}
	add(strings.Join([]string{rd.Community, rd.Zone, "入户发放登记表"}, "　"), roundTitle, true, card.Key("community"))
	y += 1
	contacts := make([]string, len(rd.Contacts))
	for i, o := range rd.Contacts {
		contacts[i] = o.Name + " " + o.Phone.Display()
	}
	who := strings.Join(contacts, "；")
	if who == "" {
		who = "无"
	}
	l.pos[card.Key("officials")] = firstPos(rd.Contacts)
	add("包片联系人："+who, roundBody, false, card.Key("officials"))
	add(fmt.Sprintf("日期：%s　　共 %d 户，%d 份", rd.Date.Format("2006-01-02"), len(rd.Households), rd.Copies()),
		roundBody, false, card.Ref{})
	f.H = y + 3
	return f
}

func firstPos(os []card.Official) card.Pos {
	if len(os) == 0 {
		return card.Pos{}
	}
	return os[0].Pos
}

func (l *roundLayout) row(n int, h card.Household) roundRow {
	r := roundRow{h: RoundMinRow}
	for i, c := range roundColumns {
		var s string
		var field card.Ref
		if c.text != nil {
			s, field = c.text(n, h)
		}
		if !field.IsZero() {
			l.pos[field] = h.Pos
		}
		lines := l.lines(s, l.cols[i]-2*roundPad, roundBody, false)
		r.cells = append(r.cells, lines)
		r.fields = append(r.fields, field)
		r.h = max(r.h, float64(len(lines))*lead(roundBody)+2*roundPad)
	}
	return r
}

// table draws the column heads at y and the rows below them, with lines
// between every row and column.
func (l *roundLayout) table(f *frame.Frame, y float64, rows []roundRow) {
	black := frame.Black
	rule := frame.Paint{Stroke: &black, Line: roundRule}
	heads := make([][]string, len(RoundColumns))
	for i, h := range RoundColumns {
		heads[i] = []string{h}
	}
	top := y
	f.Add(frame.Line{X1: RoundMargin, Y1: y, X2: RoundW - RoundMargin, Y2: y, Paint: rule})
	l.cells(f, y, roundHead, heads, nil, true)
	y += roundHead
	for _, r := range rows {
		f.Add(frame.Line{X1: RoundMargin, Y1: y, X2: RoundW - RoundMargin, Y2: y, Paint: rule})
		l.cells(f, y, r.h, r.cells, r.fields, false)
		x := RoundMargin
		for i, c := range roundColumns {
			if c.tick {
				f.Add(frame.Rect{Box: frame.Box{X: x + (l.cols[i]-roundTick)/2, Y: y + (r.h-roundTick)/2, W: roundTick, H: roundTick}, Paint: rule})
			}
			x += l.cols[i]
		}
		y += r.h
	}
	f.Add(frame.Line{X1: RoundMargin, Y1: y, X2: RoundW - RoundMargin, Y2: y, Paint: rule})
	x := RoundMargin
	f.Add(frame.Line{X1: x, Y1: top, X2: x, Y2: y, Paint: rule})
	for _, w := range l.cols {
		x += w
		f.Add(frame.Line{X1: x, Y1: top, X2: x, Y2: y, Paint: rule})
	}
}

// cells sets one row's lines, the block of lines centred in the row's
// height.
func (l *roundLayout) cells(f *frame.Frame, y, h float64, cells [][]string, fields []card.Ref, heads bool) {
	x := RoundMargin
	lh := lead(roundBody)
	for i, c := range roundColumns {
		lines := cells[i]
		base := y + (h-float64(len(lines))*lh)/2 + (lh-frame.PtToMM(roundBody))/2 + l.set.Ascent(roundBody, heads)
		var field card.Ref
		if fields != nil {
			field = fields[i]
		}
		a := c.align
		if heads {
			a = alignCenter
		}
		for j, s := range lines {
			tx := x + roundPad
			if a == alignCenter {
				tx = x + l.cols[i]/2
			}
			f.Add(l.text(tx, base+float64(j)*lh, roundBody, heads, s, field, a)...)
		}
		x += l.cols[i]
	}
}

// footer names the zone on the left and numbers the page on the right,
// just inside the bottom margin.
func (l *roundLayout) footer(f *frame.Frame, page, pages int) {
	y := RoundH - RoundMargin - l.set.Descent(roundBody, false)
	f.Add(l.text(RoundMargin, y, roundBody, false, l.rd.Zone+"　入户发放登记表", card.Key("zone"), alignLeft)...)
	n := fmt.Sprintf("第 %d / %d 页", page, pages)
	f.Add(l.text(RoundW-RoundMargin-l.width(n, roundBody, false), y, roundBody, false, n, card.Ref{}, alignLeft)...)
}

// signature is a line under the table, on every page, where whoever
// delivered the page's cards signs and dates it: pages of a long round
// are handed back one by one.
func (l *roundLayout) signature(f *frame.Frame, top float64) {
	black := frame.Black
	rule := frame.Paint{Stroke: &black, Line: roundRule}
	y := top + roundSign - 3
	x := RoundMargin
	for _, part := range []struct {
		label string
		blank float64
	}{{"发放人签字：", 60}, {"日期：", 40}} {
		f.Add(l.text(x, y, roundBody, false, part.label, card.Ref{}, alignLeft)...)
		x += l.width(part.label, roundBody, false)
		f.Add(frame.Line{X1: x, Y1: y + 1, X2: x + part.blank, Y2: y + 1, Paint: rule})
		x += part.blank + 10
	}
}
