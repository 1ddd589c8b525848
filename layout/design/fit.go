package design

import (
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

const (
	// The scales a plan chooses from, in steps of scaleStep: below
	// minScale every size is at its floor; above maxScale text would
	// crowd the card with a few large words.
	minScale, maxScale, scaleStep = 0.25, 1.75, 0.025

	// SafeMargin keeps text and the QR code this far inside the trim.
	SafeMargin = 3.0

	// shortRole is the length, in characters, a role too long is asked
	// to be cut to: 治保主任, 村委会副主任.
	shortRole = 6
)

// best is the largest scale up to top at which the card fits in its
// arrangement, searched by halving on the grid of scaleStep.
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

// variant is l with other content, card size or arrangement, laying out
// into frames of its own.
func (l *cardLayout) variant(c card.Card, size float64, a Arrangement) *cardLayout {
	try := *l
	try.card, try.settings.Size, try.arr = c, size, a
	try.addr = nil
	return &try
}

// refusal is what a roster that does not fit is told, worked out on the
// cards that need most room: per zone, the one with the widest address
// and the one with the longest QR content.
type refusal struct {
	samples []*cardLayout
	failed  *cardLayout // a card that fits in no arrangement the others do
}

func newRefusal(samples []*cardLayout, failed *cardLayout) *refusal {
	widest := map[string]*cardLayout{}
	longest := map[string]*cardLayout{}
	width := func(l *cardLayout) float64 {
		return l.setter.Width(l.card.Household.Address+" · "+l.card.Household.ID, 1, true)
	}
	for _, l := range samples {
		z := l.card.Household.Zone
		if w, ok := widest[z]; !ok || width(l) > width(w) {
			widest[z] = l
		}
		if q, ok := longest[z]; !ok || len(l.card.QR) > len(q.card.QR) {
			longest[z] = l
		}
	}
	r := &refusal{failed: failed, samples: []*cardLayout{failed}}
	for _, z := range slices.Sorted(maps.Keys(widest)) {
		for _, l := range []*cardLayout{widest[z], longest[z]} {
			if !slices.Contains(r.samples, l) {
				r.samples = append(r.samples, l)
			}
		}
	}
	return r
}

// fits says whether, changed by change, every sample fits a card of
// size in one arrangement, with every text at its smallest.
func (r *refusal) fits(size float64, change func(card.Card) card.Card) bool {
	for _, a := range r.failed.style.arrangements(representative(r.samples)) {
		all := true
		for _, l := range r.samples {
			if len(l.variant(change(l.card), size, a).compose(minScale, 0)) > 0 {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

func same(c card.Card) card.Card { return c }

// over is how much more height the samples need than the card has, at
// least, in the arrangement that needs least.
func (r *refusal) over() float64 {
	least := math.Inf(1)
	for _, a := range r.failed.style.arrangements(representative(r.samples)) {
		most := 0.0
		for _, l := range r.samples {
			try := l.variant(l.card, l.settings.Size, a)
			if len(tooWideOnly(try.compose(minScale, 0))) > 0 {
				most = math.Inf(1) // some text does not fit this arrangement at all
				break
			}
			most = max(most, -try.room)
		}
		least = min(least, most)
	}
	return least
}

// nearest is the arrangement that comes nearest to fitting l: the fewest
// texts too wide for their place, then the least height over.
func (l *cardLayout) nearest() *cardLayout {
	var best *cardLayout
	bestWide, bestOver := math.MaxInt, math.Inf(1)
	for _, a := range l.style.arrangements(l.card) {
		try := l.variant(l.card, l.settings.Size, a)
		wide := len(tooWideOnly(try.compose(minScale, 0)))
		if over := -try.room; wide < bestWide || wide == bestWide && over < bestOver {
			best, bestWide, bestOver = try, wide, over
		}
	}
	return best
}

// heightField is the field of the placeholder problem compose returns
// when the content is taller than the card; problems says what it is
// about.
var heightField = card.Key("\x00height")

func tooWideOnly(ps card.Problems) card.Problems {
	return slices.DeleteFunc(slices.Clone(ps), func(p card.Problem) bool { return p.Field == heightField })
}

// problems is why the cards do not fit even with every text at its
// smallest, said where the clerk can act: at the text too wide for its
// place, or at the list (or the household's address) that makes the card
// too tall; with the two ways out, each measured by laying the cards
// out: the smallest card size that fits, to the millimetre, and what to
// leave out at this size.
func (r *refusal) problems() card.Problems {
	l := r.failed
	near := l.nearest()
	near.compose(minScale, 0)
	hint := r.waysOut()
	if wide := tooWideOnly(near.compose(minScale, 0)); len(wide) > 0 {
		for i := range wide {
			wide[i].Hint = hint
		}
		return wide
	}
	c := l.card
	size := l.settings.Size
	over := r.over()
	over = math.Ceil(over*10-1e-9) / 10 // what is shown is enough
	if math.IsInf(over, 1) {
		// every arrangement has a text too wide on some card
		return tooWideOnly(near.compose(minScale, 0))
	}
	if h := c.Household; len(near.addr) > 1 && r.fits(size, func(c card.Card) card.Card { return withAddress(c, firstLine(near)) }) {
		// only this household's address, on more lines than others',
		// makes the cards too tall
		return card.Problems{{Pos: h.Pos, Field: h.Field("address"), Household: h.ID,
			Msg:  msg.F("the address takes %d lines, and with them the card's content needs %.1f mm more height than a %g mm card has, even with every text at its smallest", len(near.addr), over, size),
			Hint: msg.F("shorten the address, or %s", hint)}}
	}
	field, pos := card.Ref{List: "officials"}, c.Lists.Officials
	if cuts := r.cuts(); len(cuts) > 0 && !slices.ContainsFunc(cuts, func(c cut) bool { return c.list == "officials" }) {
		field, pos = card.Ref{List: cuts[0].list}, cuts[0].pos
	}
	if pos.Cell != "" {
		// in a workbook, the list is its sheet
		pos.Cell, _, _ = strings.Cut(pos.Cell, "!")
		field = card.Ref{}
	}
	return card.Problems{{Pos: pos, Field: field,
		Msg: msg.F("%d officials, %d pledges and %d hotlines need %.1f mm more height than a %g mm card has, even with every text at its smallest",
			len(c.Officials), len(c.Pledges), len(c.Hotlines), over, size),
		Hint: hint}}
}

// withAddress is c with the household's address replaced.
func withAddress(c card.Card, addr string) card.Card {
	c.Household.Address = addr
	return c
}

// firstLine is the household's address cut to what its first line holds.
func firstLine(l *cardLayout) string {
	if len(l.addrText) == 0 {
		return l.card.Household.Address
	}
	first := []rune(l.addrText[0])
	addr := []rune(l.card.Household.Address)
	return string(addr[:min(len(addr), max(len(first)-len([]rune(" · "+l.card.Household.ID)), 1))])
}

// waysOut is the hint of cards that do not fit: the smallest size that
// fits, and what to cut at this size, each tried.
func (r *refusal) waysOut() msg.Text {
	l := r.failed
	setting := "card.size"
	if isWorkbook(l.card) {
		setting = "卡片边长"
	}
	var ways []msg.Text
	if size, ok := r.smallestFit(); ok {
		ways = append(ways, msg.F("set %s to %gmm or more", setting, size))
	}
	var cuts msg.Text
	for i, c := range r.cuts() {
		if i == 0 {
			cuts = c.what
		} else {
			cuts = msg.F("%s, or %s", cuts, c.what)
		}
	}
	if !cuts.IsZero() {
		ways = append(ways, msg.F("to keep %gmm: %s", l.settings.Size, cuts))
	}
	switch len(ways) {
	case 0:
		return msg.F("shorten the text or use fewer officials, pledges or hotlines")
	case 1:
		return ways[0]
	}
	return msg.F("%s; %s", ways[0], ways[1])
}

// isWorkbook says whether c's roster was read from a workbook, where its
// settings have the workbook's names.
func isWorkbook(c card.Card) bool {
	for _, p := range []card.Pos{c.Lists.Officials, c.Lists.Pledges, c.Lists.Hotlines, c.Household.Pos} {
		if p.Cell != "" {
			return true
		}
	}
	return false
}

// smallestFit is the smallest card size, in whole millimetres above this
// one, on which the cards' content fits: found by halving, as a larger
// card holds more, then checked one millimetre below, and stepped down
// while that fits too, so that the size told fits and the one below it
// does not.
func (r *refusal) smallestFit() (float64, bool) {
	lo, hi := math.Floor(r.failed.settings.Size)+1, card.MaxSize
	if lo > hi || !r.fits(hi, same) {
		return 0, false
	}
	for lo < hi {
		mid := math.Floor((lo + hi) / 2)
		if r.fits(mid, same) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	for lo-1 > r.failed.settings.Size && r.fits(lo-1, same) {
		lo--
	}
	return lo, true
}

// cut is one way to make the content fit this size, and the list it
// cuts from.
type cut struct {
	what msg.Text
	list string
	pos  card.Pos
}

// cuts are the ways to make the content fit this size by leaving one
// thing out or shortening the long roles, each tried by laying the cards
// out without it.
func (r *refusal) cuts() []cut {
	size := r.failed.settings.Size
	c := r.failed.card
	var cs []cut
	if n := len(c.Pledges); n > 0 {
		// the longest pledge, the last of equals
		i := n - 1
		for j := range c.Pledges {
			if len([]rune(c.Pledges[j])) > len([]rune(c.Pledges[i])) {
				i = j
			}
		}
		if r.fits(size, func(c card.Card) card.Card {
			c.Pledges = slices.Delete(slices.Clone(c.Pledges), i, i+1)
			return c
		}) {
			cs = append(cs, cut{msg.F("leave out the pledge %q", c.Pledges[i]), "pledges", c.Lists.Pledges})
		}
	}
	if n := len(c.Hotlines); n > 0 && r.fits(size, func(c card.Card) card.Card {
		c.Hotlines = c.Hotlines[:n-1]
		return c
	}) {
		cs = append(cs, cut{msg.F("leave out the hotline %q", c.Hotlines[n-1].Name), "hotlines", c.Lists.Hotlines})
	}
	var long []string
	for _, o := range c.Officials {
		if len([]rune(o.Role)) > shortRole {
			long = append(long, o.Name+"（"+o.Role+"）")
		}
	}
	if len(long) > 0 && r.fits(size, shortenRoles) {
		cs = append(cs, cut{msg.F("shorten to %d characters the roles of %s", shortRole, strings.Join(long, "、")), "officials", c.Lists.Officials})
	}
	return cs
}

// shortenRoles is c with every role cut to shortRole characters, the
// zone contact's too.
func shortenRoles(c card.Card) card.Card {
	offs := slices.Clone(c.Officials)
	for i, o := range offs {
		if r := []rune(o.Role); len(r) > shortRole {
			offs[i].Role = string(r[:shortRole])
		}
		if c.Contact != nil && sameOfficial(*c.Contact, o) {
			contact := offs[i]
			c.Contact = &contact
		}
	}
	c.Officials = offs
	return c
}
