package card

import (
	"errors"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
	"gopkg.in/yaml.v3"
)

// decoder builds a Roster from a roster's YAML nodes, recording every
// problem instead of stopping at the first. The helpers here know YAML;
// what the keys mean is in decode.go.
type decoder struct {
	file     string // what problems call the roster
	dir      string // where relative paths resolve from
	probs    Problems
	reported map[reportKey]bool
	warnings []msg.Text
	zones    []string             // that officials look after, for checking households
	cells    map[int]string       // a workbook roster's cell by line of its YAML
	ids      map[string]Household // by lower-case id, the first household with it
	// badPhones counts the household phones that are no phone number
	badPhones int

	readHouseholds HouseholdsReader // nil: households_file is not read
}

type reportKey struct {
	pos   Pos
	field Ref
}

func newDecoder(file, dir string, opts LoadOptions) *decoder {
	return &decoder{file: file, dir: dir, reported: map[reportKey]bool{}, ids: map[string]Household{}, readHouseholds: opts.Households, cells: opts.Cells}
}

// add records a problem unless the same field at the same place already
// has one: the first is the cause, later ones its echoes (a phone written
// as a list is also, uselessly, "required but empty").
func (d *decoder) add(pos Pos, field Ref, m, hint msg.Text) {
	k := reportKey{pos, field}
	if d.reported[k] {
		return
	}
	d.reported[k] = true
	d.probs = append(d.probs, Problem{Pos: pos, Field: field, Msg: m, Hint: hint})
}

// warn records what the clerk should know about a value that does not
// stop the run, said as a problem is: where, what and what to do.
func (d *decoder) warn(pos Pos, field Ref, m, hint msg.Text) {
	d.warnings = append(d.warnings, msg.F("%v", Problems{{Pos: pos, Field: field, Msg: m, Hint: hint}}))
}

func (d *decoder) addErr(pos Pos, field Ref, err error) {
	if h, ok := errors.AsType[*hintError](err); ok {
		d.add(pos, field, h.msg, h.hint)
		return
	}
	d.add(pos, field, msg.F("%v", err), msg.Text{})
}

func (d *decoder) at(n *yaml.Node) Pos {
	return Pos{File: d.file, Line: n.Line, Col: n.Column, Cell: d.cells[n.Line]}
}

// entryAt is where an entry of a list (an official, a hotline, a
// household) is: in a workbook, its row (住户!5:5) rather than the cell
// of its first value, so that a problem later found with one of its
// values, known only by the entry, does not name the wrong column.
func (d *decoder) entryAt(n *yaml.Node) Pos {
	p := d.at(n)
	if sheet, at, ok := strings.Cut(p.Cell, "!"); ok && isCellName(at) {
		row := strings.TrimLeft(at, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
		p.Cell = sheet + "!" + row + ":" + row
	}
	return p
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

var kindNames = map[yaml.Kind]msg.Text{
	yaml.ScalarNode:   msg.F("a single value"),
	yaml.SequenceNode: msg.F("a list"),
	yaml.MappingNode:  msg.F("a mapping"),
}

// Anchors and aliases are refused outright rather than expanded: no
// roster needs them (each official and household is written once), and
// refusing them makes alias bombs harmless whatever their size.
var (
	aliasMsg  = msg.F("anchors and aliases are not supported in a roster")
	aliasHint = msg.F("write the value out in full")
)

// is reports whether n is of kind k, recording a problem if not.
func (d *decoder) is(n *yaml.Node, field Ref, k yaml.Kind) bool {
	switch {
	case n.Kind == yaml.AliasNode || n.Anchor != "":
		d.add(d.at(n), field, aliasMsg, aliasHint)
	case n.Kind != k:
		found, hint := kindNames[n.Kind], msg.Text{}
		if isNull(n) {
			found = msg.F("nothing")
		} else if k == yaml.SequenceNode && n.Kind == yaml.ScalarNode {
			hint = msg.F("write a list: %s", flowList(n.Value))
		}
		d.add(d.at(n), field, msg.F("expected %s, found %s", kindNames[k], found), hint)
	default:
		return true
	}
	return false
}

// fields checks that n maps known keys to values, and returns the values
// by key; nil when n is not a mapping. A missing or null n maps nothing, so
// `card:` with nothing under it means the defaults.
func (d *decoder) fields(n *yaml.Node, path Ref, known ...string) map[string]*yaml.Node {
	if n != nil && !isNull(n) && !d.is(n, path, yaml.MappingNode) {
		return nil
	}
	f := map[string]*yaml.Node{}
	if n == nil {
		return f
	}
	keys := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.ShortTag() == "!!merge":
			d.add(d.at(k), path, aliasMsg, aliasHint)
		case !d.is(k, path, yaml.ScalarNode):
		case !slices.Contains(known, k.Value):
			d.add(d.at(k), path.Sub(k.Value), msg.F("unknown key"), didYouMean(k.Value, known, msg.F("known keys")))
		case keys[k.Value] != nil:
			d.add(d.at(k), path.Sub(k.Value), msg.F("given twice"), msg.F("first at line %d", keys[k.Value].Line))
		default:
			keys[k.Value], f[k.Value] = k, v
		}
	}
	return f
}

// items checks that n is a list and returns its entries. A missing or null
// n is an empty list.
func (d *decoder) items(n *yaml.Node, path Ref) []*yaml.Node {
	if n == nil || isNull(n) || !d.is(n, path, yaml.SequenceNode) {
		return nil
	}
	return n.Content
}

// text returns a single value as written, trimmed; "" when n is missing,
// null or not a single value. YAML numbers come back as their literal
// text, so an unquoted phone number keeps its leading zero.
func (d *decoder) text(n *yaml.Node, field Ref) string {
	if n == nil || isNull(n) || !d.is(n, field, yaml.ScalarNode) {
		return ""
	}
	return d.clean(strings.TrimSpace(n.Value), d.at(n), field)
}

// required is text that must be given and not empty; a missing key is
// reported at parent. Nothing is reported when parent was not a mapping at
// all: that has its own problem.
func (d *decoder) required(parent *yaml.Node, f map[string]*yaml.Node, path Ref, key string) string {
	if f == nil {
		return ""
	}
	field := path.Sub(key)
	n, ok := f[key]
	if !ok {
		d.add(d.at(parent), field, msg.F("required but missing"), msg.Text{})
		return ""
	}
	s := d.text(n, field)
	if s == "" {
		d.add(d.at(n), field, msg.F("required but empty"), msg.Text{})
	}
	return s
}

// MaxValue is the most characters a value of the roster may hold: the
// longest thing a card prints is a pledge or the appeal, and the longest
// value a QR code, well under it. A longer value is refused before any
// work on it, which could take minutes for a megabyte.
const MaxValue = 1000

// clean refuses control characters, returning "" for such text: a line
// break or tab inside a name would silently break the card's layout or
// the QR payload. It refuses a value longer than MaxValue too.
func (d *decoder) clean(s string, pos Pos, field Ref) string {
	if len(s) > MaxValue && utf8.RuneCountInString(s) > MaxValue {
		d.add(pos, field, msg.F("%d characters, more than the %d a value may hold: %q", utf8.RuneCountInString(s), MaxValue, files.Short(s)), msg.Text{})
		return ""
	}
	i := strings.IndexFunc(s, unicode.IsControl)
	if i < 0 {
		return s
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	var hint msg.Text
	if r == '\n' || r == '\r' {
		hint = msg.F("keep it on one line")
	}
	d.add(pos, field, msg.F("contains a control character (%U)", r), hint)
	return ""
}
