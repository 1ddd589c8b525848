package serve

import (
	"embed"
	"encoding/json"
	"html/template"
	"net/http"

	"github.com/fuwuka/fuwuka/layout/pdf"
	"github.com/fuwuka/fuwuka/msg"
)

//go:embed assets
var assets embed.FS

// pdfWriter makes the PDFs the page downloads; it keeps the font subsets
// it has cut for the next card.
var pdfWriter = pdf.NewWriter()

var pageTmpl = template.Must(template.ParseFS(assets, "assets/page.html"))

// words are what the page says, in the run's language, for its script.
func (s *Server) words() map[string]string {
	l := s.o.Lang
	return map[string]string{
		"problems":   msg.F("Problems").In(l),
		"noProblems": msg.F("No problems: every card is ready.").In(l),
		"stale":      msg.F("The roster has problems now: the cards shown are the last good ones.").In(l),
		"zones":      msg.F("Zones and households").In(l),
		"search":     msg.F("Search by id, address or resident").In(l),
		"card":       msg.F("This household's card").In(l),
		"zoneCards":  msg.F("The zone's cards").In(l),
		"download":   msg.F("Download the PDF").In(l),
		"write":      msg.F("Write cards, press sheets and round lists").In(l),
		"paper":      msg.F("Paper").In(l),
		"order":      msg.F("Order").In(l),
		"writing":    msg.F("Writing…").In(l),
		"failed":     msg.F("Not written").In(l),
		"line":       msg.F("line").In(l),
		"copies":     msg.F("copies").In(l),
		"design":     msg.F("design").In(l),
	}
}

func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	words, _ := json.Marshal(s.words())
	lang := "en"
	if s.o.Lang == msg.ZH {
		lang = "zh-CN"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'")
	pageTmpl.Execute(w, map[string]any{"Lang": lang, "Token": s.token, "Words": string(words), "Title": msg.F("fuwuka: the roster's cards").In(s.o.Lang)})
}

// asset serves one embedded file.
func asset(name, kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		data, err := assets.ReadFile("assets/" + name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", kind)
		w.Write(data)
	}
}
