package design

import (
	"testing"

	"github.com/fuwuka/fuwuka/card"
)

// A card that borrows its kind's layout is the card it would be laid out
// alone, item for item; cards of another kind, or printing other common
// content, do not borrow.
func TestCardBorrowsItsKind(t *testing.T) {
	set := builtin(t)
	st := settings(100)
	a := sampleCard(t)
	same := sampleCard(t) // another house number of the width of a's
	same.Household.ID, same.Household.Address, same.QR = "E-002", "东街2号", "https://example.org/baicaowa/fw?h=E-002"
	wider := sampleCard(t)
	wider.Household.ID, wider.Household.Address = "E-003", "东街3号院"
	longer := sampleCard(t) // a larger QR code
	longer.QR = "https://example.org/baicaowa/fw?h=E-001&from=the-card-on-the-wall&lang=zh"
	otherZone := sampleCard(t)
	otherZone.Household.Zone, otherZone.Contact = "西片", &otherZone.Officials[1]
	other := sampleCard(t) // printed with another pledge
	other.Pledges = append([]string{"群众满意为止"}, other.Pledges[1:]...)

	d, err := For(st)
	if err != nil {
		t.Fatal(err)
	}
	all := []card.Card{a, same, wider, longer, otherZone}
	p, err := d.Plan(all, st, set)
	if err != nil {
		t.Fatal(err)
	}
	first, err := d.Card(a, st, set, p)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		c      card.Card
		borrow bool
	}{
		{"same kind", same, true},
		{"wider address", wider, false},
		{"larger QR code", longer, false},
		{"other zone", otherZone, false},
		{"other pledge", other, false},
	} {
		got, err := d.Card(tc.c, st, set, p)
		if err != nil {
			t.Fatal(err)
		}
		if borrowed := got.Shared == first.Shared; borrowed != tc.borrow {
			t.Errorf("%s: borrowed the first card's layout: %v, want %v", tc.name, borrowed, tc.borrow)
		}
		// laid out alone, with a plan of its own scale and arrangement
		// and no kinds
		alone, err := d.Card(tc.c, st, set, Plan{Scale: p.Scale, Arrangement: p.Arrangement})
		if err != nil {
			t.Fatal(err)
		}
		if g, w := got.Frame().Digest(), alone.Frame().Digest(); g != w {
			t.Errorf("%s: the card differs from the card laid out alone", tc.name)
		}
		if got.Key() != alone.Key() {
			t.Errorf("%s: key %s, laid out alone %s", tc.name, got.Key(), alone.Key())
		}
	}
	// the same card with other settings borrows nothing
	blue := st
	blue.Colors.Accent = card.CMYK{100, 0, 0, 0}
	if got, err := d.Card(same, blue, set, p); err != nil || got.Shared == first.Shared {
		t.Errorf("with another accent colour: borrowed %v (%v)", err == nil, err)
	}
}
