package design

import (
	"errors"
	"fmt"
	"sync"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/msg"
)

// Design is one look of the card. A roster chooses it by name
// (card.design); its version changes whenever a card it draws would change
// by a byte, so that a rerun draws those cards again.
type Design interface {
	Name() string
	Version() int
	// Plan decides, from every card of a run, what they all share in
	// size, so that the cards of one village look alike.
	Plan(cs []card.Card, st card.Settings, set *fonts.Set) (Plan, error)
	// Card lays out one household's card with a plan.
	Card(c card.Card, st card.Settings, set *fonts.Set, p Plan) (*Art, error)
}

// Plan is what a design decided for all the cards of a run: one
// arrangement of the blocks and the scale of every text size, so that
// the cards of one village look alike.
type Plan struct {
	Scale float64
	// Arrangement is where the blocks go; the zero value is the first
	// arrangement a design tries.
	Arrangement Arrangement
	// Warnings are what a clerk should know of the run's cards that does
	// not stop it (a QR code with small modules).
	Warnings []msg.Text
	// the layouts of the kinds of card seen so far, which cards of the
	// same kind borrow; nil in a Plan made by hand
	kinds *kinds
}

// String is the plan as it goes into a card's rerun hash.
func (p Plan) String() string { return fmt.Sprintf("scale %g, %s", p.Scale, p.Arrangement) }

// ID is a design's name and version, as a card's rerun hash and messages
// name it: "warm 1".
func ID(d Design) string { return fmt.Sprintf("%s %d", d.Name(), d.Version()) }

// Art is a card's artwork, trim plus bleed on every side, in two parts:
// what every card with the same zone contact has in common, and the
// household's own part (its address and QR code) drawn over it. A document
// holding many cards (a press sheet) draws the shared part once.
type Art struct {
	Shared *frame.Frame
	Own    *frame.Frame
	Trim   frame.Box // in either frame

	key *artKey // shared by the Arts that share their Shared frame
}

// artKey is the key of a shared frame, worked out once.
type artKey struct {
	once sync.Once
	s    string
}

// Key names the shared part by its content. It is worked out when first
// asked for: a card that is only checked, or drawn alone, never needs it.
func (a *Art) Key() string {
	if a.key == nil { // an Art not made by a design
		return "card-" + a.Shared.Digest()
	}
	a.key.once.Do(func() { a.key.s = "card-" + a.Shared.Digest() })
	return a.key.s
}

// Frame is the whole card: the shared part, as a group keyed by its
// content, under the household's own.
func (a *Art) Frame() *frame.Frame {
	f := &frame.Frame{W: a.Shared.W, H: a.Shared.H}
	f.Add(frame.Group{Frame: a.Shared, Key: a.Key()}, frame.Group{Frame: a.Own})
	return f
}

// Lay lays out cards with the design st names: a plan for all of them,
// then each card. It is what a one-off caller (a test, a preview of one
// card) needs; the pipeline calls Plan and Card itself to share the work.
func Lay(cs []card.Card, st card.Settings, set *fonts.Set) ([]*Art, error) {
	d, err := For(st)
	if err != nil {
		return nil, err
	}
	p, err := d.Plan(cs, st, set)
	if err != nil {
		return nil, err
	}
	arts := make([]*Art, len(cs))
	var ps card.Problems
	for i, c := range cs {
		a, err := d.Card(c, st, set, p)
		if err != nil {
			var cps card.Problems
			if !errors.As(err, &cps) {
				return nil, err
			}
			ps = append(ps, cps...)
			continue
		}
		arts[i] = a
	}
	if len(ps) > 0 {
		return nil, ps.Err()
	}
	return arts, nil
}
