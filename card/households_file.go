package card

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/fuwuka/fuwuka/files"
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
//
// data is the file's contents: card opens the file once, checks that what
// it opened is inside the roster's folder, and reads it, so that a link
// changed between the check and the read cannot reach outside.
type HouseholdsReader func(path string, data []byte) (hs []Household, warnings []msg.Text, err error)

// LoadOptions say how to read what a roster refers to.
type LoadOptions struct {
	// Households reads households_file; nil makes a roster that has one
	// invalid.
	Households HouseholdsReader
	// Cells, for a roster read from a workbook as YAML, maps each line of
	// that YAML to the cell it came from, for problems to point at.
	Cells map[int]string
}

// leaves says how the households_file name reaches outside the roster's
// folder (an absolute path, a .. path, a link to a file elsewhere), or
// is zero. A roster passed around must not read, and print in its
// problems, whatever file its author chose.
func (d *decoder) leaves(name string) msg.Text {
	if filepath.IsAbs(name) || filepath.VolumeName(name) != "" {
		return msg.F("%q is an absolute path, outside the roster's folder", files.Short(name))
	}
	if rel := filepath.Clean(name); rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return msg.F("%q leaves the roster's folder", files.Short(name))
	}
	dir, err := filepath.EvalSymlinks(d.dir)
	if err != nil {
		return msg.Text{}
	}
	file, err := filepath.EvalSymlinks(d.resolve(name))
	if err != nil {
		return msg.Text{} // reading it says what is wrong
	}
	if rel, err := filepath.Rel(dir, file); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return msg.F("%q is a link to a file outside the roster's folder", files.Short(name))
	}
	return msg.Text{}
}

// afterOpen, when set, runs between opening households_file and checking
// what was opened: tests change the file there.
var afterOpen func()

// openHouseholds reads households_file once: it opens the file, then
// checks that the file it opened is the one inside the roster's folder
// that the name leads to. Checking first and opening after would leave
// a moment in which a link could be pointed elsewhere. leave says why
// the file is refused, if it is.
func (d *decoder) openHouseholds(name string, outside bool) (data []byte, leave msg.Text, err error) {
	path := d.resolve(name)
	f, err := files.Open(path)
	if err != nil {
		return nil, msg.Text{}, err
	}
	defer f.Close()
	if afterOpen != nil {
		afterOpen()
	}
	if !outside {
		if m := d.leaves(name); !m.IsZero() {
			return nil, m, nil
		}
		opened, err := f.Stat()
		if err != nil {
			return nil, msg.Text{}, err
		}
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			return nil, msg.Text{}, err
		}
		if st, err := os.Stat(real); err != nil || !os.SameFile(opened, st) {
			return nil, msg.F("%q changed while it was read; it may be a link to a file outside the roster's folder", files.Short(name)), nil
		}
	}
	data, err = files.ReadAll(path, f, MaxFileSize)
	return data, msg.Text{}, err
}

// outsideAllowed reads households_file_outside: true lets households_file
// name a file outside the roster's folder.
func (d *decoder) outsideAllowed(n *yaml.Node) bool {
	if n == nil {
		return false
	}
	switch s := d.text(n, Key("households_file_outside")); s {
	case "true":
		return true
	case "false", "":
		return false
	default:
		d.add(d.at(n), Key("households_file_outside"), msg.F("%q is neither true nor false", files.Short(s)), msg.Text{})
		return false
	}
}

// householdsFile reads the households in the file that n names, and
// checks each as a household listed in the roster is checked: ids against
// the roster's, zones against the officials'.
func (d *decoder) householdsFile(n *yaml.Node, name string, outside bool) []Household {
	if d.readHouseholds == nil {
		d.add(d.at(n), Key("households_file"), msg.F("this program does not read household files"), msg.F("list the households under households:, or use the fuwuka command"))
		return nil
	}
	data, m, err := d.openHouseholds(name, outside)
	if !m.IsZero() {
		d.add(d.at(n), Key("households_file"), m, msg.F("keep the household list beside the roster, or add households_file_outside: true to the roster to read it from there"))
		return nil
	}
	var hs []Household
	var warnings []msg.Text
	if err == nil {
		hs, warnings, err = d.readHouseholds(d.resolve(name), data)
	}
	d.warnings = append(d.warnings, warnings...)
	if err != nil {
		ps, ok := errors.AsType[Problems](err)
		if !ok {
			var hint msg.Text
			if _, ok := errors.AsType[*fs.PathError](err); ok {
				hint = msg.F("paths are relative to the roster's folder")
			}
			d.add(d.at(n), Key("households_file"), msg.F("cannot read %q: %v", name, reason(err)), hint)
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
		path := Ref{}
		if id := h.ID; id != "" && !strings.ContainsAny(id, "[]") && !strings.ContainsFunc(id, unicode.IsControl) {
			path = Ref{List: "households", Name: id}
		}
		vals := map[string]value{
			"id":       {d.clean(h.ID, at, path.Sub("id")), at},
			"address":  {d.clean(h.Address, at, path.Sub("address")), at},
			"zone":     {d.clean(h.Zone, at, path.Sub("zone")), at},
			"resident": {d.clean(h.Resident, at, path.Sub("resident")), at},
			"phone":    {d.clean(h.Phone, at, path.Sub("phone")), at},
			"note":     {d.clean(h.Note, at, path.Sub("note")), at},
			"copies":   {strconv.Itoa(h.Copies), at},
		}
		out = append(out, d.household(at, path, vals))
	}
	return out
}
