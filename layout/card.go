package layout

import (
	"fmt"
	"math"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/msg"
)

// CardVersion names the card design. Bump it with any change to this
// package or to layout/pdf that changes a card's bytes: rerunning `fuwuka
// cards` trusts a card whose inputs and CardVersion are those it was drawn
// with, and draws it again otherwise.
const CardVersion = 2

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
	// qrMin is the smallest side of a QR symbol (quiet zone excluded) on a
	// 100 mm card; qrMax the largest it may grow to hold long content.
	qrMin, qrMax = 20.0, 28.0
	qrModuleMin  = 0.4
)

// CardArt is a card's artwork: a frame of trim plus bleed on every side.
type CardArt struct {
	Frame *Frame
	Trim  Box // in the frame
}

// Card lays out what one household's card says. Problems name the field and
// household when a character has no glyph or the content does not fit.
func Card(c card.Card, st card.Settings, set *fonts.Set) (*CardArt, error) {
	l := &cardLayout{c: c, st: st, set: set, u: st.Size / 100}
	if ps := l.checkGlyphs(); len(ps) > 0 {
		return nil, ps.Err()
	}
	qr, err := l.qrSymbol()
	if err != nil {
		return nil, err
	}
	l.qr = qr
	f, last := l.fit()
	if last == nil {
		return &CardArt{Frame: splitShared(f), Trim: l.trim()}, nil
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
func (l *cardLayout) fit() (*Frame, card.Problems) {
	var last card.Problems
	for s := 1.0; s >= minScale-1e-9; s -= 0.025 {
		f, ps := l.compose(s)
		if len(ps) == 0 {
			return f, nil
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
	set *fonts.Set
	u   float64 // card size / 100 mm
	s   float64 // text scale of this attempt
	qr  [][]bool
	f   *Frame
}

// splitShared moves what every card of a zone has in common into a group
// keyed by its content, so that a document holding many cards (a press
// sheet) draws it once; the household's own items (QR code, address) stay
// outside and are drawn on top.
func splitShared(f *Frame) *Frame {
	shared := &Frame{W: f.W, H: f.H}
	var own []Item
	for _, it := range f.Items {
		switch it := it.(type) {
		case Modules:
			own = append(own, it)
		case Text:
			if strings.HasPrefix(it.Field, "households[") {
				own = append(own, it)
				continue
			}
			shared.Add(it)
		default:
			shared.Add(it)
		}
	}
	out := &Frame{W: f.W, H: f.H}
	out.Add(Group{Frame: shared, Key: "card-" + shared.Digest()})
	out.Add(own...)
	return out
}

func (l *cardLayout) trim() Box {
	b := l.st.Bleed
	return Box{b, b, l.st.Size, l.st.Size}
}

func (l *cardLayout) safe() Box { return l.trim().Inset(SafeMargin) }

// pt is a text size on this card at this attempt's scale.
func (l *cardLayout) pt(ts textSize) float64 {
	return max(ts.design*l.u*l.s, ts.floor*min(l.u, 1))
}

// mm scales a design length.
func (l *cardLayout) mm(v float64) float64 { return v * l.u }

func (l *cardLayout) width(s string, size float64, bold bool) float64 {
	return l.set.Width(s, bold) * PtToMM(size)
}

type align int

const (
	left align = iota
	center
	right
)

// text places one line with its baseline at y; x is the left edge, centre
// or right edge depending on a.
func (l *cardLayout) text(x, y, size float64, bold bool, col Color, s, field string, a align) Text {
	w := l.width(s, size, bold)
	switch a {
	case center:
		x -= w / 2
	case right:
		x -= w
	}
	t := Text{X: x, Y: y, Size: size, Bold: bold, Color: col, S: s, Width: w, Field: field}
	l.f.Add(t)
	return t
}

// lineHeight is the baseline-to-baseline distance for a size.
func lineHeight(size float64) float64 { return PtToMM(size) * 1.3 }

// ascent is how far glyphs reach above the baseline.
func ascent(size float64) float64 { return PtToMM(size) * 0.88 }

func (l *cardLayout) qrSymbol() ([][]bool, error) {
	if l.c.QR == "" {
		return nil, nil
	}
	sym, err := QRSymbol(l.c.QR, l.c.QRLevel)
	if err == nil && float64(len(sym))*qrModuleMin > l.mm(qrMax) {
		err = msg.Errorf("%d modules do not fit %.0f mm with modules of at least %.1f mm", len(sym), l.mm(qrMax), qrModuleMin)
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
	n := float64(len(l.qr))
	return max(l.mm(qrMin), n*qrModuleMin)
}

func (l *cardLayout) compose(s float64) (*Frame, card.Problems) {
	l.s = s
	full := l.st.Size + 2*l.st.Bleed
	l.f = &Frame{W: full, H: full}
	red, yellow := process(l.st.Red), process(l.st.Yellow)
	trim, safe := l.trim(), l.safe()
	var ps card.Problems
	c := l.c

	// Background and the two red bands run to the bleed edge; the bands'
	// heights are known once their text is set, so they are drawn first
	// with a placeholder and sized afterwards.
	l.f.Add(Rect{Box: Box{0, 0, full, full}, Paint: Paint{Fill: &yellow}})
	header := len(l.f.Items)
	l.f.Add(Rect{}, Rect{})

	// Header: title and community, light on red.
	titleSize, commSize := l.pt(sizeTitle), l.pt(sizeCommunity)
	y := safe.Y + ascent(titleSize) + l.mm(0.8)
	l.text(trim.X+trim.W/2, y, titleSize, true, yellow, c.Title, "card.title", center)
	y += lineHeight(commSize) + l.mm(0.8)
	l.text(trim.X+trim.W/2, y, commSize, false, White, c.Community, "community", center)
	y += l.mm(2.4)
	l.f.Items[header] = Rect{Box: Box{0, 0, full, y}, Paint: Paint{Fill: &red}}

	if c.Slogan != "" {
		size := l.pt(sizeSlogan)
		y += l.mm(1.2) + ascent(size)
		l.text(trim.X+trim.W/2, y, size, true, red, "“"+c.Slogan+"”", "card.slogan", center)
		y += PtToMM(size) * 0.2
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
	addrField := "households[" + c.Household.ID + "].address"
	addrLines := Break(addr, addrAvail, func(s string) float64 { return l.width(s, addrSize, false) })
	addrW := 0.0
	for i, line := range addrLines {
		t := l.text(safe.X+safe.W, base-float64(len(addrLines)-1-i)*lineHeight(addrSize), addrSize, false, White, line, addrField, right)
		if t.Width > addrAvail {
			ps = append(ps, l.tooWide(addrField, line, addrAvail))
		}
		addrW = max(addrW, min(t.Width, addrAvail))
	}
	top := base - float64(len(addrLines)-1)*lineHeight(addrSize) - ascent(addrSize)
	if c.Appeal != "" {
		size := l.pt(sizeAppeal)
		avail := safe.W - addrW - l.mm(3)
		lines := Break(c.Appeal, avail, func(s string) float64 { return l.width(s, size, true) })
		for i, line := range lines {
			t := l.text(safe.X, base-float64(len(lines)-1-i)*lineHeight(size), size, true, yellow, line, "appeal", left)
			if t.Width > avail {
				ps = append(ps, l.tooWide("appeal", line, avail))
			}
		}
		top = min(top, base-float64(len(lines)-1)*lineHeight(size)-ascent(size))
	}
	footerTop := top - l.mm(2)
	l.f.Items[header+1] = Rect{Box: Box{0, footerTop, full, full - footerTop}, Paint: Paint{Fill: &red}}

	if over := y - footerTop; over > 1e-9 {
		ps = append(ps, card.Problem{Pos: c.Household.Pos, Field: "card.size",
			Msg: msg.F("household %s: the card's content needs %.1f mm more height than a %g mm card has, even with text at its smallest",
				c.Household.ID, over, l.st.Size)})
	}
	return l.f, ps
}

func process(c card.CMYK) Color { return CMYK(c[0], c[1], c[2], c[3]) }

// contact draws the household's own box: its zone contact (包片联系人) with
// the largest phone number on the card, and the QR code, whose white
// background is the code's quiet zone.
func (l *cardLayout) contact(y float64, red Color, ps *card.Problems) float64 {
	safe := l.safe()
	c := l.c
	pad := l.mm(2)
	box := Box{X: safe.X, Y: y, W: safe.W}
	qrBlock := 0.0
	if l.qr != nil {
		qrBlock = l.qrSide() * float64(len(l.qr)+2*QRQuiet) / float64(len(l.qr))
	}
	inner := box.W - 2*pad - qrBlock
	labelSize, nameSize, roleSize := l.pt(sizeLabel), l.pt(sizeContactName), l.pt(sizeRole)
	phoneSize, capSize := l.pt(sizeContactPhone), l.pt(sizeCaption)

	start := len(l.f.Items)
	x := box.X + pad
	ty := y + pad + ascent(labelSize)
	if o := c.Contact; o != nil {
		label := "您的包片联系人"
		if c.Household.Zone != "" {
			label += "（" + c.Household.Zone + "）"
		}
		l.text(x, ty, labelSize, true, red, label, "zone", left)
		ty += lineHeight(nameSize)
		n := l.text(x, ty, nameSize, true, Black, o.Name, l.fieldOf(o, "name"), left)
		r := l.text(n.X+n.Width+l.mm(1.5), ty, roleSize, false, Black, o.Role, l.fieldOf(o, "role"), left)
		if r.X+r.Width > x+inner {
			*ps = append(*ps, l.tooWide(l.fieldOf(o, "role"), o.Name+" "+o.Role, inner))
		}
		ty += lineHeight(phoneSize) * 0.95
		p := l.text(x, ty, phoneSize, true, Black, o.Phone.Display(), l.fieldOf(o, "phone"), left)
		if p.Width > inner {
			*ps = append(*ps, l.tooWide(l.fieldOf(o, "phone"), o.Phone.Display(), inner))
		}
		ty += PtToMM(phoneSize) * 0.25
	} else {
		// no zone, so no contact: point at the list and the code
		l.text(x, ty, labelSize, true, red, "联系我们", "zone", left)
		ty += lineHeight(nameSize)
		l.text(x, ty, nameSize, true, Black, "有事请拨打下方任一电话", "zone", left)
		ty += PtToMM(nameSize) * 0.25
	}
	if l.qr != nil && c.QRCaption != "" {
		lines := Break(c.QRCaption, inner, func(s string) float64 { return l.width(s, capSize, false) })
		for _, line := range lines {
			ty += lineHeight(capSize)
			l.text(x, ty, capSize, false, red, line, "qr.caption", left)
		}
	}
	box.H = max(ty+pad-y, qrBlock)
	if l.qr != nil {
		module := l.qrSide() / float64(len(l.qr))
		quiet := float64(QRQuiet) * module
		l.f.Add(Modules{X: box.X + box.W - qrBlock + quiet, Y: y + (box.H-qrBlock)/2 + quiet, Module: module, Dark: l.qr, Color: Black})
	}
	white := White
	frame := Rect{Box: box, R: l.mm(2), Paint: Paint{Fill: &white, Stroke: &red, Line: l.mm(0.5)}}
	l.f.Items = append(l.f.Items[:start], append([]Item{frame}, l.f.Items[start:]...)...)
	return box.Y + box.H
}

func (l *cardLayout) fieldOf(o *card.Official, part string) string {
	for i := range l.c.Officials {
		if l.c.Officials[i].Pos == o.Pos && l.c.Officials[i].Name == o.Name {
			return fmt.Sprintf("officials[%d].%s", i, part)
		}
	}
	return "officials." + part
}

func (l *cardLayout) tooWide(field, text string, avail float64) card.Problem {
	p := card.Problem{Field: field,
		Msg: msg.F("%q does not fit in %.1f mm on a %g mm card, even at the smallest text size", text, avail, l.st.Size)}
	// only the household's own texts name it: the others are on every card
	if h := l.c.Household; strings.HasPrefix(field, "households[") {
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
func (l *cardLayout) officials(y float64, red Color, ps *card.Problems) float64 {
	safe := l.safe()
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
			l.f.Add(Rect{Box: Box{x, top + l.mm(0.3), l.mm(0.8), rowH - l.mm(1.2)}, Paint: Paint{Fill: &red}})
			tx := x + l.mm(2)
			ny := top + ascent(nameSize)
			n := l.text(tx, ny, nameSize, true, Black, o.Name, l.fieldOf(o, "name"), left)
			rx, ry := n.X+n.Width+roleGap, ny
			if !inline(*o) {
				rx, ry = tx, ny+lineHeight(roleSize)
			}
			r := l.text(rx, ry, roleSize, false, Black, o.Role, l.fieldOf(o, "role"), left)
			if r.X+r.Width > x+colW {
				*ps = append(*ps, l.tooWide(l.fieldOf(o, "role"), o.Role, textW))
			}
			py := top + rowH - l.mm(0.4) - lineHeight(phoneSize) + ascent(phoneSize)
			p := l.text(tx, py, phoneSize, true, Black, o.Phone.Display(), l.fieldOf(o, "phone"), left)
			if p.X+p.Width > x+colW {
				*ps = append(*ps, l.tooWide(l.fieldOf(o, "phone"), o.Phone.Display(), textW))
			}
		}
		top += rowH
	}
	return top + l.mm(0.6)
}

// pledges lists the pledges, then the hotlines, in two columns, each entry
// wrapped in its column. It returns the bottom of the list.
func (l *cardLayout) pledges(y float64, red Color, ps *card.Problems) float64 {
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
			by := rowTop + ascent(size)
			l.f.Add(Circle{X: x + l.mm(0.8), Y: by - PtToMM(size)*0.33, R: l.mm(0.65), Paint: Paint{Fill: &red}})
			tx, w := x+l.mm(2.4), colW-l.mm(2.4)
			text := e.text
			if e.phone != "" {
				text += " " + e.phone
			}
			lines := Break(text, w, func(s string) float64 { return l.width(s, size, e.phone != "") })
			for k, line := range lines {
				t := l.text(tx, by+float64(k)*lh, size, e.phone != "", Black, line, e.field, left)
				if t.Width > w {
					*ps = append(*ps, l.tooWide(e.field, line, w))
				}
			}
			rowH = max(rowH, float64(len(lines))*lh)
		}
		rowTop += rowH + l.mm(0.5)
	}
	return rowTop - lh + ascent(size) + PtToMM(size)*0.2
}

// checkGlyphs finds every character the card prints that no font draws.
func (l *cardLayout) checkGlyphs() card.Problems {
	type field struct {
		name, text string
		bold       bool
		pos        card.Pos
	}
	c := l.c
	h := c.Household
	fields := []field{
		{"card.title", c.Title, true, card.Pos{}},
		{"community", c.Community, false, card.Pos{}},
		{"card.slogan", c.Slogan, true, card.Pos{}},
		{"appeal", c.Appeal, true, card.Pos{}},
		{"qr.caption", c.QRCaption, false, card.Pos{}},
		{"households[" + h.ID + "].address", h.Address, false, h.Pos},
		{"households[" + h.ID + "].zone", h.Zone, true, h.Pos},
		{"households[" + h.ID + "].id", h.ID, false, h.Pos},
	}
	for i, o := range c.Officials {
		fields = append(fields,
			field{fmt.Sprintf("officials[%d].name", i), o.Name, true, o.Pos},
			field{fmt.Sprintf("officials[%d].role", i), o.Role, false, o.Pos})
	}
	for i, p := range c.Pledges {
		fields = append(fields, field{fmt.Sprintf("pledges[%d]", i), p, false, card.Pos{}})
	}
	for i, ht := range c.Hotlines {
		fields = append(fields, field{fmt.Sprintf("hotlines[%d].name", i), ht.Name, false, ht.Pos})
	}
	var ps card.Problems
	for _, f := range fields {
		// a text every card prints is reported once, not once per household
		var who msg.Text // empty: the field is on every card
		if strings.HasPrefix(f.name, "households[") {
			who = msg.F("household %s: ", h.ID)
		}
		for _, r := range l.set.Missing(f.text, f.bold) {
			ps = append(ps, card.Problem{Pos: f.pos, Field: f.name,
				Msg:  msg.F("%sno font has the character %q (U+%04X) in %q", who, r, r, f.text),
				Hint: msg.F("add a TrueType font that has it under card.fonts")})
		}
	}
	return ps
}
