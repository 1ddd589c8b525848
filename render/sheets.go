package render

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/design"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/impose"
	"github.com/fuwuka/fuwuka/layout/pdf"
	"github.com/fuwuka/fuwuka/msg"
)

// SheetsOptions say which cards go on press sheets, how, and where the
// PDF goes.
type SheetsOptions struct {
	// File is the PDF to write. With MaxSheets, the job is split into
	// volumes named after it: FILE-001.pdf, FILE-002.pdf, ... A shard's
	// files are named FILE-K-of-N.pdf (FILE-K-of-N-001.pdf, ...), so that
	// the shards of one command line do not overwrite each other.
	File       string
	Households []string // ids; all when empty
	Shard      Shard    // of the households selected; the zero Shard is all
	Press      impose.Press
	Order      impose.Order
	Copies     int // of every household's card; 0: each household's own
	MaxSheets  int // per file; 0: one file
	CutContour bool
	Date       time.Time
	Lang       msg.Lang  // of the slug's words
	Workers    int       // 0: one per core
	Progress   Progress  // told of each sheet drawn; nil: nobody
	Stdout     io.Writer // where File "-" goes
}

// SheetsJob is what Sheets laid out and wrote.
type SheetsJob struct {
	Grid   impose.Grid
	Cards  int
	Sheets int
	Empty  int // slots without a card
	// Piles are the runs of sheets to cut separately, each with the zone
	// of every stack (zone order only).
	Piles []SheetsPile
	Files []string // names written, in the folder of File
}

// SheetsPile is a run of sheets cut and stacked on its own.
type SheetsPile struct {
	First, Sheets int
	Stacks        []string // each position's zone; "" for an empty stack
}

// Sheets lays every selected household's card, once per copy, onto press
// sheets and writes them as one PDF, or as volumes of at most MaxSheets
// sheets. The sheets are laid out as they are written, a few ahead on
// every core, and forgotten: memory does not grow with the job. Every
// card is laid out before the first byte of its file is written, so a
// card with a problem stops the job with nothing written, and then every
// card's problems are reported. A card too large for the paper is a
// *impose.NoFitError, found before any card is laid out.
func Sheets(r *card.Roster, set *fonts.Set, o SheetsOptions) (*SheetsJob, error) {
	art := r.Card.Size + 2*r.Card.Bleed
	grid, err := impose.FitGrid(o.Press, art, art, r.Card.Bleed)
	if err != nil {
		return nil, err
	}
	selected, err := selectHouseholds(r, o.Households, o.Shard)
	if err != nil {
		return nil, err
	}
	pr, err := prepare(r, set, selected, o.Workers)
	if err != nil {
		return nil, err
	}
	cs := pr.cs
	var cards []int // index into cs, once per copy, in roster order
	for i, c := range cs {
		for range cmp.Or(o.Copies, c.Household.Copies) {
			cards = append(cards, i)
		}
	}
	if len(cards) == 0 {
		if !o.Shard.Whole() {
			// A shard of a small roster may hold no household: its
			// share of the job is done by writing nothing.
			return &SheetsJob{Grid: grid}, nil
		}
		return nil, msg.Errorf("no cards to print")
	}
	if o.Order == impose.OrderZone {
		// a zone's stack is its delivery round, visited by address
		slices.SortStableFunc(cards, func(a, b int) int {
			return card.CompareAddress(cs[a].Household.Address, cs[b].Household.Address)
		})
	}
	zones := make([]string, len(cards))
	for i, k := range cards {
		zones[i] = cs[k].Household.Zone
	}
	arr := impose.Arrange(o.Order, zones, r.Zones(), grid.PerSheet())
	job := &SheetsJob{Grid: grid, Cards: len(cards), Sheets: len(arr.Sheets), Empty: len(arr.Sheets)*grid.PerSheet() - len(cards)}
	if o.Order == impose.OrderZone {
		for _, p := range arr.Piles {
			sp := SheetsPile{First: p.First, Sheets: p.Sheets, Stacks: make([]string, len(p.Stacks))}
			for i, g := range p.Stacks {
				if g != impose.Empty {
					sp.Stacks[i] = cmp.Or(arr.Groups[g], card.NoZone)
				}
			}
			job.Piles = append(job.Piles, sp)
		}
	}

	per := len(arr.Sheets)
	if o.MaxSheets > 0 {
		per = o.MaxSheets
	}
	dir, base := filepath.Split(o.File)
	ext := filepath.Ext(base)
	base = strings.TrimSuffix(base, ext) + o.Shard.Suffix() + ext
	volumes := (len(arr.Sheets) + per - 1) / per
	for v := range volumes {
		name := base
		if o.MaxSheets > 0 {
			name = fmt.Sprintf("%s-%03d%s", strings.TrimSuffix(base, ext), v+1, ext)
		}
		job.Files = append(job.Files, name)
	}

	s := &sheetWriter{pr: pr, grid: grid, cards: cards, arr: arr, o: o, pw: pdf.NewWriter(),
		done: newCounter(o.Progress, len(arr.Sheets))}
	err = writeJob(filepath.Join(dir, base), job.Files, func(v int, w io.Writer) error {
		return s.volume(w, v*per, min((v+1)*per, len(arr.Sheets)), job.Files[v])
	}, o.Stdout)
	if _, ok := errors.AsType[card.Problems](err); ok {
		// the first card with a problem stopped the job: report all
		if all := pr.check(o.Workers); all != nil {
			err = all
		}
	}
	if err != nil {
		return nil, err
	}
	return job, nil
}

type sheetWriter struct {
	pr    *prepared
	grid  impose.Grid
	cards []int // index into pr.cs of each card, in arrangement order
	arr   impose.Arrangement
	o     SheetsOptions
	pw    *pdf.Writer
	done  *counter
}

// volume writes sheets from to to-1 to w as one PDF file called name.
// The writer goes through the sheets twice, and each time they are laid
// out afresh; sheets are counted as drawn the second time.
func (s *sheetWriter) volume(w io.Writer, from, to int, name string) error {
	pass := 0
	pages := func(yield func(frame.Page, error) bool) {
		pass++
		drawing := pass == 2
		for page, err := range ahead(to-from, s.o.Workers, func(k int) (frame.Page, error) { return s.sheet(from+k, name) }) {
			if !yield(page, err) {
				return
			}
			if drawing {
				s.done.add(1)
			}
		}
	}
	title := fmt.Sprintf("%s – %s – %s", s.pr.r.Card.Title, s.pr.r.Community.Name, name)
	return s.pw.WritePages(w, pdf.Info{Title: title, Creator: Creator(), Date: s.o.Date}, pages)
}

// sheet lays out sheet i of the file called name. A household's copies on
// the sheet share one layout.
func (s *sheetWriter) sheet(i int, name string) (frame.Page, error) {
	slots := make([]impose.SheetCard, len(s.arr.Sheets[i]))
	arts := map[int]*design.Art{}
	for p, k := range s.arr.Sheets[i] {
		if k == impose.Empty {
			continue
		}
		h := s.cards[k]
		art := arts[h]
		if art == nil {
			var err error
			if art, err = s.pr.card(h); err != nil {
				return frame.Page{}, err
			}
			arts[h] = art
		}
		slots[p] = impose.SheetCard{Art: art.Frame(), Trim: art.Trim, Key: "household:" + s.pr.cs[h].Household.ID}
	}
	return s.grid.Sheet(slots, impose.SheetOptions{
		CutContour: s.o.CutContour,
		Radius:     s.pr.r.Card.CornerRadius,
		Slug:       s.slug(i, name),
		Fonts:      s.pr.set,
	}), nil
}

// slug is sheet i's job line: community, file, sheet i/n counted across
// volumes, pile, order (and zones), cards on it, date.
func (s *sheetWriter) slug(i int, file string) string {
	parts := []string{s.pr.r.Community.Name, file, msg.F("sheet %d/%d", i+1, len(s.arr.Sheets)).In(s.o.Lang)}
	if len(s.arr.Piles) > 1 {
		for n, p := range s.arr.Piles {
			if i >= p.First && i < p.First+p.Sheets {
				parts = append(parts, msg.F("pile %d/%d: sheets %d–%d", n+1, len(s.arr.Piles), p.First+1, p.First+p.Sheets).In(s.o.Lang))
			}
		}
	}
	order := s.o.Order.String()
	n := 0
	var zones []string
	for _, k := range s.arr.Sheets[i] {
		if k == impose.Empty {
			continue
		}
		n++
		if z := cmp.Or(s.pr.cs[s.cards[k]].Household.Zone, card.NoZone); !slices.Contains(zones, z) {
			zones = append(zones, z)
		}
	}
	if s.o.Order == impose.OrderZone {
		order += " " + strings.Join(zones, "、")
	}
	cards := msg.Plural(n, "%d card", "%d cards").In(s.o.Lang)
	return strings.Join(append(parts, order, cards, s.o.Date.Format("2006-01-02")), " · ")
}
