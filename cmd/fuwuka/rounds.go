package main

import (
	"github.com/fuwuka/fuwuka/render"
	"github.com/spf13/cobra"
)

// RoundsOptions are the inputs of fuwuka rounds.
type RoundsOptions struct {
	IO     *IO
	Roster string
	Dir    string
}

// NewCmdRounds writes the lists carried on door-to-door delivery rounds.
func NewCmdRounds(io *IO, runF func(*RoundsOptions) error) *cobra.Command {
	opts := &RoundsOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "rounds ROSTER -o DIR",
		Short: io.T("Print a delivery round list (入户发放登记表) per zone: DIR/<zone>.pdf"),
		Long: io.T(`Print the list to carry on each zone's door-to-door delivery round into
DIR/<zone>.pdf (households without a zone: 未分片.pdf): A4 pages with the
zone's contact officials, the households in address order, a box to tick and
room to sign for every household. DIR/rounds.csv holds the same rows for a
spreadsheet. ROSTER may be - for standard input.
`) + exitHelp(io),
		Args: exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Roster = args[0]
			if opts.Dir == "" {
				return usagef("rounds needs an output folder: -o DIR")
			}
			if runF != nil {
				return runF(opts)
			}
			return roundsRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Dir, "output", "o", "", io.T("output folder (created if missing)"))
	return cmd
}

func roundsRun(opts *RoundsOptions) error {
	j, err := loadJob(opts.IO, opts.Roster, nil)
	if err != nil {
		return err
	}
	names, err := render.Rounds(j.roster, j.fonts, render.RoundsOptions{Dir: opts.Dir, Date: j.date})
	if err != nil {
		return ran(err)
	}
	opts.IO.Outf("wrote %d round list(s) to %s\n", len(names), opts.Dir)
	return nil
}
