package card

import (
	"fmt"
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
				ws = append(ws, msg.F("%s: %s: no household is in zone %q", where(o.Pos), o.Field("zones"), z))
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

// where is a position as problems print it.
func where(p Pos) string {
	switch {
	case p.Cell != "":
		return p.File + ":" + p.Cell
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// sharedNamed is how many households a shared-address warning names: the
// warning stays a line however many share it.
const sharedNamed = 5

// sharedAddress is the warning about households that share an address.
// copies: N is suggested only where N is a number of copies a household
// may have.
func sharedAddress(hs []Household) msg.Text {
	at, addr := where(hs[1].Pos), files.Short(hs[0].Address)
	var ids []string
	for _, h := range hs[:min(len(hs), sharedNamed)] {
		ids = append(ids, h.ID)
	}
	named, more := strings.Join(ids, ", "), len(hs)-sharedNamed
	switch {
	case len(hs) > 100:
		return msg.F("%s: %d households share the address %s (%s and %d more): is the address column the right one?", at, len(hs), addr, named, more)
	case more > 0:
		return msg.F("%s: %d households share the address %s (%s and %d more); if they are one door, list it once with copies: %d", at, len(hs), addr, named, more, len(hs))
	}
	return msg.F("%s: households %s share the address %s; if they are one door, list it once with copies: %d", at, named, addr, len(hs))
}
