package design

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/msg"
)

func sampleRound(t testing.TB, n int, address func(i int) string) card.Round {
	rd := card.Round{
		Community: "北京市房山区窦店镇白草洼村",
		Zone:      "东片",
		Contacts: []card.Official{
			{Name: "王建国", Phone: phone(t, "13800138001")},
			{Name: "刘德明", Phone: phone(t, "010-6938 1234")},
		},
		Date: time.Date(2023, 11, 14, 0, 0, 0, 0, time.UTC),
	}
	for i := range n {
		rd.Households = append(rd.Households, card.Household{
			ID: fmt.Sprintf("E-%03d", i+1), Address: address(i), Resident: "张玉林", Copies: 1 + i%2,
		})
	}
	return rd
}

func street(i int) string { return fmt.Sprintf("东街%d号", i+1) }

// pageText is a line of a page with its place on the page and the column
// of the table it is in (-1: outside the table's columns).
type pageText struct {
	S      string
	Size   float64
	Color  frame.Color
	Bold   bool
	Column int
	frame.Box
}

// pageTexts are a page's lines of text in the order they were set, each
// line's runs joined.
func pageTexts(f *frame.Frame, tableTop float64) []pageText {
	var ts []pageText
	xs := columnLines(f)
	frame.Walk(f, func(it frame.Item, b frame.Box) {
		t, ok := it.(frame.Text)
		if !ok {
			return
		}
		if n := len(ts); n > 0 && ts[n-1].Y+ts[n-1].H == b.Y+b.H && math.Abs(ts[n-1].X+ts[n-1].W-b.X) < 1e-9 {
			ts[n-1].S += t.String()
			ts[n-1].W += b.W
			return
		}
		col := -1
		if b.Y > tableTop {
			for i := 0; i+1 < len(xs); i++ {
				if b.X >= xs[i] && b.X < xs[i+1] {
					col = i
				}
			}
		}
		ts = append(ts, pageText{t.String(), t.Size, t.Color, t.Face.Name == "NotoSansSC-Bold", col, b})
	})
	return ts
}

// columnLines are the x of the table's vertical lines, left to right,
// read from the page as a reader sees them.
func columnLines(f *frame.Frame) []float64 {
	var xs []float64
	frame.Walk(f, func(it frame.Item, b frame.Box) {
		if l, ok := it.(frame.Line); ok && l.X1 == l.X2 && l.Y2-l.Y1 > 5 && !slices.Contains(xs, l.X1) {
			xs = append(xs, l.X1)
		}
	})
	slices.Sort(xs)
	return xs
}

func TestRoundPages(t *testing.T) {
	set := builtin(t)
	long := func(i int) string {
		if i%3 == 0 {
			return fmt.Sprintf("窦店镇白草洼村东街%d号院内西侧第二排平房（出租户，进门右手）", i+1)
		}
		return street(i)
	}
	tests := []struct {
		name    string
		n       int
		address func(int) string
		pages   int
	}{
		{"empty", 0, street, 1},
		{"one", 1, street, 1},
		{"a full page", 24, street, 1},
		{"one row over", 25, street, 2},
		{"many", 80, street, 4},
		{"long addresses wrap", 40, long, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := sampleRound(t, tt.n, tt.address)
			frames, err := RoundPages(rd, set)
			if err != nil {
				t.Fatal(err)
			}
			if len(frames) != tt.pages {
				t.Errorf("%d pages, want %d", len(frames), tt.pages)
			}
			var ids []string
			addressLines := 0
			page := frame.Box{X: RoundMargin, Y: RoundMargin, W: RoundW - 2*RoundMargin, H: RoundH - 2*RoundMargin}
			for p, f := range frames {
				if f.W != RoundW || f.H != RoundH {
					t.Errorf("page %d is %g×%g mm, want A4", p+1, f.W, f.H)
				}
				var all []string
				xs := columnLines(f)
				if len(xs) != len(roundColumns)+1 || xs[0] != RoundMargin || math.Abs(xs[len(xs)-1]-(RoundW-RoundMargin)) > 1e-9 {
					t.Fatalf("page %d: column lines at %v", p+1, xs)
				}
				for _, tx := range pageTexts(f, tableTop(f)) {
					all = append(all, tx.S)
					if tx.Color != frame.Black {
						t.Errorf("page %d: %q is not black", p+1, tx.S)
					}
					if tx.Size != roundBody && !(tx.Size == roundTitle && tx.Bold) {
						t.Errorf("page %d: %q at %g pt", p+1, tx.S, tx.Size)
					}
					if tx.Column == 1 && !tx.Bold {
						ids = append(ids, tx.S)
					}
					if tx.Column == 2 && !tx.Bold {
						addressLines++
						if tx.W > xs[3]-xs[2]-2*roundPad+1e-9 {
							t.Errorf("page %d: address line %q is %.1f mm wide", p+1, tx.S, tx.W)
						}
					}
				}
				joined := strings.Join(all, "|")
				for _, want := range append(slices.Clone(RoundColumns), rd.Community+"　东片　入户发放登记表",
					"包片联系人：王建国 138 0013 8001；刘德明 010-6938 1234", "发放人签字：",
					fmt.Sprintf("第 %d / %d 页", p+1, len(frames)), "东片　入户发放登记表") {
					if !strings.Contains("|"+joined+"|", "|"+want+"|") {
						t.Errorf("page %d lacks %q", p+1, want)
					}
				}
				if !strings.Contains(joined, "日期：2023-11-14") || !strings.Contains(joined, fmt.Sprintf("共 %d 户，%d 份", tt.n, rd.Copies())) {
					t.Errorf("page %d: no date or counts in %s", p+1, joined)
				}
				var rules []float64
				frame.Walk(f, func(it frame.Item, b frame.Box) {
					if !page.Contains(b) {
						t.Errorf("page %d: %T %+v crosses the margins", p+1, it, b)
					}
					if l, ok := it.(frame.Line); ok {
						if l.Line != roundRule || *l.Stroke != frame.Black {
							t.Errorf("page %d: rule %+v", p+1, l)
						}
						if b.Y+b.H > RoundH-RoundMargin-roundFooter {
							t.Errorf("page %d: table reaches %.1f mm, into the footer", p+1, b.Y+b.H)
						}
						if l.Y1 == l.Y2 && l.X1 == RoundMargin && l.X2 == RoundW-RoundMargin {
							rules = append(rules, l.Y1)
						}
					}
				})
				// rules: table top, below the heads, below every row
				for i := 2; i < len(rules); i++ {
					if h := rules[i] - rules[i-1]; h < RoundMinRow-1e-9 {
						t.Errorf("page %d: a row %.2f mm high", p+1, h)
					}
				}
			}
			if wraps := addressLines > tt.n; wraps != (tt.name == "long addresses wrap") {
				t.Errorf("%d address lines for %d households", addressLines, tt.n)
			}
			if got, want := strings.Join(ids, " "), idsOf(rd); got != want {
				t.Errorf("households on the pages:\n%s\nwant each once, in order:\n%s", got, want)
			}
		})
	}
}

// tableBottom is the bottom rule of a page's table.
func tableBottom(f *frame.Frame) float64 {
	bottom := math.Inf(-1)
	frame.Walk(f, func(it frame.Item, b frame.Box) {
		if l, ok := it.(frame.Line); ok && l.Y1 == l.Y2 && l.X1 == RoundMargin {
			bottom = max(bottom, l.Y1)
		}
	})
	return bottom
}

// tableTop is the top rule of a page's table.
func tableTop(f *frame.Frame) float64 {
	top := math.Inf(1)
	frame.Walk(f, func(it frame.Item, b frame.Box) {
		if l, ok := it.(frame.Line); ok && l.Y1 == l.Y2 {
			top = min(top, l.Y1)
		}
	})
	return top
}

func idsOf(rd card.Round) string {
	var ids []string
	for _, h := range rd.Households {
		ids = append(ids, h.ID)
	}
	return strings.Join(ids, " ")
}

func TestRoundPagesMissingGlyph(t *testing.T) {
	rd := sampleRound(t, 30, street)
	rd.Households[3].Resident = "王𪚥国"
	rd.Households[3].Pos = card.Pos{File: "roster.yaml", Line: 42, Col: 5}
	_, err := RoundPages(rd, builtin(t))
	var ps card.Problems
	if !errors.As(err, &ps) || len(ps) != 1 {
		t.Fatalf("err = %v, want one problem", err)
	}
	if s := ps[0].String(); !strings.HasPrefix(s, "roster.yaml:42:5: households[E-004].resident:") || !strings.Contains(s, "U+2A6A5") {
		t.Errorf("problem %q", s)
	}
}

// Every phone of a round list is on one line at the list's type size,
// the longest forms included, and the address takes the room the phone
// does not need; the 签收 column keeps room to sign.
func TestRoundColumnsFitContent(t *testing.T) {
	set := builtin(t)
	phones := []string{"13933124567", "+86 139 3312 4567", "0898-6666 6666", "010-6938 1234", "12345", "找他儿子", "1.40E+10"}
	long := "北京市房山区窦店镇白草洼村东街第三十二号院内西侧第二排平房（出租户）"
	rd := sampleRound(t, len(phones), func(i int) string {
		if i == 0 {
			return long
		}
		return street(i)
	})
	for i := range rd.Households {
		rd.Households[i].Phone = phones[i]
		rd.Households[i].Note = "老人独居，白天在家"
	}
	frames, err := RoundPages(rd, set)
	if err != nil {
		t.Fatal(err)
	}
	f := frames[0]
	xs := columnLines(f)
	var phoneCells, addressLines []pageText
	bottom := tableBottom(f)
	for _, tx := range pageTexts(f, tableTop(f)) {
		switch {
		case tx.Bold || tx.Y > bottom:
		case tx.Column == 4:
			phoneCells = append(phoneCells, tx)
		case tx.Column == 2:
			addressLines = append(addressLines, tx)
		}
	}
	var got []string
	for _, tx := range phoneCells {
		got = append(got, tx.S)
		if tx.X+tx.W > xs[5]-roundPad+1e-9 {
			t.Errorf("phone %q reaches past its column", tx.S)
		}
	}
	var want []string
	for _, p := range phones {
		want = append(want, card.HouseholdPhone(p))
	}
	if !slices.Equal(got, want) {
		t.Errorf("phone cells %q, want each on one line: %q", got, want)
	}
	// the fixed widths gave the address 36 mm and 签收 28 mm
	if n, w := len(addressLines), xs[3]-xs[2]; n != len(phones)+2 || w < 45 {
		t.Errorf("%d address lines for %d addresses, one of them long, in %.1f mm", n, len(phones), w)
	}
	if sign := xs[8] - xs[7]; math.Abs(sign-24) > 1e-9 {
		t.Errorf("签收 is %.1f mm wide; with long addresses it gives them all but the 24 mm a signature needs", sign)
	}
	// The widths follow the content: a list of short addresses and no
	// notes gives 签收 the room.
	short := sampleRound(t, 3, street)
	fs, err := RoundPages(short, set)
	if err != nil {
		t.Fatal(err)
	}
	if ys := columnLines(fs[0]); ys[8]-ys[7] <= xs[8]-xs[7] {
		t.Errorf("签收 is %.1f mm with short rows, %.1f mm with long ones", ys[8]-ys[7], xs[8]-xs[7])
	}
}

// In a workbook roster the same problem names the row and the column
// head of the resident, and its hint the settings row a clerk fills in,
// 基本信息 › 补充字体, not the YAML key card.fonts.
func TestRoundPagesMissingGlyphInWorkbook(t *testing.T) {
	rd := sampleRound(t, 5, street)
	rd.Households[3].Resident = "王𪚥国"
	rd.Households[3].Pos = card.Pos{File: "roster.xlsx", Line: 42, Col: 5, Cell: "住户!5:5"}
	_, err := RoundPages(rd, builtin(t))
	var ps card.Problems
	if !errors.As(err, &ps) || len(ps) != 1 {
		t.Fatalf("err = %v, want one problem", err)
	}
	s := ps[0].In(msg.ZH)
	if !strings.HasPrefix(s, "roster.xlsx: 住户 › 户主 (第 5 行): ") || !strings.Contains(s, "基本信息 › 补充字体") || strings.Contains(s, "card.fonts") {
		t.Errorf("problem %q", s)
	}
}
