package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
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
	"github.com/fuwuka/fuwuka/layout/design"
	"github.com/fuwuka/fuwuka/layout/impose"
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
	return serverIn(t, msg.EN)
}

// serverIn serves a copy of the example roster in language l.
func serverIn(t *testing.T, l msg.Lang) (*Server, *httptest.Server, string) {
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
	s, err := New(Options{Roster: roster, Load: load, Lang: l, Poll: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewUnstartedServer(s)
	ts.Config = s.HTTPServer()
	ts.Start()
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
		{Pos: card.Pos{File: "roster.xlsx", Line: 12, Col: 10, Cell: "干部!C4"}, Field: card.Ref{List: "officials", Name: "赵志强", Key: "phone"}, Msg: msg.F("not a phone number")},
		{Pos: card.Pos{File: "roster.yaml", Line: 7, Col: 3}, Field: card.Key("appeal"), Msg: msg.F("too long")},
	}.Err())
	if len(got) != 2 || got[0].Cell != "干部!C4" || got[0].Line != 0 || got[0].Column != 0 || got[0].Where != "干部 › 电话 (C4)" || got[0].Field != "officials[赵志强].phone" {
		t.Errorf("workbook problem %+v, want the cell in the workbook's words and no line", got[0])
	}
	if got[1].Where != "" || got[1].Field != "appeal" {
		t.Errorf("YAML problem %+v, want its key path only", got[1])
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

// In Chinese the page names the design and the sheet orders in Chinese,
// keeps the values the program takes, and says what writing wrote.
func TestPageInTheClerksWords(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	s, ts, roster := serverIn(t, msg.ZH)
	st := stateOf(t, ts)
	if st.Design != "warm" || !strings.HasPrefix(st.DesignLabel, "温馨可爱") {
		t.Errorf("design %q, shown as %q", st.Design, st.DesignLabel)
	}
	var values []string
	for _, o := range st.Orders {
		values = append(values, o.Value)
		if o.Label == o.Value || !strings.ContainsFunc(o.Label, func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }) {
			t.Errorf("order %q shown as %q", o.Value, o.Label)
		}
	}
	if strings.Join(values, " ") != "cut-stack zone sequential" {
		t.Errorf("orders %v", values)
	}
	seen := writeAndWait(t, s, ts)
	r, _, _ := load(roster)
	want := fmt.Sprintf("已写入 %s：%d 张卡片、1 个印刷文件、%d 份入户发放登记表", filepath.Base(OutputDir(roster)), len(r.Households), len(card.Rounds(r, time.Time{})))
	if !strings.Contains(seen, want) {
		t.Errorf("written event:\n%s\nwant it to say %s", seen, want)
	}
}

// Every design and every sheet order the program knows has words for the
// page, so a new one is not shown as a bare name.
func TestEveryChoiceHasWords(t *testing.T) {
	for _, name := range design.Names() {
		if l := designLabel(name); l.In(msg.ZH) == name {
			t.Errorf("design %q has no words for the page", name)
		}
	}
	s := &Server{o: Options{Lang: msg.ZH}}
	for _, c := range s.orders() {
		if _, err := impose.ParseOrder(c.Value); err != nil {
			t.Errorf("order %q: %v", c.Value, err)
		}
		if _, ok := orderWords[c.Value]; !ok {
			t.Errorf("order %q has no words for the page", c.Value)
		}
	}
}

// Only a request that names this computer is answered: a site whose name
// is made to resolve to 127.0.0.1 (DNS rebinding) reads nothing, neither
// the households nor the page's token, and cannot write.
func TestOnlyLoopbackHosts(t *testing.T) {
	s, ts, roster := server(t)
	port := ts.Listener.Addr().(*net.TCPAddr).Port
	for _, tc := range []struct {
		method, path, host string
		want               int
	}{
		{"GET", "/api/state", "evil.example", http.StatusMisdirectedRequest},
		{"GET", "/api/state", fmt.Sprintf("evil.example:%d", port), http.StatusMisdirectedRequest},
		{"GET", "/", "evil.example", http.StatusMisdirectedRequest},
		{"GET", "/card/E-001.svg", "localhost.evil.example", http.StatusMisdirectedRequest},
		{"GET", "/api/events", "10.0.0.1", http.StatusMisdirectedRequest},
		{"POST", "/api/write", "evil.example", http.StatusMisdirectedRequest},
		{"GET", "/api/state", fmt.Sprintf("localhost:%d", port), http.StatusOK},
		{"GET", "/api/state", fmt.Sprintf("127.0.0.1:%d", port), http.StatusOK},
		{"GET", "/api/state", fmt.Sprintf("[::1]:%d", port), http.StatusOK},
		{"GET", "/api/state", "LOCALHOST.", http.StatusOK},
	} {
		req, _ := http.NewRequest(tc.method, ts.URL+tc.path, strings.NewReader(`{}`))
		req.Host = tc.host
		req.Header.Set("X-Fuwuka-Token", s.Token())
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("%s %s with Host %q: %d, want %d", tc.method, tc.path, tc.host, resp.StatusCode, tc.want)
		}
		if tc.want != http.StatusOK && (strings.Contains(string(body), s.Token()) || strings.Contains(string(body), "E-001")) {
			t.Errorf("%s %s with Host %q answered %q", tc.method, tc.path, tc.host, body)
		}
	}
	if _, err := os.Stat(OutputDir(roster)); !os.IsNotExist(err) {
		t.Errorf("%s was written", OutputDir(roster))
	}

	// the name --addr gives is answered too
	named := &Server{o: Options{Hosts: []string{"clerk-pc.lan"}}}
	if !named.hostAllowed("clerk-pc.lan:8080") || named.hostAllowed("other.lan:8080") || named.hostAllowed("192.168.1.5:8080") {
		t.Errorf("with --addr clerk-pc.lan:8080: allowed clerk-pc.lan %t, other.lan %t, 192.168.1.5 %t",
			named.hostAllowed("clerk-pc.lan:8080"), named.hostAllowed("other.lan:8080"), named.hostAllowed("192.168.1.5:8080"))
	}
	if every := (&Server{o: Options{AnyIP: true}}); !every.hostAllowed("192.168.1.5:8080") || every.hostAllowed("evil.example:8080") {
		t.Errorf("listening on every interface: an address is answered, a name is not")
	}
}

// A write from another site is refused even with the token, as the
// browser says where it comes from; the page's own write goes through.
func TestWriteChecksOrigin(t *testing.T) {
	s, ts, roster := server(t)
	for _, tc := range []struct {
		origin, site string
		want         int
	}{
		{"http://evil.example", "", http.StatusForbidden},
		{"null", "", http.StatusForbidden},
		{"", "cross-site", http.StatusForbidden},
		{ts.URL, "same-site", http.StatusForbidden},
		{ts.URL, "same-origin", http.StatusBadRequest}, // reaches the handler: A9 is no paper
		{"", "", http.StatusBadRequest},
	} {
		req, _ := http.NewRequest("POST", ts.URL+"/api/write", strings.NewReader(`{"paper": "A9"}`))
		req.Header.Set("X-Fuwuka-Token", s.Token())
		if tc.origin != "" {
			req.Header.Set("Origin", tc.origin)
		}
		if tc.site != "" {
			req.Header.Set("Sec-Fetch-Site", tc.site)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("Origin %q, Sec-Fetch-Site %q: %d, want %d", tc.origin, tc.site, resp.StatusCode, tc.want)
		}
	}
	if _, err := os.Stat(OutputDir(roster)); !os.IsNotExist(err) {
		t.Errorf("%s was written", OutputDir(roster))
	}
}

// The server fuwuka serve runs bounds how long a request may take to
// arrive, headers and body, and how long an idle connection stays open.
func TestServerTimeouts(t *testing.T) {
	srv := (&Server{}).HTTPServer()
	for name, d := range map[string]time.Duration{"ReadHeaderTimeout": srv.ReadHeaderTimeout, "ReadTimeout": srv.ReadTimeout, "IdleTimeout": srv.IdleTimeout} {
		if d <= 0 || d > time.Minute+time.Second {
			t.Errorf("%s is %v; want a bound of at most a minute", name, d)
		}
	}
	// a slow request is refused within the two seconds a hostile
	// client may hold the page
	if srv.ReadHeaderTimeout >= 2*time.Second || srv.ReadTimeout >= 2*time.Second {
		t.Errorf("a request may take %v (headers) and %v (whole) to arrive; want under 2 s", srv.ReadHeaderTimeout, srv.ReadTimeout)
	}
}

// A POST whose body stalls is cut off when the read timeout passes, not
// held: the connection is answered and closed. The test waits for the
// close, with the server's read timeout shortened.
func TestStalledBodyIsClosed(t *testing.T) {
	s, _, roster := server(t)
	ts := httptest.NewUnstartedServer(s)
	ts.Config = s.HTTPServer()
	ts.Config.ReadTimeout = 50 * time.Millisecond
	ts.Start()
	defer ts.Close()
	conn, err := net.Dial("tcp", ts.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/write HTTP/1.1\r\nHost: %s\r\nX-Fuwuka-Token: %s\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"paper\": ",
		ts.Listener.Addr(), s.Token())
	answer, err := io.ReadAll(conn) // returns when the server closes the connection
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(answer), "HTTP/1.1 400") {
		t.Errorf("a stalled body was answered %q", answer)
	}
	if _, err := os.Stat(OutputDir(roster)); !os.IsNotExist(err) {
		t.Errorf("%s was written", OutputDir(roster))
	}
}

// Whatever a reload meets, the server stays up: a loader that panics is a
// problem on the page, and the next good roster is shown again.
func TestReloadSurvivesAPanic(t *testing.T) {
	_, _, roster := server(t)
	var broken bool
	s, err := New(Options{Roster: roster, Lang: msg.EN, Load: func(path string) (*card.Roster, *fonts.Set, error) {
		if broken {
			var b []byte
			_ = b[len(path)] // a parser trusting a damaged length
		}
		return load(path)
	}})
	if err != nil {
		t.Fatal(err)
	}
	broken = true
	s.reload()
	ts := httptest.NewServer(s)
	defer ts.Close()
	st := stateOf(t, ts)
	if len(st.Problems) != 1 || !strings.Contains(st.Problems[0].Message, "internal error") || !st.Stale {
		t.Fatalf("after a panicking reload: %+v", st)
	}
	broken = false
	s.reload()
	if st := stateOf(t, ts); len(st.Problems) != 0 || st.Stale {
		t.Errorf("after the roster is readable again: %+v", st)
	}
}

// A roster replaced by a link to another file shows nothing of that file
// on the page: not its lines in a problem, not its households.
func TestRosterReplacedByALink(t *testing.T) {
	s, ts, roster := server(t)
	secret := filepath.Join(t.TempDir(), "secret.yaml")
	if err := os.WriteFile(secret, []byte("password: hunter2-Zq9\nkey: [unclosed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(roster)
	if err := os.Symlink(secret, roster); err != nil {
		t.Skipf("no links here: %v", err)
	}
	s.reload()
	code, body := get(t, ts.URL+"/api/state")
	if code != 200 || strings.Contains(string(body), "hunter2") || strings.Contains(string(body), "password") || strings.Contains(string(body), "unclosed") {
		t.Errorf("the page shows the linked file: %s", body)
	}
	if st := stateOf(t, ts); len(st.Problems) != 1 || !st.Stale || !strings.Contains(st.Problems[0].Message, "now a link to another file") {
		t.Errorf("state %+v", st)
	}
}

// A household's address and resident have their bidirectional characters
// escaped in the page's list, as in problems.
func TestHouseholdListEscapesBidi(t *testing.T) {
	_, _, roster := server(t)
	data, _ := os.ReadFile(roster)
	edited := strings.Replace(string(data), "address: 东街1号", "address: \"东街\u202e1号\"", 1)
	if edited == string(data) {
		t.Fatal("the example has no 东街1号")
	}
	if err := os.WriteFile(roster, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	s2, err := New(Options{Roster: roster, Load: load, Lang: msg.EN})
	if err != nil {
		t.Fatal(err)
	}
	ts2 := httptest.NewServer(s2)
	defer ts2.Close()
	_, body := get(t, ts2.URL+"/api/state")
	if strings.ContainsRune(string(body), '\u202e') || !strings.Contains(string(body), `东街\\u202e1号`) {
		t.Errorf("state: %s", body[:min(len(body), 600)])
	}
}

// A problem's text has the roster's control and bidirectional characters
// escaped on the page, as on the terminal.
func TestProblemsEscapeBidi(t *testing.T) {
	s := &Server{o: Options{Roster: "roster.yaml"}}
	got := s.problems(card.Problems{{Pos: card.Pos{File: "roster.yaml", Line: 3}, Field: card.Ref{List: "households", Name: "E-\u202e1", Key: "id"}, Msg: msg.F("id %s is odd", "E-\u202e1")}}.Err())
	if strings.ContainsRune(got[0].Field+got[0].Message, '\u202e') || !strings.Contains(got[0].Message, `E-\u202e1`) {
		t.Errorf("%+v", got[0])
	}
}
