package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fuwuka/fuwuka/msg"
)

// A resident's name is on no card, but the write action's round lists
// draw it: the page shows a character no font has there as a problem,
// as validate does, rather than cards that then fail to write.
func TestResidentCharacterIsAProblem(t *testing.T) {
	roster := filepath.Join(t.TempDir(), "roster.yaml")
	doc := "version: 1\ncommunity: {name: 柳树湾村}\n" +
		"officials:\n  - {name: 王建国, role: 书记, phone: \"138 0013 8001\", zones: [一组]}\n" +
		"households:\n  - {id: H-001, address: 东街1号, zone: 一组, resident: 王𪚥}\n"
	if err := os.WriteFile(roster, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	probs := problemsOf(t, roster)
	found := false
	for _, p := range probs {
		if p.Field == "households[H-001].resident" && strings.Contains(p.Message, "U+2A6A5") {
			found = true
		}
	}
	if !found {
		t.Errorf("no problem for the resident's character: %+v", probs)
	}
}

// The write action draws the die line, so a bleed that cards would refuse
// for a die-cut card is a problem on the page, before anything is written.
func TestThinBleedIsAProblem(t *testing.T) {
	data, err := os.ReadFile("../examples/baicaowa/roster.yaml")
	if err != nil {
		t.Fatal(err)
	}
	roster := filepath.Join(t.TempDir(), "roster.yaml")
	if err := os.WriteFile(roster, []byte(strings.Replace(string(data), "bleed: 3mm", "bleed: 0mm", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	probs := problemsOf(t, roster)
	if len(probs) != 1 || probs[0].Field != "card.bleed" {
		t.Errorf("bleed 0mm: the page's problems are %+v; want one at card.bleed", probs)
	}
}

// problemsOf is what the page says is wrong with the roster at path once
// it has read it.
func problemsOf(t *testing.T, roster string) []Problem {
	t.Helper()
	s, err := New(Options{Roster: roster, Load: load, Lang: msg.EN, Poll: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	s.reload()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.probs
}
