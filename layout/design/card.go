package design

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/msg"
)

// Both designs are one layout engine: the same blocks (header, greeting,
// the zone contact with the QR code, the officials, pledges, hotlines and
// the footer) in the same order and the same space rules, drawn in two
// styles. classic is the tidy red-and-yellow notice the first cards were;
// warm (温馨可爱) rounds its shapes, adds icons and a greeting, and puts the
// officials on tiles.
var (
	classicDesign = &engine{name: "classic", version: 5}
	warmDesign    = &engine{name: "warm", version: 1, warm: true}
)

// engine lays out cards in one style.
type engine struct {
	name    string
	version int
	warm    bool
}

func (e *engine) Name() string { return e.name }
func (e *engine) Version() int { return e.version }

// Text sizes in points: the design size of a 100 mm card and the floor no
// text of that kind shrinks below on a 100 mm card. Design sizes scale with
// the card and with the roster's plan: down towards their floors when the
// content is crowded, up when a card would otherwise leave bands of empty
// ground. Floors shrink with smaller cards, never below minText, except
// the phone numbers', which hold at every size: a number read from a
// doorway is what the card is for.
type textSize struct {
	design, floor float64
	fixed         bool // the floor holds on every card size
}

// minText is the smallest text on any card, in points.
const minText = 5.0

var (
	sizeTitle        = textSize{20, 12, false}
	sizeCommunity    = textSize{8, 6, false}
	sizeSlogan       = textSize{10, 7, false}
	sizeLabel        = textSize{7, 6, false}
	sizeContactName  = textSize{11, 8, false}
	sizeContactPhone = textSize{17, 14, true} // the largest number on the card
	sizeName         = textSize{9, 7, false}
	sizeRole         = textSize{7, 6, false}
	sizePhone        = textSize{11, 10, true}
	sizeBody         = textSize{7.5, 6, false}
	sizeCaption      = textSize{6.5, 6, false}
	sizeAppeal       = textSize{9, 7, false}
	sizeAddress      = textSize{6.5, 5.5, false}
)

const (
	// The scales a plan chooses from, in steps of scaleStep: below
	// minScale every size is at its floor; above maxScale text would
	// crowd the card with a few large words.
	minScale, maxScale, scaleStep = 0.25, 1.75, 0.025

	// SafeMargin keeps text and the QR code this far inside the trim.
	SafeMargin = 3.0
	// qrMin is the smallest side of a QR symbol (quiet zone excluded) on
	// any card: read at arm's length from a wall, a smaller code fails
	// phones. qrMax is the largest it may grow to on a 100 mm card, to hold
	// long content.
	qrMin, qrMax = 20.0, 28.0
	qrModuleMin  = 0.4
)

// Plan finds the largest scale at which every card of the run fits, by
// laying out one card of each kind: cards of one zone differ only in
// their address and QR code, so a kind is a zone, an address width and a
// QR content length.
func (e *engine) Plan(cs []card.Card, st card.Settings, set *fonts.Set) (Plan, error) {
	kinds := map[string]card.Card{}
	st1 := layout.Setter{Fonts: set}
	for _, c := range cs {
		key := fmt.Sprintf("%s\x00%.2f\x00%d", c.Household.Zone, st1.Width(c.Household.Address+" · "+c.Household.ID, 1, false), len(c.QR))
		if _, ok := kinds[key]; !ok {
			kinds[key] = c
		}
	}
	p := Plan{Scale: maxScale, kinds: newKinds()}
	var ps card.Problems
	for _, key := range slices.Sorted(maps.Keys(kinds)) {
		l, err := e.layout(kinds[key], st, set)
		if err != nil {
			var cps card.Problems
			if !errors.As(err, &cps) {
				return Plan{}, err
			}
			for _, q := range cps {
				if !slices.ContainsFunc(ps, func(p card.Problem) bool { return p.String() == q.String() }) {
					ps = append(ps, q)
				}
			}
			continue
		}
		s, fits := l.best(maxScale)
		if !fits {
			// Kinds share most problems (a role too long is on all), and
			// the way out is the roster's: one size, or less to print. So
			// the first kind that does not fit says it, and the others
			// add only problems of fields it did not name.
			for _, q := range l.notFitting() {
				if !slices.ContainsFunc(ps, func(p card.Problem) bool { return p.Field == q.Field }) {
					ps = append(ps, q)
				}
			}
			continue
		}
		p.Scale = min(p.Scale, s)
	}
	if len(ps) > 0 {
		return Plan{}, ps.Err()
	}
	return p, nil
}

// Card lays out one card at the plan's scale, spreading what room is left
// between its blocks. A card that does not fit at that scale (one the plan
// did not see) gets the largest scale below it that fits.
func (e *engine) Card(c card.Card, st card.Settings, set *fonts.Set, p Plan) (*Art, error) {
	l, err := e.layout(c, st, set)
	if err != nil {
		return nil, err
	}
	s := cmp.Or(p.Scale, maxScale)
	if p.kinds != nil {
		l.s = s
		if len(l.setAddress()) == 0 {
			if k := p.kinds.get(l); k != nil {
				l.place = k.place
				l.drawOwn()
				return &Art{Shared: k.shared, Own: l.own, Trim: l.trim(), key: k.key}, nil
			}
		}
	}
	ps := l.compose(s, 0)
	if len(ps) > 0 {
		var fits bool
		if s, fits = l.best(s); !fits {
			return nil, l.notFitting().Err()
		}
		l.compose(s, 0)
	}
	if room := l.room; room > 1e-6 {
		l.compose(s, room)
	}
	art := &Art{Shared: l.shared, Own: l.own, Trim: l.trim(), key: &artKey{}}
	if p.kinds != nil && len(ps) == 0 {
		p.kinds.put(l, art)
	}
	return art, nil
}

// layout checks that the fonts draw every character of c and encodes its
// QR code: what every attempt at a size needs.
func (e *engine) layout(c card.Card, st card.Settings, set *fonts.Set) (*cardLayout, error) {
	l := &cardLayout{e: e, c: c, st: st, set: layout.Setter{Fonts: set}}
	if ps := l.checkGlyphs(); len(ps) > 0 {
		return nil, ps.Err()
	}
	qr, err := l.qrSymbol()
	if err != nil {
		return nil, err
	}
	l.qr = qr
	return l, nil
}

// best is the largest scale up to top at which the card fits, searched by
// halving on the grid of scaleStep.
func (l *cardLayout) best(top float64) (float64, bool) {
	steps := int(math.Round((top - minScale) / scaleStep))
	at := func(k int) float64 { return minScale + float64(k)*scaleStep }
	if len(l.compose(at(0), 0)) > 0 {
		return 0, false
	}
	lo, hi := 0, steps // lo fits; find the last k that does
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if len(l.compose(at(mid), 0)) == 0 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return at(lo), true
}

// notFitting is the problems of the card at its smallest, with the two
// ways out a clerk has: a larger card, or less to print, each measured by
// laying the card out.
func (l *cardLayout) notFitting() card.Problems {
	ps := l.compose(minScale, 0)
	var ways []msg.Text
	if size, ok := l.smallestFit(); ok {
		ways = append(ways, msg.F("set %s to %gmm or more", card.Key("card.size"), size))
	}
	if cut := l.whatToCut(); !cut.IsZero() {
		ways = append(ways, cut)
	}
	hint := msg.F("shorten the text or use fewer officials, pledges or hotlines")
	switch len(ways) {
	case 1:
		hint = ways[0]
	case 2:
		hint = msg.F("%s, or %s", ways[0], ways[1])
	}
	for i := range ps {
		ps[i].Hint = hint
	}
	return ps
}

// smallestFit finds, in steps of 5 mm up to the largest card, the smallest
// card size on which this card's content fits.
func (l *cardLayout) smallestFit() (float64, bool) {
	for size := math.Floor(l.st.Size/5)*5 + 5; size <= card.MaxSize; size += 5 {
		try := *l
		try.addr = nil // its own lines, not l's
		try.st.Size = size
		if len(try.compose(minScale, 0)) == 0 {
			return size, true
		}
	}
	return 0, false
}

// whatToCut says what to leave out so that the content fits this size:
// one pledge, one hotline, or the roles that do not fit their column,
// each tried by laying the card out without it.
func (l *cardLayout) whatToCut() msg.Text {
	fitsWithout := func(change func(c *card.Card)) bool {
		try := *l
		try.addr = nil // its own lines, not l's
		try.c.Pledges = append([]string(nil), l.c.Pledges...)
		try.c.Hotlines = append([]card.Hotline(nil), l.c.Hotlines...)
		try.c.Officials = append([]card.Official(nil), l.c.Officials...)
		change(&try.c)
		return len(try.compose(minScale, 0)) == 0
	}
	var ways []string
	if len(l.c.Pledges) > 0 && fitsWithout(func(c *card.Card) { c.Pledges = c.Pledges[:len(c.Pledges)-1] }) {
		ways = append(ways, "pledge")
	}
	if len(l.c.Hotlines) > 0 && fitsWithout(func(c *card.Card) { c.Hotlines = c.Hotlines[:len(c.Hotlines)-1] }) {
		ways = append(ways, "hotline")
	}
	// roles that overflow their column at the smallest size
	var roles []string
	ps := l.compose(minScale, 0)
	for _, p := range ps {
		if p.Field.List == "officials" && p.Field.Key == "role" {
			for i := range l.c.Officials {
				if p.Field == l.c.Officials[i].Field("role") {
					if r := l.c.Officials[i].Name + "（" + l.c.Officials[i].Role + "）"; !slices.Contains(roles, r) {
						roles = append(roles, r)
					}
				}
			}
		}
	}
	if len(roles) == 0 && fitsWithout(func(c *card.Card) {
		for i := range c.Officials {
			if r := []rune(c.Officials[i].Role); len(r) > 6 {
				c.Officials[i].Role = string(r[:6])
			}
		}
	}) {
		for _, o := range l.c.Officials {
			if r := o.Name + "（" + o.Role + "）"; len([]rune(o.Role)) > 6 && !slices.Contains(roles, r) {
				roles = append(roles, r)
			}
		}
	}
	switch {
	case len(ways) == 2 && len(roles) > 0:
		return msg.F("drop one pledge or one hotline, or shorten these roles: %s", strings.Join(roles, "、"))
	case len(ways) == 2:
		return msg.F("drop one pledge or one hotline")
	case len(ways) == 1 && ways[0] == "pledge" && len(roles) > 0:
		return msg.F("drop one pledge, or shorten these roles: %s", strings.Join(roles, "、"))
	case len(ways) == 1 && ways[0] == "hotline" && len(roles) > 0:
		return msg.F("drop one hotline, or shorten these roles: %s", strings.Join(roles, "、"))
	case len(ways) == 1 && ways[0] == "pledge":
		return msg.F("drop one pledge")
	case len(ways) == 1:
		return msg.F("drop one hotline")
	case len(roles) > 0:
		return msg.F("shorten these roles: %s", strings.Join(roles, "、"))
	}
	return msg.Text{}
}

type cardLayout struct {
	e   *engine
	c   card.Card
	st  card.Settings
	set layout.Setter
	s   float64 // text scale of this attempt
	qr  *frame.Grid
	// the attempt's frames: the artwork every card with this contact shares,
	// and the household's own
	shared, own *frame.Frame
	// the address set in lines, the widest line's width within its room,
	// and where the own part goes
	addr  []layout.Line
	addrW float64
	place ownPlace
	// room is the height the attempt left unused above the footer
	room float64
}

func (l *cardLayout) trim() frame.Box {
	b := l.st.Bleed
	return frame.Box{X: b, Y: b, W: l.st.Size, H: l.st.Size}
}

func (l *cardLayout) safe() frame.Box { return l.trim().Inset(SafeMargin) }

// pt is a text size on this card at this attempt's scale.
func (l *cardLayout) pt(ts textSize) float64 {
	floor := ts.floor
	if !ts.fixed {
		floor = max(floor*min(l.u(), 1), minText)
	}
	return max(ts.design*l.u()*l.s, floor)
}

// mm scales a design length.
func (l *cardLayout) mm(v float64) float64 { return v * l.u() }

// u is the card's size in hundreds of millimetres: design lengths are for
// a 100 mm card.
func (l *cardLayout) u() float64 { return l.st.Size / 100 }

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
		return nil, card.Problems{{Pos: h.Pos, Field: card.Key("qr.content"),
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

// palette is the card's colours as frame colours.
type palette struct {
	ground, accent, ink, white, tile frame.Color
}

func (l *cardLayout) palette() palette {
	c := l.st.Colors
	g := c.Ground
	return palette{
		ground: process(g), accent: process(c.Accent), ink: process(c.Ink), white: frame.White,
		// the officials' tiles: the ground at a third of its strength
		tile: frame.CMYK(g[0]/3, g[1]/3, g[2]/3, g[3]/3),
	}
}

func process(c card.CMYK) frame.Color { return frame.CMYK(c[0], c[1], c[2], c[3]) }

// compose lays the card out at text scale s into l.shared and l.own, with
// spread, the room a fitting attempt left, shared out between the blocks.
func (l *cardLayout) compose(s, spread float64) card.Problems {
	l.s = s
	full := l.st.Size + 2*l.st.Bleed
	l.shared = &frame.Frame{W: full, H: full}
	pal := l.palette()
	trim, safe := l.trim(), l.safe()
	var ps card.Problems
	c := l.c
	sh := l.shared
	// five places share the room: below the header, the greeting, the
	// contact, the officials and the pledges
	per := spread / 5

	// Background and the two bands run to the bleed edge; the bands'
	// heights are known once their text is set, so they are drawn first
	// with a placeholder and sized afterwards.
	sh.Add(frame.Rect{Box: frame.Box{W: full, H: full}, Paint: frame.Paint{Fill: &pal.ground}})
	header := len(sh.Items)
	sh.Add(frame.Rect{}, frame.Rect{})

	// Header: title and community, light on the accent.
	titleSize, commSize := l.pt(sizeTitle), l.pt(sizeCommunity)
	y := safe.Y + l.ascent(titleSize) + l.mm(0.8)
	titleX := trim.X + trim.W/2
	if l.e.warm {
		// a house before the title: this card is about home
		iconSize := l.ascent(titleSize) * 1.05
		tw := l.width(c.Title, titleSize, true)
		gap := l.mm(1.5)
		x0 := titleX - (tw+iconSize+gap)/2
		sh.Add(icon(iconHome, x0, y-iconSize*0.95, iconSize, pal.ground))
		titleX = x0 + iconSize + gap + tw/2
	}
	l.text(sh, titleX, y, titleSize, true, pal.ground, c.Title, center)
	y += lineHeight(commSize) + l.mm(0.8)
	l.text(sh, trim.X+trim.W/2, y, commSize, false, pal.white, c.Community, center)
	y += l.mm(2.4)
	if l.e.warm {
		sh.Items[header] = roundedBand(frame.Box{W: full, H: y}, 0, l.mm(6), pal.accent)
	} else {
		sh.Items[header] = frame.Rect{Box: frame.Box{W: full, H: y}, Paint: frame.Paint{Fill: &pal.accent}}
	}
	y += per

	greeting := c.Slogan
	if greeting == "" && l.e.warm {
		greeting = "您好！有事请找我们"
	}
	if greeting != "" {
		size := l.pt(sizeSlogan)
		y += l.mm(1.2) + l.ascent(size)
		text := greeting
		if !l.e.warm {
			text = "“" + greeting + "”"
		}
		t := l.text(sh, trim.X+trim.W/2, y, size, true, pal.accent, text, center)
		if l.e.warm {
			h := l.ascent(size) * 0.85
			sh.Add(icon(iconHeart, t.X-h-l.mm(1.5), y-h, h, pal.accent), icon(iconHeart, t.X+t.Width+l.mm(1.5), y-h, h, pal.accent))
		}
		y += frame.PtToMM(size) * 0.2
	}
	y += l.mm(1.8) + per

	if c.Contact != nil || l.qr != nil {
		y = l.contact(y, pal, &ps) + l.mm(2) + per
	}
	y = l.officials(y, pal, &ps)
	y += per
	y = l.pledges(y, pal, &ps)
	y += per

	// Footer: the appeal on the left and, small, the household's address
	// and id on the right, light on the accent, ending at the safe area's
	// bottom.
	base := safe.Y + safe.H - l.mm(0.6)
	addrSize := l.pt(sizeAddress)
	ps = append(ps, l.setAddress()...)
	l.place.addrRight, l.place.addrBase, l.place.addrLH = safe.X+safe.W, base, lineHeight(addrSize)
	addrW := l.addrW
	top := base - float64(len(l.addr)-1)*lineHeight(addrSize) - l.ascent(addrSize)
	if c.Appeal != "" {
		size := l.pt(sizeAppeal)
		x := safe.X
		if l.e.warm {
			h := l.ascent(size)
			x += h + l.mm(1.2)
		}
		avail := safe.X + safe.W - addrW - l.mm(3) - x
		lines := layout.Break(c.Appeal, avail, func(s string) float64 { return l.width(s, size, true) })
		for i, line := range lines {
			t := l.text(sh, x, base-float64(len(lines)-1-i)*lineHeight(size), size, true, pal.ground, line, left)
			if t.Width > avail {
				ps = append(ps, l.tooWide(card.Key("appeal"), card.Pos{}, false, line, avail))
			}
		}
		if l.e.warm && len(lines) > 0 {
			h := l.ascent(size)
			sh.Add(icon(iconMoodSmile, safe.X, base-float64(len(lines)-1)*lineHeight(size)-h, h, pal.ground))
		}
		top = min(top, base-float64(len(lines)-1)*lineHeight(size)-l.ascent(size))
	}
	footerTop := top - l.mm(2)
	if l.e.warm {
		sh.Items[header+1] = roundedBand(frame.Box{Y: footerTop, W: full, H: full - footerTop}, l.mm(6), 0, pal.accent)
	} else {
		sh.Items[header+1] = frame.Rect{Box: frame.Box{Y: footerTop, W: full, H: full - footerTop}, Paint: frame.Paint{Fill: &pal.accent}}
	}

	l.room = footerTop - l.mm(1.5) - y
	if over := -l.room; over > 1e-9 {
		ps = append(ps, card.Problem{Pos: c.Household.Pos, Field: card.Key("card.size"), Household: c.Household.ID,
			Msg: msg.F("the card's content needs %.1f mm more height than a %g mm card has, even with text at its smallest", over, l.st.Size)})
	}
	l.drawOwn()
	return ps
}

// setAddress sets the household's address and id at this attempt's scale
// into l.addr, in as many lines as its room needs: all of the footer's
// width, or half of it beside an appeal, so that a long address takes
// more lines, not the appeal's room.
func (l *cardLayout) setAddress() card.Problems {
	h := l.c.Household
	avail := l.safe().W
	if l.c.Appeal != "" {
		avail /= 2
	}
	size := l.pt(sizeAddress)
	lines := layout.Break(h.Address+" · "+h.ID, avail, func(s string) float64 { return l.width(s, size, false) })
	l.addr, l.addrW = l.addr[:0], 0
	var ps card.Problems
	for _, s := range lines {
		line := l.set.Set(s, size, false, frame.White)
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
	full := l.st.Size + 2*l.st.Bleed
	l.own = &frame.Frame{W: full, H: full}
	p := l.place
	if l.qr != nil {
		l.own.Add(frame.Modules{X: p.qrX, Y: p.qrY, Module: p.module, Dark: *l.qr, Color: frame.Black})
	}
	for i, line := range l.addr {
		l.own.Add(line.At(p.addrRight-line.Width, p.addrBase-float64(len(l.addr)-1-i)*p.addrLH)...)
	}
}

// contact draws the household's own box: its zone contact (包片联系人) with
// the largest phone number on the card, and the QR code with its caption
// under it, on white that is the code's quiet zone. The box and the contact
// are shared by the zone; the code is the household's own.
func (l *cardLayout) contact(y float64, pal palette, ps *card.Problems) float64 {
	safe := l.safe()
	c := l.c
	sh := l.shared
	pad := l.mm(2)
	box := frame.Box{X: safe.X, Y: y, W: safe.W}
	border, radius := l.mm(0.5), l.mm(2)
	if l.e.warm {
		border, radius = l.mm(0.35), l.mm(4)
	}
	// The code and its quiet zone keep clear of the box's border and of
	// its rounded corners, where the white is cut in most: a corner of the
	// quiet zone at (d, d) from the box's corner is inside the border's
	// inner arc when d ≥ r − (r − border/2)/√2.
	clear := max(border/2, radius-(radius-border/2)/math.Sqrt2) + l.mm(0.1)
	qrBlock := 0.0
	capSize := l.pt(sizeCaption)
	var capLines []string
	if l.qr != nil {
		qrBlock = l.qrSide() * float64(l.qr.Cols+2*QRQuiet) / float64(l.qr.Cols)
		if c.QRCaption != "" {
			capLines = layout.Break(c.QRCaption, qrBlock, func(s string) float64 { return l.width(s, capSize, false) })
		}
	}
	capH := float64(len(capLines)) * lineHeight(capSize)
	inner := box.W - 2*pad - qrBlock - clear
	labelSize, nameSize, roleSize := l.pt(sizeLabel), l.pt(sizeContactName), l.pt(sizeRole)
	phoneSize := l.pt(sizeContactPhone)

	start := len(sh.Items)
	x := box.X + pad
	ty := y + pad + l.ascent(labelSize)
	label := "联系我们"
	if c.Contact != nil {
		label = "您的包片联系人"
		if c.Household.Zone != "" {
			label += "（" + c.Household.Zone + "）"
		}
	}
	if l.e.warm {
		// the label on a pill of the accent
		w := l.width(label, labelSize, true)
		h := frame.PtToMM(labelSize) * 1.45
		sh.Add(frame.Rect{Box: frame.Box{X: x - l.mm(0.8), Y: ty - l.ascent(labelSize) - (h-frame.PtToMM(labelSize))/2, W: w + l.mm(1.6), H: h}, R: h / 2, Paint: frame.Paint{Fill: &pal.accent}})
		l.text(sh, x, ty, labelSize, true, pal.white, label, left)
		ty += l.mm(0.6)
	} else {
		l.text(sh, x, ty, labelSize, true, pal.accent, label, left)
	}
	if o := c.Contact; o != nil {
		ty += lineHeight(nameSize)
		n := l.text(sh, x, ty, nameSize, true, pal.ink, o.Name, left)
		r := l.text(sh, n.X+n.Width+l.mm(1.5), ty, roleSize, false, pal.ink, o.Role, left)
		if r.X+r.Width > x+inner {
			*ps = append(*ps, l.tooWide(o.Field("role"), o.Pos, false, o.Name+" "+o.Role, inner))
		}
		// The phone is the heart of the card: it grows to fill the width
		// it has, up to half again its size.
		px, avail := x, inner
		if l.e.warm {
			px += l.ascent(phoneSize)*0.9 + l.mm(1.2)
			avail -= px - x
		}
		if w := l.width(o.Phone.Display(), phoneSize, true); w > 0 && w < avail {
			phoneSize = min(phoneSize*1.5, phoneSize*avail/w)
		}
		ty += lineHeight(phoneSize) * 0.95
		if l.e.warm {
			h := l.ascent(phoneSize) * 0.9
			sh.Add(icon(iconPhone, x, ty-h*1.02, h, pal.accent))
		}
		p := l.text(sh, px, ty, phoneSize, true, pal.ink, o.Phone.Display(), left)
		if p.Width > avail+1e-9 {
			*ps = append(*ps, l.tooWide(o.Field("phone"), o.Pos, false, o.Phone.Display(), avail))
		}
		ty += frame.PtToMM(phoneSize) * 0.25
	} else {
		// no zone, so no contact: point at the list and the code
		ty += lineHeight(nameSize)
		l.text(sh, x, ty, nameSize, true, pal.ink, "有事请拨打下方任一电话", left)
		ty += frame.PtToMM(nameSize) * 0.25
	}
	box.H = max(ty+pad-y, qrBlock+capH+2*clear)
	// the contact's lines stand in the middle of the box's height, not at
	// its top with white below them
	if dy := (box.H - (ty + pad - y)) / 2; dy > 1e-9 {
		for i := start; i < len(sh.Items); i++ {
			sh.Items[i] = shift(sh.Items[i], dy)
		}
	}
	if l.qr != nil {
		module := l.qrSide() / float64(l.qr.Cols)
		quiet := float64(QRQuiet) * module
		qx := box.X + box.W - clear - qrBlock
		qy := y + (box.H-qrBlock-capH)/2
		l.place.qrX, l.place.qrY, l.place.module = qx+quiet, qy+quiet, module
		// the caption under the code it explains, clear of its quiet zone
		for i, line := range capLines {
			l.text(sh, qx+qrBlock/2, qy+qrBlock+float64(i)*lineHeight(capSize)+l.ascent(capSize), capSize, false, pal.accent, line, center)
		}
	}
	bg := frame.Rect{Box: box, R: radius, Paint: frame.Paint{Fill: &pal.white, Stroke: &pal.accent, Line: border}}
	sh.Items = append(sh.Items[:start], append([]frame.Item{bg}, sh.Items[start:]...)...)
	return box.Y + box.H
}

// tooWide is the problem of a text that does not fit, written at pos;
// own says it is the household's own text, which the message then names
// the household of: the others are on every card.
func (l *cardLayout) tooWide(field card.Ref, pos card.Pos, own bool, text string, avail float64) card.Problem {
	p := card.Problem{Field: field, Pos: pos,
		Msg: msg.F("%q does not fit in %.1f mm on a %g mm card, even at the smallest text size", text, avail, l.st.Size)}
	if h := l.c.Household; own {
		p.Pos, p.Household = h.Pos, h.ID
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
func (l *cardLayout) officials(y float64, pal palette, ps *card.Problems) float64 {
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
	rowGap := 0.0
	if l.e.warm {
		rowGap = l.mm(1)
	}
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
			if l.e.warm {
				// a soft tile per official
				sh.Add(frame.Rect{Box: frame.Box{X: x, Y: top, W: colW, H: rowH}, R: l.mm(1.8), Paint: frame.Paint{Fill: &pal.tile}})
			} else {
				// a bar ties name and phone together
				sh.Add(frame.Rect{Box: frame.Box{X: x, Y: top + l.mm(0.3), W: l.mm(0.8), H: rowH - l.mm(1.2)}, Paint: frame.Paint{Fill: &pal.accent}})
			}
			tx := x + l.mm(2)
			ny := top + l.ascent(nameSize) + l.mm(0.3)
			n := l.text(sh, tx, ny, nameSize, true, pal.ink, o.Name, left)
			rx, ry := n.X+n.Width+roleGap, ny
			if !inline(*o) {
				rx, ry = tx, ny+lineHeight(roleSize)
			}
			r := l.text(sh, rx, ry, roleSize, false, pal.ink, o.Role, left)
			if r.X+r.Width > x+colW {
				*ps = append(*ps, l.tooWide(o.Field("role"), o.Pos, false, o.Role, textW))
			}
			py := top + rowH - l.mm(0.4) - lineHeight(phoneSize) + l.ascent(phoneSize)
			p := l.text(sh, tx, py, phoneSize, true, pal.ink, o.Phone.Display(), left)
			if p.X+p.Width > x+colW {
				*ps = append(*ps, l.tooWide(o.Field("phone"), o.Pos, false, o.Phone.Display(), textW))
			}
		}
		top += rowH + rowGap
	}
	return top + l.mm(0.6)
}

// pledges lists the pledges, then the hotlines, in two columns, each
// entry wrapped in its column. A hotline stands apart from the pledges: a
// phone mark for a bullet and its number bold in the accent, so that a
// resident looking for a number finds it. It returns the bottom of the
// list.
func (l *cardLayout) pledges(y float64, pal palette, ps *card.Problems) float64 {
	type entry struct {
		field       card.Ref
		text, phone string
		pos         card.Pos // where a hotline was written; pledges have none
	}
	var entries []entry
	for i, p := range l.c.Pledges {
		entries = append(entries, entry{card.Ref{List: "pledges", Place: i + 1}, p, "", card.Pos{}})
	}
	for _, h := range l.c.Hotlines {
		entries = append(entries, entry{h.Field("name"), h.Name, h.Phone.Display(), h.Pos})
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
			switch {
			case e.phone != "":
				h := l.ascent(size)
				sh.Add(icon(iconPhone, x, by-h, h, pal.accent))
			case l.e.warm:
				h := l.ascent(size) * 0.8
				sh.Add(icon(iconHeart, x, by-h, h, pal.accent))
			default:
				sh.Add(frame.Circle{X: x + l.mm(0.8), Y: by - frame.PtToMM(size)*0.33, R: l.mm(0.65), Paint: frame.Paint{Fill: &pal.accent}})
			}
			tx, w := x+l.mm(2.4), colW-l.mm(2.4)
			if e.phone != "" {
				tx = x + max(l.mm(2.4), l.ascent(size)+l.mm(0.8))
				w = colW - (tx - x)
				// the name, then the number where it fits: beside the
				// name, or on a line of its own
				n := l.text(sh, tx, by, size, false, pal.ink, e.text, left)
				px, py := n.X+n.Width+l.mm(1.2), by
				pw := l.width(e.phone, size, true)
				lines := 1.0
				if px+pw > x+colW {
					px, py, lines = tx, by+lh, 2
				}
				p := l.text(sh, px, py, size, true, pal.accent, e.phone, left)
				if n.Width > w || p.X+p.Width > x+colW {
					*ps = append(*ps, l.tooWide(e.field, e.pos, false, e.text+" "+e.phone, w))
				}
				rowH = max(rowH, lines*lh)
				continue
			}
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
	return rowTop - lh + l.ascent(size) + frame.PtToMM(size)*0.2
}

// shift moves a text, a box or a path down by dy.
func shift(it frame.Item, dy float64) frame.Item {
	switch it := it.(type) {
	case frame.Text:
		it.Y += dy
		return it
	case frame.Rect:
		it.Y += dy
		return it
	case frame.Path:
		it.Segs = frame.Translate(it.Segs, 0, dy)
		return it
	}
	return it
}

// icon places an icon of the 24-unit box with its top-left corner at (x,
// y), size millimetres square.
func icon(segs []frame.Seg, x, y, size float64, col frame.Color) frame.Path {
	k := size / 24
	out := make([]frame.Seg, len(segs))
	for i, s := range segs {
		out[i] = s
		for j := range s.Points() {
			out[i].P[j] = frame.Point{X: x + s.P[j].X*k, Y: y + s.P[j].Y*k}
		}
	}
	return frame.Path{Segs: out, Paint: frame.Paint{Fill: &col}}
}

// roundedBand is a filled box whose top corners are rounded by top and
// bottom corners by bottom.
func roundedBand(b frame.Box, top, bottom float64, col frame.Color) frame.Path {
	const kappa = 0.5522847498
	x0, y0, x1, y1 := b.X, b.Y, b.X+b.W, b.Y+b.H
	top, bottom = min(top, b.H/2, b.W/2), min(bottom, b.H/2, b.W/2)
	dt, db := top*(1-kappa), bottom*(1-kappa)
	pt := func(x, y float64) frame.Point { return frame.Point{X: x, Y: y} }
	segs := []frame.Seg{
		{Op: frame.MoveTo, P: [3]frame.Point{pt(x0+top, y0)}},
		{Op: frame.LineTo, P: [3]frame.Point{pt(x1-top, y0)}},
		{Op: frame.CubeTo, P: [3]frame.Point{pt(x1-dt, y0), pt(x1, y0+dt), pt(x1, y0+top)}},
		{Op: frame.LineTo, P: [3]frame.Point{pt(x1, y1-bottom)}},
		{Op: frame.CubeTo, P: [3]frame.Point{pt(x1, y1-db), pt(x1-db, y1), pt(x1-bottom, y1)}},
		{Op: frame.LineTo, P: [3]frame.Point{pt(x0+bottom, y1)}},
		{Op: frame.CubeTo, P: [3]frame.Point{pt(x0+db, y1), pt(x0, y1-db), pt(x0, y1-bottom)}},
		{Op: frame.LineTo, P: [3]frame.Point{pt(x0, y0+top)}},
		{Op: frame.CubeTo, P: [3]frame.Point{pt(x0, y0+dt), pt(x0+dt, y0), pt(x0+top, y0)}},
		{Op: frame.ClosePath},
	}
	return frame.Path{Segs: segs, Paint: frame.Paint{Fill: &col}}
}

// checkGlyphs finds every character the card prints that no font draws.
func (l *cardLayout) checkGlyphs() card.Problems {
	type field struct {
		name card.Ref
		text string
		bold bool
		pos  card.Pos
		own  bool // the household's own: the message names it
	}
	c := l.c
	h := c.Household
	fields := []field{
		{card.Key("card.title"), c.Title, true, card.Pos{}, false},
		{card.Key("community"), c.Community, false, card.Pos{}, false},
		{card.Key("card.slogan"), c.Slogan, true, card.Pos{}, false},
		{card.Key("appeal"), c.Appeal, true, card.Pos{}, false},
		{card.Key("qr.caption"), c.QRCaption, false, card.Pos{}, false},
		{h.Field("address"), h.Address, false, h.Pos, true},
		{h.Field("zone"), h.Zone, true, h.Pos, true},
		{h.Field("id"), h.ID, false, h.Pos, true},
	}
	for _, o := range c.Officials {
		fields = append(fields,
			field{o.Field("name"), o.Name, true, o.Pos, false},
			field{o.Field("role"), o.Role, false, o.Pos, false})
	}
	for i, p := range c.Pledges {
		fields = append(fields, field{card.Ref{List: "pledges", Place: i + 1}, p, false, card.Pos{}, false})
	}
	for _, ht := range c.Hotlines {
		fields = append(fields, field{ht.Field("name"), ht.Name, false, ht.Pos, false})
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
				Hint: msg.F("add a TrueType font that has it under %s", card.Key("card.fonts"))})
		}
		for _, g := range l.set.Fonts.Broken(f.text, f.bold) {
			ps = append(ps, BrokenGlyph(f.pos, f.name, who, f.text, g))
		}
	}
	return ps
}
