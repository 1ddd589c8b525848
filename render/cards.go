package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/design"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/impose"
	"github.com/fuwuka/fuwuka/layout/pdf"
	"github.com/fuwuka/fuwuka/msg"
)

// Version is fuwuka's version; it is written into every PDF, so output is
// byte-identical only between runs of the same version.
var Version = "0.1.0"

// Creator is the PDF creator string.
func Creator() string { return "fuwuka " + Version }

// CardsOptions select households and what goes on their pages.
type CardsOptions struct {
	Dir        string
	Households []string // ids; all when empty
	Shard      Shard    // of the households selected; the zero Shard is all
	Marks      bool
	CutContour bool
	// Cut is how the die line cuts and the spot colour it is stroked in,
	// when CutContour draws it.
	Cut impose.Cut
	// PagesPerCopy writes the card of a household with more than one copy
	// as that many pages, for shops that print each file's pages once.
	PagesPerCopy bool
	// OutlineText draws the text as filled glyph outlines: no fonts in
	// the files, for shops that ask for outlined text.
	OutlineText bool
	// Date is printed in the metadata and, with Marks, in the slug. It is
	// left out of what decides whether a card is drawn again: it follows
	// the roster file's modification time, so every edit would redraw every
	// card.
	Date  time.Time
	Lang  msg.Lang // of the slug's words, with Marks
	Force bool     // draw every selected card, whatever the manifest says
	// Prune deletes the cards the manifest lists of households no longer
	// in the roster.
	Prune    bool
	Warn     func(msg.Text) // told what the clerk should know; nil: nobody
	Progress Progress       // told of each card drawn; nil: nobody
	Workers  int            // 0: one per core
	// TrustMTime keeps a card whose file has the size and modification
	// time the manifest recorded without reading it back: a rerun over
	// millions of cards on slow storage reads nothing but the folder. It
	// records the size and time of every card it keeps or draws; without
	// it the manifest holds none (so that it stays the same from run to
	// run) and every card is read back and hashed.
	TrustMTime bool
}

// CardsResult is what Cards found and did; file names are in Dir.
type CardsResult struct {
	Files     []string // every selected household's card, in roster order
	Rendered  []string // drawn in this run
	Unchanged []string // left as they were: same inputs, same bytes
	Removed   []string // deleted by Prune
	Manifest  string   // the manifest's file name in Dir
	Ticket    string   // the job ticket's file name in Dir
	// Job is the job ticket's rows: every selected household's card.
	Job []CardTicket
}

// Laid is one household's finished card art.
type Laid struct {
	Household card.Household
	Art       *design.Art
}

// Lay builds the card art of the selected households in parallel. It
// returns every problem of every household (card.Problems) before any
// output is written.
func Lay(r *card.Roster, set *fonts.Set, ids []string, workers int) ([]Laid, error) {
	hs, err := r.Select(ids)
	if err != nil {
		return nil, err
	}
	return layHouseholds(r, set, hs, workers)
}

func layHouseholds(r *card.Roster, set *fonts.Set, hs []card.Household, workers int) ([]Laid, error) {
	pr, err := prepare(r, set, hs, workers)
	if err != nil {
		return nil, err
	}
	out := make([]Laid, len(pr.cs))
	errs := make([]error, len(pr.cs))
	parallel(len(pr.cs), workers, func(i int) {
		out[i].Household = pr.cs[i].Household
		out[i].Art, errs[i] = pr.card(i)
	})
	if err := mergeProblems(errs); err != nil {
		return nil, err
	}
	return out, nil
}

// Check lays out every selected household's card and keeps none: what
// validate needs to know, that every card fits, in memory that does not
// grow with the roster. It returns how many cards it checked.
func Check(r *card.Roster, set *fonts.Set, ids []string, workers int) (int, error) {
	hs, err := r.Select(ids)
	if err != nil {
		return 0, err
	}
	pr, err := prepare(r, set, hs, workers)
	if err != nil {
		return 0, err
	}
	cardsErr := pr.check(workers)
	if ids != nil {
		return len(pr.cs), cardsErr
	}
	// The whole roster is checked for every command, rounds too: a
	// resident's name or a note is on no card but on the round list.
	return len(pr.cs), mergeProblems([]error{cardsErr, CheckRounds(r, set, workers)})
}

// CheckRounds lays out every zone's round list and keeps none: a
// resident's name or a note is on no card, but rounds draws it.
func CheckRounds(r *card.Roster, set *fonts.Set, workers int) error {
	if err := checkZoneNames(r); err != nil {
		return err
	}
	rounds := card.Rounds(r, time.Time{})
	errs := make([]error, len(rounds))
	parallel(len(rounds), workers, func(i int) {
		_, errs[i] = design.RoundPages(rounds[i], set)
	})
	return mergeProblems(errs)
}

// prepared is where every job starts: what each selected household's
// card shows, the roster's design, and what it decided for all the
// roster's cards.
type prepared struct {
	r   *card.Roster
	set *fonts.Set
	cs  []card.Card
	d   design.Design
	p   design.Plan
}

// prepare says what the cards of hs show and makes the design's plan for
// all the roster's cards, whichever of them this run draws, so that a
// card looks the same whether it is drawn alone, in a shard or with all
// the others. Every problem of every household is returned together.
func prepare(r *card.Roster, set *fonts.Set, hs []card.Household, workers int) (*prepared, error) {
	cs, err := contents(r, hs, workers)
	if err != nil {
		return nil, err
	}
	d, err := design.For(r.Card)
	if err != nil {
		return nil, err
	}
	all := cs
	if len(cs) != len(r.Households) {
		if all, err = contents(r, r.Households, workers); err != nil {
			return nil, err
		}
	}
	p, err := d.Plan(all, r.Card, set)
	if err != nil {
		return nil, err
	}
	return &prepared{r: r, set: set, cs: cs, d: d, p: p}, nil
}

// card lays out card i.
func (pr *prepared) card(i int) (*design.Art, error) {
	return pr.d.Card(pr.cs[i], pr.r.Card, pr.set, pr.p)
}

// check lays out every card, in parallel, and keeps none; every problem
// of every card is returned together.
func (pr *prepared) check(workers int) error {
	errs := make([]error, len(pr.cs))
	parallel(len(pr.cs), workers, func(i int) {
		_, errs[i] = pr.card(i)
	})
	return mergeProblems(errs)
}

// contents says what each household's card shows, in parallel; every
// problem of every household is returned together.
func contents(r *card.Roster, hs []card.Household, workers int) ([]card.Card, error) {
	cs := make([]card.Card, len(hs))
	errs := make([]error, len(hs))
	parallel(len(hs), workers, func(i int) {
		cs[i], errs[i] = card.For(r, hs[i])
	})
	return cs, mergeProblems(errs)
}

// Cards writes one PDF per selected household, DIR/<id>.pdf, and the
// manifest that says what each was drawn from. A card whose inputs are
// those the manifest records and whose file still has the recorded bytes is
// left alone; the others are laid out and drawn one by one, each into a
// temporary file renamed into place only when every card laid out without
// a problem. The manifest is written last, also after a failed write, and
// then describes the files on disk.
func Cards(r *card.Roster, set *fonts.Set, o CardsOptions) (*CardsResult, error) {
	hs, err := selectHouseholds(r, o.Households, o.Shard)
	if err != nil {
		return nil, err
	}
	pr, err := prepare(r, set, hs, o.Workers)
	if err != nil {
		return nil, err
	}
	if o.Warn != nil {
		for _, w := range pr.p.Warnings {
			o.Warn(w)
		}
	}
	cs := pr.cs
	extra := cardExtra(set, pr.d, pr.p, o)
	hashes := make([]string, len(hs))
	for i, c := range cs {
		// the quantity is in every card's metadata, and with marks in its slug
		hashes[i] = c.Inputs(r.Card).Hash(append(extra, fmt.Sprintf("copies %d", c.Household.Copies))...)
	}

	res := &CardsResult{Manifest: ManifestName(o.Shard), Ticket: TicketName(o.Shard)}
	entries, err := readManifest(o.Dir, res.Manifest)
	if err != nil {
		if o.Warn != nil {
			o.Warn(msg.F("ignoring the manifest (%v); drawing every card", err))
		}
	}
	if entries == nil {
		entries = map[string]ManifestCard{}
	}
	// Cards whose entry matches are trusted without a layout: the same
	// inputs, fonts and version laid out without a problem when they were
	// drawn, and layout does not depend on anything else.
	if !o.TrustMTime {
		for id, e := range entries {
			e.Size, e.MTime = 0, 0
			entries[id] = e
		}
	}
	keep := make([]bool, len(hs))
	kept := make([]ManifestCard, len(hs))
	if !o.Force {
		parallel(len(hs), o.Workers, func(i int) {
			kept[i], keep[i] = upToDate(o.Dir, entries, hs[i].ID, hashes[i], o.TrustMTime)
		})
	}
	for i := range hs {
		if keep[i] {
			entries[kept[i].ID] = kept[i]
		}
	}
	var todo []int // index into cs of each card to draw
	for i, h := range hs {
		res.Files = append(res.Files, cardFile(h.ID))
		res.Job = append(res.Job, cardTicket(r, h, cardFile(h.ID), 1, o))
		if keep[i] {
			res.Unchanged = append(res.Unchanged, cardFile(h.ID))
		} else {
			todo = append(todo, i)
		}
	}
	if len(todo) > 0 {
		if err := files.Folder(o.Dir); err != nil {
			return nil, err
		}
	}
	// Each card is laid out, drawn into a temporary file beside its name
	// and forgotten, so that memory does not grow with the roster. The
	// files take their names only when every card laid out without a
	// problem: a roster with a problem changes nothing, and all its
	// problems are reported.
	temps := make([]*files.Temp, len(todo))
	drawn := make([]ManifestCard, len(todo))
	layErrs := make([]error, len(todo))
	errs := make([]error, len(todo))
	var failed atomic.Bool
	pw := pdf.NewWriter()
	pw.OutlineText = o.OutlineText
	done := newCounter(o.Progress, len(todo))
	parallel(len(todo), o.Workers, func(i int) {
		defer done.add(1)
		art, err := pr.card(todo[i])
		if err != nil {
			layErrs[i] = err
			failed.Store(true)
			return
		}
		if failed.Load() {
			return // nothing of this run will be kept
		}
		h := cs[todo[i]].Household
		buf := cardBuffers.Get().(*bytes.Buffer)
		defer cardBuffers.Put(buf)
		buf.Reset()
		err = writeCardPDF(buf, r, set, pw, Laid{Household: h, Art: art}, o)
		if err == nil {
			temps[i], err = stage(o.Dir, cardFile(h.ID), files.Bytes(buf.Bytes()))
		}
		if err == nil {
			drawn[i] = ManifestCard{ID: h.ID, File: cardFile(h.ID), Inputs: hashes[todo[i]], SHA256: sha256Hex(buf.Bytes())}
		}
		errs[i] = err
	})
	if err := mergeProblems(layErrs); err != nil {
		for _, t := range temps {
			if t != nil {
				t.Remove()
			}
		}
		return nil, err
	}
	// A card that failed keeps its old entry and its old file (or none).
	for i, t := range temps {
		if errs[i] == nil && t != nil {
			errs[i] = t.Commit()
		}
		if errs[i] == nil && t != nil && o.TrustMTime {
			drawn[i], errs[i] = withStat(o.Dir, drawn[i])
		}
		if errs[i] == nil && t != nil {
			entries[drawn[i].ID] = drawn[i]
			res.Rendered = append(res.Rendered, drawn[i].File)
		}
	}
	if o.Prune {
		errs = append(errs, prune(o.Dir, r, entries, res))
	}

	m := Manifest{Fuwuka: Version, Roster: r.Path, RosterSHA256: r.SHA256}
	if !o.Shard.Whole() {
		m.Shard = o.Shard.String()
	}
	for _, e := range entries {
		m.Cards = append(m.Cards, e)
	}
	errs = append(errs, writeManifest(o.Dir, res.Manifest, m))
	errs = append(errs, writeTicket(o.Dir, res.Ticket, cardsTicketCSV(res.Job)))
	if err := writeErrors(o.Dir, errs); err != nil {
		return nil, err
	}
	return res, nil
}

// cardExtra is what a card's bytes depend on besides its Inputs: fuwuka's
// version (written into the PDF; it also stands for the embedded fonts),
// the card design and its version, the plan it made for the roster (one
// text scale for all cards, so another household's change can change
// every card), the page options (with marks, the slug's language), and
// the extra fonts' contents.
func cardExtra(set *fonts.Set, d design.Design, p design.Plan, o CardsOptions) []string {
	extra := []string{
		"fuwuka " + Version,
		"design " + design.ID(d),
		p.String(),
		fmt.Sprintf("marks %t", o.Marks),
		fmt.Sprintf("cut-contour %t", o.CutContour),
		fmt.Sprintf("cut %s %s", o.Cut.Kind, o.Cut.SpotName()),
		fmt.Sprintf("pages-per-copy %t", o.PagesPerCopy),
		fmt.Sprintf("outline-text %t", o.OutlineText),
		"fonts " + set.Digest(),
	}
	if o.Marks {
		extra = append(extra, "slug "+o.Lang.String())
	}
	return extra
}

// upToDate says whether the manifest's entry for id was drawn from the
// inputs with hash inputs and its file still has the bytes drawn, and
// returns the entry to keep. With trust, a file of the recorded size and
// modification time is taken to have them unread; any other is read and
// hashed, and its size and time recorded if its bytes are the same.
func upToDate(dir string, entries map[string]ManifestCard, id, inputs string, trust bool) (ManifestCard, bool) {
	e, ok := entries[id]
	if !ok || e.Inputs != inputs {
		return e, false
	}
	if trust && e.MTime != 0 {
		fi, err := os.Stat(filepath.Join(dir, e.File))
		if err == nil && fi.Mode().IsRegular() && fi.Size() == e.Size && fi.ModTime().UnixNano() == e.MTime {
			return e, true
		}
	}
	data, err := files.ReadLimited(filepath.Join(dir, e.File), maxCardSize)
	if err != nil || sha256Hex(data) != e.SHA256 {
		return e, false
	}
	if trust {
		e, err = withStat(dir, e)
		return e, err == nil
	}
	return e, true
}

// withStat records the size and modification time of e's file.
func withStat(dir string, e ManifestCard) (ManifestCard, error) {
	fi, err := os.Stat(filepath.Join(dir, e.File))
	if err != nil {
		return e, err
	}
	e.Size, e.MTime = fi.Size(), fi.ModTime().UnixNano()
	return e, nil
}

// prune deletes the files of the entries whose household is no longer in
// the roster, and drops those entries. It touches no file the manifest
// does not list.
func prune(dir string, r *card.Roster, entries map[string]ManifestCard, res *CardsResult) error {
	inRoster := make(map[string]bool, len(r.Households))
	for _, h := range r.Households {
		inRoster[h.ID] = true
	}
	var stale []string
	for id := range entries {
		if !inRoster[id] {
			stale = append(stale, id)
		}
	}
	slices.Sort(stale)
	var errs []error
	for _, id := range stale {
		file := entries[id].File
		switch err := os.Remove(filepath.Join(dir, file)); {
		case err == nil:
			res.Removed = append(res.Removed, file)
			delete(entries, id)
		case errors.Is(err, fs.ErrNotExist):
			delete(entries, id)
		default:
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// cardBuffers hold cards' files between drawing and writing, reused from
// card to card.
var cardBuffers = sync.Pool{New: func() any { return bytes.NewBuffer(make([]byte, 0, 96<<10)) }}

// CardPDF renders one household's card page as a PDF file.
func CardPDF(r *card.Roster, set *fonts.Set, pw *pdf.Writer, l Laid, o CardsOptions) ([]byte, error) {
	var buf bytes.Buffer
	err := writeCardPDF(&buf, r, set, pw, l, o)
	return buf.Bytes(), err
}

// writeCardPDF writes one household's card page as a PDF file to w: one
// page, or with PagesPerCopy one page per copy.
func writeCardPDF(w io.Writer, r *card.Roster, set *fonts.Set, pw *pdf.Writer, l Laid, o CardsOptions) error {
	h := l.Household
	title := fmt.Sprintf("%s – %s – %s", r.Card.Title, r.Community.Name, h.ID)
	if h.Copies > 1 {
		title += fmt.Sprintf(" ×%d", h.Copies)
	}
	page := cardPage(r, set, l, o)
	pages := []frame.Page{page}
	if o.PagesPerCopy {
		pages = slices.Repeat(pages, max(h.Copies, 1))
	}
	info := pdf.Info{Title: title, Creator: Creator(), Date: o.Date, Job: jobProperties(&h, max(h.Copies, 1), o.CutContour, o.Cut)}
	return pw.Write(w, info, pages)
}

// cardPage is one household's card on a page of its own; with marks, its
// slug says the quantity and the cut.
func cardPage(r *card.Roster, set *fonts.Set, l Laid, o CardsOptions) frame.Page {
	h := l.Household
	return impose.CardPage(l.Art.Frame(), l.Art.Trim, impose.PageOptions{
		Fonts:      set,
		CutContour: o.CutContour,
		Cut:        o.Cut,
		Radius:     r.Card.CornerRadius,
		Marks:      o.Marks,
		SlugText: msg.F("%s · %s · %s · ×%d · %g×%g mm, %g mm bleed · %s · %s · fuwuka %s", r.Community.Name, h.ID,
			h.Address, max(h.Copies, 1), r.Card.Size, r.Card.Size, r.Card.Bleed, cutText(o.CutContour, o.Cut),
			o.Date.Format("2006-01-02"), Version).In(o.Lang),
	})
}

// cutText names the cut, or says that there is none.
func cutText(on bool, c impose.Cut) msg.Text {
	if !on {
		return msg.F("print only, no cut")
	}
	return c.Text()
}

// jobProperties are what a card's metadata says of its job: the household
// (for a file of one card), the quantity and the cut.
func jobProperties(h *card.Household, copies int, on bool, c impose.Cut) []pdf.Property {
	var props []pdf.Property
	if h != nil {
		props = append(props, pdf.Property{Name: "Household", Value: h.ID})
	}
	kind, name := cutColumns(on, c)
	props = append(props, pdf.Property{Name: "Copies", Value: fmt.Sprint(copies)},
		pdf.Property{Name: "Cut", Value: kind})
	if name != "" {
		props = append(props, pdf.Property{Name: "CutName", Value: name})
	}
	return props
}

// cardTicket is the ticket's row of household h's card in file, from page.
func cardTicket(r *card.Roster, h card.Household, file string, page int, o CardsOptions) CardTicket {
	kind, name := cutColumns(o.CutContour, o.Cut)
	pages := 1
	if o.PagesPerCopy {
		pages = max(h.Copies, 1)
	}
	return CardTicket{File: file, Page: page, Pages: pages, Household: h.ID, Address: h.Address, Zone: h.Zone, Copies: max(h.Copies, 1),
		Size: r.Card.Size, Bleed: r.Card.Bleed, Cut: kind, CutName: name}
}

// parallel calls fn(0..n-1) on workers goroutines. A panic in fn is
// raised again on the caller's goroutine, where it can be recovered.
func parallel(n, workers int, fn func(int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	var once sync.Once
	var panicked error
	next := make(chan int)
	for w := 0; w < min(workers, n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				var err error
				func() {
					defer caught(&err)
					fn(i)
				}()
				if err != nil {
					once.Do(func() { panicked = err })
				}
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	if panicked != nil {
		panic(panicked.(*PanicError).Value)
	}
}

// mergeProblems joins the problems of many households into one sorted
// list, each distinct problem once; any other error wins.
func mergeProblems(errs []error) error {
	var all card.Problems
	seen := map[string]bool{}
	for _, err := range errs {
		if err == nil {
			continue
		}
		var ps card.Problems
		if !errors.As(err, &ps) {
			return err
		}
		for _, p := range ps {
			if key := p.String(); !seen[key] {
				seen[key] = true
				all = append(all, p)
			}
		}
	}
	return all.Err()
}
