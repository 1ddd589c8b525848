package render

import (
	"cmp"
	"fmt"
	"io"
	"path/filepath"
	"slices"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/impose"
	"github.com/fuwuka/fuwuka/layout/pdf"
	"github.com/fuwuka/fuwuka/msg"
)

// SingleFileOptions say which cards go into one document, in what order.
type SingleFileOptions struct {
	CardsOptions
	// File is the PDF to write, by the output rule ("-": standard output).
	File   string
	Order  impose.Order
	Stdout io.Writer // where File "-" goes
}

// SingleFileResult is what SingleFile wrote.
type SingleFileResult struct {
	File   string // as given
	Pages  int
	Ticket string // the job ticket's path beside File; "" for standard output
	Job    []CardTicket
}

// SingleFile writes every selected household's card, a page per copy, as
// one PDF/X-4 document, for a RIP that imposes the job itself: one output
// intent, each font subset once, and the artwork the cards share drawn
// once as a form that every page refers to. Orders are those of press
// sheets with one card to a sheet: cut-stack and sequential keep the
// roster's order, zone goes zone by zone in address order. The pages are
// laid out as they are written, twice (see pdf.Writer.WritePages), and a
// card with a problem stops the job before a byte is written.
func SingleFile(r *card.Roster, set *fonts.Set, o SingleFileOptions) (*SingleFileResult, error) {
	hs, err := selectHouseholds(r, o.Households, o.Shard)
	if err != nil {
		return nil, err
	}
	pr, err := prepare(r, set, hs, o.Workers)
	if err != nil {
		return nil, err
	}
	var cards []int // index into pr.cs, once per copy, in roster order
	for i, c := range pr.cs {
		for range max(c.Household.Copies, 1) {
			cards = append(cards, i)
		}
	}
	if len(cards) == 0 {
		return nil, msg.Errorf("no cards to print")
	}
	if o.Order == impose.OrderZone {
		slices.SortStableFunc(cards, func(a, b int) int {
			return card.CompareAddress(pr.cs[a].Household.Address, pr.cs[b].Household.Address)
		})
	}
	zones := make([]string, len(cards))
	for i, k := range cards {
		zones[i] = pr.cs[k].Household.Zone
	}
	var order []int // index into pr.cs of each page
	for _, sheet := range impose.Arrange(o.Order, zones, r.Zones(), 1).Sheets {
		order = append(order, cards[sheet[0]])
	}

	res := &SingleFileResult{File: o.File, Pages: len(order)}
	for p, k := range order {
		if p > 0 && order[p-1] == k {
			res.Job[len(res.Job)-1].Pages++
			continue
		}
		row := cardTicket(r, pr.cs[k].Household, filepath.Base(o.File), p+1, o.CardsOptions)
		row.Pages = 1
		res.Job = append(res.Job, row)
	}

	done := newCounter(o.Progress, len(order))
	pass := 0
	pages := func(yield func(frame.Page, error) bool) {
		pass++
		drawing := pass == 2
		for page, err := range ahead(len(order), o.Workers, func(p int) (frame.Page, error) {
			k := order[p]
			art, err := pr.card(k)
			if err != nil {
				return frame.Page{}, err
			}
			return cardPage(r, set, Laid{Household: pr.cs[k].Household, Art: art}, o.CardsOptions), nil
		}) {
			if !yield(page, err) {
				return
			}
			if drawing {
				done.add(1)
			}
		}
	}
	title := fmt.Sprintf("%s – %s – %s", r.Card.Title, r.Community.Name, filepath.Base(o.File))
	info := pdf.Info{Title: title, Creator: Creator(), Date: o.Date, Job: jobProperties(nil, len(order), o.CutContour, o.Cut)}
	if o.File != files.Stdout {
		err = files.Folder(cmp.Or(filepath.Dir(o.File), "."))
	}
	var t files.Target
	if err == nil {
		t, err = files.Resolve(o.File)
	}
	pw := pdf.NewWriter()
	pw.OutlineText = o.OutlineText
	if err == nil {
		err = t.WriteFunc(func(w io.Writer) error { return pw.WritePages(w, info, pages) }, o.Stdout)
	}
	if _, ok := err.(card.Problems); ok {
		// the first card with a problem stopped the job: report all
		if all := pr.check(o.Workers); all != nil {
			err = all
		}
	}
	if err != nil {
		return nil, err
	}
	if o.File != files.Stdout {
		res.Ticket = TicketFor(o.File)
		if err := writeTicket(filepath.Dir(res.Ticket), filepath.Base(res.Ticket), cardsTicketCSV(res.Job)); err != nil {
			return nil, err
		}
	}
	return res, nil
}
