package render

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
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
	Workers    int      // 0: one per core
	Progress   Progress // told of each sheet drawn; nil: nobody
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
// sheets. Each household is laid out once; its copies share one drawing.
// A card too large for the paper is a *impose.NoFitError, found before any
// card is laid out.
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
	laid, err := layHouseholds(r, set, selected, o.Workers)
	if err != nil {
		return nil, err
	}
	var cards []int // index into laid, once per copy, in roster order
	for i, l := range laid {
		for range cmp.Or(o.Copies, l.Household.Copies) {
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
			return card.CompareAddress(laid[a].Household.Address, laid[b].Household.Address)
		})
	}
	zones := make([]string, len(cards))
	for i, k := range cards {
		zones[i] = laid[k].Household.Zone
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

	arts := make([]*frame.Frame, len(laid))
	for i, l := range laid {
		arts[i] = l.Art.Frame()
	}
	s := &sheetWriter{r: r, grid: grid, laid: laid, arts: arts, cards: cards, arr: arr, job: job, o: o, pw: pdf.NewWriter(), set: set,
		done: newCounter(o.Progress, len(arr.Sheets))}
	dir = cmp.Or(dir, ".")
	made, err := mkdirAll(dir)
	if err != nil {
		return nil, err
	}
	// Each volume goes straight to a temporary file, named only when all
	// are written.
	temps := make([]string, volumes)
	errs := make([]error, volumes)
	parallel(volumes, o.Workers, func(v int) {
		temps[v], errs[v] = s.volume(dir, v*per, min((v+1)*per, len(arr.Sheets)), job.Files[v])
	})
	if err := errors.Join(errs...); err != nil {
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
	for v, name := range job.Files {
		if err := commitTemp(temps[v], dir, name); err != nil {
			for _, t := range temps[v+1:] {
				os.Remove(t)
			}
			return nil, err
		}
	}
	return job, nil
}

type sheetWriter struct {
	r     *card.Roster
	grid  impose.Grid
	laid  []Laid
	arts  []*frame.Frame // each household's card, by laid's index
	cards []int
	arr   impose.Arrangement
	job   *SheetsJob
	o     SheetsOptions
	pw    *pdf.Writer
	set   *fonts.Set
	done  *counter
}

// volume renders sheets from to to-1 as one PDF file called name, written
// to a temporary file in dir whose path it returns.
func (s *sheetWriter) volume(dir string, from, to int, name string) (string, error) {
	title := fmt.Sprintf("%s – %s – %s", s.r.Card.Title, s.r.Community.Name, name)
	asked := make([]bool, to-from)
	return writeTempWith(dir, func(w io.Writer) error {
		return s.pw.WritePages(w, pdf.Info{Title: title, Creator: Creator(), Date: s.o.Date}, to-from, func(k int) frame.Page {
			// The writer asks for each sheet twice; the second time it
			// draws it.
			if asked[k] {
				s.done.add(1)
			}
			asked[k] = true
			return s.sheet(from+k, name)
		})
	})
}

// sheet lays out sheet i of the file called name.
func (s *sheetWriter) sheet(i int, name string) frame.Page {
	slots := make([]impose.SheetCard, len(s.arr.Sheets[i]))
	for p, k := range s.arr.Sheets[i] {
		if k != impose.Empty {
			l := s.laid[s.cards[k]]
			slots[p] = impose.SheetCard{Art: s.arts[s.cards[k]], Trim: l.Art.Trim, Key: "household:" + l.Household.ID}
		}
	}
	return s.grid.Sheet(slots, impose.SheetOptions{
		CutContour: s.o.CutContour,
		Radius:     s.r.Card.CornerRadius,
		Slug:       s.slug(i, name),
		Fonts:      s.set,
	})
}

// slug is sheet i's job line: community, file, sheet i/n counted across
// volumes, pile, order (and zones), cards on it, date.
func (s *sheetWriter) slug(i int, file string) string {
	parts := []string{s.r.Community.Name, file, fmt.Sprintf("sheet %d/%d", i+1, len(s.arr.Sheets))}
	if len(s.arr.Piles) > 1 {
		for n, p := range s.arr.Piles {
			if i >= p.First && i < p.First+p.Sheets {
				parts = append(parts, fmt.Sprintf("pile %d/%d: sheets %d–%d", n+1, len(s.arr.Piles), p.First+1, p.First+p.Sheets))
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
		if z := cmp.Or(s.laid[s.cards[k]].Household.Zone, card.NoZone); !slices.Contains(zones, z) {
			zones = append(zones, z)
		}
	}
	if s.o.Order == impose.OrderZone {
		order += " " + strings.Join(zones, "、")
	}
	cards := fmt.Sprintf("%d cards", n)
	if n == 1 {
		cards = "1 card"
	}
	return strings.Join(append(parts, order, cards, s.o.Date.Format("2006-01-02")), " · ")
}
