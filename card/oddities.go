package card

import (
	"slices"
	"strings"

	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
)

// oddities are what a valid roster says that is seldom meant: a zone an
// official looks after that no household is in (a zone typed two ways, or
// households not yet added), and households that share an address (one
// door listed twice, where copies: 2 was meant).
func oddities(r *Roster) []msg.Text {
	if len(r.Households) == 0 {
		return nil
	}
	var ws []msg.Text
	used := map[string]bool{}
	for _, h := range r.Households {
		used[h.Zone] = true
	}
	warned := map[string]bool{}
	for _, o := range r.Officials {
		for _, z := range o.Zones {
			if !used[z] && !warned[z] {
				warned[z] = true
				ws = append(ws, warning(o.Pos, o.Field("zones"), msg.F("no household is in zone %q", z)))
			}
		}
	}
	byAddress := map[string][]Household{}
	var addresses []string
	for _, h := range r.Households {
		a := strings.Join(strings.Fields(h.Address), "")
		if len(byAddress[a]) == 0 {
			addresses = append(addresses, a)
		}
		byAddress[a] = append(byAddress[a], h)
	}
	for _, a := range addresses {
		hs := byAddress[a]
		if len(hs) < 2 {
			continue
		}
		ws = append(ws, sharedAddress(hs))
	}
	return slices.Clip(ws)
}

// warning is what the clerk should know about a value, said as a problem
// is: at its place, in the roster's words (a workbook's sheet, column head
// and cell).
func warning(pos Pos, field Ref, m msg.Text) msg.Text {
	return msg.F("%v", Problems{{Pos: pos, Field: field, Msg: m}})
}

// sharedNamed is how many households a shared-address warning names: the
// warning stays a line however many share it.
const sharedNamed = 5

// sharedAddress is the warning about households that share an address.
// copies: N is suggested only where N is a number of copies a household
// may have.
func sharedAddress(hs []Household) msg.Text {
	addr := files.Short(hs[0].Address)
	var ids []string
	for _, h := range hs[:min(len(hs), sharedNamed)] {
		ids = append(ids, h.ID)
	}
	named, more := strings.Join(ids, ", "), len(hs)-sharedNamed
	var m msg.Text
	switch {
	case len(hs) > 100:
		m = msg.F("%d households share the address %s (%s and %d more): is the address column the right one?", len(hs), addr, named, more)
	case more > 0:
		m = msg.F("%d households share the address %s (%s and %d more); if they are one door, list it once with %s: %d", len(hs), addr, named, more, hs[0].Field("copies"), len(hs))
	default:
		m = msg.F("households %s share the address %s; if they are one door, list it once with %s: %d", named, addr, hs[0].Field("copies"), len(hs))
	}
	return warning(hs[1].Pos, hs[1].Field("address"), m)
}
