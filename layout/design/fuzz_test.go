package design

import (
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/layout/frame"
)

// FuzzDesign lays out cards with hostile text in every design: controls,
// bidirectional overrides, combining marks, characters no font has, and
// long runs without a break. A card that cannot hold its text is an
// error; a card laid out keeps its texts and code in the safe area, and
// nothing panics.
func FuzzDesign(f *testing.F) {
	if testDesign != card.DefaultDesign {
		f.Skip("each input is laid out in every design at once")
	}
	for _, seed := range [][5]string{
		{"李四", "东街1号", "有事您就跟我说", "合理诉求24小时内办结", "https://example.org/?h=E-1"},
		{"\u202e四李", "东街\u00001号", "\t\r\n", "𪚥𪚥𪚥", ""},
		{strings.Repeat("长", 200), strings.Repeat("W", 300), strings.Repeat("a\u0301", 100), "（（（（（（", strings.Repeat("9", 2000)},
		{"", "", "", "", "\xff\xfe"},
		{"👨‍👩‍👧‍👦", "ﷺ", "\u200b\u200b\u200b", "…—…—", "0"},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3], seed[4])
	}
	set := builtin(f)
	f.Fuzz(func(t *testing.T, resident, address, slogan, pledge, qr string) {
		c := sampleCard(t)
		c.Household.Resident, c.Household.Address = resident, address
		c.Slogan, c.Pledges[0], c.QR = slogan, pledge, qr
		c.Officials[1].Name = resident
		for _, name := range Names() {
			st := settings(100)
			st.Design = name
			art, err := Card(c, st, set)
			if err != nil {
				continue
			}
			safe := art.Trim.Inset(SafeMargin)
			walk(art, func(it frame.Item, b frame.Box) {
				switch it.(type) {
				case frame.Text, frame.Modules:
					if !safe.Contains(b) {
						t.Errorf("%s: %T at %+v outside the safe area %+v", name, it, b, safe)
					}
				}
			})
		}
	})
}
