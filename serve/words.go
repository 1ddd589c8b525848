package serve

import (
	"github.com/fuwuka/fuwuka/msg"
)

// choice is one entry of a list the page offers: the value the program
// takes and what the clerk reads.
type choice struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// designWords and orderWords are the designs and the sheet orders in the
// clerk's words; a name with none is shown as it is.
var (
	designWords = map[string]msg.Text{
		"warm":    msg.F("warm: rounded shapes, icons and a greeting"),
		"classic": msg.F("classic: the tidy red-and-yellow notice"),
	}
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
