package main

import (
	"fmt"
	"time"

	"github.com/fuwuka/fuwuka/render"
	"github.com/spf13/cobra"
)

// CardsOptions are the inputs of fuwuka cards.
type CardsOptions struct {
	IO           *IO
	Roster       string
	Dir          string
	Households   []string
	Marks        bool
	NoCutContour bool
}

// NewCmdCards writes one PDF per household.
func NewCmdCards(io *IO, runF func(*CardsOptions) error) *cobra.Command {
	opts := &CardsOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "cards ROSTER -o DIR",
		Short: io.T("Draw one press-ready PDF card per household: DIR/<id>.pdf"),
		Long: io.T(`Draw one press-ready PDF card per household into DIR/<id>.pdf: trim plus
bleed, CMYK artwork, embedded fonts, a QR code, and the CutContour die line on
its own layer. Nothing is written unless every selected household's card is
valid. ROSTER may be - for standard input.
`) + exitHelp(io),
		Args: exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Roster = args[0]
			if opts.Dir == "" {
				return usagef("cards needs an output folder: -o DIR")
			}
			if runF != nil {
				return runF(opts)
			}
			return cardsRun(opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Dir, "output", "o", "", io.T("output folder (created if missing)"))
	f.StringArrayVar(&opts.Households, "household", nil, io.T("only this household id (repeatable)"))
	f.BoolVar(&opts.Marks, "marks", false, io.T("add a slug with crop and registration marks around the bleed"))
	f.BoolVar(&opts.NoCutContour, "no-cut-contour", false, io.T("leave out the CutContour die line"))
	return cmd
}

func cardsRun(opts *CardsOptions) error {
	start := time.Now()
	j, err := loadJob(opts.IO, opts.Roster, opts.Households)
	if err != nil {
		return err
	}
	names, err := render.Cards(j.roster, j.fonts, render.CardsOptions{
		Dir:        opts.Dir,
		Households: opts.Households,
		Marks:      opts.Marks,
		CutContour: !opts.NoCutContour,
		Date:       j.date,
	})
	if err != nil {
		return ran(err)
	}
	fmt.Fprintf(opts.IO.Out, "wrote %d card(s) to %s in %.2fs\n", len(names), opts.Dir, time.Since(start).Seconds())
	return nil
}
