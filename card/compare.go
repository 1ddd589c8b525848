package card

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/msg"
)

// Change is one reason a household's card differs between two rosters.
// Field is a stable key (see Compare) for scripts; String is for people.
type Change struct {
	Field string `json:"field"`
	Who   string `json:"who"` // the official or hotline, for their fields
	Old   string `json:"old"`
	New   string `json:"new"`
}

// String reads like "contact phone 138 0013 8001 → 138 0013 8099".
func (c Change) String() string { return c.Text().String() }

// Text is the change as a message.
func (c Change) Text() msg.Text {
	old, new := orNone(c.Old), orNone(c.New)
	switch c.Field {
	case "official.added":
		return msg.F("official added: %s", c.New)
	case "hotline.added":
		return msg.F("hotline added: %s", c.New)
	case "official.removed":
		return msg.F("official removed: %s", c.Old)
	case "hotline.removed":
		return msg.F("hotline removed: %s", c.Old)
	case "official.name":
		return msg.F("official %s → %s", old, new)
	case "hotline.name":
		return msg.F("hotline %s → %s", old, new)
	case "official.role":
		return msg.F("official %s role %s → %s", c.Who, old, new)
	case "official.phone":
		return msg.F("official %s phone %s → %s", c.Who, old, new)
	case "hotline.phone":
		return msg.F("hotline %s phone %s → %s", c.Who, old, new)
	case "pledges", "design.fonts":
		// Whole lists; the line would be too long to read, and the roster
		// says what they are now.
		return labels[c.Field]
	}
	l, ok := labels[c.Field]
	if !ok {
		l = msg.F("%s", c.Field)
	}
	return msg.F("%s %s → %s", l, old, new)
}

// labels name the fields in the messages.
var labels = map[string]msg.Text{
	"address":              msg.F("address"),
	"zone":                 msg.F("zone"),
	"title":                msg.F("title"),
	"community":            msg.F("community"),
	"slogan":               msg.F("slogan"),
	"appeal":               msg.F("appeal"),
	"contact":              msg.F("contact"),
	"contact.role":         msg.F("contact role"),
	"contact.phone":        msg.F("contact phone"),
	"officials.order":      msg.F("officials order"),
	"pledges":              msg.F("pledges"),
	"hotlines.order":       msg.F("hotlines order"),
	"qr":                   msg.F("qr"),
	"qr.caption":           msg.F("qr caption"),
	"qr.level":             msg.F("qr level"),
	"design.size":          msg.F("size"),
	"design.bleed":         msg.F("bleed"),
	"design.corner_radius": msg.F("corner radius"),
	"design.name":          msg.F("design"),
	"design.ground":        msg.F("ground colour"),
	"design.accent":        msg.F("accent colour"),
	"design.ink":           msg.F("ink colour"),
	"design.fonts":         msg.F("fonts"),
	"card":                 msg.F("card"),
}

func orNone(s string) any {
	if s == "" {
		return msg.F("(none)")
	}
	return s
}

// Compare says why the card with inputs a differs from the card with
// inputs b, in a fixed order, the household's own fields first; nil when
// they are the same card.
// The keys of Change.Field are:
//
//	address zone title community slogan appeal
//	contact contact.role contact.phone        (contact: a different person; "" for none)
//	official.added official.removed           (New or Old: name, role and phone)
//	official.name official.role official.phone officials.order
//	pledges
//	hotline.added hotline.removed hotline.name hotline.phone hotlines.order
//	qr qr.caption qr.level
//	design.name design.size design.bleed design.corner_radius
//	design.ground design.accent design.ink design.fonts
//	card                                      (anything else; see below)
//
// Officials and hotlines are matched by name, repeated names in order; one
// left unmatched on each side at the same place with the same phone is a
// renamed one. Compare is nil exactly when the Hashes are equal: should a
// difference escape the fields above, it is reported as "card" rather
// than lost.
func Compare(a, b Inputs) []Change {
	var cs []Change
	text := func(field, old, new string) {
		if old != new {
			cs = append(cs, Change{Field: field, Old: old, New: new})
		}
	}
	list := func(field string, old, new []string) {
		if !slices.Equal(old, new) {
			cs = append(cs, Change{Field: field, Old: strings.Join(old, " / "), New: strings.Join(new, " / ")})
		}
	}
	text("address", a.Address, b.Address)
	text("zone", a.Zone, b.Zone)
	text("title", a.Title, b.Title)
	text("community", a.Community, b.Community)
	text("slogan", a.Slogan, b.Slogan)
	cs = append(cs, compareContact(a.Contact, b.Contact)...)
	cs = append(cs, comparePeople("official", a.Officials, b.Officials)...)
	list("pledges", a.Pledges, b.Pledges)
	text("appeal", a.Appeal, b.Appeal)
	cs = append(cs, comparePeople("hotline", a.Hotlines, b.Hotlines)...)
	text("qr", a.QR, b.QR)
	text("qr.caption", a.QRCaption, b.QRCaption)
	text("qr.level", a.QRLevel, b.QRLevel)
	da, db := a.Design, b.Design
	text("design.name", da.Name, db.Name)
	text("design.size", length(da.Size), length(db.Size))
	text("design.bleed", length(da.Bleed), length(db.Bleed))
	text("design.corner_radius", length(da.CornerRadius), length(db.CornerRadius))
	text("design.ground", cmyk(da.Colors.Ground), cmyk(db.Colors.Ground))
	text("design.accent", cmyk(da.Colors.Accent), cmyk(db.Colors.Accent))
	text("design.ink", cmyk(da.Colors.Ink), cmyk(db.Colors.Ink))
	list("design.fonts", da.Fonts, db.Fonts)
	if len(cs) == 0 && a.Hash() != b.Hash() {
		cs = append(cs, Change{Field: "card"})
	}
	return cs
}

func compareContact(a, b *Person) []Change {
	switch {
	case a == nil && b == nil:
		return nil
	case a == nil || b == nil || a.Name != b.Name:
		var old, new string
		if a != nil {
			old = a.Name
		}
		if b != nil {
			new = b.Name
		}
		return []Change{{Field: "contact", Old: old, New: new}}
	}
	var cs []Change
	if a.Role != b.Role {
		cs = append(cs, Change{Field: "contact.role", Who: b.Name, Old: a.Role, New: b.Role})
	}
	if a.Phone != b.Phone {
		cs = append(cs, Change{Field: "contact.phone", Who: b.Name, Old: a.Phone, New: b.Phone})
	}
	return cs
}

// comparePeople compares the printed lists of officials or hotlines; kind
// is "official" or "hotline".
func comparePeople(kind string, old, new []Person) []Change {
	// match[j] is the index in old of new[j], or -1.
	match := make([]int, len(new))
	used := make([]bool, len(old))
	for j, p := range new {
		match[j] = -1
		for i, q := range old {
			if !used[i] && q.Name == p.Name {
				match[j], used[i] = i, true
				break
			}
		}
	}
	// A name corrected in place keeps its place and its phone.
	for j, p := range new {
		if match[j] < 0 && j < len(old) && !used[j] && old[j].Phone == p.Phone {
			match[j], used[j] = j, true
		}
	}
	var cs []Change
	for j, p := range new {
		if match[j] < 0 {
			cs = append(cs, Change{Field: kind + ".added", Who: p.Name, New: p.String()})
			continue
		}
		q := old[match[j]]
		if q.Name != p.Name {
			cs = append(cs, Change{Field: kind + ".name", Who: p.Name, Old: q.Name, New: p.Name})
		}
		if q.Role != p.Role {
			cs = append(cs, Change{Field: kind + ".role", Who: p.Name, Old: q.Role, New: p.Role})
		}
		if q.Phone != p.Phone {
			cs = append(cs, Change{Field: kind + ".phone", Who: p.Name, Old: q.Phone, New: p.Phone})
		}
	}
	for i, q := range old {
		if !used[i] {
			cs = append(cs, Change{Field: kind + ".removed", Who: q.Name, Old: q.String()})
		}
	}
	// The kept ones, in new order, should still be in old order.
	var kept []int
	for _, i := range match {
		if i >= 0 {
			kept = append(kept, i)
		}
	}
	if !slices.IsSorted(kept) {
		var was, is []string
		for i, q := range old {
			if used[i] {
				was = append(was, q.Name)
			}
		}
		for j, p := range new {
			if match[j] >= 0 {
				is = append(is, p.Name)
			}
		}
		cs = append(cs, Change{Field: kind + "s.order", Old: strings.Join(was, "、"), New: strings.Join(is, "、")})
	}
	return cs
}

// String is the person as the diff shows it: "张三 (村委会委员) 139 1000 2001".
func (p Person) String() string {
	if p.Role == "" {
		return p.Name + " " + p.Phone
	}
	return p.Name + " (" + p.Role + ") " + p.Phone
}

// length is exact, unlike mm, so that sizes that differ never read equal.
func length(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64) + "mm"
}

func cmyk(c CMYK) string {
	return fmt.Sprintf("C%g M%g Y%g K%g", c[0], c[1], c[2], c[3])
}
