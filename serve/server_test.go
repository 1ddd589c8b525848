package serve

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/render"
)

var builtinFonts = sync.OnceValues(fonts.Builtin)

func load(path string) (*card.Roster, *fonts.Set, error) {
	r, err := card.Load(path, card.LoadOptions{})
	if err != nil {
		return nil, nil, err
	}
	set, err := builtinFonts()
	return r, set, err
}

// server serves a copy of the example roster.
func server(t *testing.T) (*Server, *httptest.Server, string) {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile("../examples/baicaowa/roster.yaml")
	if err != nil {
		t.Fatal(err)
	}
	roster := filepath.Join(dir, "roster.yaml")
	if err := os.WriteFile(roster, data, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := New(Options{Roster: roster, Load: load, Lang: msg.EN, Poll: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts, roster
}

func get(t *testing.T, url string) (int, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body
}

func stateOf(t *testing.T, ts *httptest.Server) stateJSON {
	t.Helper()
	code, body := get(t, ts.URL+"/api/state")
	var st stateJSON
	if code != 200 || json.Unmarshal(body, &st) != nil {
		t.Fatalf("state: %d %s", code, body)
	}
	return st
}

func TestStateListsEveryHousehold(t *testing.T) {
	_, ts, roster := server(t)
	r, _, err := load(roster)
	if err != nil {
		t.Fatal(err)
	}
	st := stateOf(t, ts)
	n := 0
	for _, z := range st.Zones {
		n += len(z.Households)
	}
	if n != len(r.Households) || !st.Valid || st.Stale || st.Design != "warm" {
		t.Errorf("state lists %d households of %d, valid %t, stale %t, design %q", n, len(r.Households), st.Valid, st.Stale, st.Design)
	}
}

// The page's card is the preview writer's SVG, byte for byte.
func TestCardIsThePreview(t *testing.T) {
	_, ts, roster := server(t)
	r, set, err := load(roster)
	if err != nil {
		t.Fatal(err)
	}
	laid, err := render.Lay(r, set, []string{"W-101"}, 1)
	if err != nil {
		t.Fatal(err)
	}
	want, err := render.Picture(laid[0].Art.Frame(), laid[0].Art.Trim, r.Card.CornerRadius, render.PreviewOptions{Format: render.SVG})
	if err != nil {
		t.Fatal(err)
	}
	code, got := get(t, ts.URL+"/card/W-101.svg")
	if code != 200 || !bytes.Equal(got, want) {
		t.Errorf("GET /card/W-101.svg: %d, %d bytes; want the preview's %d bytes", code, len(got), len(want))
	}
	if code, pdf := get(t, ts.URL+"/card/W-101.pdf"); code != 200 || !bytes.HasPrefix(pdf, []byte("%PDF-1.6")) {
		t.Errorf("GET /card/W-101.pdf: %d %q", code, pdf[:min(len(pdf), 10)])
	}
}

// Requests name households, never files: nothing outside the roster's
// cards is ever answered.
func TestOnlyTheRostersCards(t *testing.T) {
	_, ts, _ := server(t)
	for _, path := range []string{
		"/card/..%2Froster.yaml", "/card/roster.yaml", "/card/E-001.png", "/card/X-999.svg",
		"/card/%2Fetc%2Fpasswd.svg", "/../roster.yaml", "/roster.yaml", "/assets/page.html",
	} {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode < 400 || resp.StatusCode >= 500 || strings.Contains(string(body), "version: 1") {
			t.Errorf("GET %s: %d %q", path, resp.StatusCode, body[:min(len(body), 60)])
		}
	}
}

// Writing takes the page's token; without it, or with another, or by GET,
// nothing is written.
func TestWriteNeedsTheToken(t *testing.T) {
	s, ts, roster := server(t)
	for _, tc := range []struct {
		method, token string
		want          int
	}{
		{"POST", "", http.StatusForbidden},
		{"POST", "0123", http.StatusForbidden},
		{"GET", s.Token(), http.StatusMethodNotAllowed},
	} {
		req, _ := http.NewRequest(tc.method, ts.URL+"/api/write", strings.NewReader(`{}`))
		if tc.token != "" {
			req.Header.Set("X-Fuwuka-Token", tc.token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("%s with token %q: %d, want %d", tc.method, tc.token, resp.StatusCode, tc.want)
		}
	}
	req, _ := http.NewRequest("POST", ts.URL+"/api/write", strings.NewReader(`{"paper": "A9"}`))
	req.Header.Set("X-Fuwuka-Token", s.Token())
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusBadRequest {
		t.Errorf("an unknown paper: %v %v", resp.StatusCode, err)
	}
	if _, err := os.Stat(OutputDir(roster)); !os.IsNotExist(err) {
		t.Errorf("%s was written", OutputDir(roster))
	}
}

// A roster that stops validating shows its problem with its line and
// keeps the last good cards, marked stale; a fixed one is live again.
func TestLiveReload(t *testing.T) {
	s, ts, roster := server(t)
	stop := make(chan struct{})
	defer close(stop)
	go s.Watch(stop)
	data, _ := os.ReadFile(roster)
	bad := strings.Replace(string(data), `phone: "138 0013 8002"`, `phone: "1391000"`, 1)
	if err := os.WriteFile(roster, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	var st stateJSON
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if st = stateOf(t, ts); len(st.Problems) > 0 {
			break
		}
	}
	if len(st.Problems) != 1 || st.Problems[0].Line == 0 || !strings.Contains(st.Problems[0].Field, "phone") || !st.Stale {
		t.Fatalf("after an invalid edit: %+v", st)
	}
	if code, _ := get(t, ts.URL+"/card/E-001.svg"); code != 200 {
		t.Errorf("the last good card is gone: %d", code)
	}
	good := strings.Replace(string(data), `"138 0013 8001"`, `"138 0013 8099"`, 1)
	if err := os.WriteFile(roster, []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if st = stateOf(t, ts); len(st.Problems) == 0 {
			break
		}
	}
	if _, svg := get(t, ts.URL+"/card/E-001.svg"); len(st.Problems) > 0 || st.Stale || !strings.Contains(string(svg), "138 0013 8099") {
		t.Errorf("after the fix: %+v, card has the new phone: %t", st, strings.Contains(string(svg), "138 0013 8099"))
	}
}

// The write action writes the same cards as fuwuka cards would, with
// sheets and round lists, beside the roster.
func TestWriteAll(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	s, ts, roster := server(t)
	seen := writeAndWait(t, s, ts)
	if !strings.Contains(seen, `"ok":true`) {
		t.Fatalf("written: %s", seen)
	}
	r, set, _ := load(roster)
	date, _ := render.DocumentDate(roster)
	want := t.TempDir()
	if _, err := render.Cards(r, set, render.CardsOptions{Dir: want, CutContour: true, Date: date}); err != nil {
		t.Fatal(err)
	}
	out := OutputDir(roster)
	for _, h := range r.Households {
		a, _ := os.ReadFile(filepath.Join(want, h.ID+".pdf"))
		b, err := os.ReadFile(filepath.Join(out, "cards", h.ID+".pdf"))
		if err != nil || !bytes.Equal(a, b) {
			t.Fatalf("%s: not the card fuwuka cards writes (%v)", h.ID, err)
		}
	}
	for _, f := range []string{"sheets.pdf", "rounds/东片.pdf", "cards/manifest.json"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// A workbook roster's problem is shown at its cell, not at the line of the
// YAML the workbook was read as.
func TestProblemAtCell(t *testing.T) {
	s := &Server{o: Options{Roster: "roster.xlsx"}}
	got := s.problems(card.Problems{
		{Pos: card.Pos{File: "roster.xlsx", Line: 12, Col: 10, Cell: "干部!C4"}, Field: "officials[赵志强].phone", Msg: msg.F("not a phone number")},
		{Pos: card.Pos{File: "roster.yaml", Line: 7, Col: 3}, Field: "appeal", Msg: msg.F("too long")},
	}.Err())
	if len(got) != 2 || got[0].Cell != "干部!C4" || got[0].Line != 0 || got[0].Column != 0 {
		t.Errorf("workbook problem %+v, want the cell and no line", got[0])
	}
	if got[1].Cell != "" || got[1].Line != 7 || got[1].Column != 3 {
		t.Errorf("YAML problem %+v, want line 7, column 3", got[1])
	}
}

// Writing takes each output folder's lock, as the commands do: a folder
// another run holds is refused, not written into beside it.
func TestWriteAllTakesTheLock(t *testing.T) {
	s, ts, roster := server(t)
	held, err := files.LockDir(filepath.Join(OutputDir(roster), "cards"), "")
	if err != nil {
		t.Fatal(err)
	}
	defer held.Unlock()
	answer := writeAndWait(t, s, ts)
	if !strings.Contains(answer, `"ok":false`) {
		t.Fatalf("written into a folder another run holds: %s", answer)
	}
	if ents, _ := os.ReadDir(filepath.Join(OutputDir(roster), "cards")); len(ents) > 1 {
		t.Errorf("the held folder now has %d entries", len(ents))
	}
	// The cards could not be written; the sheets and round lists after
	// them still are, and the answer says so.
	for _, f := range []string{"sheets.pdf", "rounds/东片.pdf"} {
		if _, err := os.Stat(filepath.Join(OutputDir(roster), f)); err != nil {
			t.Errorf("%s skipped after the cards failed: %v", f, err)
		}
	}
	if !strings.Contains(answer, `sheets.pdf`) {
		t.Error("the answer does not list the sheets written")
	}
}

// writeAndWait asks the page's server to write everything, A3 sheets in
// zone order, and returns the events up to the one that says it is done.
func writeAndWait(t *testing.T, s *Server, ts *httptest.Server) string {
	t.Helper()
	events, err := http.Get(ts.URL + "/api/events")
	if err != nil {
		t.Fatal(err)
	}
	defer events.Body.Close()
	req, _ := http.NewRequest("POST", ts.URL+"/api/write", strings.NewReader(`{"paper": "A3", "order": "zone"}`))
	req.Header.Set("X-Fuwuka-Token", s.Token())
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusAccepted {
		t.Fatalf("write: %v %v", resp, err)
	}
	var buf [1 << 16]byte
	var seen string
	for !strings.Contains(seen, "event: written") {
		n, err := events.Body.Read(buf[:])
		if err != nil {
			t.Fatalf("events: %v (%s)", err, seen)
		}
		seen += string(buf[:n])
	}
	return seen
}
