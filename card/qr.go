package card

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"text/template"

	"github.com/fuwuka/fuwuka/msg"
	"gopkg.in/yaml.v3"
)

// qrFields is what a QR template can use. Contact is the household's zone
// contact; its fields are empty when there is none.
const qrFields = ".Community.Name, .Community.Region, .Household.ID, .Household.Address, .Household.Zone, .Household.Resident, .Contact.Name, .Contact.Phone"

func (d *decoder) qr(n *yaml.Node) *QR {
	if n == nil || isNull(n) {
		return nil
	}
	f := d.fields(n, Key("qr"), "content", "caption", "level")
	if f == nil {
		return nil
	}
	q := &QR{
		Content: d.required(n, f, Key("qr"), "content"),
		Caption: d.text(f["caption"], Key("qr.caption")),
		Level:   "M",
		Pos:     d.at(cmp.Or(f["content"], n)),
	}
	if lv := d.text(f["level"], Key("qr.level")); lv != "" {
		q.Level = strings.ToUpper(lv)
		if !slices.Contains([]string{"L", "M", "Q", "H"}, q.Level) {
			d.add(d.at(f["level"]), Key("qr.level"), msg.F("unknown error correction level %q", lv), msg.F("L, M, Q or H: a damaged code still reads with up to 7%%, 15%%, 25%% or 30%% of it lost"))
		}
	}
	if q.Content != "" {
		// The data is maps, not structs, so that missingkey=error catches
		// {{.Household.Adress}} rather than printing "<no value>".
		t, err := template.New("qr.content").Option("missingkey=error").Funcs(qrFuncs).Parse(q.Content)
		if err != nil {
			d.add(q.Pos, Key("qr.content"), templateMsg(err), msg.F("Go template syntax: https://pkg.go.dev/text/template"))
		} else if why := qrLimit(t); !why.IsZero() {
			// a template that could run without end is refused before it
			// runs; qr.content is one line, so its position is the action's
			d.add(q.Pos, Key("qr.content"), why,
				msg.F("a QR code's text is the fields %s, with if, with, printf and urlquery", qrFields))
			t = nil
		}
		q.Template = t
	}
	return q
}

// tryQR fills in the QR template once, for the first household, so that a
// misspelt field fails at load rather than halfway through the print run.
func (d *decoder) tryQR(r *Roster) {
	if r.QR == nil || r.QR.Template == nil || len(r.Households) == 0 {
		return
	}
	h := r.Households[0]
	if _, err := r.qrPayload(h, r.contact(h.Zone)); err != nil {
		d.add(r.QR.Pos, Key("qr.content"), templateMsg(err), msg.F("the template can use %s", qrFields))
	}
}

// qrPayload fills in the QR template for h. In a template that is a web
// address every value is percent-encoded, so that an id with a space or
// an address in Chinese still makes one address a phone opens; a
// template that escapes its values itself ({{urlquery .Household.ID}})
// is left to do so.
func (r *Roster) qrPayload(h Household, contact *Official) (string, error) {
	data := map[string]map[string]string{
		"Community": {"Name": r.Community.Name, "Region": r.Community.Region},
		"Household": {"ID": h.ID, "Address": h.Address, "Zone": h.Zone, "Resident": h.Resident},
		"Contact":   {"Name": "", "Phone": ""},
	}
	if contact != nil {
		data["Contact"] = map[string]string{"Name": contact.Name, "Phone": contact.Phone.Display()}
	}
	if isURL(r.QR.Content) && !strings.Contains(r.QR.Content, "urlquery") {
		for _, m := range data {
			for k, v := range m {
				m[k] = percentEncode(v)
			}
		}
	}
	var b qrWriter
	err := r.QR.Template.Execute(&b, data)
	return b.String(), err
}

var templateErrRE = regexp.MustCompile(`^template: qr\.content:[0-9:]*\s*(?:executing "qr\.content" )?`)

// templateMsg drops the template's name and offsets from err, which the
// problem's position already gives, and says "field" where the template
// package, seeing maps, says "key".
func templateMsg(err error) msg.Text {
	s := templateErrRE.ReplaceAllString(err.Error(), "")
	return msg.F("%s", strings.Replace(s, "map has no entry for key", "no field", 1))
}

// isURL says whether a QR template is a web address.
func isURL(content string) bool {
	c := strings.ToLower(strings.TrimSpace(content))
	return strings.HasPrefix(c, "http://") || strings.HasPrefix(c, "https://")
}

// percentEncode escapes every byte of s but RFC 3986's unreserved
// characters, which a path, a query key and a query value all take as
// they are.
func percentEncode(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}
