package design

import (
	"math"
	"slices"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/layout"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/msg"
)

// compose lays the card out at text scale s in its arrangement into
// l.shared and l.own, with spread, the room a fitting attempt left, shared
// out between the blocks. It returns the texts that do not fit their
// place and, when the whole is taller than the card, a problem of field
// heightField.
func (l *cardLayout) compose(s, spread float64) card.Problems {
	l.scale = s
	full := l.settings.Size + 2*l.settings.Bleed
	l.shared = &frame.Frame{W: full, H: full}
	l.place = ownPlace{}
	pal := l.palette()
	var ps card.Problems
	// four places share the room: below the header, the greeting, the
	// contact and the officials; the pledges keep to the footer
	per := spread / 4

	// Background and the two bands run to the bleed edge; the bands'
	// heights are known once their text is set, so they are drawn first
	// with a placeholder and sized afterwards.
	l.shared.Add(frame.Rect{Box: frame.Box{W: full, H: full}, Paint: frame.Paint{Fill: &pal.ground}})
	bands := len(l.shared.Items)
	l.shared.Add(frame.Rect{}, frame.Rect{})

	y := l.header(pal, bands) + per
	if !l.arr.GreetingInHeader {
		y = l.greeting(y, pal) + per
	}
	boxQR := l.qr != nil && l.arr.QR == qrInContact && !l.arr.ContactTile
	if l.card.Contact != nil && !l.arr.ContactTile || boxQR {
		y = l.contactBox(y, pal, boxQR, &ps) + l.mm(2)
	}
	y += per
	y = l.officials(y, pal, &ps) + per
	footerTop := l.footer(pal, bands+1, &ps)
	above := y
	y = l.pledges(y, pal, &ps)

	l.room = footerTop - l.mm(1.5) - y
	if l.corner() {
		// the code in the corner stands below the officials too
		_, h := l.qrPanel()
		l.room = min(l.room, l.safe().Y+l.safe().H-h-l.mm(1)-above)
	}
	if l.room < -1e-9 {
		ps = append(ps, card.Problem{Field: heightField})
	}
	l.drawOwn()
	return ps
}

// header sets the title and the community, light on the accent band, and
// returns the band's bottom.
func (l *cardLayout) header(pal palette, band int) float64 {
	c, sh := l.card, l.shared
	trim, safe := l.trim(), l.safe()
	full := l.shared.W
	titleSize, commSize := l.pt(sizeTitle), l.pt(sizeCommunity)
	y := safe.Y + l.ascent(titleSize) + l.mm(0.8)
	titleX := trim.X + trim.W/2
	if ic := l.style.TitleIcon; ic != nil {
		iconSize := l.ascent(titleSize) * 1.05
		tw := l.width(c.Title, titleSize, true)
		gap := l.mm(1.5)
		x0 := titleX - (tw+iconSize+gap)/2
		sh.Add(icon(ic, x0, y-iconSize*0.95, iconSize, pal.ground))
		titleX = x0 + iconSize + gap + tw/2
	}
	l.text(sh, titleX, y, titleSize, true, pal.ground, c.Title, center)
	y += lineHeight(commSize) + l.mm(0.8)
	l.text(sh, trim.X+trim.W/2, y, commSize, true, pal.white, c.Community, center)
	if text := l.greetingText(); l.arr.GreetingInHeader && text != "" {
		// the greeting on the band too, white and bold as the community
		y += lineHeight(commSize)
		l.text(sh, trim.X+trim.W/2, y, commSize, true, pal.white, text, center)
	}
	y += l.mm(2.4)
	sh.Items[band] = roundedBand(frame.Box{W: full, H: y}, 0, l.mm(l.style.BandRadius), pal.accent)
	return y
}

// greeting sets the slogan, or the style's greeting where the roster has
// none, in the accent under the header.
func (l *cardLayout) greeting(y float64, pal palette) float64 {
	if text := l.greetingText(); text != "" {
		trim := l.trim()
		size := l.pt(sizeSlogan)
		y += l.mm(1.2) + l.ascent(size)
		t := l.text(l.shared, trim.X+trim.W/2, y, size, true, pal.accentText, text, center)
		if ic := l.style.GreetingIcon; ic != nil {
			h := l.ascent(size) * 0.85
			l.shared.Add(icon(ic, t.X-h-l.mm(1.5), y-h, h, pal.accent), icon(ic, t.X+t.Width+l.mm(1.5), y-h, h, pal.accent))
		}
		y += frame.PtToMM(size) * 0.2
	}
	return y + l.mm(1.8)
}

// greetingText is the slogan, or the style's greeting where the roster
// has none.
func (l *cardLayout) greetingText() string {
	text := l.card.Slogan
	if text != "" && l.style.QuoteSlogan {
		text = "“" + text + "”"
	}
	if text == "" {
		text = l.style.Greeting
	}
	return text
}

// frameClear is how far the QR code's quiet zone keeps from a white
// frame's edge: clear of its border and of its rounded corners, where
// the white is cut in most. A corner of the quiet zone at (d, d) from the
// frame's corner is inside the border's inner arc when
// d ≥ r − (r − border/2)/√2.
func (l *cardLayout) frameClear() float64 {
	border, radius := l.mm(l.style.Frame.Border), l.mm(l.style.Frame.Radius)
	return max(border/2, radius-(radius-border/2)/math.Sqrt2) + l.mm(0.1)
}

// whiteFrame is the white box, bordered in the accent, that holds the
// zone contact and the QR code.
func (l *cardLayout) whiteFrame(b frame.Box, pal palette) frame.Rect {
	return frame.Rect{Box: b, R: l.mm(l.style.Frame.Radius), Paint: frame.Paint{Fill: &pal.white, Stroke: &pal.accent, Line: l.mm(l.style.Frame.Border)}}
}

// qrBlock is the QR code's side with its quiet zone, and its caption's
// lines under it.
func (l *cardLayout) qrBlock() (side float64, caption []string) {
	side = l.qrSide() * float64(l.qr.Cols+2*QRQuiet) / float64(l.qr.Cols)
	if l.card.QRCaption != "" {
		size := l.pt(sizeCaption)
		caption = layout.Break(l.card.QRCaption, side, func(s string) float64 { return l.width(s, size, false) })
	}
	return side, caption
}

// drawQR places the household's QR code with its quiet zone's top-left
// corner at (x, y), and the caption under it, clear of the quiet zone.
func (l *cardLayout) drawQR(x, y float64, pal palette) {
	side, caption := l.qrBlock()
	module := l.qrSide() / float64(l.qr.Cols)
	quiet := float64(QRQuiet) * module
	l.place.qrX, l.place.qrY, l.place.module = x+quiet, y+quiet, module
	size := l.pt(sizeCaption)
	for i, line := range caption {
		l.text(l.shared, x+side/2, y+side+float64(i)*lineHeight(size)+l.ascent(size), size, false, pal.accentText, line, center)
	}
}

// qrPanel is the size of the QR code in a white frame of its own.
func (l *cardLayout) qrPanel() (w, h float64) {
	side, caption := l.qrBlock()
	clear := l.frameClear()
	return side + 2*clear, side + float64(len(caption))*lineHeight(l.pt(sizeCaption)) + 2*clear
}

// drawQRPanel draws the QR code in a white frame of its own, its top-left
// corner at (x, y).
func (l *cardLayout) drawQRPanel(x, y float64, pal palette) {
	w, h := l.qrPanel()
	l.shared.Add(l.whiteFrame(frame.Box{X: x, Y: y, W: w, H: h}, pal))
	clear := l.frameClear()
	l.drawQR(x+clear, y+clear, pal)
}

// contactLabel is the zone contact's label: whose contact, for which zone.
func (l *cardLayout) contactLabel() string {
	if l.card.Contact == nil {
		return "联系我们"
	}
	label := "您的包片联系人"
	if z := l.card.Household.Zone; z != "" {
		label += "（" + z + "）"
	}
	return label
}

// contactText sets the zone contact from top within width avail: the
// label, the name and role, and the largest phone number on the card,
// which grows to fill the width up to half again its size. It returns the
// bottom of the text.
func (l *cardLayout) contactText(x, top, avail float64, pal palette, ps *card.Problems) float64 {
	c, sh := l.card, l.shared
	labelSize, nameSize, roleSize := l.pt(sizeLabel), l.pt(sizeContactName), l.pt(sizeRole)
	phoneSize := l.pt(sizeContactPhone)
	ty := top + l.ascent(labelSize)
	label := l.contactLabel()
	if l.style.LabelPill {
		w := l.width(label, labelSize, true)
		h := frame.PtToMM(labelSize) * 1.45
		ty += (h - frame.PtToMM(labelSize)) / 2
		sh.Add(frame.Rect{Box: frame.Box{X: x - l.mm(0.8), Y: ty - l.ascent(labelSize) - (h-frame.PtToMM(labelSize))/2, W: w + l.mm(1.6), H: h}, R: h / 2, Paint: frame.Paint{Fill: &pal.accent}})
		l.text(sh, x, ty, labelSize, true, pal.white, label, left)
		ty += l.mm(0.6)
	} else {
		l.text(sh, x, ty, labelSize, true, pal.accentText, label, left)
	}
	if w := l.width(label, labelSize, true); w > avail {
		*ps = append(*ps, card.Problem{Pos: c.Household.Pos, Field: c.Household.Field("zone"), Household: c.Household.ID,
			Msg: msg.F("%q does not fit in %.1f mm on a %g mm card, even at the smallest text size", label, avail, l.settings.Size)})
	}
	o := c.Contact
	if o == nil {
		// no zone, so no contact: point at the list and the code
		ty += lineHeight(nameSize)
		l.text(sh, x, ty, nameSize, true, pal.ink, "有事请拨打下方任一电话", left)
		return ty + frame.PtToMM(nameSize)*0.25
	}
	ty += lineHeight(nameSize)
	n := l.text(sh, x, ty, nameSize, true, pal.ink, o.Name, left)
	rx, ry := n.X+n.Width+l.mm(1.2), ty
	if rx+l.width(o.Role, roleSize, false) > x+avail {
		rx, ry = x, ty+lineHeight(roleSize)
		ty = ry
	}
	r := l.text(sh, rx, ry, roleSize, false, pal.ink, o.Role, left)
	if r.X+r.Width > x+avail+1e-9 {
		*ps = append(*ps, l.tooWide(o.Field("role"), o.Pos, false, o.Role, avail))
	}
	px, pw := x, avail
	if l.style.PhoneIcon != nil {
		px += l.ascent(phoneSize)*0.9 + l.mm(1.2)
		pw -= px - x
	}
	// It grows as the other texts do: a crowded card, at its smallest
	// scale, keeps its height for them.
	if w := l.width(o.Phone.Display(), phoneSize, true); w > 0 && w < pw {
		grow := 1 + 0.5*min(max((l.scale-minScale)/(1-minScale), 0), 1)
		phoneSize = min(phoneSize*grow, phoneSize*pw/w)
	}
	ty += lineHeight(phoneSize) * 0.95
	if ic := l.style.PhoneIcon; ic != nil {
		h := l.ascent(phoneSize) * 0.9
		sh.Add(icon(ic, x, ty-h*1.02, h, pal.accent))
	}
	p := l.text(sh, px, ty, phoneSize, true, pal.ink, o.Phone.Display(), left)
	if p.Width > pw+1e-9 {
		*ps = append(*ps, l.tooWide(o.Field("phone"), o.Pos, false, o.Phone.Display(), pw))
	}
	return ty + frame.PtToMM(phoneSize)*0.25
}

// contactBox draws the household's own box: its zone contact (包片联系人)
// and, with qr, the QR code with its caption at its right, on white that
// is the code's quiet zone. The box and the contact are shared by the
// zone; the code is the household's own.
func (l *cardLayout) contactBox(y float64, pal palette, qr bool, ps *card.Problems) float64 {
	safe := l.safe()
	sh := l.shared
	pad := l.mm(2)
	box := frame.Box{X: safe.X, Y: y, W: safe.W}
	clear := l.frameClear()
	qrW, qrH := 0.0, 0.0
	if qr {
		qrW, qrH = l.qrPanel()
		qrW -= clear // the panel's left clearance is the text's gap
	}
	start := len(sh.Items)
	bottom := l.contactText(box.X+pad, y+pad, box.W-2*pad-qrW, pal, ps)
	box.H = max(bottom+pad-y, qrH)
	// the contact's lines stand in the middle of the box's height, not at
	// its top with white below them
	if dy := (box.H - (bottom + pad - y)) / 2; dy > 1e-9 {
		for i := start; i < len(sh.Items); i++ {
			sh.Items[i] = shift(sh.Items[i], dy)
		}
	}
	if qr {
		side, _ := l.qrBlock()
		l.drawQR(box.X+box.W-clear-side, y+clear+(box.H-qrH)/2, pal)
	}
	sh.Items = slices.Insert(sh.Items, start, frame.Item(l.whiteFrame(box, pal)))
	return box.Y + box.H
}

// tooWide is the problem of a text that does not fit, written at pos;
// own says it is the household's own text, which the message then names
// the household of: the others are on every card.
func (l *cardLayout) tooWide(field card.Ref, pos card.Pos, own bool, text string, avail float64) card.Problem {
	p := card.Problem{Field: field, Pos: pos,
		Msg: msg.F("%q does not fit in %.1f mm on a %g mm card, even at the smallest text size", text, avail, l.settings.Size)}
	if h := l.card.Household; own {
		p.Pos, p.Household = h.Pos, h.ID
	}
	return p
}

// columns is the arrangement's number of columns of officials.
func (l *cardLayout) columns() int {
	if l.arr.Columns > 0 {
		return l.arr.Columns
	}
	return l.style.Columns[0]
}

// cell is one official's place in the grid: the zone contact's tile
// spans two columns.
type cell struct {
	o       *card.Official
	contact bool
	span    int
}

// officials lists every official with role and phone in a grid, with the
// QR code beside it when the arrangement says so. It returns the block's
// bottom.
func (l *cardLayout) officials(y float64, pal palette, ps *card.Problems) float64 {
	safe := l.safe()
	width := safe.W
	var panelW, panelH float64
	beside := l.qr != nil && l.arr.QR == qrBesideOfficials
	if beside {
		panelW, panelH = l.qrPanel()
		width -= panelW + l.mm(2.5)
	}
	start := len(l.shared.Items)
	gridH := l.grid(safe.X, y, width, pal, ps)
	h := gridH
	if beside {
		h = max(gridH, panelH)
		if dy := (h - gridH) / 2; dy > 1e-9 {
			for i := start; i < len(l.shared.Items); i++ {
				l.shared.Items[i] = shift(l.shared.Items[i], dy)
			}
		}
		l.drawQRPanel(safe.X+safe.W-panelW, y+(h-panelH)/2, pal)
	}
	return y + h + l.mm(0.6)
}

// sameOfficial says whether a and b are one entry of the list.
func sameOfficial(a, b card.Official) bool {
	return a.Name == b.Name && a.Role == b.Role && a.Phone == b.Phone && a.Pos == b.Pos
}

// grid sets the officials in columns within width from (x, top): the zone
// contact first, on a highlighted tile two columns wide, when the
// arrangement puts it there. A role that does not fit beside the name
// gets a line of its own. It returns the grid's height.
func (l *cardLayout) grid(x0, top, width float64, pal palette, ps *card.Problems) float64 {
	sh := l.shared
	cols := l.columns()
	gap := l.mm(2.5)
	colW := (width - float64(cols-1)*gap) / float64(cols)
	var cells []cell
	contact := l.card.Contact
	if l.arr.ContactTile && contact != nil {
		// one column when it holds the contact's phone, else two
		span := 1
		if l.width(contact.Phone.Display(), l.pt(sizeContactPhone), true)+l.ascent(l.pt(sizeContactPhone))+l.mm(5.2) > colW {
			span = min(2, cols)
		}
		cells = append(cells, cell{o: contact, contact: true, span: span})
	}
	for i := range l.card.Officials {
		o := &l.card.Officials[i]
		if len(cells) > 0 && cells[0].contact && sameOfficial(*o, *contact) {
			continue
		}
		cells = append(cells, cell{o: o, span: 1})
	}
	nameSize, roleSize, phoneSize := l.pt(sizeName), l.pt(sizeRole), l.pt(sizePhone)
	roleGap, pad := l.mm(1.2), l.mm(2)
	inline := func(o *card.Official) bool {
		return l.width(o.Name, nameSize, true)+roleGap+l.width(o.Role, roleSize, false) <= colW-pad-l.mm(1)
	}
	height := func(o *card.Official) float64 {
		// set closer than running text: two or three short lines that
		// belong together
		h := tight(nameSize) + tight(phoneSize) + l.mm(0.4)
		if !inline(o) {
			h += tight(roleSize)
		}
		return h
	}
	rowGap := l.mm(l.style.RowGap)
	y := top
	for len(cells) > 0 {
		// An official left alone in the last row takes all of it, on one
		// line where name, role and phone fit: not a tile beside a gap.
		if len(cells) == 1 && !cells[0].contact && cols > 1 {
			cells[0].span = cols
		}
		// the cells of this row
		n, used := 0, 0
		for n < len(cells) && used+cells[n].span <= cols {
			used += cells[n].span
			n++
		}
		n = max(n, 1)
		row := slices.Clone(cells[:n])
		cells = cells[n:]
		start := len(sh.Items)
		rowH := 0.0
		x := x0
		var tiles []frame.Box
		for _, c := range row {
			w := float64(c.span)*colW + float64(c.span-1)*gap
			tiles = append(tiles, frame.Box{X: x, Y: y, W: w})
			if c.contact {
				bottom := l.contactText(x+pad, y+l.mm(1.2), w-2*pad, pal, ps)
				rowH = max(rowH, bottom+l.mm(1.2)-y)
			}
			x += w + gap
		}
		// Beside the zone contact's tall tile, the other columns stack
		// as many officials as its height holds, so that no tile stands
		// half empty.
		stacks := make([][]*card.Official, len(row))
		for i, c := range row {
			if c.contact {
				continue
			}
			stacks[i] = []*card.Official{c.o}
			h := height(c.o)
			if w := tiles[i].W; c.span > 1 && l.oneLine(c.o, w) {
				h = tight(phoneSize) + l.mm(0.8)
			}
			for rowH > 0 && len(cells) > 0 && !cells[0].contact && h+rowGap+height(cells[0].o) <= rowH+l.mm(2) {
				h += rowGap + height(cells[0].o)
				stacks[i] = append(stacks[i], cells[0].o)
				cells = cells[1:]
			}
			rowH = max(rowH, h)
		}
		var backs []frame.Item
		for i, c := range row {
			b := tiles[i]
			b.H = rowH
			if c.contact {
				backs = append(backs, l.whiteFrame(b, pal))
				continue
			}
			// the stack's officials share the row's height
			total := -rowGap
			if c.span > 1 && l.oneLine(c.o, b.W) {
				backs = append(backs, l.officialOnOneLine(b, c.o, pal))
				continue
			}
			for _, o := range stacks[i] {
				total += height(o) + rowGap
			}
			extra := (rowH - total) / float64(len(stacks[i]))
			ty := y
			for _, o := range stacks[i] {
				ob := frame.Box{X: b.X, Y: ty, W: b.W, H: height(o) + extra}
				backs = append(backs, l.official(ob, o, inline(o), pal, ps))
				ty += ob.H + rowGap
			}
		}
		sh.Items = slices.Insert(sh.Items, start, backs...)
		y += rowH + rowGap
	}
	return y - top
}

// oneLine says whether an official's name, role and phone fit one line
// of a tile w wide.
func (l *cardLayout) oneLine(o *card.Official, w float64) bool {
	gap := l.mm(3)
	need := l.width(o.Name, l.pt(sizeName), true) + l.mm(1.2) + l.width(o.Role, l.pt(sizeRole), false) + gap + l.width(o.Phone.Display(), l.pt(sizePhone), true)
	return need <= w-l.mm(2)-l.mm(1)
}

// officialOnOneLine sets an official's name and role at the left of the
// box b and the phone at its right, on one baseline, and returns the
// backdrop to draw under them.
func (l *cardLayout) officialOnOneLine(b frame.Box, o *card.Official, pal palette) frame.Item {
	sh := l.shared
	nameSize, roleSize, phoneSize := l.pt(sizeName), l.pt(sizeRole), l.pt(sizePhone)
	y := b.Y + b.H - l.mm(0.4) - tight(phoneSize) + l.ascent(phoneSize)
	nm := l.text(sh, b.X+l.mm(2), y, nameSize, true, pal.ink, o.Name, left)
	l.text(sh, nm.X+nm.Width+l.mm(1.2), y, roleSize, false, pal.ink, o.Role, left)
	l.text(sh, b.X+b.W-l.mm(1), y, phoneSize, true, pal.ink, o.Phone.Display(), right)
	return l.backdrop(b, pal)
}

// official sets one official's name, role and phone in the box b and
// returns the backdrop to draw under them.
func (l *cardLayout) official(b frame.Box, o *card.Official, inline bool, pal palette, ps *card.Problems) frame.Item {
	sh := l.shared
	nameSize, roleSize, phoneSize := l.pt(sizeName), l.pt(sizeRole), l.pt(sizePhone)
	roleGap, pad := l.mm(1.2), l.mm(2)
	tx := b.X + pad
	ny := b.Y + l.ascent(nameSize) + l.mm(0.3)
	nm := l.text(sh, tx, ny, nameSize, true, pal.ink, o.Name, left)
	// text keeps a millimetre clear of the tile's right edge too
	right := b.X + b.W - l.mm(1)
	if nm.X+nm.Width > right+1e-9 {
		*ps = append(*ps, l.tooWide(o.Field("name"), o.Pos, false, o.Name, right-tx))
	}
	rx, ry := nm.X+nm.Width+roleGap, ny
	if !inline {
		rx, ry = tx, ny+tight(roleSize)
	}
	r := l.text(sh, rx, ry, roleSize, false, pal.ink, o.Role, left)
	if r.X+r.Width > right+1e-9 {
		*ps = append(*ps, l.tooWide(o.Field("role"), o.Pos, false, o.Role, right-tx))
	}
	py := b.Y + b.H - l.mm(0.4) - tight(phoneSize) + l.ascent(phoneSize)
	p := l.text(sh, tx, py, phoneSize, true, pal.ink, o.Phone.Display(), left)
	if p.X+p.Width > right+1e-9 {
		*ps = append(*ps, l.tooWide(o.Field("phone"), o.Pos, false, o.Phone.Display(), right-tx))
	}
	return l.backdrop(b, pal)
}

// backdrop is what the style draws behind an official in the box b.
func (l *cardLayout) backdrop(b frame.Box, pal palette) frame.Item {
	if l.style.Backdrop == backdropTile {
		return frame.Rect{Box: b, R: l.mm(1.8), Paint: frame.Paint{Fill: &pal.tile}}
	}
	// a bar ties name and phone together
	return frame.Rect{Box: frame.Box{X: b.X, Y: b.Y + l.mm(0.3), W: l.mm(0.8), H: b.H - l.mm(1.2)}, Paint: frame.Paint{Fill: &pal.accent}}
}

// entry is a line of the pledges' list: a pledge, or a hotline with its
// number.
type entry struct {
	field       card.Ref
	text, phone string
	pos         card.Pos // where a hotline was written; pledges have none
}

// pledges lists the pledges, then the hotlines, each entry wrapped in its
// column: two columns across the card, or one beside the QR code. A
// hotline stands apart from the pledges: a phone mark for a bullet and
// its number bold in the accent, as large as the officials' phones, so
// that a resident looking for a number finds it. It returns the bottom of
// the block.
func (l *cardLayout) pledges(y float64, pal palette, ps *card.Problems) float64 {
	var entries []entry
	for i, p := range l.card.Pledges {
		entries = append(entries, entry{card.Ref{List: "pledges", Place: i + 1}, p, "", card.Pos{}})
	}
	if !l.arr.HotlinesInFooter {
		for _, h := range l.card.Hotlines {
			entries = append(entries, entry{h.Field("name"), h.Name, h.Phone.Display(), h.Pos})
		}
	}
	safe := l.safe()
	width := safe.W
	cols := 2
	if l.corner() {
		panelW, panelH := l.qrPanel()
		l.drawQRPanel(safe.X+safe.W-panelW, safe.Y+safe.H-panelH, pal)
		width -= panelW + l.mm(2.5)
		// one column beside the code, or two where that is shorter
		start := len(l.shared.Items)
		var scratch card.Problems
		one := l.list(entries, safe.X, y, width, 1, pal, &scratch)
		two := l.list(entries, safe.X, y, width, 2, pal, &scratch)
		l.shared.Items = l.shared.Items[:start]
		if cols = 1; two < one-1e-9 {
			cols = 2
		}
	}
	return y + l.list(entries, safe.X, y, width, cols, pal, ps)
}

// corner says whether the QR code stands in the card's bottom-right
// corner, beside the pledges and over the footer's band.
func (l *cardLayout) corner() bool { return l.qr != nil && l.arr.QR == qrInCorner }

// list sets entries in cols columns within width from (x0, top) and
// returns the height it took, to the last line's descent.
func (l *cardLayout) list(entries []entry, x0, top, width float64, cols int, pal palette, ps *card.Problems) float64 {
	if len(entries) == 0 {
		return 0
	}
	sh := l.shared
	gap := l.mm(3)
	colW := (width - float64(cols-1)*gap) / float64(cols)
	size, phoneSize := l.pt(sizeBody), l.pt(sizePhone)
	lh := lineHeight(size)
	rowTop := top
	for i := 0; i < len(entries); i += cols {
		rowH := 0.0
		for j := i; j < min(i+cols, len(entries)); j++ {
			e := entries[j]
			x := x0 + float64(j-i)*(colW+gap)
			if e.phone != "" {
				// the name, then the number where it fits: beside the
				// name, or on a line of its own
				plh := lineHeight(phoneSize)
				by := rowTop + l.ascent(phoneSize)
				h := l.ascent(size)
				sh.Add(icon(iconPhone, x, by-h, h, pal.accent))
				tx := x + max(l.mm(2.4), h+l.mm(0.8))
				w := colW - (tx - x)
				n := l.text(sh, tx, by, size, false, pal.ink, e.text, left)
				px, py := n.X+n.Width+l.mm(1.2), by
				lines := 1.0
				if px+l.width(e.phone, phoneSize, true) > x+colW {
					px, py, lines = tx, by+plh, 2
				}
				p := l.text(sh, px, py, phoneSize, true, pal.accentText, e.phone, left)
				if n.Width > w || p.X+p.Width > x+colW+1e-9 {
					*ps = append(*ps, l.tooWide(e.field, e.pos, false, e.text+" "+e.phone, w))
				}
				rowH = max(rowH, lines*plh)
				continue
			}
			by := rowTop + l.ascent(size)
			if b := l.style.Bullet; b != nil {
				h := l.ascent(size) * 0.8
				sh.Add(icon(b, x, by-h, h, pal.accent))
			} else {
				sh.Add(frame.Circle{X: x + l.mm(0.8), Y: by - frame.PtToMM(size)*0.33, R: l.mm(0.65), Paint: frame.Paint{Fill: &pal.accent}})
			}
			tx, w := x+l.mm(2.4), colW-l.mm(2.4)
			lines := layout.Break(e.text, w, func(s string) float64 { return l.width(s, size, false) })
			for k, line := range lines {
				t := l.text(sh, tx, by+float64(k)*lh, size, false, pal.ink, line, left)
				if t.Width > w {
					*ps = append(*ps, l.tooWide(e.field, e.pos, false, line, w))
				}
			}
			rowH = max(rowH, float64(len(lines))*lh)
		}
		rowTop += rowH + l.mm(0.5)
	}
	return rowTop - top - l.mm(0.5) - lh + l.ascent(size) + frame.PtToMM(size)*0.2 + l.mm(0.6)
}

// footer sets the appeal on the left and, small, the household's address
// and id on the right, light on the accent band, ending at the safe
// area's bottom. It returns the band's top.
func (l *cardLayout) footer(pal palette, band int, ps *card.Problems) float64 {
	c, sh := l.card, l.shared
	safe := l.safe()
	full := sh.W
	base := safe.Y + safe.H - l.mm(0.6)
	addrSize := l.pt(sizeAddress)
	*ps = append(*ps, l.setAddress()...)
	right := l.footerRight()
	l.place.addrRight, l.place.addrBase, l.place.addrLH = right, base, lineHeight(addrSize)
	top := base - float64(len(l.addr)-1)*lineHeight(addrSize) - l.ascent(addrSize)
	if c.Appeal != "" {
		size := l.pt(sizeAppeal)
		x := safe.X
		if l.style.AppealIcon != nil {
			x += l.ascent(size) + l.mm(1.2)
		}
		avail := right - l.addrW - l.mm(3) - x
		appealBase := base
		if _, stacked := l.addressRoom(); stacked {
			// over the address, across the footer
			avail = right - x
			appealBase = top - (lineHeight(size) - l.ascent(size))
		}
		lines := layout.Break(c.Appeal, avail, func(s string) float64 { return l.width(s, size, true) })
		for i, line := range lines {
			t := l.text(sh, x, appealBase-float64(len(lines)-1-i)*lineHeight(size), size, true, pal.ground, line, left)
			if t.Width > avail {
				*ps = append(*ps, l.tooWide(card.Key("appeal"), card.Pos{}, false, line, avail))
			}
		}
		if ic := l.style.AppealIcon; ic != nil && len(lines) > 0 {
			h := l.ascent(size)
			sh.Add(icon(ic, safe.X, appealBase-float64(len(lines)-1)*lineHeight(size)-h, h, pal.ground))
		}
		top = min(top, appealBase-float64(len(lines)-1)*lineHeight(size)-l.ascent(size))
	}
	if l.arr.HotlinesInFooter {
		top = l.footerHotlines(top, pal, ps)
	}
	footerTop := top - l.mm(2)
	r := l.mm(l.style.BandRadius)
	sh.Items[band] = roundedBand(frame.Box{Y: footerTop, W: full, H: full - footerTop}, r, 0, pal.accent)
	return footerTop
}

// footerHotlines sets the hotlines on the footer's band, above what is
// there from top, left to right and on as many rows as they need: the
// name white, the number in the ground colour, both bold as text out of
// the accent must be. It returns the top of the hotlines.
func (l *cardLayout) footerHotlines(top float64, pal palette, ps *card.Problems) float64 {
	safe := l.safe()
	right := l.footerRight()
	size, phoneSize := l.pt(sizeAppeal), l.pt(sizePhone)
	gap, inner := l.mm(3), l.mm(1)
	iconH := l.ascent(size)
	type item struct {
		h    card.Hotline
		w, x float64
	}
	var rows [][]item
	x := right + 1 // a new row first
	for _, h := range l.card.Hotlines {
		w := iconH + inner + l.width(h.Name, size, true) + inner + l.width(h.Phone.Display(), phoneSize, true)
		if w > right-safe.X {
			*ps = append(*ps, l.tooWide(h.Field("name"), h.Pos, false, h.Name+" "+h.Phone.Display(), right-safe.X))
		}
		if x+w > right || len(rows) == 0 {
			rows = append(rows, nil)
			x = safe.X
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], item{h, w, x})
		x += w + gap
	}
	lh := lineHeight(phoneSize)
	base := top - (lh - l.ascent(phoneSize)) - float64(len(rows)-1)*lh
	for i, row := range rows {
		y := base + float64(i)*lh
		for _, it := range row {
			l.shared.Add(icon(iconPhone, it.x, y-iconH, iconH, pal.ground))
			n := l.text(l.shared, it.x+iconH+inner, y, size, true, pal.white, it.h.Name, left)
			l.text(l.shared, n.X+n.Width+inner, y, phoneSize, true, pal.ground, it.h.Phone.Display(), left)
		}
	}
	return base - l.ascent(phoneSize)
}

// addressRoom is the width the household's address is set in: beside
// the appeal on one line where it fits; else half the footer beside the
// appeal, or all of it under the appeal (stacked), whichever takes fewer
// lines, so that one long address costs the card as little height as it
// can.
func (l *cardLayout) addressRoom() (avail float64, stacked bool) {
	safe := l.safe()
	full := l.footerRight() - safe.X
	c := l.card
	if c.Appeal == "" {
		return full, false
	}
	text := c.Household.Address + " · " + c.Household.ID
	addrSize, size := l.pt(sizeAddress), l.pt(sizeAppeal)
	icon := 0.0
	if l.style.AppealIcon != nil {
		icon = l.ascent(size) + l.mm(1.2)
	}
	addrW := func(s string) float64 { return l.width(s, addrSize, true) }
	appealW := func(s string) float64 { return l.width(s, size, true) }
	if beside := full - icon - appealW(c.Appeal) - l.mm(3); addrW(text) <= beside {
		return beside, false
	}
	addr := layout.Break(text, full/2, addrW)
	widest := 0.0
	for _, s := range addr {
		widest = max(widest, min(addrW(s), full/2))
	}
	side := max(len(addr), len(layout.Break(c.Appeal, full-widest-icon-l.mm(3), appealW)))
	under := len(layout.Break(text, full, addrW)) + len(layout.Break(c.Appeal, full-icon, appealW))
	// on a tie, under: an appeal whole on its line reads better than
	// one broken beside the address
	if under <= side {
		return full, true
	}
	return full / 2, false
}

// footerRight is the right edge of the footer's text: the safe area's,
// or the QR code's left in the corner.
func (l *cardLayout) footerRight() float64 {
	safe := l.safe()
	if l.corner() {
		w, _ := l.qrPanel()
		return safe.X + safe.W - w - l.mm(2.5)
	}
	return safe.X + safe.W
}

// setAddress sets the household's address and id at this attempt's scale
// into l.addr, in as many lines as its room needs: all of the footer's
// width, or half of it beside an appeal, so that a long address takes
// more lines, not the appeal's room. It is set bold, white out of the
// accent.
func (l *cardLayout) setAddress() card.Problems {
	h := l.card.Household
	avail, _ := l.addressRoom()
	size := l.pt(sizeAddress)
	lines := layout.Break(h.Address+" · "+h.ID, avail, func(s string) float64 { return l.width(s, size, true) })
	l.addr, l.addrText, l.addrW = l.addr[:0], lines, 0
	var ps card.Problems
	for _, s := range lines {
		line := l.setter.Set(s, size, true, frame.White)
		if line.Width > avail {
			ps = append(ps, l.tooWide(h.Field("address"), h.Pos, true, s, avail))
		}
		l.addr = append(l.addr, line)
		l.addrW = max(l.addrW, min(line.Width, avail))
	}
	return ps
}

// drawOwn draws the household's own part where l.place says: its QR code,
// and its address right-aligned above the footer's bottom.
func (l *cardLayout) drawOwn() {
	full := l.settings.Size + 2*l.settings.Bleed
	l.own = &frame.Frame{W: full, H: full}
	p := l.place
	if l.qr != nil {
		l.own.Add(frame.Modules{X: p.qrX, Y: p.qrY, Module: p.module, Dark: *l.qr, Color: frame.Black})
	}
	for i, line := range l.addr {
		l.own.Add(line.At(p.addrRight-line.Width, p.addrBase-float64(len(l.addr)-1-i)*p.addrLH)...)
	}
}
