package card

import (
	"errors"

	"github.com/fuwuka/fuwuka/msg"
)

// RosterDiff is which households' cards two versions of a roster change.
// A household is the same household in both when its id is.
type RosterDiff struct {
	Changed   []HouseholdChange `json:"changed"`   // in the new roster's order
	Added     []HouseholdRef    `json:"added"`     // in the new roster's order
	Removed   []HouseholdRef    `json:"removed"`   // in the old roster's order
	Unchanged int               `json:"unchanged"` // households whose card stays as it is
}

// HouseholdChange is a household whose card changes, and why.
type HouseholdChange struct {
	HouseholdRef
	Changes []Change `json:"changes"`
}

// HouseholdRef names a household as a clerk finds it: id and address.
type HouseholdRef struct {
	ID      string `json:"id"`
	Address string `json:"address"`
}

// Empty reports whether no card changes, appears or goes.
func (d RosterDiff) Empty() bool {
	return len(d.Changed) == 0 && len(d.Added) == 0 && len(d.Removed) == 0
}

// Diff compares every household's card in old with its card in new. A QR
// template that cannot be filled in for a household of either roster is
// Problems, all of them at once, as loading would report them.
func Diff(old, new *Roster) (RosterDiff, error) {
	var ps Problems
	inputs := func(r *Roster) map[string]Inputs {
		m := make(map[string]Inputs, len(r.Households))
		for _, h := range r.Households {
			in, err := InputsOf(r, h)
			var hp Problems
			if errors.As(err, &hp) {
				ps = append(ps, hp...)
				continue
			} else if err != nil {
				ps = append(ps, Problem{Pos: h.Pos, Msg: msg.F("%v", err)})
				continue
			}
			m[h.ID] = in
		}
		return m
	}
	was, is := inputs(old), inputs(new)
	if err := ps.Err(); err != nil {
		return RosterDiff{}, err
	}
	d := RosterDiff{Changed: []HouseholdChange{}, Added: []HouseholdRef{}, Removed: []HouseholdRef{}}
	for _, h := range new.Households {
		a, ok := was[h.ID]
		if !ok {
			d.Added = append(d.Added, HouseholdRef{h.ID, h.Address})
			continue
		}
		if cs := Compare(a, is[h.ID]); len(cs) > 0 {
			d.Changed = append(d.Changed, HouseholdChange{HouseholdRef{h.ID, h.Address}, cs})
		} else {
			d.Unchanged++
		}
	}
	for _, h := range old.Households {
		if _, ok := is[h.ID]; !ok {
			d.Removed = append(d.Removed, HouseholdRef{h.ID, h.Address})
		}
	}
	return d, nil
}
