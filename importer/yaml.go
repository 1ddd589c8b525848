package importer

import (
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"gopkg.in/yaml.v3"
)

// Document is a YAML document with the households as a roster's
// households section, one line per household.
func Document(hs []card.Household) []byte {
	if len(hs) == 0 {
		return []byte("households: []\n")
	}
	return append([]byte("households:\n"), items(hs, "  ", "\n")...)
}

// items are the households as block sequence items, each a flow mapping
// on one line, each line starting with indent and ending with eol. Empty
// fields and one copy, the default, are left out.
func items(hs []card.Household, indent, eol string) []byte {
	var b strings.Builder
	for _, h := range hs {
		b.WriteString(indent)
		b.WriteString("- {id: ")
		b.WriteString(scalar(h.ID))
		for _, f := range []struct{ key, v string }{{"address", h.Address}, {"zone", h.Zone}, {"resident", h.Resident}, {"phone", h.Phone}, {"note", h.Note}} {
			if f.v != "" {
				b.WriteString(", " + f.key + ": " + scalar(f.v))
			}
		}
		if h.Copies > 1 {
			b.WriteString(", copies: " + strconv.Itoa(h.Copies))
		}
		b.WriteString("}" + eol)
	}
	return []byte(b.String())
}

// scalar writes s plain when YAML would read it back as the same string
// inside a flow mapping, else double-quoted. Go's quoting is valid YAML:
// YAML's double-quoted escapes include all of Go's.
func scalar(s string) string {
	out, err := yaml.Marshal(s)
	if err == nil && string(out) == s+"\n" && !strings.ContainsAny(s, ",[]{}#:\"'") {
		return s
	}
	return strconv.Quote(s)
}
