package serve

import (
	"github.com/fuwuka/fuwuka/layout/design"
	"github.com/fuwuka/fuwuka/msg"
)

// choice is one entry of a list the page offers: the value the program
// takes and what the clerk reads.
type choice struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// designLabel is a design in the clerk's words: its description from the
// registry, or its name when no design is called so.
func designLabel(name string) msg.Text {
	for _, d := range design.List() {
		if d.Name == name {
			return d.Description
		}
	}
	return msg.F("%s", name)
}

// orderWords are the sheet orders in the clerk's words; a name with none
// is shown as it is.
var (
	orderWords = map[string]msg.Text{
		"cut-stack":  msg.F("in roster order once the stacks are cut and piled"),
		"zone":       msg.F("one stack per zone"),
		"sequential": msg.F("card after card, sheet by sheet"),
	}
	// jobWords name the write action's jobs as its progress shows them.
	jobWords = map[string]msg.Text{
		"cards":  msg.F("cards"),
		"sheets": msg.F("press sheets"),
		"rounds": msg.F("round lists"),
	}
)

// label is name in words, or name itself.
func label(words map[string]msg.Text, name string) msg.Text {
	if w, ok := words[name]; ok {
		return w
	}
	return msg.F("%s", name)
}

// orders are the sheet orders the page offers, cut-stack first.
func (s *Server) orders() []choice {
	var cs []choice
	for _, o := range []string{"cut-stack", "zone", "sequential"} {
		cs = append(cs, choice{o, label(orderWords, o).In(s.o.Lang)})
	}
	return cs
}
