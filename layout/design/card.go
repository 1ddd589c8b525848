package design

import (
	"fmt"
	"math"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/msg"
)

// CardVersion names the card design. Bump it with any change to this
// package, to layout or to a writer that changes a card's bytes: rerunning `fuwuka
// cards` trusts a card whose inputs and CardVersion are those it was drawn
// with, and draws it again otherwise.
const CardVersion = 5

// Text sizes in points: the design size of a 100 mm card and the floor no
// text of that kind shrinks below. Design sizes scale with the card; when
// the content does not fit, all sizes shrink together towards their floors.
// Floors scale down with cards smaller than 100 mm but not up with larger
// ones, so a larger card holds more.
type textSize struct{ design, floor float64 }

var (
	sizeTitle        = textSize{20, 12}
	sizeCommunity    = textSize{8, 6}
	sizeSlogan       = textSize{10, 7}
	sizeLabel        = textSize{7, 6}
	sizeContactName  = textSize{11, 8}
	sizeContactPhone = textSize{17, 14} // the largest number on the card
	sizeName         = textSize{9, 7}
	sizeRole         = textSize{7, 6}
	sizePhone        = textSize{11, 10}
	sizeBody         = textSize{7.5, 6}
	sizeCaption      = textSize{6.5, 6}
	sizeAppeal       = textSize{9, 7}
	sizeAddress      = textSize{6.5, 5.5}
)

const (
	minScale = 0.25 // below this every size is at its floor on any card size

	// SafeMargin keeps text and the QR code this far inside the trim.
	SafeMargin = 3.0
	// qrMin is the smallest side of a QR symbol (quiet zone excluded) on
	// any card: read at arm's length from a wall, a smaller code fails
	// phones. qrMax is the largest it may grow to on a 100 mm card, to hold
	// long content.
	qrMin, qrMax = 20.0, 28.0
	qrModuleMin  = 0.4
)

// Art is a card's artwork, trim plus bleed on every side, in two parts:
// what every card with the same zone contact has in common, and the
// household's own part (its address and QR code) drawn over it. A document
// holding many cards (a press sheet) draws the shared part once.
type Art struct {
	Shared *frame.Frame
	Own    *frame.Frame
	Trim   frame.Box // in either frame
	// Key names the shared part by its content.
	Key string
}

// Frame is the whole card: the shared part, as a group keyed by its
// content, under the household's own.
func (a *Art) Frame() *frame.Frame {
	f := &frame.Frame{W: a.Shared.W, H: a.Shared.H}
	f.Add(frame.Group{Frame: a.Shared, Key: a.Key}, frame.Group{Frame: a.Own})
	return f
}

// Card lays out what one household's card says. Problems name the field and
// household when a character has no glyph or the content does not fit.
func Card(c card.Card, st card.Settings, set *fonts.Set) (*Art, error) {
	l := &cardLayout{c: c, st: st, set: layout.Setter{Fonts: set}, u: st.Size / 100}
	if ps := l.checkGlyphs(); len(ps) > 0 {
		return nil, ps.Err()
	}
	qr, err := l.qrSymbol()
	if err != nil {
		return nil, err
	}
	l.qr = qr
	art, last := l.fit()
	if last == nil {
		return art, nil
	}
	hint := msg.F("shorten the text or use fewer officials, pledges or hotlines")
	if size, ok := l.smallestFit(); ok {
		hint = msg.F("use card.size: %gmm or more, or %s", size, hint)
	}
	for i := range last {
		last[i].Hint = hint
	}
	return nil, last.Err()
}

// fit shrinks the text step by step until the content fits, and returns
// the problems of the smallest attempt when it never does.
func (l *cardLayout) fit() (*Art, card.Problems) {
	var last card.Problems
	for s := 1.0; s >= minScale-1e-9; s -= 0.025 {
		ps := l.compose(s)
		if len(ps) == 0 {
			return &Art{Shared: l.shared, Own: l.own, Trim: l.trim(), Key: "card-" + l.shared.Digest()}, nil
		}
		last = ps
	}
	return nil, last
}

// smallestFit finds, in steps of 5 mm up to the largest card, the smallest
// card size on which this card's content fits.
func (l *cardLayout) smallestFit() (float64, bool) {
	for size := math.Floor(l.st.Size/5)*5 + 5; size <= card.MaxSize; size += 5 {
		try := *l
		try.st.Size, try.u = size, size/100
		if _, ps := try.fit(); ps == nil {
			return size, true
		}
	}
	return 0, false
}

type cardLayout struct {
	c   card.Card
	st  card.Settings
	set layout.Setter
	u   float64 // card size / 100 mm
	s   float64 // text scale of this attempt
	qr  *frame.Grid
	// the attempt's frames: the artwork every card with this contact shares,
	// and the household's own
	shared, own *frame.Frame
}

func (l *cardLayout) trim() frame.Box {
	b := l.st.Bleed
	return frame.Box{X: b, Y: b, W: l.st.Size, H: l.st.Size}
}

func (l *cardLayout) safe() frame.Box { return l.trim().Inset(SafeMargin) }

// pt is a text size on this card at this attempt's scale.
func (l *cardLayout) pt(ts textSize) float64 {
	return max(ts.design*l.u*l.s, ts.floor*min(l.u, 1))
}

// mm scales a design length.
func (l *cardLayout) mm(v float64) float64 { return v * l.u }

func (l *cardLayout) width(s string, size float64, bold bool) float64 {
	return l.set.Width(s, size, bold)
}

type align int

const (
	left align = iota
	center
	right
)

// placed is where a line of text went: its left edge and width.
type placed struct{ X, Width float64 }

// text sets one line into dst with its baseline at y; x is the left edge,
// centre or right edge depending on a.
func (l *cardLayout) text(dst *frame.Frame, x, y, size float64, bold bool, col frame.Color, s string, a align) placed {
	line := l.set.Set(s, size, bold, col)
	switch a {
	case center:
		x -= line.Width / 2
	case right:
		x -= line.Width
	}
	dst.Add(line.At(x, y)...)
	return placed{x, line.Width}
}

// lineHeight is the baseline-to-baseline distance for a size.
func lineHeight(size float64) float64 { return frame.PtToMM(size) * 1.3 }

// ascent is how far glyphs reach above the baseline.
func (l *cardLayout) ascent(size float64) float64 { return l.set.Ascent(size, false) }

func (l *cardLayout) qrSymbol() (*frame.Grid, error) {
	if l.c.QR == "" {
		return nil, nil
	}
	sym, err := QRSymbol(l.c.QR, l.c.QRLevel)
	if largest := max(l.mm(qrMax), qrMin); err == nil && float64(sym.Cols)*qrModuleMin > largest {
		err = msg.Errorf("%d modules do not fit %.0f mm with modules of at least %.1f mm", sym.Cols, largest, qrModuleMin)
	}
	if err != nil {
		h := l.c.Household
		return nil, card.Problems{{Pos: h.Pos, Field: "qr.content",
			Msg:  msg.F("household %s: the QR content (%d bytes) is too long for a QR code on this card: %v", h.ID, len(l.c.QR), err),
			Hint: msg.F("shorten qr.content (for example a short link with only the household id), use qr.level L, or a larger card.size")}}
	}
	return sym, nil
}

// qrSide is the side of the QR symbol, quiet zone excluded.
func (l *cardLayout) qrSide() float64 {
	n := float64(l.qr.Cols)
	return max(qrMin, n*qrModuleMin)
}

// compose lays the card out at text scale s into l.shared and l.own.
func (l *cardLayout) compose(s float64) card.Problems {
	l.s = s
	full := l.st.Size + 2*l.st.Bleed
	l.shared, l.own = &frame.Frame{W: full, H: full}, &frame.Frame{W: full, H: full}
	red, yellow := process(l.st.Red), process(l.st.Yellow)
	white := frame.White
	trim, safe := l.trim(), l.safe()
	var ps card.Problems
	c := l.c
	sh := l.shared

	// Background and the two red bands run to the bleed edge; the bands'
	// heights are known once their text is set, so they are drawn first
	// with a placeholder and sized afterwards.
	sh.Add(frame.Rect{Box: frame.Box{W: full, H: full}, Paint: frame.Paint{Fill: &yellow}})
	header := len(sh.Items)
	sh.Add(frame.Rect{}, frame.Rect{})

	// Header: title and community, light on red.
	titleSize, commSize := l.pt(sizeTitle), l.pt(sizeCommunity)
	y := safe.Y + l.ascent(titleSize) + l.mm(0.8)
	l.text(sh, trim.X+trim.W/2, y, titleSize, true, yellow, c.Title, center)
	y += lineHeight(commSize) + l.mm(0.8)
	l.text(sh, trim.X+trim.W/2, y, commSize, false, white, c.Community, center)
	y += l.mm(2.4)
	sh.Items[header] = frame.Rect{Box: frame.Box{W: full, H: y}, Paint: frame.Paint{Fill: &red}}

	if c.Slogan != "" {
		size := l.pt(sizeSlogan)
		y += l.mm(1.2) + l.ascent(size)
		l.text(sh, trim.X+trim.W/2, y, size, true, red, "“"+c.Slogan+"”", center)
		y += frame.PtToMM(size) * 0.2
	}
	y += l.mm(1.8)

	if c.Contact != nil || l.qr != nil {
		y = l.contact(y, red, &ps) + l.mm(2)
	}
	y = l.officials(y, red, &ps)
	y = l.pledges(y, red, &ps)

	// Footer: the appeal on the left and, small, the household's address
	// and id on the right, light on red, ending at the safe area's bottom.
	base := safe.Y + safe.H - l.mm(0.6)
	addrSize := l.pt(sizeAddress)
	addr := c.Household.Address + " · " + c.Household.ID
	// A long address takes more lines, not the appeal's room: with an
	// appeal beside it, it has half the footer.
	addrAvail := safe.W
	if c.Appeal != "" {
		addrAvail = safe.W / 2
	}
	addrField := c.Household.Field("address")
	addrLines := layout.Break(addr, addrAvail, func(s string) float64 { return l.width(s, addrSize, false) })
	addrW := 0.0
	for i, line := range addrLines {
		t := l.text(l.own, safe.X+safe.W, base-float64(len(addrLines)-1-i)*lineHeight(addrSize), addrSize, false, white, line, right)
		if t.Width > addrAvail {
			ps = append(ps, l.tooWide(addrField, true, line, addrAvail))
		}
		addrW = max(addrW, min(t.Width, addrAvail))
	}
	top := base - float64(len(addrLines)-1)*lineHeight(addrSize) - l.ascent(addrSize)
	if c.Appeal != "" {
		size := l.pt(sizeAppeal)
		avail := safe.W - addrW - l.mm(3)
		lines := layout.Break(c.Appeal, avail, func(s string) float64 { return l.width(s, size, true) })
		for i, line := range lines {
			t := l.text(sh, safe.X, base-float64(len(lines)-1-i)*lineHeight(size), size, true, yellow, line, left)
			if t.Width > avail {
				ps = append(ps, l.tooWide("appeal", false, line, avail))
			}
		}
		top = min(top, base-float64(len(lines)-1)*lineHeight(size)-l.ascent(size))
	}
	footerTop := top - l.mm(2)
	sh.Items[header+1] = frame.Rect{Box: frame.Box{Y: footerTop, W: full, H: full - footerTop}, Paint: frame.Paint{Fill: &red}}

	if over := y - footerTop; over > 1e-9 {
		ps = append(ps, card.Problem{Pos: c.Household.Pos, Field: "card.size",
			Msg: msg.F("household %s: the card's content needs %.1f mm more height than a %g mm card has, even with text at its smallest",
				c.Household.ID, over, l.st.Size)})
	}
	return ps
}

func process(c card.CMYK) frame.Color { return frame.CMYK(c[0], c[1], c[2], c[3]) }

// contact draws the household's own box: its zone contact (包片联系人) with
// the largest phone number on the card, and the QR code, whose white
// background is the code's quiet zone. The box and the contact are shared
// by the zone; the code is the household's own.
func (l *cardLayout) contact(y float64, red frame.Color, ps *card.Problems) float64 {
	safe := l.safe()
	c := l.c
	sh := l.shared
	pad := l.mm(2)
	box := frame.Box{X: safe.X, Y: y, W: safe.W}
	border, radius := l.mm(0.5), l.mm(2)
	// The code and its quiet zone keep clear of the box's red border and
	// of its rounded corners, where the white is cut in most: a corner of
	// the quiet zone at (d, d) from the box's corner is inside the border's
	// inner arc when d ≥ r − (r − border/2)/√2.
	clear := max(border/2, radius-(radius-border/2)/math.Sqrt2) + l.mm(0.1)
	qrBlock := 0.0
	if l.qr != nil {
		qrBlock = l.qrSide() * float64(l.qr.Cols+2*QRQuiet) / float64(l.qr.Cols)
	}
	inner := box.W - 2*pad - qrBlock - clear
	labelSize, nameSize, roleSize := l.pt(sizeLabel), l.pt(sizeContactName), l.pt(sizeRole)
	phoneSize, capSize := l.pt(sizeContactPhone), l.pt(sizeCaption)

	start := len(sh.Items)
	x := box.X + pad
	ty := y + pad + l.ascent(labelSize)
	if o := c.Contact; o != nil {
		label := "您的包片联系人"
		if c.Household.Zone != "" {
			label += "（" + c.Household.Zone + "）"
		}
		l.text(sh, x, ty, labelSize, true, red, label, left)
		ty += lineHeight(nameSize)
		n := l.text(sh, x, ty, nameSize, true, frame.Black, o.Name, left)
		r := l.text(sh, n.X+n.Width+l.mm(1.5), ty, roleSize, false, frame.Black, o.Role, left)
		if r.X+r.Width > x+inner {
			*ps = append(*ps, l.tooWide(l.fieldOf(o, "role"), false, o.Name+" "+o.Role, inner))
		}
		ty += lineHeight(phoneSize) * 0.95
		p := l.text(sh, x, ty, phoneSize, true, frame.Black, o.Phone.Display(), left)
		if p.Width > inner {
			*ps = append(*ps, l.tooWide(l.fieldOf(o, "phone"), false, o.Phone.Display(), inner))
		}
		ty += frame.PtToMM(phoneSize) * 0.25
	} else {
		// no zone, so no contact: point at the list and the code
		l.text(sh, x, ty, labelSize, true, red, "联系我们", left)
		ty += lineHeight(nameSize)
		l.text(sh, x, ty, nameSize, true, frame.Black, "有事请拨打下方任一电话", left)
		ty += frame.PtToMM(nameSize) * 0.25
	}
	if l.qr != nil && c.QRCaption != "" {
		lines := layout.Break(c.QRCaption, inner, func(s string) float64 { return l.width(s, capSize, false) })
		for _, line := range lines {
			ty += lineHeight(capSize)
			l.text(sh, x, ty, capSize, false, red, line, left)
		}
	}
	box.H = max(ty+pad-y, qrBlock+2*clear)
	if l.qr != nil {
		module := l.qrSide() / float64(l.qr.Cols)
		quiet := float64(QRQuiet) * module
		l.own.Add(frame.Modules{X: box.X + box.W - clear - qrBlock + quiet, Y: y + (box.H-qrBlock)/2 + quiet, Module: module, Dark: *l.qr, Color: frame.Black})
	}
	white := frame.White
	bg := frame.Rect{Box: box, R: radius, Paint: frame.Paint{Fill: &white, Stroke: &red, Line: border}}
	sh.Items = append(sh.Items[:start], append([]frame.Item{bg}, sh.Items[start:]...)...)
	return box.Y + box.H
}

// fieldOf names an official's field for a message.
func (l *cardLayout) fieldOf(o *card.Official, part string) string {
	for i := range l.c.Officials {
		if l.c.Officials[i].Pos == o.Pos && l.c.Officials[i].Name == o.Name {
			return fmt.Sprintf("officials[%d].%s", i, part)
		}
	}
	return "officials." + part
}

// tooWide is the problem of a text that does not fit; own says it is the
// household's own text, which the message then names the household of:
// the others are on every card.
func (l *cardLayout) tooWide(field string, own bool, text string, avail float64) card.Problem {
	p := card.Problem{Field: field,
		Msg: msg.F("%q does not fit in %.1f mm on a %g mm card, even at the smallest text size", text, avail, l.st.Size)}
	if h := l.c.Household; own {
		p.Pos, p.Msg = h.Pos, msg.F("household %s: %s", h.ID, p.Msg)
	}
	return p
}

// columns is the number of columns for n entries.
func columns(n int) int {
	if n > 8 {
		return 3
	}
	return 2
}

// officials lists every official with role and phone in a grid. A role
// that does not fit beside the name gets a line of its own.
func (l *cardLayout) officials(y float64, red frame.Color, ps *card.Problems) float64 {
	safe := l.safe()
	sh := l.shared
	offs := l.c.Officials
	cols := columns(len(offs))
	gap := l.mm(3)
	colW := (safe.W - float64(cols-1)*gap) / float64(cols)
	textW := colW - l.mm(2)
	nameSize, roleSize := l.pt(sizeName), l.pt(sizeRole)
	phoneSize := l.pt(sizePhone)
	roleGap := l.mm(1.2)
	inline := func(o card.Official) bool {
		return l.width(o.Name, nameSize, true)+roleGap+l.width(o.Role, roleSize, false) <= textW
	}
	top := y
	for row := 0; row*cols < len(offs); row++ {
		rowOffs := offs[row*cols : min((row+1)*cols, len(offs))]
		ownLine := false
		for _, o := range rowOffs {
			ownLine = ownLine || !inline(o)
		}
		rowH := lineHeight(nameSize) + lineHeight(phoneSize) + l.mm(0.4)
		if ownLine {
			rowH += lineHeight(roleSize)
		}
		for j := range rowOffs {
			o := &rowOffs[j]
			x := safe.X + float64(j)*(colW+gap)
			// a red bar ties name and phone together
			sh.Add(frame.Rect{Box: frame.Box{X: x, Y: top + l.mm(0.3), W: l.mm(0.8), H: rowH - l.mm(1.2)}, Paint: frame.Paint{Fill: &red}})
			tx := x + l.mm(2)
			ny := top + l.ascent(nameSize)
			n := l.text(sh, tx, ny, nameSize, true, frame.Black, o.Name, left)
			rx, ry := n.X+n.Width+roleGap, ny
			if !inline(*o) {
				rx, ry = tx, ny+lineHeight(roleSize)
			}
			r := l.text(sh, rx, ry, roleSize, false, frame.Black, o.Role, left)
			if r.X+r.Width > x+colW {
				*ps = append(*ps, l.tooWide(l.fieldOf(o, "role"), false, o.Role, textW))
			}
			py := top + rowH - l.mm(0.4) - lineHeight(phoneSize) + l.ascent(phoneSize)
			p := l.text(sh, tx, py, phoneSize, true, frame.Black, o.Phone.Display(), left)
			if p.X+p.Width > x+colW {
				*ps = append(*ps, l.tooWide(l.fieldOf(o, "phone"), false, o.Phone.Display(), textW))
			}
		}
		top += rowH
	}
	return top + l.mm(0.6)
}

// pledges lists the pledges, then the hotlines, in two columns, each entry
// wrapped in its column. It returns the bottom of the list.
func (l *cardLayout) pledges(y float64, red frame.Color, ps *card.Problems) float64 {
	type entry struct {
		field, text, phone string
	}
	var entries []entry
	for i, p := range l.c.Pledges {
		entries = append(entries, entry{fmt.Sprintf("pledges[%d]", i), p, ""})
	}
	for i, h := range l.c.Hotlines {
		entries = append(entries, entry{fmt.Sprintf("hotlines[%d]", i), h.Name, h.Phone.Display()})
	}
	if len(entries) == 0 {
		return y
	}
	safe := l.safe()
	sh := l.shared
	gap := l.mm(3)
	colW := (safe.W - gap) / 2
	size := l.pt(sizeBody)
	lh := lineHeight(size)
	rowTop := y
	for i := 0; i < len(entries); i += 2 {
		rowH := 0.0
		for j := i; j < min(i+2, len(entries)); j++ {
			e := entries[j]
			x := safe.X + float64(j-i)*(colW+gap)
			by := rowTop + l.ascent(size)
			sh.Add(frame.Circle{X: x + l.mm(0.8), Y: by - frame.PtToMM(size)*0.33, R: l.mm(0.65), Paint: frame.Paint{Fill: &red}})
			tx, w := x+l.mm(2.4), colW-l.mm(2.4)
			text := e.text
			if e.phone != "" {
				text += " " + e.phone
			}
			lines := layout.Break(text, w, func(s string) float64 { return l.width(s, size, e.phone != "") })
			for k, line := range lines {
				t := l.text(sh, tx, by+float64(k)*lh, size, e.phone != "", frame.Black, line, left)
				if t.Width > w {
					*ps = append(*ps, l.tooWide(e.field, false, line, w))
				}
			}
			rowH = max(rowH, float64(len(lines))*lh)
		}
		rowTop += rowH + l.mm(0.5)
	}
	return rowTop - lh + l.ascent(size) + frame.PtToMM(size)*0.2
}

// checkGlyphs finds every character the card prints that no font draws.
func (l *cardLayout) checkGlyphs() card.Problems {
	type field struct {
		name, text string
		bold       bool
		pos        card.Pos
		own        bool // the household's own: the message names it
	}
	c := l.c
	h := c.Household
	fields := []field{
		{"card.title", c.Title, true, card.Pos{}, false},
		{"community", c.Community, false, card.Pos{}, false},
		{"card.slogan", c.Slogan, true, card.Pos{}, false},
		{"appeal", c.Appeal, true, card.Pos{}, false},
		{"qr.caption", c.QRCaption, false, card.Pos{}, false},
		{h.Field("address"), h.Address, false, h.Pos, true},
		{h.Field("zone"), h.Zone, true, h.Pos, true},
		{h.Field("id"), h.ID, false, h.Pos, true},
	}
	for i, o := range c.Officials {
		fields = append(fields,
			field{fmt.Sprintf("officials[%d].name", i), o.Name, true, o.Pos, false},
			field{fmt.Sprintf("officials[%d].role", i), o.Role, false, o.Pos, false})
	}
	for i, p := range c.Pledges {
		fields = append(fields, field{fmt.Sprintf("pledges[%d]", i), p, false, card.Pos{}, false})
	}
	for i, ht := range c.Hotlines {
		fields = append(fields, field{fmt.Sprintf("hotlines[%d].name", i), ht.Name, false, ht.Pos, false})
	}
	var ps card.Problems
	for _, f := range fields {
		// a text every card prints is reported once, not once per household
		var who msg.Text // empty: the field is on every card
		if f.own {
			who = msg.F("household %s: ", h.ID)
		}
		for _, r := range l.set.Fonts.Missing(f.text, f.bold) {
			ps = append(ps, card.Problem{Pos: f.pos, Field: f.name,
				Msg:  msg.F("%sno font has the character %q (U+%04X) in %q", who, r, r, f.text),
				Hint: msg.F("add a TrueType font that has it under card.fonts")})
		}
	}
	return ps
}
