package design

import (
	"cmp"
	"fmt"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/frame/frametest"
)

func builtin(t testing.TB) *fonts.Set { return frametest.Fonts(t) }

func phone(t testing.TB, s string) card.Phone {
	p, err := card.ParsePhone(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func settings(size float64) card.Settings {
	return card.Settings{Title: "居民服务卡", Size: size, Bleed: 3, CornerRadius: 4, Colors: card.DefaultColors, Design: testDesign}
}

// testDesign is the design the tests lay cards out in; TestMain runs
// them once per design.
var testDesign = card.DefaultDesign

func TestMain(m *testing.M) {
	code := 0
	for _, name := range Names() {
		testDesign = name
		if c := m.Run(); c != 0 {
			code = c
		}
	}
	os.Exit(code)
}

// Card lays out one card alone, as a roster of one household would.
func Card(c card.Card, st card.Settings, set *fonts.Set) (*Art, error) {
	arts, err := Lay([]card.Card{c}, st, set)
	if err != nil {
		return nil, err
	}
	return arts[0], nil
}

// sampleCard is a card like the newspaper's: six officials, pledges, an
// appeal, a hotline and a QR code.
func sampleCard(t testing.TB) card.Card {
	names := []struct{ name, role, phone string }{
		{"高志刚", "党支部书记、村委会主任", "13800138001"},
		{"李秀英", "村委会副主任", "13800138002"},
		{"高垒", "接诉即办专员", "010-6938 1234"},
		{"王建国", "治保主任", "13800138004"},
		{"张桂兰", "妇女主任", "13800138005"},
		{"赵德明", "村务监督委员会主任", "13800138006"},
	}
	var offs []card.Official
	for _, n := range names {
		offs = append(offs, card.Official{Name: n.name, Role: n.role, Phone: phone(t, n.phone), Zones: []string{"东片"}})
	}
	return card.Card{
		Household: card.Household{ID: "E-001", Address: "东街1号", Zone: "东片", Resident: "李四", Copies: 1},
		Title:     "居民服务卡",
		Community: "北京市房山区窦店镇 白草洼村",
		Slogan:    "有事您就跟我说",
		Contact:   &offs[0],
		Officials: offs,
		Pledges:   []string{"合理诉求24小时内办结", "包片人员定期入户走访，未诉先办", "全域巡查，随查随改"},
		Appeal:    "爱护家园，共建美好家园",
		Hotlines:  []card.Hotline{{Name: "市民服务热线", Phone: phone(t, "12345")}},
		QR:        "https://example.org/baicaowa/fw?h=E-001",
		QRCaption: "扫码反映诉求",
		QRLevel:   "M",
	}
}

// walk calls fn for every item of the card with its place on the card.
func walk(art *Art, fn func(frame.Item, frame.Box)) { frame.Walk(art.Frame(), fn) }

// lightCard is a card with less on it, as a small village's: four
// officials and two pledges, which an 80 mm card holds.
func lightCard(t testing.TB) card.Card {
	c := sampleCard(t)
	c.Officials = c.Officials[:4]
	c.Pledges = c.Pledges[:2]
	return c
}

// cardFor is the sample card for a size: the light one on small cards.
func cardFor(t testing.TB, size float64) card.Card {
	if size < 90 {
		return lightCard(t)
	}
	return sampleCard(t)
}

func TestCardStaysInSafeArea(t *testing.T) {
	for _, size := range []float64{100, 80, 150} {
		art, err := Card(cardFor(t, size), settings(size), builtin(t))
		if err != nil {
			t.Fatalf("%v mm: %v", size, err)
		}
		safe := art.Trim.Inset(SafeMargin)
		n := 0
		walk(art, func(it frame.Item, b frame.Box) {
			switch it.(type) {
			case frame.Text, frame.Modules:
				n++
				if !safe.Contains(b) {
					t.Errorf("%v mm card: %#v at %+v lies outside the safe area %+v", size, it, b, safe)
				}
			}
		})
		if n < 20 {
			t.Errorf("%v mm card: only %d texts and codes", size, n)
		}
		if f := art.Frame(); f.W != size+6 || f.H != size+6 || art.Trim != (frame.Box{X: 3, Y: 3, W: size, H: size}) {
			t.Errorf("%v mm card: frame %vx%v trim %+v", size, f.W, f.H, art.Trim)
		}
	}
}

func TestCardPhoneFloorsAndQR(t *testing.T) {
	c := sampleCard(t)
	art, err := Card(c, settings(100), builtin(t))
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[string][]float64{}
	var qr *frame.Modules
	walk(art, func(it frame.Item, b frame.Box) {
		switch it := it.(type) {
		case frame.Text:
			sizes[it.String()] = append(sizes[it.String()], it.Size)
		case frame.Modules:
			qr = &it
		}
	})
	// every official's phone is printed at 10 pt or more; the zone
	// contact's, on its box or its tile, at 14 pt or more
	for _, o := range c.Officials {
		got := sizes[o.Phone.Display()]
		if len(got) == 0 {
			t.Errorf("%s's phone is not printed", o.Name)
		}
		for _, s := range got {
			if s < 10 {
				t.Errorf("%s's phone at %.1f pt, floor 10 pt", o.Name, s)
			}
		}
	}
	if got := sizes[c.Contact.Phone.Display()]; len(got) == 0 || slices.Max(got) < 14 {
		t.Errorf("the contact's phone at %v pt, floor 14 pt", got)
	}
	if qr == nil {
		t.Fatal("no QR code")
	}
	if side := float64(qr.Dark.Cols) * qr.Module; side < 22-1e-9 || qr.Module < 0.6 {
		t.Errorf("QR symbol %.1f mm with %.2f mm modules; want at least 22 mm and 0.6 mm", side, qr.Module)
	}
}

func TestCardTooFull(t *testing.T) {
	c := sampleCard(t)
	for len(c.Officials) < 12 {
		c.Officials = append(c.Officials, c.Officials[len(c.Officials)%6])
	}
	c.Pledges = append(c.Pledges, "群众的事无小事，件件有回音、事事有着落，让居民少跑腿", "节假日有人值班，急事随时打电话")
	_, err := Card(c, settings(60), builtin(t))
	ps, ok := err.(card.Problems)
	if !ok || len(ps) == 0 {
		t.Fatalf("12 officials on a 60 mm card: err %v, want problems", err)
	}
	if !strings.Contains(ps.Error(), "card.size") {
		t.Errorf("problem does not suggest a larger card.size: %v", ps)
	}
	// The size the problem suggests is enough.
	m := regexp.MustCompile(`set card.size to (\d+)mm or more`).FindStringSubmatch(ps.Error())
	if m == nil {
		t.Fatalf("no size suggested: %v", ps)
	}
	size, _ := strconv.ParseFloat(m[1], 64)
	if _, err := Card(c, settings(size), builtin(t)); err != nil {
		t.Errorf("suggested %v mm card: %v", size, err)
	}
	// and it is the smallest
	if _, err := Card(c, settings(size-1), builtin(t)); err == nil {
		t.Errorf("suggested %v mm, but %v mm fits too", size, size-1)
	}
}

func TestCardMissingGlyph(t *testing.T) {
	c := sampleCard(t)
	c.Household.Resident = "𪚥"
	c.Household.Address = "东街𪚥号"
	_, err := Card(c, settings(100), builtin(t))
	if err == nil || !strings.Contains(err.Error(), "U+2A6A5") || !strings.Contains(err.Error(), "card.fonts") || !strings.Contains(err.Error(), "E-001") {
		t.Fatalf("err = %v; want the household, U+2A6A5 and a pointer to card.fonts", err)
	}
}

func TestCardWithoutContactOrQR(t *testing.T) {
	c := sampleCard(t)
	c.Contact, c.Household.Zone, c.QR = nil, "", ""
	art, err := Card(c, settings(100), builtin(t))
	if err != nil {
		t.Fatal(err)
	}
	walk(art, func(it frame.Item, b frame.Box) {
		if _, ok := it.(frame.Modules); ok {
			t.Error("a QR code without qr.content")
		}
		if tx, ok := it.(frame.Text); ok && strings.Contains(tx.String(), "包片联系人") {
			t.Error("a zone-contact box for a household without zone")
		}
	})
}

// BenchmarkCard lays out the cards of a run of 100 households in three
// zones, after their plan, as the pipeline does: most borrow the layout
// of their kind and set only their own part.
func BenchmarkCard(b *testing.B) {
	benchCards(b, func(p Plan) Plan { return p })
}

// BenchmarkCardAlone lays out the same cards each in full, borrowing
// nothing: what a card of a kind not seen before costs.
func BenchmarkCardAlone(b *testing.B) {
	benchCards(b, func(p Plan) Plan { return Plan{Scale: p.Scale, Arrangement: p.Arrangement} })
}

func benchCards(b *testing.B, plan func(Plan) Plan) {
	st := settings(100)
	set := builtin(b)
	zones := []string{"东片", "西片", "南片"}
	cs := make([]card.Card, 100)
	for i := range cs {
		c := sampleCard(b)
		c.Contact = &c.Officials[i%3]
		c.Household.ID = fmt.Sprintf("H-%03d", i+1)
		c.Household.Address = fmt.Sprintf("东街%d号", i+1)
		c.Household.Zone = zones[i%3]
		c.QR = "https://example.org/baicaowa/fw?h=" + c.Household.ID
		cs[i] = c
	}
	d, err := For(st)
	if err != nil {
		b.Fatal(err)
	}
	p, err := d.Plan(cs, st, set)
	if err != nil {
		b.Fatal(err)
	}
	p = plan(p)
	i := 0
	for b.Loop() {
		if _, err := d.Card(cs[i%len(cs)], st, set, p); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// Cards of one zone share their common artwork, so a sheet draws it once;
// the QR code and address stay the household's own.
func TestCardSharedArtwork(t *testing.T) {
	key := func(c card.Card) (string, int) {
		art, err := Card(c, settings(100), builtin(t))
		if err != nil {
			t.Fatal(err)
		}
		g, ok := art.Frame().Items[0].(frame.Group)
		if !ok || g.Key == "" || g.Key != art.Key() || g.Frame != art.Shared {
			t.Fatalf("first item %+v is not the shared artwork, keyed", art.Frame().Items[0])
		}
		return g.Key, len(art.Own.Items)
	}
	a := sampleCard(t)
	b := sampleCard(t)
	b.Household.ID, b.Household.Address, b.QR = "E-002", "东街2号", "https://example.org/baicaowa/fw?h=E-002"
	ka, own := key(a)
	kb, _ := key(b)
	if ka != kb {
		t.Error("two households of one zone do not share their artwork")
	}
	if own != 2 {
		t.Errorf("%d items of the household's own, want 2 (QR code and address)", own)
	}
	c := sampleCard(t)
	c.Contact = &c.Officials[1]
	c.Household.Zone = "西片"
	if kc, _ := key(c); kc == ka {
		t.Error("households with different contacts share artwork")
	}
}

// A long address wraps within half the footer instead of running off the
// card or squeezing the appeal into nothing.
func TestCardLongAddress(t *testing.T) {
	c := sampleCard(t)
	c.Household.Address = "北京市房山区窦店镇白草洼村东街1号院3单元402室（出租户）"
	art, err := Card(c, settings(100), builtin(t))
	if err != nil {
		t.Fatal(err)
	}
	safe := art.Trim.Inset(SafeMargin)
	walk(art, func(it frame.Item, b frame.Box) {
		if tx, ok := it.(frame.Text); ok && !safe.Contains(b) {
			t.Errorf("%q at %+v lies outside the safe area", tx.String(), b)
		}
	})
	// the household's own texts are its address and id, whole
	var own strings.Builder
	for _, it := range art.Own.Items {
		if tx, ok := it.(frame.Text); ok {
			own.WriteString(tx.String())
		}
	}
	if got, want := strings.ReplaceAll(own.String(), " ", ""), strings.ReplaceAll(c.Household.Address+" · "+c.Household.ID, " ", ""); got != want {
		t.Errorf("the footer prints %q, want %q", got, want)
	}

	c.Household.Address = strings.Repeat("很长的地址", 120)
	_, err = Card(c, settings(100), builtin(t))
	ps, ok := err.(card.Problems)
	if !ok {
		t.Fatalf("a 600-character address: %v", err)
	}
	if !strings.Contains(ps.Error(), "households[E-001].address") {
		t.Errorf("a 600-character address is not blamed: %v", ps)
	}
	for _, p := range ps {
		if p.Field == card.Key("appeal") || strings.Contains(p.String(), "-") && strings.Contains(p.String(), "mm on a") {
			t.Errorf("the address made another field fail: %s", p)
		}
	}
}

// The QR code keeps 4 modules of white on every side, corners included:
// nothing but the white box it sits in reaches into its quiet zone, and
// that box's red border and rounded corners stay outside it. The symbol is
// at least 20 mm on every card that holds it; a card too small for that
// is refused with a larger size.
func TestQRQuietZoneAndSize(t *testing.T) {
	for _, size := range []float64{80, 100, 150} {
		art, err := Card(cardFor(t, size), settings(size), builtin(t))
		if err != nil {
			t.Fatalf("%v mm: %v", size, err)
		}
		var qr *frame.Modules
		var box *frame.Rect
		var whites []frame.Rect
		frame.Walk(art.Frame(), func(it frame.Item, b frame.Box) {
			switch it := it.(type) {
			case frame.Modules:
				qr = &it
			case frame.Rect:
				if it.Fill != nil && *it.Fill == frame.White {
					whites = append(whites, it)
				}
			}
		})
		for i := range whites { // the white the code stands on
			if qr != nil && whites[i].Contains(qr.Bounds()) {
				box = &whites[i]
			}
		}
		if qr == nil || box == nil {
			t.Fatalf("%v mm: no QR code or no white box", size)
		}
		if side, want := float64(qr.Dark.Cols)*qr.Module, max(20, 22*size/100); side < want-1e-9 {
			t.Errorf("%v mm: QR symbol %.1f mm, want at least %.1f mm", size, side, want)
		}
		quiet := qr.Bounds().Inset(-QRQuiet * qr.Module)
		// the white inside the border: the box less half the border, with
		// corners of the border's inner radius
		inner := box.Inset(box.Line / 2)
		r := box.R - box.Line/2
		corners := []frame.Point{{X: quiet.X, Y: quiet.Y}, {X: quiet.X + quiet.W, Y: quiet.Y},
			{X: quiet.X, Y: quiet.Y + quiet.H}, {X: quiet.X + quiet.W, Y: quiet.Y + quiet.H}}
		for _, p := range corners {
			// the nearest corner arc's centre
			cx := min(max(p.X, inner.X+r), inner.X+inner.W-r)
			cy := min(max(p.Y, inner.Y+r), inner.Y+inner.H-r)
			if !inner.Contains(frame.Box{X: p.X, Y: p.Y}) || math.Hypot(p.X-cx, p.Y-cy) > r+1e-9 {
				t.Errorf("%v mm: the quiet zone's corner %+v is outside the white (%+v, inner radius %.2f)", size, p, inner, r)
			}
		}
		under := true // items before the box are under its white
		frame.Walk(art.Frame(), func(it frame.Item, b frame.Box) {
			if _, isQR := it.(frame.Modules); isQR || b == box.Box {
				under = under && b != box.Box
				return
			}
			if quiet.Overlaps(b) && !under {
				t.Errorf("%v mm: %T at %+v reaches into the QR's quiet zone %+v", size, it, b, quiet)
			}
		})
	}
	_, err := Card(sampleCard(t), settings(60), builtin(t))
	if err == nil || !strings.Contains(err.Error(), "card.size") {
		t.Errorf("a 60 mm card with a 20 mm QR code: %v, want a larger card.size", err)
	}
}

// The QR code's caption sits under the code it explains, clear of its
// quiet zone, not under the contact's phone.
func TestCaptionUnderQR(t *testing.T) {
	art, err := Card(sampleCard(t), settings(100), builtin(t))
	if err != nil {
		t.Fatal(err)
	}
	var qr frame.Modules
	var caption []frame.Box
	frame.Walk(art.Frame(), func(it frame.Item, b frame.Box) {
		switch it := it.(type) {
		case frame.Modules:
			qr = it
		case frame.Text:
			if strings.Contains("扫码反映诉求", it.String()) && it.String() != "" {
				caption = append(caption, b)
			}
		}
	})
	if len(caption) == 0 {
		t.Fatal("no caption")
	}
	quiet := qr.Bounds().Inset(-QRQuiet * qr.Module)
	for _, b := range caption {
		if b.Y < quiet.Y+quiet.H-1e-9 || b.Y > quiet.Y+quiet.H+5 {
			t.Errorf("caption at %+v is not just under the QR's quiet zone %+v", b, quiet)
		}
		if mid := b.X + b.W/2; math.Abs(mid-(quiet.X+quiet.W/2)) > 0.5 {
			t.Errorf("caption centred at %.1f mm, the code at %.1f mm", mid, quiet.X+quiet.W/2)
		}
	}
}

// emptyBand is the tallest stretch of the card's height, between the
// first and the last text, that no text or code covers.
func emptyBand(art *Art) float64 {
	type span struct{ top, bottom float64 }
	var spans []span
	frame.Walk(art.Frame(), func(it frame.Item, b frame.Box) {
		switch it := it.(type) {
		case frame.Text:
			spans = append(spans, span{b.Y, b.Y + b.H})
		case frame.Modules:
			// the quiet zone is part of the code, not empty ground
			q := float64(QRQuiet) * it.Module
			spans = append(spans, span{b.Y - q, b.Y + b.H + q})
		}
	})
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.top, b.top) })
	worst, reach := 0.0, spans[0].bottom
	for _, s := range spans[1:] {
		worst = max(worst, s.top-reach)
		reach = max(reach, s.bottom)
	}
	return worst
}

// A large card with a full roster uses its space: text grows rather than
// leaving bands of ground, none taller than 6 % of the card.
func TestNoEmptyBand(t *testing.T) {
	c := sampleCard(t)
	for len(c.Officials) < 12 {
		c.Officials = append(c.Officials, c.Officials[len(c.Officials)%6])
	}
	for _, size := range []float64{140} {
		art, err := Card(c, settings(size), builtin(t))
		if err != nil {
			t.Fatal(err)
		}
		if band := emptyBand(art); band > 0.06*size {
			t.Errorf("%v mm card with 12 officials: an empty band of %.1f mm (at most %.1f)", size, band, 0.06*size)
		}
	}
	light := lightCard(t)
	art, err := Card(light, settings(140), builtin(t))
	if err != nil {
		t.Fatal(err)
	}
	if band := emptyBand(art); band > 0.06*140 {
		t.Errorf("140 mm card with 4 officials: an empty band of %.1f mm", band)
	}
}

// sharedSizes are the sizes of the texts of a card's shared part, in the
// order they are set.
func sharedSizes(art *Art) []float64 {
	var sizes []float64
	frame.Walk(art.Shared, func(it frame.Item, _ frame.Box) {
		if t, ok := it.(frame.Text); ok {
			sizes = append(sizes, t.Size)
		}
	})
	return sizes
}

// One household's long address changes no other card: texts every card
// prints have one size across the roster.
func TestOneTitleSizePerRoster(t *testing.T) {
	var cs []card.Card
	for i := range 5 {
		c := sampleCard(t)
		c.Household.ID = fmt.Sprintf("E-%03d", i+1)
		cs = append(cs, c)
	}
	cs[3].Household.Address = "北京市房山区窦店镇白草洼村东街1号院3单元402室（出租户，进门右手第二间）"
	arts, err := Lay(cs, settings(100), builtin(t))
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range arts {
		if got, want := sharedSizes(a), sharedSizes(arts[0]); !slices.Equal(got, want) {
			t.Errorf("card %d: texts at %v pt; card 1: %v pt", i+1, got, want)
		}
	}
}

// Phone numbers keep their floors on the smallest card that takes the
// content; one millimetre smaller is refused with that size, to the
// millimetre, and what to leave out, each measured.
func TestPhonesAtFloorsOnSmallestCard(t *testing.T) {
	c := sampleCard(t)
	size := 120.0
	for size > card.MinSize {
		if _, err := Card(c, settings(size-1), builtin(t)); err != nil {
			break
		}
		size--
	}
	art, err := Card(c, settings(size), builtin(t))
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[string][]float64{}
	frame.Walk(art.Frame(), func(it frame.Item, _ frame.Box) {
		if t, ok := it.(frame.Text); ok {
			sizes[t.String()] = append(sizes[t.String()], t.Size)
		}
	})
	for _, o := range c.Officials {
		if got := sizes[o.Phone.Display()]; len(got) == 0 || slices.Min(got) < 10 {
			t.Errorf("%v mm card: %s's phone at %v pt; want at least 10 pt", size, o.Name, got)
		}
	}
	if got := sizes[c.Contact.Phone.Display()]; slices.Max(got) < 14 {
		t.Errorf("%v mm card: the contact's phone at %v pt; want at least 14 pt", size, got)
	}
	_, err = Card(c, settings(size-1), builtin(t))
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("set card.size to %gmm or more", size)) {
		t.Fatalf("%v mm: %v; want the size %v mm suggested", size-1, err, size)
	}
	if strings.Contains(err.Error(), "leave out the pledge") {
		less := c
		less.Pledges = slices.DeleteFunc(slices.Clone(less.Pledges), func(p string) bool { return strings.Contains(err.Error(), fmt.Sprintf("%q", p)) })
		if _, err := Card(less, settings(size-1), builtin(t)); err != nil {
			t.Errorf("the hint says to leave out a pledge, but without it: %v", err)
		}
	}
}

// A roster that does not fit its fixed size is told what to leave out
// where leaving it out makes it fit.
func TestWhatToCut(t *testing.T) {
	c := sampleCard(t)
	long := "群众的事无小事，件件有回音、事事有着落，节假日有人值班，急事随时打电话，让居民少跑腿"
	// without a QR code, whose room beside the pledges can hide what
	// they take
	c.QR = ""
	without := c
	c.Pledges = append(slices.Clone(c.Pledges), long)
	// a size, in steps of a millimetre down from 110 mm, where the card
	// does not fit with the long pledge and fits without it
	for size := 110.0; size >= card.MinSize; size-- {
		_, err := Card(c, settings(size), builtin(t))
		if err == nil {
			continue
		}
		if _, fits := Card(without, settings(size), builtin(t)); fits != nil {
			t.Fatalf("no size where only the long pledge is too much; at %g mm: %v", size, err)
		}
		if !strings.Contains(err.Error(), fmt.Sprintf("leave out the pledge %q", long)) {
			t.Fatalf("%g mm: no pledge to leave out in %v", size, err)
		}
		return
	}
	t.Fatal("the card fits at every size")
}

// An unknown design is a problem at the roster's card.design, naming the
// designs there are.
func TestUnknownDesign(t *testing.T) {
	st := settings(100)
	st.Design, st.DesignPos = "fancy", card.Pos{File: "roster.yaml", Line: 12, Col: 11}
	_, err := Lay([]card.Card{sampleCard(t)}, st, builtin(t))
	if err == nil || !strings.Contains(err.Error(), "roster.yaml:12:11: card.design:") || !strings.Contains(err.Error(), strings.Join(Names(), ", ")) {
		t.Errorf("err = %v", err)
	}
}
