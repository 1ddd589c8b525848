package card

import (
	"cmp"
	"errors"
	"io/fs"
	"math"
	"path/filepath"
	"strconv"

	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
	"gopkg.in/yaml.v3"
)

var rosterKeys = []string{"version", "community", "card", "officials", "pledges", "appeal", "hotlines", "qr", "households", "households_file", "households_file_outside"}

// Limits on lists: what fits on a 100 mm card at a readable size.
const (
	maxOfficials = 12
	maxPledges   = 5
	maxHotlines  = 4
)

// roster reads the whole roster, or returns nil when root is not a mapping.
func (d *decoder) roster(root *yaml.Node) *Roster {
	f := d.fields(root, Ref{}, rosterKeys...)
	if f == nil {
		return nil
	}
	r := &Roster{Version: d.version(root, f)}
	cf := d.fields(f["community"], Key("community"), "name", "region")
	r.Community = Community{
		Name:   d.required(cmp.Or(f["community"], root), cf, Key("community"), "name"),
		Region: d.text(cf["region"], Key("community.region")),
	}
	r.Card = d.settings(f["card"])
	r.Officials = d.officials(root, f["officials"])
	r.Pledges = d.pledges(f["pledges"])
	r.Appeal = d.text(f["appeal"], Key("appeal"))
	r.Hotlines = d.hotlines(f["hotlines"])
	r.QR = d.qr(f["qr"])
	for _, l := range []struct {
		key string
		to  *Pos
	}{{"officials", &r.Lists.Officials}, {"pledges", &r.Lists.Pledges}, {"hotlines", &r.Lists.Hotlines}} {
		if n := f[l.key]; n != nil && !isNull(n) {
			*l.to = d.at(n)
		}
	}

	d.zones = r.Zones()
	r.Households = d.households(f["households"])
	if file := d.text(f["households_file"], Key("households_file")); file != "" {
		r.HouseholdsFile = d.resolve(file)
		r.Households = append(r.Households, d.householdsFile(f["households_file"], file, d.outsideAllowed(f["households_file_outside"]))...)
	} else if len(r.Households) == 0 {
		d.add(d.at(cmp.Or(f["households"], root)), Key("households"), msg.F("no households"), msg.F("list them under households:, or name a spreadsheet (.xlsx or .csv) in households_file:"))
	}
	if n := d.badPhones - shownPhones; n > 0 {
		d.warnings = append(d.warnings, msg.Plural(n, "%[2]s: %[1]d more household phone is not a phone number", "%[2]s: %[1]d more household phones are not phone numbers", d.file))
	}
	d.tryQR(r)
	if len(d.probs) == 0 {
		d.warnings = append(d.warnings, oddities(r)...)
	}
	r.Warnings = d.warnings
	return r
}

func (d *decoder) version(root *yaml.Node, f map[string]*yaml.Node) int {
	s := d.required(root, f, Ref{}, "version")
	if s == "" {
		return 0
	}
	v, err := strconv.Atoi(s)
	if err != nil || v != 1 {
		d.add(d.at(f["version"]), Key("version"), msg.F("unknown version %q", s), msg.F("this fuwuka reads version 1"))
	}
	return v
}

func (d *decoder) settings(n *yaml.Node) Settings {
	s := Settings{
		Title:        "居民服务卡",
		Size:         100,
		Bleed:        3,
		CornerRadius: 4,
		Colors:       DefaultColors,
		Design:       DefaultDesign,
	}
	f := d.fields(n, Key("card"), "title", "slogan", "design", "size", "bleed", "corner_radius", "colors", "fonts")
	if f == nil {
		return s
	}
	if _, ok := f["title"]; ok {
		s.Title = d.required(n, f, Key("card"), "title")
	}
	// No slogan by default: it is the community's own words, or nothing.
	s.Slogan = d.text(f["slogan"], Key("card.slogan"))
	s.Size = d.length(f["size"], Key("card.size"), s.Size, MinSize, MaxSize)
	s.Bleed = d.length(f["bleed"], Key("card.bleed"), s.Bleed, 0, 10)
	// A radius past a quarter of the side turns the card into a disc.
	s.CornerRadius = d.length(f["corner_radius"], Key("card.corner_radius"), s.CornerRadius, 0, s.Size/4)
	if n := f["design"]; n != nil {
		s.Design, s.DesignPos = cmp.Or(d.text(n, Key("card.design")), DefaultDesign), d.at(n)
	}
	if cf := d.fields(f["colors"], Key("card.colors"), "ground", "accent", "ink", "red", "yellow"); cf != nil {
		// red and yellow are the names the first cards gave the accent
		// and the ground; they are still read
		for _, c := range []struct {
			role, old string
			to        *CMYK
		}{{"accent", "red", &s.Colors.Accent}, {"ground", "yellow", &s.Colors.Ground}} {
			if cf[c.role] != nil && cf[c.old] != nil {
				d.add(d.at(cf[c.old]), Key("card.colors."+c.old), msg.F("%s and %s name the same colour", c.old, c.role), msg.F("keep %s", c.role))
			}
			if n := cmp.Or(cf[c.role], cf[c.old]); n != nil {
				name := c.role
				if cf[c.role] == nil {
					name = c.old
				}
				*c.to = d.cmyk(n, Key("card.colors."+name), *c.to)
			}
		}
		s.Colors.Ink = d.cmyk(cf["ink"], Key("card.colors.ink"), s.Colors.Ink)
	}
	for i, it := range d.items(f["fonts"], Key("card.fonts")) {
		field := Ref{List: "card.fonts", Place: i + 1}
		name := d.text(it, field)
		if name == "" {
			d.add(d.at(it), field, msg.F("empty file name"), msg.Text{})
			continue
		}
		path, err := d.readable(name)
		if err != nil {
			d.add(d.at(it), field, msg.F("cannot read %q: %v", name, err), msg.F("paths are relative to the roster's folder"))
			continue
		}
		s.Fonts = append(s.Fonts, path)
		s.FontNames = append(s.FontNames, name)
		s.FontsPos = append(s.FontsPos, d.at(it))
	}
	return s
}

// length is a length in millimetres within lo..hi; def when n is absent
// or wrong.
func (d *decoder) length(n *yaml.Node, field Ref, def, lo, hi float64) float64 {
	s := d.text(n, field)
	if s == "" {
		return def
	}
	v, err := ParseLength(s)
	if err != nil {
		d.addErr(d.at(n), field, err)
		return def
	}
	if !(v >= lo && v <= hi) {
		d.add(d.at(n), field, msg.F("%s is outside %s..%s", s, mm(lo), mm(hi)), msg.Text{})
		return def
	}
	return v
}

func mm(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64) + "mm"
}

func (d *decoder) cmyk(n *yaml.Node, field Ref, def CMYK) CMYK {
	if n == nil || isNull(n) {
		return def
	}
	items := d.items(n, field)
	if len(items) != 4 {
		d.add(d.at(n), field, msg.F("%d numbers; a CMYK colour has 4 (cyan, magenta, yellow, black)", len(items)), msg.F("e.g. [0, 100, 100, 10]"))
		return def
	}
	var c CMYK
	for i, it := range items {
		s := d.text(it, field.At(i))
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || !(v >= 0 && v <= 100) {
			d.add(d.at(it), field.At(i), msg.F("%q is not a percentage from 0 to 100", s), msg.Text{})
			return def
		}
		c[i] = v
	}
	return c
}

// readable resolves a path written in the roster and checks that it names
// a file that can be opened, so that a missing font fails at load and not
// after half the cards are printed.
func (d *decoder) readable(name string) (string, error) {
	path, err := filepath.Abs(d.resolve(name))
	if err != nil {
		return "", err
	}
	// Opened, not only looked at: a file that exists but cannot be read
	// fails here too. A device or FIFO is refused before it is opened.
	f, err := files.Open(path)
	if _, ok := errors.AsType[*files.NotFileError](err); ok {
		return "", errors.New("not a file")
	}
	if err != nil {
		return "", reason(err)
	}
	f.Close()
	return path, nil
}

func (d *decoder) resolve(name string) string {
	if filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(d.dir, name)
}

// reason drops the operation and path from an *fs.PathError: the problem
// already says which file.
func reason(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// officials reads the list at n, which is nil when root has no such key.
func (d *decoder) officials(root, n *yaml.Node) []Official {
	items := d.items(n, Key("officials"))
	if len(items) == 0 {
		d.add(d.at(cmp.Or(n, root)), Key("officials"), msg.F("at least one official is required"), msg.Text{})
	}
	var offs []Official
	for i, it := range items {
		path := entry("officials", i, it, "name", "phone")
		if i == maxOfficials {
			d.add(d.at(it), path, msg.F("more than %d officials; they would not fit on the card", maxOfficials), msg.Text{})
		}
		f := d.fields(it, path, "name", "role", "phone", "zones")
		o := Official{
			Name:  d.required(it, f, path, "name"),
			Role:  d.required(it, f, path, "role"),
			Phone: d.phone(it, f, path),
			Pos:   d.entryAt(it),
		}
		zpath := path.Sub("zones")
		for j, z := range d.items(f["zones"], zpath) {
			if s := d.text(z, zpath.At(j)); s != "" {
				if m, hint := zoneProblem(s); !m.IsZero() {
					d.add(d.at(z), zpath.At(j), m, hint)
					continue
				}
				o.Zones = append(o.Zones, s)
			} else {
				d.add(d.at(z), zpath.At(j), msg.F("empty zone name"), msg.Text{})
			}
		}
		offs = append(offs, o)
	}
	return offs
}

func (d *decoder) phone(parent *yaml.Node, f map[string]*yaml.Node, path Ref) Phone {
	s := d.required(parent, f, path, "phone")
	if s == "" {
		return Phone{}
	}
	p, err := ParsePhone(s)
	if err != nil {
		d.addErr(d.at(f["phone"]), path.Sub("phone"), err)
	}
	return p
}

func (d *decoder) pledges(n *yaml.Node) []string {
	var ps []string
	for i, it := range d.items(n, Key("pledges")) {
		field := Ref{List: "pledges", Place: i + 1}
		if i == maxPledges {
			d.add(d.at(it), field, msg.F("more than %d pledges; they would not fit on the card", maxPledges), msg.Text{})
		}
		s := d.text(it, field)
		if s == "" {
			d.add(d.at(it), field, msg.F("empty pledge"), msg.Text{})
		}
		ps = append(ps, s)
	}
	return ps
}

func (d *decoder) hotlines(n *yaml.Node) []Hotline {
	var hs []Hotline
	for i, it := range d.items(n, Key("hotlines")) {
		path := entry("hotlines", i, it, "name", "phone")
		if i == maxHotlines {
			d.add(d.at(it), path, msg.F("more than %d hotlines; they would not fit on the card", maxHotlines), msg.Text{})
		}
		f := d.fields(it, path, "name", "phone")
		hs = append(hs, Hotline{Name: d.required(it, f, path, "name"), Phone: d.phone(it, f, path), Pos: d.entryAt(it)})
	}
	return hs
}
