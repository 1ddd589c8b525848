package main

import (
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/spf13/cobra"
)

// DiffOptions are the inputs of fuwuka diff.
type DiffOptions struct {
	IO  *IO
	Old string
	New string
}

// NewCmdDiff says which households' cards change between two rosters.
func NewCmdDiff(io *IO, runF func(*DiffOptions) error) *cobra.Command {
	opts := &DiffOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: io.T("List the households whose cards change between two rosters, and why"),
		Long: io.T(`Compare two versions of a roster card by card: one line per household whose
card changes, with what changes on it; households added and removed; then a
count. Only what is printed counts: comments, residents, copies and the order
of households change no card. Either OLD or NEW (not both) may be - for
standard input. Exits 10 when any card changes, is added or removed, so a
script can test it.
`) + exitHelp(io),
		Args: exactArgs(2),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Old, opts.New = args[0], args[1]
			if opts.Old == "-" && opts.New == "-" {
				return usagef("diff reads at most one roster from standard input")
			}
			if runF != nil {
				return runF(opts)
			}
			return diffRun(opts)
		},
	}
	jsonFlag(io, cmd)
	return cmd
}

func diffRun(opts *DiffOptions) error {
	before, err := readRoster(opts.IO, opts.Old)
	if err != nil {
		return err
	}
	after, err := readRoster(opts.IO, opts.New)
	if err != nil {
		return err
	}
	d, err := card.Diff(before, after)
	if err != nil {
		return err
	}
	opts.IO.Result(d)
	for _, hc := range d.Changed {
		reasons := make([]string, len(hc.Changes))
		for i, c := range hc.Changes {
			reasons[i] = c.Text().In(opts.IO.Lang)
		}
		opts.IO.Outf("%s %s: %s\n", hc.ID, hc.Address, strings.Join(reasons, opts.IO.T("; ")))
	}
	for _, h := range d.Added {
		opts.IO.Outf("added: %s %s\n", h.ID, h.Address)
	}
	for _, h := range d.Removed {
		opts.IO.Outf("removed: %s %s\n", h.ID, h.Address)
	}
	opts.IO.Outf("%d households: %d changed, %d added, %d removed, %d unchanged\n",
		len(after.Households), len(d.Changed), len(d.Added), len(d.Removed), d.Unchanged)
	if !d.Empty() {
		return cardsChange{}
	}
	return nil
}
