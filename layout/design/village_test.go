package design

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/raster"
)

// village is the crowded example: eight officials with long roles, four
// pledges, two hotlines and 150 households, one with a 32-character
// address.
func village(t testing.TB, size float64) ([]card.Card, card.Settings) {
	t.Helper()
	r, err := card.Load("../../examples/shuangshu/roster.yaml", card.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r.Card.Size, r.Card.Design = size, testDesign
	if len(r.Officials) != 8 || len(r.Pledges) != 4 || len(r.Hotlines) != 2 || len(r.Households) != 150 {
		t.Fatalf("the village has %d officials, %d pledges, %d hotlines, %d households", len(r.Officials), len(r.Pledges), len(r.Hotlines), len(r.Households))
	}
	longest := 0
	var cs []card.Card
	for _, h := range r.Households {
		longest = max(longest, len([]rune(h.Address)))
		c, err := card.For(r, h)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	if longest != 32 {
		t.Fatalf("the longest address has %d characters, want 32", longest)
	}
	return cs, r.Card
}

// The crowded village fits a 100 mm card with every text at or above its
// floor, on every card: phones 10 pt (the zone contact's 14 pt), nothing
// under 6.5 pt, text out of the accent 7 pt and bold, a QR code of 22 mm
// with 0.6 mm modules; on a 140 mm card the code is 30 mm.
func TestVillageFitsWithFloors(t *testing.T) {
	set := builtin(t)
	for _, size := range []float64{100, 140} {
		cs, st := village(t, size)
		arts, err := Lay(cs, st, set)
		if err != nil {
			t.Fatalf("%g mm: %v", size, err)
		}
		ground := process(st.Colors.Ground)
		for i, art := range arts {
			c := cs[i]
			phones := map[string]float64{}
			var qr *frame.Modules
			walk(art, func(it frame.Item, b frame.Box) {
				switch it := it.(type) {
				case frame.Text:
					if it.Size < readFloor-1e-9 {
						t.Errorf("%g mm, %s: %q at %.2f pt, under %.1f pt", size, c.Household.ID, it.String(), it.Size, readFloor)
					}
					if (it.Color == frame.White || it.Color == ground) && (it.Size < reversedMin-1e-9 || !strings.Contains(it.Face.Name, "Bold")) {
						t.Errorf("%g mm, %s: %q out of the accent at %.2f pt in %s; want %.0f pt bold", size, c.Household.ID, it.String(), it.Size, it.Face.Name, reversedMin)
					}
					phones[it.String()] = max(phones[it.String()], it.Size)
				case frame.Modules:
					qr = &it
				}
			})
			for _, o := range c.Officials {
				if phones[o.Phone.Display()] < 10 {
					t.Errorf("%g mm, %s: %s's phone at %.1f pt", size, c.Household.ID, o.Name, phones[o.Phone.Display()])
				}
			}
			for _, h := range c.Hotlines {
				if phones[h.Phone.Display()] < 10 {
					t.Errorf("%g mm, %s: hotline %s at %.1f pt", size, c.Household.ID, h.Name, phones[h.Phone.Display()])
				}
			}
			if p := phones[c.Contact.Phone.Display()]; p < 14 {
				t.Errorf("%g mm, %s: the contact's phone at %.1f pt", size, c.Household.ID, p)
			}
			want := map[float64]float64{100: 22, 140: 30}[size]
			if qr == nil || float64(qr.Dark.Cols)*qr.Module < want-1e-9 || qr.Module < 0.6 {
				t.Errorf("%g mm, %s: QR code %+v; want %g mm with modules of 0.6 mm", size, c.Household.ID, qr, want)
			}
		}
	}
}

// Text in the accent colour is printed in two inks without black, and
// every tint prints at least 10 % of each of its inks.
func TestAccentTextAndTints(t *testing.T) {
	cs, st := village(t, 100)
	arts, err := Lay(cs[:4], st, builtin(t))
	if err != nil {
		t.Fatal(err)
	}
	accent := process(st.Colors.Accent)
	for _, art := range arts {
		walk(art, func(it frame.Item, _ frame.Box) {
			var fills []frame.Color
			switch it := it.(type) {
			case frame.Text:
				if it.Color == accent {
					t.Errorf("%q in the accent with its black", it.String())
				}
				if c := it.Color; c.K > 0 && c != frame.Black && c != process(st.Colors.Ink) {
					t.Errorf("%q in %+v: small coloured text with black", it.String(), c)
				}
				fills = append(fills, it.Color)
			case frame.Rect:
				if it.Fill != nil {
					fills = append(fills, *it.Fill)
				}
			case frame.Path:
				if it.Fill != nil {
					fills = append(fills, *it.Fill)
				}
			}
			for _, c := range fills {
				for _, v := range []float64{c.C, c.M, c.Y, c.K} {
					if v > 0 && v < 0.10-1e-9 { // 10 %: less drops out on plate
						t.Errorf("%T in %+v: an ink at %.1f %%, under 10 %%", it, c, v*100)
					}
				}
			}
		})
	}
}

// A card too full for its size is refused at the list that fills it,
// with the smallest size that fits, to the millimetre, and what to leave
// out, each true when tried.
func TestVillageRefusedWithCheckedSize(t *testing.T) {
	cs, st := village(t, 80)
	_, err := Lay(cs, st, builtin(t))
	if err == nil {
		t.Skip("the village fits 80 mm")
	}
	ps, ok := err.(card.Problems)
	if !ok || len(ps) != 1 {
		t.Fatalf("80 mm: %v; want one problem", err)
	}
	p := ps[0]
	if p.Pos.Line == 0 || p.Field.List != "officials" && p.Field.List != "pledges" && p.Field.List != "hotlines" {
		t.Errorf("80 mm: the problem is at %+v %s, not at a list", p.Pos, p.Field)
	}
	var size float64
	if _, err := fmt.Sscanf(p.Hint.String()[strings.Index(p.Hint.String(), "set card.size to "):], "set card.size to %gmm", &size); err != nil {
		t.Fatalf("no size in %q: %v", p.Hint, err)
	}
	st.Size = size
	if _, err := Lay(cs, st, builtin(t)); err != nil {
		t.Errorf("the suggested %g mm: %v", size, err)
	}
	st.Size = size - 1
	if _, err := Lay(cs, st, builtin(t)); err == nil {
		t.Errorf("the suggested %g mm is not the smallest: %g mm fits", size, size-1)
	}
}

// A QR content too long for 0.6 mm modules is drawn, with a warning that
// names the template; a short one warns of nothing.
func TestQRModuleWarning(t *testing.T) {
	c := sampleCard(t)
	st := settings(100)
	d, err := For(st)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		template string
		warn     bool
	}{
		{"https://example.org/fw?h={{.Household.ID}}", false},
		{"https://example.org/baicaowa/service/feedback/form/for/household/number?village=baicaowa&household={{.Household.ID}}&zone=%E4%B8%9C%E7%89%87&contact=13800138001&source=service-card-printed-2026", true},
	} {
		c.QRTemplate = tc.template
		c.QR = strings.ReplaceAll(tc.template, "{{.Household.ID}}", c.Household.ID)
		p, err := d.Plan([]card.Card{c}, st, builtin(t))
		if err != nil {
			t.Fatal(err)
		}
		if got := len(p.Warnings) > 0; got != tc.warn || tc.warn && !strings.Contains(p.Warnings[0].String(), tc.template) {
			t.Errorf("%s: warnings %v", tc.template, p.Warnings)
		}
	}
}

// A workbook roster's refusal names the sheet of the list and the
// setting as the workbook calls it.
func TestRefusalInWorkbookWords(t *testing.T) {
	cs, st := village(t, 80)
	for i := range cs {
		cs[i].Lists.Officials = card.Pos{File: "roster.xlsx", Line: 30, Cell: "干部!A2"}
		cs[i].Lists.Pledges = card.Pos{File: "roster.xlsx", Line: 70, Cell: "承诺与热线!A2"}
		cs[i].Household.Pos.Cell = "住户!A3"
	}
	_, err := Lay(cs, st, builtin(t))
	ps, ok := err.(card.Problems)
	if !ok || len(ps) != 1 {
		t.Fatalf("80 mm: %v", err)
	}
	if p := ps[0]; p.Pos.Cell != "干部" && p.Pos.Cell != "承诺与热线" || !strings.Contains(p.Hint.String(), "set 卡片边长 to ") || strings.Contains(p.String(), "card.size") {
		t.Errorf("80 mm, from a workbook: %s (at %+v)", p, p.Pos)
	}
}

// BenchmarkPlanVillage plans the crowded village's 150 cards: every
// arrangement tried on every kind of card, as a run of cards does once.
func BenchmarkPlanVillage(b *testing.B) {
	cs, st := village(b, 100)
	set := builtin(b)
	d, err := For(st)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := d.Plan(cs, st, set); err != nil {
			b.Fatal(err)
		}
	}
}

// With the hotlines on the footer's band, their numbers are there, in
// the ground colour, bold and at the phones' floor, inside the safe
// area, and the pledges' list no longer holds them.
func TestHotlinesInFooter(t *testing.T) {
	c := sampleCard(t)
	c.Hotlines = append(c.Hotlines, card.Hotline{Name: "村委会值班室", Phone: phone(t, "010-6938 5678")})
	st := settings(140)
	d, err := For(st)
	if err != nil {
		t.Fatal(err)
	}
	a := Arrangement{Columns: 2, QR: qrInContact, HotlinesInFooter: true}
	art, err := d.Card(c, st, builtin(t), Plan{Scale: minScale, Arrangement: a})
	if err != nil {
		t.Fatal(err)
	}
	if len(os.Getenv("DESIGN_PNG")) > 0 {
		writePNG(t, art, os.Getenv("DESIGN_PNG"))
	}
	ground := process(st.Colors.Ground)
	safe := art.Trim.Inset(SafeMargin)
	var appeal float64
	found := map[string]frame.Text{}
	walk(art, func(it frame.Item, b frame.Box) {
		if tx, ok := it.(frame.Text); ok {
			found[tx.String()] = tx
			if strings.HasPrefix(tx.String(), "爱护家园") {
				appeal = b.Y
			}
			if !safe.Contains(b) {
				t.Errorf("%q at %+v is outside the safe area", tx.String(), b)
			}
		}
	})
	for _, h := range c.Hotlines {
		tx, ok := found[h.Phone.Display()]
		if !ok || tx.Color != ground || tx.Size < 10 || !strings.Contains(tx.Face.Name, "Bold") || tx.Y > appeal {
			t.Errorf("hotline %s: %+v (appeal at %.1f mm)", h.Name, tx, appeal)
		}
	}
}

// writePNG draws a card for a person to look at.
func writePNG(t *testing.T, art *Art, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := raster.Encode(f, raster.Render(art.Frame(), frame.Box{W: art.Shared.W, H: art.Shared.H}, 100)); err != nil {
		t.Fatal(err)
	}
}

// Text grows with the card: on the crowded village, an official's name
// is set larger on every larger size from 100 to 140 mm, not the same
// text with wider margins.
func TestTextGrowsWithCard(t *testing.T) {
	set := builtin(t)
	prev := 0.0
	for _, size := range []float64{100, 110, 115, 120, 140} {
		cs, st := village(t, size)
		arts, err := Lay(cs[:8], st, set)
		if err != nil {
			t.Fatalf("%g mm: %v", size, err)
		}
		name := 0.0
		walk(arts[0], func(it frame.Item, _ frame.Box) {
			if tx, ok := it.(frame.Text); ok && tx.String() == cs[0].Officials[1].Name {
				name = tx.Size
			}
		})
		if name <= prev {
			t.Errorf("%g mm: %s at %.2f pt, not larger than %.2f pt on the smaller card", size, cs[0].Officials[1].Name, name, prev)
		}
		prev = name
	}
}
