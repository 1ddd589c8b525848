package design

import (
	"fmt"
	"runtime"
	"slices"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// registered are the styles the design files registered, by name; each
// design is one file that calls register from its init, so that removing
// the file removes the design from every list and nothing else.
var registered = map[string]*registration{}

type registration struct {
	style *Style
	file  string // the file that registered it: the design's own
}

// register adds a style to the designs fuwuka knows. Two styles of one
// name are a mistake of the program, not of a roster.
func register(s *Style) {
	if _, dup := registered[s.Name]; dup {
		panic(fmt.Sprintf("design %q registered twice", s.Name))
	}
	_, file, _, _ := runtime.Caller(1)
	registered[s.Name] = &registration{style: s, file: file}
}

// designs are the registered designs, the default first, then by name.
func designs() []Design {
	names := make([]string, 0, len(registered))
	for name := range registered {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int {
		switch {
		case a == card.DefaultDesign:
			return -1
		case b == card.DefaultDesign:
			return 1
		}
		return strings.Compare(a, b)
	})
	ds := make([]Design, len(names))
	for i, name := range names {
		ds[i] = &engine{style: registered[name].style}
	}
	return ds
}

// Names lists the designs' names, the default first.
func Names() []string {
	var names []string
	for _, d := range designs() {
		names = append(names, d.Name())
	}
	return names
}

// Info is what a list of designs says of one.
type Info struct {
	Name        string
	Version     int
	Description msg.Text
	Default     bool
}

// List describes every design, the default first.
func List() []Info {
	var is []Info
	for _, d := range designs() {
		s := d.(*engine).style
		is = append(is, Info{Name: s.Name, Version: s.Version, Description: s.Description, Default: s.Name == card.DefaultDesign})
	}
	return is
}

// For is the design a roster's settings name, or a problem at the name.
func For(st card.Settings) (Design, error) {
	name := st.Design
	if name == "" {
		name = card.DefaultDesign
	}
	if r, ok := registered[name]; ok {
		return &engine{style: r.style}, nil
	}
	return nil, card.Problems{{Pos: st.DesignPos, Field: card.Key("card.design"),
		Msg:  msg.F("no card design is called %q", name),
		Hint: msg.F("the designs are %s", strings.Join(Names(), ", "))}}
}
