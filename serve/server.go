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
	"net/http"
	"os"
	"path/filepath"
	"regexp"
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
	s.mux.ServeHTTP(w, r)
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

var householdRE = regexp.MustCompile(`^households\[([^\]]+)\]`)

// reload reads the roster and lays out its cards; a roster that is no
// longer valid keeps the last good cards, marked stale.
func (s *Server) reload() {
	stamp := stampOf(s.o.Roster)
	r, set, err := s.o.Load(s.o.Roster)
	var snap *snapshot
	if err == nil {
		var laid []render.Laid
		if laid, err = render.Lay(r, set, nil, 0); err == nil {
			date, derr := render.DocumentDate(s.o.Roster)
			if derr != nil {
				date = time.Now().UTC().Truncate(24 * time.Hour)
			}
			snap = &snapshot{roster: r, fonts: set, laid: map[string]render.Laid{}, date: date}
			for _, l := range laid {
				snap.laid[l.Household.ID] = l
			}
		}
	}
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

// problems turns an error into the page's problems.
func (s *Server) problems(err error) []Problem {
	var ps card.Problems
	if !errors.As(err, &ps) {
		return []Problem{{File: s.o.Roster, Message: msg.Err(err, s.o.Lang)}}
	}
	out := make([]Problem, len(ps))
	for i, p := range ps {
		out[i] = Problem{File: p.Pos.File, Line: p.Pos.Line, Column: p.Pos.Col, Cell: p.Pos.Cell, Field: p.Field,
			Message: p.Msg.In(s.o.Lang), Hint: p.Hint.In(s.o.Lang)}
		if p.Pos.Cell != "" {
			// the line of the YAML the workbook was read as means nothing
			// to the clerk
			out[i].Line, out[i].Column = 0, 0
		}
		if m := householdRE.FindStringSubmatch(p.Field); m != nil {
			out[i].Household = m[1]
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
	Version   int        `json:"version"`
	Roster    string     `json:"roster"`
	Community string     `json:"community"`
	Design    string     `json:"design"`
	Valid     bool       `json:"valid"`
	Stale     bool       `json:"stale"`
	Problems  []Problem  `json:"problems"`
	Zones     []zoneJSON `json:"zones"`
	Output    string     `json:"output"`
	Papers    []string   `json:"papers"`
	Orders    []string   `json:"orders"`
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
		Problems: s.probs, Output: filepath.Base(OutputDir(s.o.Roster)), Orders: []string{"cut-stack", "zone", "sequential"}}
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
		for _, z := range rr.AllZones() {
			zj := zoneJSON{Name: z}
			for _, h := range rr.Households {
				if h.Zone == z || h.Zone == "" && z == card.NoZone {
					zj.Households = append(zj.Households, householdJSON{h.ID, h.Address, h.Resident, h.Copies})
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
	go s.writeAll(good, impose.Press{Paper: paper, Margin: 10, Gap: 6, Marks: true}, order)
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
			s.publish(event{"progress", fmt.Sprintf(`{"job":%q,"done":%d,"total":%d}`, what, done, total)})
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
	cardsDir, roundsDir := filepath.Join(out, "cards"), filepath.Join(out, "rounds")
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
		}
		return err
	}))
	errs = append(errs, locked(out, func() error {
		job, err := render.Sheets(g.roster, g.fonts, render.SheetsOptions{File: filepath.Join(out, "sheets.pdf"), Press: press, Order: order,
			CutContour: true, Date: g.date, Progress: progress("sheets")})
		if err == nil {
			written = append(written, job.Files...)
		}
		return err
	}))
	errs = append(errs, locked(roundsDir, func() error {
		names, err := render.Rounds(g.roster, g.fonts, render.RoundsOptions{Dir: roundsDir, Date: g.date, Progress: progress("rounds")})
		for _, n := range names {
			written = append(written, filepath.Join("rounds", n))
		}
		return err
	}))
	err := errors.Join(errs...)
	slices.Sort(written)
	var b bytes.Buffer
	if err != nil {
		json.NewEncoder(&b).Encode(map[string]any{"ok": false, "error": msg.Err(err, s.o.Lang), "dir": filepath.Base(out), "files": written})
	} else {
		json.NewEncoder(&b).Encode(map[string]any{"ok": true, "dir": filepath.Base(out), "files": written})
	}
	s.publish(event{"written", strings.TrimSpace(b.String())})
}
