package serve

import (
	"bytes"
	"cmp"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/impose"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/render"
)

// Loader reads and checks a roster and parses its fonts, as the commands do.
type Loader func(path string) (*card.Roster, *fonts.Set, error)

// Options say what a Server serves.
type Options struct {
	Roster string // the roster file, YAML or a workbook
	Load   Loader
	Lang   msg.Lang
	// Poll is how often the roster file is looked at for changes.
	Poll time.Duration
	// Hosts are the names, beside loopback ones, a request's Host may
	// give: the --addr host when one is given. Any other name is refused,
	// so that a site whose name is made to point at this computer (DNS
	// rebinding) cannot read the roster through the clerk's browser.
	Hosts []string
	// AnyIP accepts any IP address as Host, for a server listening on
	// every interface: an address, unlike a name, cannot be rebound.
	AnyIP bool
}

// OutputDir is the folder, beside the roster, that the page's actions
// write into: cards/, sheets.pdf and rounds/.
func OutputDir(roster string) string {
	base := strings.TrimSuffix(filepath.Base(roster), filepath.Ext(roster))
	return filepath.Join(filepath.Dir(roster), base+"-fuwuka")
}

// Server is the page and its state: the last roster that was valid, with
// its cards laid out, and the problems of the file as it is now.
type Server struct {
	o     Options
	token string
	mux   *http.ServeMux
	real  string // the file the roster's path led to when the server started

	mu      sync.Mutex
	version int
	good    *snapshot // nil until the roster has once been valid
	probs   []Problem
	stale   bool // the file on disk is not the roster good shows
	stamp   string
	subs    map[chan event]bool
	writing bool
}

// snapshot is a valid roster with its cards.
type snapshot struct {
	roster *card.Roster
	fonts  *fonts.Set
	laid   map[string]render.Laid
	date   time.Time
}

// Problem is one problem of the roster as the page shows it.
type Problem struct {
	File      string `json:"file"`
	Line      int    `json:"line"` // 0 in a workbook roster, which names the cell
	Column    int    `json:"column"`
	Cell      string `json:"cell"` // a workbook roster's cell, as 干部!C4
	Field     string `json:"field"`
	Where     string `json:"where,omitempty"` // a workbook roster's sheet, column head and cell: 干部 › 电话 (C3)
	Message   string `json:"message"`
	Hint      string `json:"hint"`
	Household string `json:"household"` // the household it names, if any
}

type event struct {
	name, data string
}

// New reads the roster once and returns the server.
func New(o Options) (*Server, error) {
	if o.Poll == 0 {
		o.Poll = 300 * time.Millisecond
	}
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return nil, err
	}
	s := &Server{o: o, token: hex.EncodeToString(b[:]), subs: map[chan event]bool{}}
	s.real, _ = filepath.EvalSymlinks(o.Roster)
	s.reload()
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("GET /{$}", s.page)
	s.mux.HandleFunc("GET /app.js", asset("app.js", "text/javascript; charset=utf-8"))
	s.mux.HandleFunc("GET /style.css", asset("style.css", "text/css; charset=utf-8"))
	s.mux.HandleFunc("GET /api/state", s.state)
	s.mux.HandleFunc("GET /api/events", s.events)
	s.mux.HandleFunc("GET /card/{file}", s.card)
	s.mux.HandleFunc("POST /api/write", s.write)
	return s, nil
}

// Token is the run's token, which the page sends with every write.
func (s *Server) Token() string { return s.token }

// ServeHTTP answers a request; a handler that fails unexpectedly answers
// 500 with a message rather than taking the server down.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			http.Error(w, fmt.Sprint("internal error: ", v), http.StatusInternalServerError)
		}
	}()
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	if !s.hostAllowed(r.Host) {
		http.Error(w, msg.F("this page answers only at %s; open it from the address fuwuka serve printed", "localhost").In(s.o.Lang), http.StatusMisdirectedRequest)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead && !sameOrigin(r) {
		http.Error(w, msg.F("a write must come from this page itself; reload the page").In(s.o.Lang), http.StatusForbidden)
		return
	}
	s.mux.ServeHTTP(w, r)
}

// hostAllowed says whether a request's Host names this server: a loopback
// name or address, or one the options allow.
func (s *Server) hostAllowed(hostport string) bool {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = strings.TrimSuffix(strings.TrimPrefix(hostport, "["), "]")
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true // RFC 6761: resolvers answer loopback for these
	}
	if ip := net.ParseIP(host); ip != nil && (ip.IsLoopback() || s.o.AnyIP) {
		return true
	}
	for _, h := range s.o.Hosts {
		if strings.EqualFold(strings.TrimSuffix(h, "."), host) {
			return true
		}
	}
	return false
}

// sameOrigin says whether a request that changes something comes from the
// page itself. Browsers send Origin (and Sec-Fetch-Site) with every POST;
// a client that sends neither is not a browser another site can drive.
func sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" && site != "none" {
		return false
	}
	origin := r.Header.Get("Origin")
	return origin == "" || strings.EqualFold(origin, "http://"+r.Host)
}

// Timeouts of the page's HTTP server. A request's headers and body must
// arrive within them (the page's requests are a few hundred bytes over
// loopback, so a second and a half is generous), so that slow clients cannot hold connections (and
// the write action) open; the event stream alone lifts the read deadline.
const (
	ReadHeaderTimeout = 1500 * time.Millisecond
	ReadTimeout       = 1500 * time.Millisecond
	IdleTimeout       = 60 * time.Second
)

// HTTPServer is the HTTP server that serves s, with its timeouts.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{Handler: s, ReadHeaderTimeout: ReadHeaderTimeout, ReadTimeout: ReadTimeout, IdleTimeout: IdleTimeout}
}

// Watch looks at the roster file every Poll until stop is closed, and
// reloads it when its size or modification time changes.
func (s *Server) Watch(stop <-chan struct{}) {
	t := time.NewTicker(s.o.Poll)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			if stampOf(s.o.Roster) != s.currentStamp() {
				s.reload()
			}
		}
	}
}

func (s *Server) currentStamp() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stamp
}

func stampOf(path string) string {
	st, err := os.Stat(path)
	if err != nil {
		return "missing"
	}
	return fmt.Sprintf("%d %d", st.Size(), st.ModTime().UnixNano())
}

// reload reads the roster and lays out its cards; a roster that is no
// longer valid keeps the last good cards, marked stale.
func (s *Server) reload() {
	stamp := stampOf(s.o.Roster)
	snap, err := s.lay()
	var probs []Problem
	if err != nil {
		probs = s.problems(err)
	}
	s.mu.Lock()
	s.stamp = stamp
	s.version++
	s.probs = probs
	if snap != nil {
		s.good, s.stale = snap, false
	} else {
		s.stale = s.good != nil
	}
	v := s.version
	s.mu.Unlock()
	s.publish(event{"update", fmt.Sprint(v)})
}

// lay reads the roster and lays out its cards. Whatever the roster file
// holds (a damaged font, a runaway template), the server stays up: a
// panic is the roster's problem on the page.
func (s *Server) lay() (snap *snapshot, err error) {
	defer func() {
		if v := recover(); v != nil {
			snap, err = nil, msg.Errorf("fuwuka: internal error: %s; nothing more was done (please report this with the input)", fmt.Sprint(v))
		}
	}()
	// a roster replaced by a link to another file is not read: the page
	// would show that file's lines in its problems
	if real, err := filepath.EvalSymlinks(s.o.Roster); err == nil && s.real != "" && real != s.real {
		return nil, msg.Errorf("%s is now a link to another file, which the page does not show; put the roster back, or restart fuwuka serve with the file to follow", filepath.Base(s.o.Roster))
	}
	r, set, err := s.o.Load(s.o.Roster)
	if err != nil {
		return nil, err
	}
	laid, err := render.Lay(r, set, nil, 0)
	if err != nil {
		return nil, err
	}
	// what the write action's round lists will check
	if err := render.CheckRounds(r, set, 0); err != nil {
		return nil, err
	}
	// the write action draws the die line: a bleed it would refuse is a
	// problem on the page
	if _, err := render.CheckBleed(r, true, false); err != nil {
		return nil, err
	}
	date, derr := render.DocumentDate(s.o.Roster)
	if derr != nil {
		date = time.Now().UTC().Truncate(24 * time.Hour)
	}
	snap = &snapshot{roster: r, fonts: set, laid: map[string]render.Laid{}, date: date}
	for _, l := range laid {
		snap.laid[l.Household.ID] = l
	}
	return snap, nil
}

// problems turns an error into the page's problems.
func (s *Server) problems(err error) []Problem {
	var ps card.Problems
	if !errors.As(err, &ps) {
		return []Problem{{File: s.o.Roster, Message: msg.Visible(msg.Err(err, s.o.Lang))}}
	}
	out := make([]Problem, len(ps))
	for i, p := range ps {
		where, wb := p.Where()
		if !wb {
			where = ""
		}
		// escaped as on the terminal: a U+202E would turn the page's line
		// around
		out[i] = Problem{File: p.Pos.File, Line: p.Pos.Line, Column: p.Pos.Col, Cell: p.Pos.Cell, Field: msg.Visible(p.Field.String()), Where: msg.Visible(where),
			Message: msg.Visible(p.Message().In(s.o.Lang)), Hint: msg.Visible(p.HintText().In(s.o.Lang)), Household: p.HouseholdID()}
		if p.Pos.Cell != "" {
			// the line of the YAML the workbook was read as means nothing
			// to the clerk
			out[i].Line, out[i].Column = 0, 0
		}
	}
	return out
}

func (s *Server) publish(e event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for ch := range s.subs {
		select {
		case ch <- e:
		default: // a slow page misses an event, not the server
		}
	}
}

// stateJSON is what the page shows.
type stateJSON struct {
	Version   int    `json:"version"`
	Roster    string `json:"roster"`
	Community string `json:"community"`
	Design    string `json:"design"`
	// DesignLabel and Orders' labels are in the run's language; the
	// values stay the names the roster and --order take.
	DesignLabel string     `json:"design_label"`
	Valid       bool       `json:"valid"`
	Stale       bool       `json:"stale"`
	Problems    []Problem  `json:"problems"`
	Zones       []zoneJSON `json:"zones"`
	Output      string     `json:"output"`
	Papers      []string   `json:"papers"`
	Orders      []choice   `json:"orders"`
}

type zoneJSON struct {
	Name       string          `json:"name"`
	Households []householdJSON `json:"households"`
}

type householdJSON struct {
	ID       string `json:"id"`
	Address  string `json:"address"`
	Resident string `json:"resident"`
	Copies   int    `json:"copies"`
}

func (s *Server) state(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	st := stateJSON{Version: s.version, Roster: filepath.Base(s.o.Roster), Valid: len(s.probs) == 0, Stale: s.stale,
		Problems: s.probs, Output: filepath.Base(OutputDir(s.o.Roster)), Orders: s.orders()}
	good := s.good
	s.mu.Unlock()
	if st.Problems == nil {
		st.Problems = []Problem{}
	}
	for _, p := range impose.Papers {
		st.Papers = append(st.Papers, p.Name)
	}
	if good != nil {
		rr := good.roster
		st.Community = strings.TrimSpace(rr.Community.Region + " " + rr.Community.Name)
		st.Design = rr.Card.Design
		st.DesignLabel = designLabel(st.Design).In(s.o.Lang)
		for _, z := range rr.AllZones() {
			zj := zoneJSON{Name: z}
			for _, h := range rr.Households {
				if h.Zone == z || h.Zone == "" && z == card.NoZone {
					zj.Households = append(zj.Households, householdJSON{h.ID, msg.Visible(h.Address), msg.Visible(h.Resident), h.Copies})
				}
			}
			if len(zj.Households) > 0 {
				st.Zones = append(st.Zones, zj)
			}
		}
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	json.NewEncoder(w).Encode(st)
}

// card answers /card/<id>.svg and /card/<id>.pdf from the last good
// roster: an id names a household of the roster, never a file.
func (s *Server) card(w http.ResponseWriter, r *http.Request) {
	file := r.PathValue("file")
	ext := filepath.Ext(file)
	id := strings.TrimSuffix(file, ext)
	s.mu.Lock()
	good := s.good
	s.mu.Unlock()
	if good == nil {
		http.Error(w, msg.F("the roster has no valid cards yet").In(s.o.Lang), http.StatusNotFound)
		return
	}
	l, ok := good.laid[id]
	if !ok || (ext != ".svg" && ext != ".pdf") {
		http.Error(w, msg.F("no card %q in the roster", file).In(s.o.Lang), http.StatusNotFound)
		return
	}
	var data []byte
	var err error
	switch ext {
	case ".svg":
		w.Header().Set("Content-Type", "image/svg+xml")
		data, err = render.Picture(l.Art.Frame(), l.Art.Trim, good.roster.Card.CornerRadius, render.PreviewOptions{Format: render.SVG})
	case ".pdf":
		w.Header().Set("Content-Type", "application/pdf")
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", id+".pdf"))
		data, err = render.CardPDF(good.roster, good.fonts, pdfWriter, l, render.CardsOptions{CutContour: true, Date: good.date})
	}
	if err != nil {
		http.Error(w, msg.Err(err, s.o.Lang), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	w.Write(data)
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	// the stream has no body to wait for and lives as long as the page
	http.NewResponseController(w).SetReadDeadline(time.Time{})
	ch := make(chan event, 16)
	s.mu.Lock()
	s.subs[ch] = true
	v := s.version
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.subs, ch)
		s.mu.Unlock()
	}()
	fmt.Fprintf(w, "event: update\ndata: %d\n\n", v)
	fl.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case e := <-ch:
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, e.data)
			fl.Flush()
		}
	}
}

// writeRequest is what the page asks to write.
type writeRequest struct {
	Paper string `json:"paper"`
	Order string `json:"order"`
}

// write writes every card, the press sheets and the round lists into the
// output folder beside the roster. It needs the page's token: another
// site open in the clerk's browser cannot make fuwuka write.
func (s *Server) write(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Fuwuka-Token") != s.token {
		http.Error(w, msg.F("this page's token is missing or wrong; reload the page").In(s.o.Lang), http.StatusForbidden)
		return
	}
	var req writeRequest
	if err := json.NewDecoder(io.LimitReader(r.Body, 4096)).Decode(&req); err != nil {
		http.Error(w, msg.F("not a write request: %v", err).In(s.o.Lang), http.StatusBadRequest)
		return
	}
	paper, err := impose.ParsePaper(cmp.Or(req.Paper, "A3"))
	if err != nil {
		http.Error(w, msg.Err(err, s.o.Lang), http.StatusBadRequest)
		return
	}
	order, err := impose.ParseOrder(cmp.Or(req.Order, "cut-stack"))
	if err != nil {
		http.Error(w, msg.Err(err, s.o.Lang), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	good, busy, invalid := s.good, s.writing, len(s.probs) > 0
	if good != nil && !busy && !invalid {
		s.writing = true
	}
	s.mu.Unlock()
	switch {
	case good == nil || invalid:
		http.Error(w, msg.F("the roster has problems; fix them before writing").In(s.o.Lang), http.StatusConflict)
		return
	case busy:
		http.Error(w, msg.F("already writing").In(s.o.Lang), http.StatusConflict)
		return
	}
	go s.writeAll(good, impose.Press{Paper: paper, Margin: paper.DefaultMargin(), Gap: impose.DefaultGap, AutoGap: true, Marks: true}, order)
	w.WriteHeader(http.StatusAccepted)
}

// writeAll runs the three jobs and tells the page how far it got.
func (s *Server) writeAll(g *snapshot, press impose.Press, order impose.Order) {
	defer func() {
		s.mu.Lock()
		s.writing = false
		s.mu.Unlock()
	}()
	out := OutputDir(s.o.Roster)
	progress := func(what string) render.Progress {
		return func(done, total int) {
			s.publish(event{"progress", fmt.Sprintf(`{"job":%q,"done":%d,"total":%d}`, label(jobWords, what).In(s.o.Lang), done, total)})
		}
	}
	// each job holds its folder's lock, as the commands do: a command
	// writing into the same folder meanwhile is refused, and so is this
	// job while one does
	locked := func(dir string, job func() error) error {
		l, err := files.LockDir(dir, "")
		if err != nil {
			return err
		}
		defer l.Unlock()
		return job()
	}
	var written []string
	var cards, prints, rounds int
	cardsDir, roundsDir := filepath.Join(out, "cards"), filepath.Join(out, "rounds")
	// a panic while writing ends the write, not the server
	defer func() {
		if v := recover(); v != nil {
			err := msg.Errorf("fuwuka: internal error: %s; nothing more was done (please report this with the input)", fmt.Sprint(v))
			s.publish(event{"written", writtenJSON("", nil, msg.Text{}, err, s.o.Lang)})
		}
	}()
	// Each output is written whatever befell the one before: a card open
	// in a PDF reader keeps its old file, and the sheets and round lists
	// are still brought up to date.
	var errs []error
	errs = append(errs, locked(cardsDir, func() error {
		res, err := render.Cards(g.roster, g.fonts, render.CardsOptions{Dir: cardsDir, CutContour: true, Date: g.date, Progress: progress("cards")})
		if err == nil {
			for _, f := range res.Files {
				written = append(written, filepath.Join("cards", f))
			}
			cards = len(res.Files)
		}
		return err
	}))
	errs = append(errs, locked(out, func() error {
		job, err := render.Sheets(g.roster, g.fonts, render.SheetsOptions{File: filepath.Join(out, "sheets.pdf"), Press: press, Order: order,
			CutContour: true, Date: g.date, Progress: progress("sheets")})
		if err == nil {
			written = append(written, job.Files...)
			prints = len(job.Files)
		}
		return err
	}))
	errs = append(errs, locked(roundsDir, func() error {
		names, err := render.Rounds(g.roster, g.fonts, render.RoundsOptions{Dir: roundsDir, Date: g.date, Progress: progress("rounds")})
		for _, n := range names {
			written = append(written, filepath.Join("rounds", n))
			if strings.EqualFold(filepath.Ext(n), ".pdf") {
				rounds++
			}
		}
		return err
	}))
	err := errors.Join(errs...)
	slices.Sort(written)
	what := msg.F("%s, %s, %s", msg.Plural(cards, "%d card", "%d cards"), msg.Plural(prints, "%d print file", "%d print files"),
		msg.Plural(rounds, "%d round list", "%d round lists"))
	s.publish(event{"written", writtenJSON(filepath.Base(out), written, what, err, s.o.Lang)})
}

// writtenJSON is the event that says how a write ended: what says what
// was written as the clerk counts it (60 张卡片、1 个印刷文件、4 份入户发放登记表).
func writtenJSON(dir string, written []string, what msg.Text, err error, l msg.Lang) string {
	var b bytes.Buffer
	if err != nil {
		json.NewEncoder(&b).Encode(map[string]any{"ok": false, "error": msg.Err(err, l), "dir": dir, "files": written})
	} else {
		json.NewEncoder(&b).Encode(map[string]any{"ok": true, "dir": dir, "files": written, "summary": msg.F("written into %s: %s", dir, what).In(l)})
	}
	return strings.TrimSpace(b.String())
}
