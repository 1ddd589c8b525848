package card

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// Round is one zone's delivery round: what its round list (入户发放登记表)
// says, the households in the order they are visited.
type Round struct {
	Community  string     // region and name, as printed
	Zone       string     // NoZone for the households without one
	Contacts   []Official // every official who looks after Zone, in roster order
	Households []Household
	Date       time.Time
}

// Copies is the number of cards the round hands out.
func (rd Round) Copies() int {
	n := 0
	for _, h := range rd.Households {
		n += h.Copies
	}
	return n
}

// Rounds groups the households by zone, zones in roster order
// (Roster.Zones) and NoZone last, leaving out zones without
// households. A round visits its households by address (CompareAddress),
// equal addresses in roster order.
func Rounds(r *Roster, date time.Time) []Round {
	names := r.AllZones()
	community := strings.TrimSpace(r.Community.Region + r.Community.Name)
	var rounds []Round
	for _, z := range names {
		rd := Round{Community: community, Zone: z, Date: date}
		for _, h := range r.Households {
			if cmp.Or(h.Zone, NoZone) == z {
				rd.Households = append(rd.Households, h)
			}
		}
		if len(rd.Households) == 0 {
			continue
		}
		slices.SortStableFunc(rd.Households, func(a, b Household) int {
			return CompareAddress(a.Address, b.Address)
		})
		for _, o := range r.Officials {
			if slices.Contains(o.Zones, z) {
				rd.Contacts = append(rd.Contacts, o)
			}
		}
		rounds = append(rounds, rd)
	}
	return rounds
}
