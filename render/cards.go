package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/fuwuka/fuwuka/card"
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
	// Date is printed in the metadata and, with Marks, in the slug. It is
	// left out of what decides whether a card is drawn again: it follows
	// the roster file's modification time, so every edit would redraw every
	// card.
	Date  time.Time
	Force bool // draw every selected card, whatever the manifest says
	// Prune deletes the cards the manifest lists of households no longer
	// in the roster.
	Prune    bool
	Warn     func(msg.Text) // told what the clerk should know; nil: nobody
	Progress Progress       // told of each card drawn; nil: nobody
	Workers  int            // 0: one per core
}

// CardsResult is what Cards found and did; file names are in Dir.
type CardsResult struct {
	Files     []string // every selected household's card, in roster order
	Rendered  []string // drawn in this run
	Unchanged []string // left as they were: same inputs, same bytes
	Removed   []string // deleted by Prune
	Manifest  string   // the manifest's file name in Dir
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

// Check lays out the card of every selected household as Lay does, and
// keeps none: memory stays flat however many households there are. It
// returns how many households it checked.
func Check(r *card.Roster, set *fonts.Set, ids []string, workers int) (int, error) {
	hs, err := r.Select(ids)
	if err != nil {
		return 0, err
	}
	if err := contentProblems(r, hs, workers); err != nil {
		return 0, err
	}
	errs := make([]error, len(hs))
	shared := &sharedArt{}
	parallel(len(hs), workers, func(i int) {
		_, errs[i] = layOne(r, set, hs[i], shared)
	})
	return len(hs), mergeProblems(errs)
}

func layHouseholds(r *card.Roster, set *fonts.Set, hs []card.Household, workers int) ([]Laid, error) {
	if err := contentProblems(r, hs, workers); err != nil {
		return nil, err
	}
	out := make([]Laid, len(hs))
	errs := make([]error, len(hs))
	shared := &sharedArt{}
	parallel(len(hs), workers, func(i int) {
		out[i], errs[i] = layOne(r, set, hs[i], shared)
	})
	if err := mergeProblems(errs); err != nil {
		return nil, err
	}
	return out, nil
}

// contentProblems checks what each household's card says, in parallel,
// and returns every problem of every household together, before any card
// is laid out.
func contentProblems(r *card.Roster, hs []card.Household, workers int) error {
	errs := make([]error, len(hs))
	parallel(len(hs), workers, func(i int) {
		_, errs[i] = card.For(r, hs[i])
	})
	return mergeProblems(errs)
}

// layOne lays out one household's card.
func layOne(r *card.Roster, set *fonts.Set, h card.Household, shared *sharedArt) (Laid, error) {
	c, err := card.For(r, h)
	if err != nil {
		return Laid{}, err
	}
	art, err := design.Card(c, r.Card, set)
	if err != nil {
		return Laid{}, err
	}
	shared.intern(art)
	return Laid{Household: c.Household, Art: art}, nil
}

// sharedArt keeps one copy of each distinct shared artwork: the cards of
// one run mostly share theirs, and holding it once per household is most
// of what a laid-out card weighs.
type sharedArt struct{ m sync.Map }

func (s *sharedArt) intern(a *design.Art) {
	if v, loaded := s.m.LoadOrStore(a.Key, a.Shared); loaded {
		a.Shared = v.(*frame.Frame)
	}
}

// Cards writes one PDF per selected household, DIR/<id>.pdf, and the
// manifest that says what each was drawn from. A card whose inputs are
// those the manifest records and whose file still has the recorded bytes is
// left alone; the others are laid out and drawn. Each card goes to a
// temporary file as soon as it is drawn and is forgotten, so memory stays
// flat; the temporary files take their names only when every card laid out
// without a problem, so a roster with a problem still changes nothing, and
// all its problems are reported. The manifest is written last, also after
// a failed write, and then describes the files on disk.
func Cards(r *card.Roster, set *fonts.Set, o CardsOptions) (*CardsResult, error) {
	hs, err := selectHouseholds(r, o.Households, o.Shard)
	if err != nil {
		return nil, err
	}
	extra := cardExtra(set, o)
	hashes := make([]string, len(hs))
	errs := make([]error, len(hs))
	parallel(len(hs), o.Workers, func(i int) {
		c, err := card.For(r, hs[i])
		if err == nil {
			hashes[i] = c.Inputs(r.Card).Hash(extra...)
		}
		errs[i] = err
	})
	if err := mergeProblems(errs); err != nil {
		return nil, err
	}

	res := &CardsResult{Manifest: ManifestName(o.Shard)}
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
	keep := make([]bool, len(hs))
	if !o.Force {
		parallel(len(hs), o.Workers, func(i int) {
			keep[i] = upToDate(o.Dir, entries, hs[i].ID, hashes[i])
		})
	}
	var todo []int // indexes into hs
	for i, h := range hs {
		res.Files = append(res.Files, cardFile(h.ID))
		if keep[i] {
			res.Unchanged = append(res.Unchanged, cardFile(h.ID))
		} else {
			todo = append(todo, i)
		}
	}
	var made []string // the folders made for this run, deepest first
	if len(todo) > 0 {
		if made, err = mkdirAll(o.Dir); err != nil {
			return nil, err
		}
	}

	temps := make([]string, len(todo))
	sums := make([]string, len(todo))
	layErrs := make([]error, len(todo))
	errs = make([]error, len(todo))
	var failed atomic.Bool
	shared := &sharedArt{}
	pw := pdf.NewWriter()
	done := newCounter(o.Progress, len(todo))
	parallel(len(todo), o.Workers, func(k int) {
		defer done.add(1)
		l, err := layOne(r, set, hs[todo[k]], shared)
		if err != nil {
			layErrs[k] = err
			failed.Store(true)
			return
		}
		if failed.Load() {
			return // nothing of this run will be kept
		}
		data, err := CardPDF(r, set, pw, l, o)
		if err == nil {
			temps[k], err = writeTemp(o.Dir, data)
		}
		if err == nil {
			sums[k] = sha256Hex(data)
		}
		errs[k] = err
	})
	if err := mergeProblems(layErrs); err != nil {
		for _, t := range temps {
			if t != "" {
				os.Remove(t)
			}
		}
		for _, d := range made {
			os.Remove(d)
		}
		return nil, err
	}
	// A card that failed keeps its old entry and its old file (or none).
	for k, i := range todo {
		id := hs[i].ID
		if errs[k] == nil {
			errs[k] = commitTemp(temps[k], o.Dir, cardFile(id))
		}
		if errs[k] == nil {
			entries[id] = ManifestCard{ID: id, File: cardFile(id), Inputs: hashes[i], SHA256: sums[k]}
			res.Rendered = append(res.Rendered, cardFile(id))
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
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return res, nil
}

// cardExtra is what a card's bytes depend on besides its Inputs: fuwuka's
// version (written into the PDF; it also stands for the embedded fonts),
// the card design's version, the page options, and the extra fonts'
// contents.
func cardExtra(set *fonts.Set, o CardsOptions) []string {
	return []string{
		"fuwuka " + Version,
		fmt.Sprintf("layout %d", design.CardVersion),
		fmt.Sprintf("marks %t", o.Marks),
		fmt.Sprintf("cut-contour %t", o.CutContour),
		"fonts " + set.Digest(),
	}
}

// upToDate says whether the manifest's entry for id was drawn from the
// inputs with hash inputs and its file still has the bytes drawn.
func upToDate(dir string, entries map[string]ManifestCard, id, inputs string) bool {
	e, ok := entries[id]
	if !ok || e.Inputs != inputs {
		return false
	}
	data, err := os.ReadFile(filepath.Join(dir, e.File))
	return err == nil && sha256Hex(data) == e.SHA256
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

// CardPDF renders one household's card page as a PDF file.
func CardPDF(r *card.Roster, set *fonts.Set, pw *pdf.Writer, l Laid, o CardsOptions) ([]byte, error) {
	title := fmt.Sprintf("%s – %s – %s", r.Card.Title, r.Community.Name, l.Household.ID)
	page := impose.CardPage(l.Art.Frame(), l.Art.Trim, impose.PageOptions{
		Fonts:      set,
		CutContour: o.CutContour,
		Radius:     r.Card.CornerRadius,
		Marks:      o.Marks,
		SlugText: fmt.Sprintf("%s · %s · %s · %g×%g mm, %g mm bleed · %s", r.Community.Name, l.Household.ID,
			l.Household.Address, r.Card.Size, r.Card.Size, r.Card.Bleed, o.Date.Format("2006-01-02")),
	})
	var buf bytes.Buffer
	err := pw.Write(&buf, pdf.Info{Title: title, Creator: Creator(), Date: o.Date},
		[]frame.Page{page})
	return buf.Bytes(), err
}

// parallel calls fn(0..n-1) on workers goroutines.
func parallel(n, workers int, fn func(int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < min(workers, n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
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
