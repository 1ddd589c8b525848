package card

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"unicode"

	"github.com/fuwuka/fuwuka/msg"
	"gopkg.in/yaml.v3"
)

// HouseholdsReader reads the household list a roster's households_file
// names, at path (already resolved from the roster's folder). Each
// household's Pos is its row in that file. warnings are things the clerk
// should know that do not stop the run. A file that cannot be opened is
// an ordinary error; rows or headers that are wrong are Problems, and the
// households that did read are still returned with them, so that one run
// also checks those against the rest of the roster.
//
// The reader is passed in rather than built in because reading
// spreadsheets (package importer) needs card's types: card cannot import it.
type HouseholdsReader func(path string) (hs []Household, warnings []msg.Text, err error)

// LoadOptions say how to read what a roster refers to.
type LoadOptions struct {
	// Households reads households_file; nil makes a roster that has one
	// invalid.
	Households HouseholdsReader
	// Cells, for a roster read from a workbook as YAML, maps each line of
	// that YAML to the cell it came from, for problems to point at.
	Cells map[int]string
}

// householdsFile reads the households in the file that n names, and
// checks each as a household listed in the roster is checked: ids against
// the roster's, zones against the officials'.
func (d *decoder) householdsFile(n *yaml.Node, name string) []Household {
	if d.readHouseholds == nil {
		d.add(d.at(n), "households_file", msg.F("this program does not read household files"), msg.F("list the households under households:, or use the fuwuka command"))
		return nil
	}
	hs, warnings, err := d.readHouseholds(d.resolve(name))
	d.warnings = append(d.warnings, warnings...)
	if err != nil {
		ps, ok := errors.AsType[Problems](err)
		if !ok {
			var hint msg.Text
			if _, ok := errors.AsType[*fs.PathError](err); ok {
				hint = msg.F("paths are relative to the roster's folder")
			}
			d.add(d.at(n), "households_file", msg.F("cannot read %q: %v", name, reason(err)), hint)
			return nil
		}
		d.probs = append(d.probs, ps...)
	}
	var out []Household
	for _, h := range hs {
		// A file's row has one position for all its fields. The row is
		// named by its id, as the roster's own households are, so that a
		// problem many rows share (a zone mistyped in a merged cell) is
		// said once.
		at := h.Pos
		path := ""
		if id := h.ID; id != "" && !strings.ContainsAny(id, "[]") && !strings.ContainsFunc(id, unicode.IsControl) {
			path = "households[" + id + "]"
		}
		vals := map[string]value{
			"id":       {d.clean(h.ID, at, join(path, "id")), at},
			"address":  {d.clean(h.Address, at, join(path, "address")), at},
			"zone":     {d.clean(h.Zone, at, join(path, "zone")), at},
			"resident": {d.clean(h.Resident, at, join(path, "resident")), at},
			"phone":    {d.clean(h.Phone, at, join(path, "phone")), at},
			"note":     {d.clean(h.Note, at, join(path, "note")), at},
			"copies":   {strconv.Itoa(h.Copies), at},
		}
		out = append(out, d.household(at, path, vals))
	}
	return out
}
