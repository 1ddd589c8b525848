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
	"github.com/fuwuka/fuwuka/files"
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
	// Cut is how the die lines cut and the spot colour they are stroked
	// in, when CutContour draws them.
	Cut impose.Cut
	// OutlineText draws the text as filled glyph outlines: no fonts.
	OutlineText bool
	Date        time.Time
	Lang        msg.Lang  // of the slug's words
	Workers     int       // 0: one per core
	Progress    Progress  // told of each sheet drawn; nil: nobody
	Stdout      io.Writer // where File "-" goes
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
	// Ticket is the job ticket's name, in the folder of File ("" when File
	// is standard output), and Job its rows: every card's slot.
	Ticket string
	Job    []SheetTicket
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

	job.Job = sheetTickets(pr, grid, cards, arr, job.Files, per, o)
	pw := pdf.NewWriter()
	pw.OutlineText = o.OutlineText
	s := &sheetWriter{pr: pr, grid: grid, cards: cards, arr: arr, o: o, pw: pw,
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
	if o.File != files.Stdout {
		job.Ticket = filepath.Base(TicketFor(filepath.Join(dir, base)))
		if err := writeTicket(cmp.Or(dir, "."), job.Ticket, sheetsTicketCSV(job.Job)); err != nil {
			return nil, err
		}
	}
	return job, nil
}

// sheetTickets are the job ticket's rows: every card's slot, sheet by
// sheet, position by position.
func sheetTickets(pr *prepared, g impose.Grid, cards []int, arr impose.Arrangement, names []string, per int, o SheetsOptions) []SheetTicket {
	copyOf := make([]int, len(cards)) // which copy of its household card k is
	copies := map[int]int{}
	for k, h := range cards {
		copies[h]++
		copyOf[k] = copies[h]
	}
	kind, name := cutColumns(o.CutContour, o.Cut)
	var rows []SheetTicket
	for pile, p := range arr.Piles {
		for s := p.First; s < p.First+p.Sheets; s++ {
			for pos, k := range arr.Sheets[s] {
				if k == impose.Empty {
					continue
				}
				h := pr.cs[cards[k]].Household
				rows = append(rows, SheetTicket{File: names[s/per], Sheet: s + 1, Position: pos + 1, Row: pos/g.Cols + 1, Column: pos%g.Cols + 1,
					Pile: pile + 1, Stack: pos + 1, Household: h.ID, Address: h.Address, Zone: h.Zone, Copy: copyOf[k], Copies: copies[cards[k]],
					Size: pr.r.Card.Size, Bleed: pr.r.Card.Bleed, Cut: kind, CutName: name})
			}
		}
	}
	return rows
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
	info := pdf.Info{Title: title, Creator: Creator(), Date: s.o.Date, Job: jobProperties(nil, len(s.cards), s.o.CutContour, s.o.Cut)}
	return s.pw.WritePages(w, info, pages)
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
		Cut:        s.o.Cut,
		Radius:     s.pr.r.Card.CornerRadius,
		Slug:       s.slug(i, name),
		Fonts:      s.pr.set,
	}), nil
}

// slug is sheet i's job line: community, file, sheet i/n counted across
// volumes, pile, card size and bleed, cut, order (and zones), cards on
// it, date, fuwuka's version, and the households at the ends of each
// stack of the sheet's pile.
func (s *sheetWriter) slug(i int, file string) string {
	l := s.o.Lang
	parts := []string{s.pr.r.Community.Name, file, msg.F("sheet %d/%d", i+1, len(s.arr.Sheets)).In(l)}
	pile := s.arr.Piles[0]
	for n, p := range s.arr.Piles {
		if i >= p.First && i < p.First+p.Sheets {
			pile = p
			if len(s.arr.Piles) > 1 {
				parts = append(parts, msg.F("pile %d/%d: sheets %d–%d", n+1, len(s.arr.Piles), p.First+1, p.First+p.Sheets).In(l))
			}
		}
	}
	c := s.pr.r.Card
	parts = append(parts, msg.F("%g×%g mm, %g mm bleed", c.Size, c.Size, c.Bleed).In(l), cutText(s.o.CutContour, s.o.Cut).In(l))
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
	cards := msg.Plural(n, "%d card", "%d cards").In(l)
	// the stacks last: a long list is what the printable width cuts short
	parts = append(parts, order, cards, s.o.Date.Format("2006-01-02"), "fuwuka "+Version, s.stacks(pile))
	return strings.Join(parts, " · ")
}

// stacks names what each stack of a pile holds once cut, top to bottom:
// "stacks 1 E-001–E-006, 2 E-007–E-012".
func (s *sheetWriter) stacks(p impose.Pile) string {
	var out []string
	for pos := range s.grid.PerSheet() {
		first, last := impose.Empty, impose.Empty
		for sh := p.First; sh < p.First+p.Sheets; sh++ {
			if k := s.arr.Sheets[sh][pos]; k != impose.Empty {
				if first == impose.Empty {
					first = k
				}
				last = k
			}
		}
		if first == impose.Empty {
			continue
		}
		a, b := s.pr.cs[s.cards[first]].Household.ID, s.pr.cs[s.cards[last]].Household.ID
		if a == b {
			out = append(out, fmt.Sprintf("%d %s", pos+1, a))
		} else {
			out = append(out, fmt.Sprintf("%d %s–%s", pos+1, a, b))
		}
	}
	return msg.F("stacks %s", strings.Join(out, ", ")).In(s.o.Lang)
}
