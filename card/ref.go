package card

import (
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Ref is what a problem is about: a value of the roster, maybe inside one
// entry of a list (a household, an official, a hotline, a pledge, an
// extra font). It is a value, so problems about the same thing compare
// equal, and what a problem is about is read from it, never parsed back
// out of a message.
type Ref struct {
	// List is the list the value is an entry of: "households",
	// "officials", "hotlines", "pledges" or "card.fonts"; "" for a
	// value outside the lists (a setting).
	List string
	// Name is the entry as the clerk knows it (a household's id, an
	// official's name); "" when the entry is known by its Place.
	Name string
	// Place is the entry's place in its list, from 1, when it has no Name.
	Place int
	// Key is the key below the entry ("phone", "zones[2]"), or the key
	// path from the roster's top when List is "" ("card.size").
	Key string
}

// Key is a reference to a value outside the lists, by its key path.
func Key(path string) Ref { return Ref{Key: path} }

// IsZero reports whether r refers to nothing.
func (r Ref) IsZero() bool { return r == Ref{} }

// String is r as a roster's YAML names it: households[E-001].phone,
// card.fonts[#2], card.size.
func (r Ref) String() string {
	if r.List == "" {
		return r.Key
	}
	s := r.List
	switch {
	case r.Name != "":
		s += "[" + r.Name + "]"
	case r.Place > 0:
		s += "[#" + strconv.Itoa(r.Place) + "]"
	}
	if r.Key != "" {
		s += "." + r.Key
	}
	return s
}

// Household is the id of the household r is about, if it is about one.
func (r Ref) Household() (string, bool) {
	if r.List == "households" && r.Name != "" {
		return r.Name, true
	}
	return "", false
}

// Sub is the key below r.
func (r Ref) Sub(key string) Ref {
	if r.Key != "" {
		key = r.Key + "." + key
	}
	r.Key = key
	return r
}

// At is the i-th value (from 0) of the list at r.
func (r Ref) At(i int) Ref {
	r.Key = fmt.Sprintf("%s[%d]", r.Key, i)
	return r
}

// entry is how problems name the i-th entry of a list of officials,
// hotlines or households: by the first of keys it gives a value, as the
// clerk knows it (households[E-001], officials[王建国]), else by its
// place counted from 1 (households[#3]).
func entry(list string, i int, n *yaml.Node, keys ...string) Ref {
	if n != nil && n.Kind == yaml.MappingNode {
		for _, key := range keys {
			for j := 0; j+1 < len(n.Content); j += 2 {
				k, v := n.Content[j], n.Content[j+1]
				if k.Value == key && v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) != "" && !strings.ContainsAny(v.Value, "[]\n") {
					return Ref{List: list, Name: strings.TrimSpace(v.Value)}
				}
			}
		}
	}
	return Ref{List: list, Place: i + 1}
}

// term is the key of r in the terms table: its list and its key without
// indices (officials.zones, card.colors.accent).
func (r Ref) term() string {
	k := r.Key
	if i := strings.IndexByte(k, '['); i >= 0 {
		k = k[:i]
	}
	switch {
	case r.List == "":
		return k
	case k == "":
		return r.List
	}
	return r.List + "." + k
}
