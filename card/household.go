package card

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
	"gopkg.in/yaml.v3"
)

var householdKeys = []string{"id", "address", "zone", "resident", "phone", "note", "copies"}

// value is one household field as written, in the roster or a
// households_file row.
type value struct {
	text string
	pos  Pos
}

func (d *decoder) households(n *yaml.Node) []Household {
	var hs []Household
	for i, it := range d.items(n, Key("households")) {
		path := entry("households", i, it, "id", "address")
		f := d.fields(it, path, householdKeys...)
		if f == nil {
			continue
		}
		vals := map[string]value{}
		for k, v := range f {
			vals[k] = value{d.text(v, path.Sub(k)), d.at(v)}
		}
		hs = append(hs, d.household(d.entryAt(it), path, vals))
	}
	return hs
}

// household checks one household, wherever it was written; at is where
// it starts, path prefixes its field names.
func (d *decoder) household(at Pos, path Ref, vals map[string]value) Household {
	need := func(key string) string {
		v, ok := vals[key]
		switch {
		case !ok:
			d.add(at, path.Sub(key), msg.F("required but missing"), msg.Text{})
		case v.text == "":
			d.add(v.pos, path.Sub(key), msg.F("required but empty"), msg.Text{})
		}
		return v.text
	}
	h := Household{ID: need("id"), Address: need("address"), Zone: vals["zone"].text, Resident: vals["resident"].text, Phone: vals["phone"].text, Note: vals["note"].text, Copies: 1, Pos: at}
	if h.ID != "" {
		d.checkID(h, vals["id"].pos, path.Sub("id"))
	}
	if z := vals["zone"]; h.Zone != "" && !slices.Contains(d.zones, h.Zone) {
		hint := msg.F("no official lists any zones")
		if len(d.zones) > 0 {
			hint = msg.F("zones officials look after: %s", strings.Join(d.zones, ", "))
		}
		if s := suggestZone(h.Zone, d.zones); s != "" {
			hint = msg.F("did you mean %q? %s", s, hint)
		}
		d.add(z.pos, path.Sub("zone"), msg.F("unknown zone %q", h.Zone), hint)
	}
	if p := vals["phone"]; h.Phone != "" {
		// Not a problem: the round list prints the phone as written, and
		// 找他儿子 is a real note on how to reach a door. But a clerk
		// should know that 139331 will not ring.
		if _, err := ParsePhone(h.Phone); err != nil && !noPhone(h.Phone) {
			// a register of a thousand 找他儿子 is told of the first few
			// and counted, not a thousand lines
			if d.badPhones++; d.badPhones <= shownPhones {
				d.warn(p.pos, path.Sub("phone"), msg.F("%q is not a phone number; the round list shows it as written", h.Phone), phoneHint(h.Phone))
			}
		}
	}
	if c := vals["copies"]; c.text != "" {
		n, err := strconv.Atoi(c.text)
		if err != nil || n < 1 || n > 100 {
			d.add(c.pos, path.Sub("copies"), msg.F("%q is not a number of copies from 1 to 100", c.text), msg.Text{})
		} else {
			h.Copies = n
		}
	}
	return h
}

// checkID makes sure h's id can name its PDF file on any system, and no
// other household's: ids differing only in case would overwrite each other
// on Windows and macOS.
func (d *decoder) checkID(h Household, pos Pos, field Ref) {
	id := h.ID
	if m, hint := CheckID(id); !m.IsZero() {
		d.add(pos, field, m, hint)
		return
	}
	key := strings.ToLower(id)
	first, dup := d.ids[key]
	if !dup {
		d.ids[key] = h
		return
	}
	m := msg.F("id %q is already used", id)
	if first.ID != id {
		m = msg.F("id %q is already used as %q, and file names ignore case", id, first.ID)
	}
	hint := msg.F("first at line %d", first.Pos.Line)
	switch {
	case first.Pos.Cell != "":
		at, _ := field.Workbook(first.Pos.Cell)
		hint = msg.F("first at %s", cmp.Or(at, first.Pos.Cell))
	case first.Pos.File != pos.File:
		hint = msg.F("first at %s:%d", first.Pos.File, first.Pos.Line)
	}
	d.add(pos, field, m, hint)
}

// CheckID says why id cannot name a household's PDF file, with a hint, or
// returns zero Texts when it can. Uniqueness is the caller's to check.
func CheckID(id string) (m, hint msg.Text) {
	if n := utf8.RuneCountInString(id); n > 64 {
		return msg.F("id is %d characters long; at most 64", n), msg.Text{}
	}
	if strings.HasPrefix(id, ".") {
		return msg.F("id %q starts with '.'", id), msg.F("a file name starting with '.' is hidden")
	}
	if i := strings.IndexFunc(id, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._-", r)
	}); i >= 0 {
		r, _ := utf8.DecodeRuneInString(id[i:])
		return msg.F("id %q contains %q", id, r), msg.F("the id names the household's PDF file: use letters, digits, '.', '_' and '-'")
	}
	if windowsReserved(id) {
		return msg.F("id %q is a device name on Windows and cannot name a file there", id), msg.F("add a letter or digit, e.g. %s-1", id)
	}
	return msg.Text{}, msg.Text{}
}

// windowsReserved reports whether name.pdf would open a device on Windows
// (CON, PRN, AUX, NUL, COM1–9, LPT1–9, in any case), where clerks print.
// FileNameProblem says why name (without its extension) cannot name a
// file on Windows, macOS or Linux, with a hint, or returns zero Texts.
// Zones name round lists (<zone>.pdf).
func FileNameProblem(name string) (m, hint msg.Text) {
	switch {
	case name == "":
		return msg.F("empty name"), msg.Text{}
	case strings.HasPrefix(name, "."):
		return msg.F("%q starts with '.'", name), msg.F("a file name starting with '.' is hidden")
	case strings.HasSuffix(name, ".") || strings.HasSuffix(name, " "):
		return msg.F("%q ends with a dot or a space, which Windows drops from file names", name), msg.Text{}
	case windowsReserved(name):
		return msg.F("%q is a device name on Windows and cannot name a file there", name), msg.F("add a letter or digit, e.g. %s-1", name)
	}
	if i := strings.IndexFunc(name, func(r rune) bool { return r < ' ' || strings.ContainsRune(`/\:*?"<>|`, r) }); i >= 0 {
		r, _ := utf8.DecodeRuneInString(name[i:])
		return msg.F("%q contains %q, which file names cannot hold", name, r), msg.F(`leave out / \ : * ? " < > |`)
	}
	return msg.Text{}, msg.Text{}
}

// maxZone is the most characters a zone's name may hold: it names the
// zone's round list, <zone>.pdf, and file names hold at most 255 bytes,
// three for each Chinese character.
const maxZone = 40

// zoneProblem says what is wrong with a zone's name, or is zero.
func zoneProblem(z string) (m, hint msg.Text) {
	switch n := utf8.RuneCountInString(z); {
	case z == NoZone:
		return msg.F("%q is the name fuwuka gives the households without a zone", z), msg.F("call the zone something else, or leave those households without one")
	case n > maxZone:
		return msg.F("a zone name of %d characters; at most %d, as it names the round list's file", n, maxZone), msg.F("shorten %q", files.Short(z))
	}
	return msg.Text{}, msg.Text{}
}

func windowsReserved(name string) bool {
	base, _, _ := strings.Cut(strings.ToUpper(name), ".")
	switch base {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	return len(base) == 4 && (strings.HasPrefix(base, "COM") || strings.HasPrefix(base, "LPT")) && base[3] >= '1' && base[3] <= '9'
}

// HouseholdPhone is a household's phone as a round list shows it: grouped
// as the card groups numbers when it is one, else as written.
func HouseholdPhone(s string) string {
	if p, err := ParsePhone(s); err == nil {
		return p.Display()
	}
	return s
}

// shownPhones is how many household phones that are no phone number are
// warned of one by one; the rest are counted.
const shownPhones = 10

// noPhone reports whether s is how registers say a household has no
// phone (无, 暂无, -): nothing to warn of.
func noPhone(s string) bool {
	switch strings.TrimSpace(s) {
	case "无", "暂无", "没有", "-", "—", "/", "／":
		return true
	}
	return false
}
