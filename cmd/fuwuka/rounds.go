package main

import (
	"strings"
	"time"

	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/render"
	"github.com/spf13/cobra"
)

// RoundsOptions are the inputs of fuwuka rounds.
type RoundsOptions struct {
	IO     *IO
	Roster string
	Dir    string
	Force  bool // write even over the roster or its households file
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
	cmd.Flags().BoolVar(&opts.Force, "force", false, io.T("write even over the roster or its households file"))
	jsonFlag(io, cmd)
	return cmd
}

// RoundsResult is what rounds wrote.
type RoundsResult struct {
	Dir        string   `json:"dir"`
	Files      []string `json:"files"` // one PDF per zone
	CSV        string   `json:"csv"`
	Households int      `json:"households"`
	Seconds    float64  `json:"seconds"`
}

func roundsRun(opts *RoundsOptions) error {
	start := time.Now()
	j, err := loadJob(opts.IO, opts.Roster, nil)
	if err != nil {
		return err
	}
	writes := func(name string) bool { return name == render.RoundsCSV || strings.HasSuffix(name, ".pdf") }
	if err := guardFolder(opts.Dir, writes, inputs(opts.Roster, j.roster), opts.Force); err != nil {
		return err
	}
	lists := map[string]bool{}
	for _, z := range j.roster.AllZones() {
		lists[z+".pdf"] = true
	}
	kinds := func(name string) (fileKind, bool) {
		if name == render.RoundsCSV {
			return kindText, true
		}
		return kindPDF, lists[name]
	}
	if err := guardKinds(opts.Dir, kinds, opts.Force); err != nil {
		return err
	}
	unlock, err := lockFolder(opts.Dir, "")
	if err != nil {
		return err
	}
	defer unlock()
	names, err := render.Rounds(j.roster, j.fonts, render.RoundsOptions{Dir: opts.Dir, Date: j.date,
		Progress: progress(opts.IO, opts.IO.T("households"))})
	if err != nil {
		return err
	}
	res := RoundsResult{Dir: opts.Dir, Files: names, CSV: render.RoundsCSV, Households: len(j.roster.Households), Seconds: seconds(start)}
	opts.IO.Result(res)
	opts.IO.Summary(msg.F("wrote %s and %s to %s in %.2fs", msg.Plural(len(names), "%d round list", "%d round lists"), res.CSV, res.Dir, res.Seconds))
	return nil
}
