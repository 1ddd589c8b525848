package design

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/msg"
)

// engine lays out cards in one style: the same blocks (header, greeting,
// the zone contact, the QR code, the officials, pledges, hotlines and the
// footer) and the same space rules for every design, arranged as the
// roster needs and drawn as the style says.
type engine struct {
	style *Style
}

func (e *engine) Name() string { return e.style.Name }
func (e *engine) Version() int { return e.style.Version }

// Plan finds the arrangement and the largest scale at which every card of
// the run fits, by laying out one card of each kind: cards of one zone
// differ only in their address and QR code, so a kind is a zone, an
// address width and a QR content length.
func (e *engine) Plan(cs []card.Card, st card.Settings, set *fonts.Set) (Plan, error) {
	setter := layout.Setter{Fonts: set}
	byKey := map[string]card.Card{}
	for _, c := range cs {
		key := fmt.Sprintf("%s\x00%.2f\x00%d", c.Household.Zone, setter.Width(c.Household.Address+" · "+c.Household.ID, 1, true), len(c.QR))
		if _, ok := byKey[key]; !ok {
			byKey[key] = c
		}
	}
	var ps card.Problems
	var samples []*cardLayout
	for _, key := range slices.Sorted(maps.Keys(byKey)) {
		l, err := e.layout(byKey[key], st, set)
		if err != nil {
			cps, ok := errors.AsType[card.Problems](err)
			if !ok {
				return Plan{}, err
			}
			for _, q := range cps {
				if !slices.ContainsFunc(ps, func(p card.Problem) bool { return p.String() == q.String() }) {
					ps = append(ps, q)
				}
			}
			continue
		}
		samples = append(samples, l)
	}
	if len(ps) > 0 {
		return Plan{}, ps.Err()
	}
	p := Plan{Scale: maxScale, kinds: newKinds()}
	if len(samples) == 0 {
		return p, nil
	}
	arr, scale, failed := chooseArrangement(samples)
	if failed != nil {
		return Plan{}, newRefusal(samples, failed).problems().Err()
	}
	p.Scale, p.Arrangement = scale, arr
	for _, l := range samples {
		if w, ok := l.qrWarning(); ok && !slices.ContainsFunc(p.Warnings, func(v msg.Text) bool { return v.String() == w.String() }) {
			p.Warnings = append(p.Warnings, w)
		}
	}
	return p, nil
}

// chooseArrangement tries every arrangement on every kind and keeps the
// one whose smallest scale over the kinds is largest; the first tried
// wins a tie. When none fits every kind, failed is a kind that does not
// fit.
func chooseArrangement(kinds []*cardLayout) (best Arrangement, scale float64, failed *cardLayout) {
	scale = -1
	for _, arr := range kinds[0].style.arrangements(representative(kinds)) {
		s := maxScale
		for _, l := range kinds {
			l.arr = arr
			if len(l.compose(s, 0)) == 0 {
				continue
			}
			var fits bool
			if s, fits = l.best(s); !fits {
				if failed == nil {
					failed = l
				}
				s = -1
				break
			}
			if s <= scale {
				break // no better than the best so far
			}
		}
		if s > scale {
			best, scale = arr, s
		}
	}
	if scale < 0 {
		return Arrangement{}, 0, failed
	}
	return best, scale, nil
}

// representative is a card with all that the kinds' cards have: a zone
// contact and a QR code when any has one, so that the arrangements tried
// are those some card needs.
func representative(kinds []*cardLayout) card.Card {
	c := kinds[0].card
	for _, l := range kinds {
		if l.card.Contact != nil {
			c.Contact = l.card.Contact
		}
		if l.card.QR != "" {
			c.QR = l.card.QR
		}
	}
	return c
}

// Card lays out one card with the plan's arrangement and scale, spreading
// what room is left between its blocks. A card that does not fit at that
// scale (one the plan did not see) gets the largest scale below it that
// fits.
func (e *engine) Card(c card.Card, st card.Settings, set *fonts.Set, p Plan) (*Art, error) {
	l, err := e.layout(c, st, set)
	if err != nil {
		return nil, err
	}
	l.arr = p.Arrangement
	s := cmp.Or(p.Scale, maxScale)
	if p.kinds != nil {
		l.scale = s
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
			// not in the plan's arrangement: the best of its own
			arr, scale, failed := chooseArrangement([]*cardLayout{l})
			if failed != nil {
				return nil, newRefusal([]*cardLayout{l}, failed).problems().Err()
			}
			l.arr, s = arr, scale
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
	l := &cardLayout{style: e.style, card: c, settings: st, setter: layout.Setter{Fonts: set}}
	if ps := l.checkGlyphs(); len(ps) > 0 {
		return nil, ps.Err()
	}
	qr, err := l.qrSymbol()
	if err != nil {
		return nil, err
	}
	l.qr = qr
	if l.arr.Columns == 0 {
		l.arr.Columns = e.style.Columns[0]
	}
	return l, nil
}

// cardLayout is one attempt at laying a card out: an arrangement and a
// scale, and the frames it made.
type cardLayout struct {
	style    *Style
	card     card.Card
	settings card.Settings
	setter   layout.Setter
	arr      Arrangement
	scale    float64 // of every text size, this attempt's
	qr       *frame.Grid
	// the attempt's frames: the artwork every card with this contact
	// shares, and the household's own
	shared, own *frame.Frame
	// the address set in lines, the widest line's width within its room,
	// and where the own part goes
	addr     []layout.Line
	addrText []string
	addrW    float64
	place    ownPlace
	// room is the height the attempt left unused above the footer; less
	// than 0 when the content is taller than the card
	room float64
}

func (l *cardLayout) trim() frame.Box {
	b := l.settings.Bleed
	return frame.Box{X: b, Y: b, W: l.settings.Size, H: l.settings.Size}
}

func (l *cardLayout) safe() frame.Box { return l.trim().Inset(SafeMargin) }

// mm scales a design length.
func (l *cardLayout) mm(v float64) float64 { return v * l.u() }

// u is the card's size in hundreds of millimetres: design lengths are for
// a 100 mm card.
func (l *cardLayout) u() float64 { return l.settings.Size / 100 }

func (l *cardLayout) width(s string, size float64, bold bool) float64 {
	return l.setter.Width(s, size, bold)
}

// ascent is how far glyphs reach above the baseline.
func (l *cardLayout) ascent(size float64) float64 { return l.setter.Ascent(size, false) }

// lineHeight is the baseline-to-baseline distance for a size.
func lineHeight(size float64) float64 { return frame.PtToMM(size) * 1.3 }

// tight is the baseline-to-baseline distance of lines that belong
// together: a name, its role and its phone.
func tight(size float64) float64 { return frame.PtToMM(size) * 1.2 }
