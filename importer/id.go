package importer

import "github.com/fuwuka/fuwuka/card"

// badID says why id cannot name a household's PDF file, or returns "".
// The rules are the roster's (card.CheckID); a clerk hears of a bad id here
// with the spreadsheet row that holds it.
func badID(id string) string {
	msg, hint := card.CheckID(id)
	if msg != "" && hint != "" {
		msg += "; " + hint
	}
	return msg
}
