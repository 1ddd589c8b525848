package design

import (
	"math"
	"slices"
	"strconv"
	"sync"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/layout/frame"
)

// Cards of one run differ only in their household's own part, and in
// what that part leaves the rest: the zone contact, the QR code's size,
// the address's lines. Cards alike in those share one layout of
// everything else, so that most cards set only their address and place
// their code: kinds holds those layouts.
//
// A card borrows a layout only when it prints exactly the common content
// the layout was made for, with the same settings and fonts, and only
// layouts that fit without problems are kept: a problem names a
// household, and is found by laying that card out in full.
type kinds struct {
	mu  sync.Mutex
	m   map[string]*kind
	ref *cardLayout // the first card kept: its common content, settings and fonts
}

// maxKinds bounds the layouts kept; a roster with more kinds lays the
// rest out card by card.
const maxKinds = 512

// kind is a card's layout minus its own part: the shared artwork, its key
// and where the own part goes.
type kind struct {
	shared *frame.Frame
	key    *artKey
	place  ownPlace
}

// ownPlace is where a card's own part is drawn: the QR code's top-left
// module and module size, the right edge and bottom baseline of the
// address and its line height.
type ownPlace struct {
	qrX, qrY, module            float64
	addrRight, addrBase, addrLH float64
}

func newKinds() *kinds { return &kinds{m: map[string]*kind{}} }

// kindKey is what the rest of a card depends on of its household's own
// part, at a scale: the key of its kind.
func (l *cardLayout) kindKey() string {
	var b []byte
	str := func(s string) { // length first: no two keys read the same
		b = strconv.AppendInt(b, int64(len(s)), 10)
		b = append(b, ':')
		b = append(b, s...)
	}
	str(strconv.FormatUint(math.Float64bits(l.scale), 16))
	str(l.card.Household.Zone)
	if o := l.card.Contact; o != nil {
		str(o.Name)
		str(o.Role)
		str(o.Phone.Raw)
	} else {
		str("")
	}
	cols := 0
	if l.qr != nil {
		cols = l.qr.Cols
	}
	str(strconv.Itoa(cols))
	str(strconv.Itoa(len(l.addr)))
	str(strconv.FormatUint(math.Float64bits(l.addrW), 16))
	return string(b)
}

// get is the kind of l's card, or nil when none is kept for it.
func (k *kinds) get(l *cardLayout) *kind {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.ref == nil || !k.ref.sameRun(l) {
		return nil
	}
	return k.m[l.kindKey()]
}

// put keeps the layout l made, if there is room and l prints the
// content the kept kinds were made with.
func (k *kinds) put(l *cardLayout, art *Art) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.ref == nil {
		k.ref = l
	}
	if len(k.m) >= maxKinds || !k.ref.sameRun(l) {
		return
	}
	k.m[l.kindKey()] = &kind{shared: art.Shared, key: art.key, place: l.place}
}

// sameRun says whether l lays out its card as the card of a does, but for
// the household's own part and the zone contact: the same settings, fonts
// and common content.
func (a *cardLayout) sameRun(l *cardLayout) bool {
	sa, sb := a.settings, l.settings
	return a.style == l.style && a.arr == l.arr && a.setter.Fonts == l.setter.Fonts &&
		sa.Size == sb.Size && sa.Bleed == sb.Bleed && sa.Colors == sb.Colors &&
		sameCommon(a.card, l.card)
}

// sameCommon says whether two cards print the same content but for their
// households' own and their zone contacts.
func sameCommon(a, b card.Card) bool {
	return a.Title == b.Title && a.Community == b.Community && a.Slogan == b.Slogan &&
		a.Appeal == b.Appeal && a.QRCaption == b.QRCaption && a.QRLevel == b.QRLevel &&
		slices.Equal(a.Pledges, b.Pledges) && slices.Equal(a.Hotlines, b.Hotlines) &&
		slices.EqualFunc(a.Officials, b.Officials, func(x, y card.Official) bool {
			return x.Name == y.Name && x.Role == y.Role && x.Phone == y.Phone
		})
}
