package card

import (
	"cmp"
	"slices"

	"github.com/fuwuka/fuwuka/msg"
)

// For says what h's card shows. Only the QR payload differs from one
// household's card to the next, besides the household itself; an error
// filling it in is Problems pointing at h.
func For(r *Roster, h Household) (Card, error) {
	c := Card{
		Household: h,
		Title:     r.Card.Title,
		Community: r.Community.Name,
		Slogan:    r.Card.Slogan,
		Contact:   r.contact(h.Zone),
		Officials: r.Officials,
		Pledges:   r.Pledges,
		Appeal:    r.Appeal,
		Hotlines:  r.Hotlines,
		Lists:     r.Lists,
	}
	if r.Community.Region != "" {
		c.Community = r.Community.Region + " " + r.Community.Name
	}
	if r.QR != nil {
		payload, err := r.qrPayload(h, c.Contact)
		if err != nil {
			return Card{}, Problems{{Pos: h.Pos, Field: Key("qr.content"), Msg: templateMsg(err), Hint: msg.F("the template can use %s", qrFields)}}
		}
		c.QR, c.QRCaption, c.QRLevel, c.QRTemplate = payload, r.QR.Caption, r.QR.Level, r.QR.Content
	}
	return c, nil
}

// contact is the first official, in roster order, who looks after zone;
// nil for no zone.
func (r *Roster) contact(zone string) *Official {
	if zone == "" {
		return nil
	}
	for i := range r.Officials {
		if slices.Contains(r.Officials[i].Zones, zone) {
			return &r.Officials[i]
		}
	}
	return nil
}

// Select returns the households with the given ids, in roster order; all
// of them when ids is empty. Unknown ids are Problems of the --household
// flag.
func (r *Roster) Select(ids []string) ([]Household, error) {
	if len(ids) == 0 {
		return r.Households, nil
	}
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	var hs []Household
	known := make([]string, len(r.Households))
	for i, h := range r.Households {
		known[i] = h.ID
		if want[h.ID] {
			hs = append(hs, h)
			delete(want, h.ID)
		}
	}
	var ps Problems
	for _, id := range ids {
		if !want[id] {
			continue
		}
		delete(want, id) // once, however often it was asked for
		var hint msg.Text
		if s := suggest(id, known); s != "" {
			hint = msg.F("did you mean %q?", s)
		}
		ps = append(ps, Problem{Field: Key("--household"), Msg: msg.F("no household %q", id), Hint: hint})
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return hs, nil
}

// Zones are the zones officials look after, in order of first mention.
func (r *Roster) Zones() []string {
	var zs []string
	for _, o := range r.Officials {
		for _, z := range o.Zones {
			if !slices.Contains(zs, z) {
				zs = append(zs, z)
			}
		}
	}
	return zs
}

// AllZones are the zones a household can be in: the officials' zones in
// order, then, as households name them, any zone only households name
// and NoZone for households without one.
func (r *Roster) AllZones() []string {
	names := r.Zones()
	for _, h := range r.Households {
		if z := cmp.Or(h.Zone, NoZone); !slices.Contains(names, z) {
			names = append(names, z)
		}
	}
	return names
}
