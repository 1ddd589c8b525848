package importer

import (
	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// badID says why id cannot name a household's PDF file, or is zero.
// The rules are the roster's (card.CheckID); a clerk hears of a bad id here
// with the spreadsheet row that holds it.
func badID(id string) msg.Text {
	m, hint := card.CheckID(id)
	if !m.IsZero() && !hint.IsZero() {
		return msg.F("%s; %s", m, hint)
	}
	return m
}
