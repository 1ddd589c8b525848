package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/layout/impose"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/render"
	"github.com/spf13/cobra"
)

// SheetsOptions are the inputs of fuwuka sheets.
type SheetsOptions struct {
	IO          *IO
	Roster      string
	File        string
	Press       impose.Press
	Order       impose.Order
	Copies      int // 0: each household's own
	Households  []string
	Shard       render.Shard
	MaxSheets   int // 0: one file
	CutOn       bool
	Cut         impose.Cut
	OutlineText bool
	Force       bool // write even over the roster or its households file, or a bleed under 1 mm
}

// maxSheetCopies matches the roster's limit on a household's copies.
const maxSheetCopies = 100

// NewCmdSheets lays the cards out on press sheets for a print shop.
func NewCmdSheets(io *IO, runF func(*SheetsOptions) error) *cobra.Command {
	opts := &SheetsOptions{IO: io}
	var paper, orientation, margin, gap, order string
	var noMarks bool
	var shard string
	var cut cutFlags
	cmd := &cobra.Command{
		Use:   "sheets ROSTER -o FILE.pdf",
		Short: io.T("Lay every household's cards onto press sheets, ready to print, cut and stack"),
		Long: io.T(`Lay every household's card, once per copy, onto press sheets in one PDF:
as many cards as fit, each with its bleed, crop marks outside the grid,
registration targets, a slug line naming the sheet, and the CutContour die
lines on their own layer. The layout chosen is printed.

Orders (positions count row by row on each sheet; a stack is one position
through the pile of sheets, cut on the guillotine):
  cut-stack   cut the pile, put stack 1 on stack 2 and so on: roster order
  sequential  row by row, sheet after sheet
  zone        every stack holds one zone's cards in address order; with
              more zones than positions, piles of sheets cut separately

--shard K/N lays out only the households whose id hashes to part K of N
and adds -K-of-N to the file names (FILE-K-of-N.pdf), so that N processes
given the same -o write files of their own.

Room taken from the paper: the margin on every side (nothing printed there),
then, with marks, 6 mm around the grid for crop marks and registration
targets, and 2.7 mm more below it for the slug line.
ROSTER may be - for standard input.
`) + io.T(`
FILE.job.csv beside FILE.pdf, the job ticket, lists every card's file,
sheet, position, stack and household, with its copy, card size, bleed and
cut. The die lines are a kiss cut (--cut through for loose cards) in the
spot colour --cut-name, on their own layer; --print-only leaves them out.
A bleed under 2 mm is warned of, under 1 mm refused unless --force.
`) + exitHelp(io),
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Roster = args[0]
			if opts.File == "" {
				return usagef("sheets needs an output file: -o FILE.pdf")
			}
			var err error
			p := &opts.Press
			if p.Paper, err = impose.ParsePaper(paper); err != nil {
				return usagef("--paper: %v", err)
			}
			if p.Orientation, err = impose.ParseOrientation(orientation); err != nil {
				return usagef("--orientation: %v", err)
			}
			// auto: the paper's own margin, and a gap of at most 6 mm,
			// narrower when that puts more cards on the sheet
			if margin == "auto" {
				p.Margin = p.Paper.DefaultMargin()
			} else if p.Margin, err = lengthFlag("--margin", margin); err != nil {
				return err
			}
			if gap == "auto" {
				p.Gap, p.AutoGap = impose.DefaultGap, true
			} else if p.Gap, err = lengthFlag("--gap", gap); err != nil {
				return err
			}
			if opts.Order, err = impose.ParseOrder(order); err != nil {
				return usagef("--order: %v", err)
			}
			if cmd.Flags().Changed("copies") && (opts.Copies < 1 || opts.Copies > maxSheetCopies) {
				return usagef("--copies takes 1 to %d, got %d", maxSheetCopies, opts.Copies)
			}
			if cmd.Flags().Changed("max-sheets") && opts.MaxSheets < 1 {
				return usagef("--max-sheets takes 1 or more, got %d", opts.MaxSheets)
			}
			if err := shardFlag(shard, &opts.Shard); err != nil {
				return err
			}
			if opts.CutOn, opts.Cut, err = cut.parse(); err != nil {
				return err
			}
			if opts.File == "-" && (opts.MaxSheets > 0 || !opts.Shard.Whole()) {
				return usagef("-o - writes one PDF to standard output; --max-sheets and --shard write files of their own")
			}
			if opts.File == "-" && io.JSON {
				return usagef("-o - and --json both write to standard output; name an output file")
			}
			if err := checkOutputFile("sheets", opts.File); err != nil {
				return err
			}
			p.Marks = !noMarks
			if runF != nil {
				return runF(opts)
			}
			return sheetsRun(opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.File, "output", "o", "", io.T("output PDF file"))
	f.StringVar(&paper, "paper", "A3", io.T("%s; or WxH with a unit (12x18in)", impose.PaperList()))
	f.StringVar(&orientation, "orientation", "auto", io.T("auto (the one that holds more), portrait or landscape"))
	f.StringVar(&margin, "margin", "auto", io.T("unprinted border on every side of the sheet, for the gripper (auto: 5 mm on SRA3 and 330x480mm, else 10 mm)"))
	f.StringVar(&gap, "gap", "auto", io.T("space between neighbouring cards' bleed edges (auto: 6 mm, narrower down to 0 when more cards fit)"))
	f.StringVar(&order, "order", "cut-stack", io.T("cut-stack, sequential or zone"))
	f.IntVar(&opts.Copies, "copies", 0, io.T("copies of every household's card (default: each household's copies)"))
	f.StringArrayVar(&opts.Households, "household", nil, io.T("only this household id (repeatable)"))
	f.IntVar(&opts.MaxSheets, "max-sheets", 0, io.T("split into files of at most N sheets: FILE-001.pdf, FILE-002.pdf, ..."))
	f.BoolVar(&opts.OutlineText, "outline-text", false, io.T("draw the text as filled outlines (转曲): no fonts in the files"))
	addCutFlags(io, cmd, &cut, io.T("leave out the CutContour die lines"))
	f.StringVar(&shard, "shard", "", io.T("only part K of N of the households (K/N, e.g. 1/4); files get -K-of-N"))
	f.BoolVar(&noMarks, "no-marks", false, io.T("leave out crop and registration marks and the slug line"))
	f.BoolVar(&opts.Force, "force", false, io.T("write even over the roster, its households file or another roster"))
	jsonFlag(io, cmd)
	return cmd
}

// lengthFlag reads a flag's length, which must not be negative.
func lengthFlag(flag, s string) (float64, error) {
	v, err := card.ParseLength(s)
	if err == nil && v < 0 {
		err = msg.Errorf("%q is negative", s)
	}
	if err != nil {
		return 0, usagef("%s: %v", flag, err)
	}
	return v, nil
}

func sheetsRun(opts *SheetsOptions) error {
	start := time.Now()
	io := opts.IO
	stdout := io.Out
	if opts.File == "-" {
		// the PDF goes to standard output; what is said about it does not
		defer func() { io.Out = stdout }()
		io.Out = io.Err
	}
	j, err := loadJob(io, opts.Roster, opts.Households)
	if err != nil {
		return err
	}
	if err := checkBleed(io, j.roster, opts.CutOn, opts.Force); err != nil {
		return err
	}
	if opts.MaxSheets == 0 && opts.Shard.Whole() {
		if err := guardOutput(opts.File, inputs(opts.Roster, j.roster), opts.Force, kindPDF); err != nil {
			return err
		}
	} else if err := guardVolumes(opts.File, inputs(opts.Roster, j.roster), opts.Force); err != nil {
		return err
	}
	unlock, err := lockOutput(opts.File, opts.Shard.Suffix())
	if err != nil {
		return err
	}
	defer unlock()
	res, err := render.Sheets(j.roster, j.fonts, render.SheetsOptions{
		File:        opts.File,
		Households:  opts.Households,
		Shard:       opts.Shard,
		Press:       opts.Press,
		Order:       opts.Order,
		Copies:      opts.Copies,
		MaxSheets:   opts.MaxSheets,
		CutContour:  opts.CutOn,
		Cut:         opts.Cut,
		OutlineText: opts.OutlineText,
		Date:        j.date,
		Lang:        opts.IO.Lang,
		Progress:    progress(opts.IO, opts.IO.T("sheets")),
		Stdout:      stdout,
	})
	var nofit *impose.NoFitError
	if errors.As(err, &nofit) {
		return usagef("%v", nofit)
	}
	if err != nil {
		return err
	}
	io.Result(sheetsResult(opts, res, start))
	if len(res.Files) == 0 {
		io.Summary(msg.F("shard %s holds no household; nothing written", opts.Shard))
		return nil
	}
	if !io.Quiet {
		sheetsLayout(io, res)
	}
	dir := filepath.Dir(opts.File)
	for _, w := range leftoverVolumes(dir, res.Files) {
		io.Warn(msg.F("%s is left from an earlier run and is not part of this job", filepath.Join(dir, w)))
	}
	files := msg.F("%s", filepath.Join(dir, res.Files[0]))
	if len(res.Files) > 1 {
		files = msg.F("%d files, %s to %s,", len(res.Files), filepath.Join(dir, res.Files[0]), res.Files[len(res.Files)-1])
	}
	io.Summary(msg.F("wrote %s to %s in %.2fs", msg.Plural(res.Cards, "%d card", "%d cards"), files, seconds(start)))
	return nil
}

// sheetsLayout says how the cards were laid out: the grid and the stacks.
func sheetsLayout(io *IO, res *render.SheetsJob) {
	io.Outf("%s, %s, %s\n", res.Grid.Text(), msg.Plural(res.Sheets, "%d sheet", "%d sheets"), msg.Plural(res.Empty, "%d empty slot", "%d empty slots"))
	for i, p := range res.Piles {
		if len(res.Piles) > 1 {
			io.Outf("pile %d (%s), cut on its own: ", i+1, sheetRange(p.First, p.Sheets))
		}
		io.Outf("stacks %s\n", stackZones(p.Stacks, io.Lang))
	}
}

// leftoverVolumes are the volumes after the last of this job, FILE-NNN.pdf,
// that an earlier, longer job left in dir: they are not deleted (fuwuka
// deletes no file it did not write in this run), but the clerk must know
// the set is not one job.
func leftoverVolumes(dir string, written []string) []string {
	if len(written) < 2 {
		return nil
	}
	last := written[len(written)-1]
	ext := filepath.Ext(last)
	stem := strings.TrimSuffix(last, ext)
	i := strings.LastIndexByte(stem, '-')
	n, err := strconv.Atoi(stem[i+1:])
	if i < 0 || err != nil {
		return nil
	}
	var left []string
	for n++; ; n++ {
		name := fmt.Sprintf("%s-%03d%s", stem[:i], n, ext)
		if _, err := os.Lstat(filepath.Join(dir, name)); err != nil {
			return left
		}
		left = append(left, name)
	}
}

// SheetsResult is what sheets laid out and wrote, for --json.
type SheetsResult struct {
	Files       []string     `json:"files"` // in the folder of the output file
	Paper       string       `json:"paper"`
	Orientation string       `json:"orientation"`
	Columns     int          `json:"columns"`
	Rows        int          `json:"rows"`
	Cards       int          `json:"cards"`
	Sheets      int          `json:"sheets"`
	EmptySlots  int          `json:"empty_slots"`
	Piles       []SheetsPile `json:"piles"` // zone order only
	// Ticket is the job ticket's name, in the folder of the output file
	// ("" for standard output); Job its rows, a card's slot each.
	Ticket  string               `json:"ticket"`
	Job     []render.SheetTicket `json:"job"`
	Seconds float64              `json:"seconds"`
}

// SheetsPile is a run of sheets cut on its own, and the zone of each stack.
type SheetsPile struct {
	FirstSheet int      `json:"first_sheet"` // from 1
	Sheets     int      `json:"sheets"`
	Stacks     []string `json:"stacks"` // "" for a stack of empty slots
}

func sheetsResult(opts *SheetsOptions, res *render.SheetsJob, start time.Time) SheetsResult {
	r := SheetsResult{
		Files:       nonNil(res.Files),
		Paper:       res.Grid.Paper.Name,
		Orientation: res.Grid.Orientation(),
		Columns:     res.Grid.Cols,
		Rows:        res.Grid.Rows,
		Cards:       res.Cards,
		Sheets:      res.Sheets,
		EmptySlots:  res.Empty,
		Piles:       []SheetsPile{},
		Ticket:      res.Ticket,
		Job:         nonNilRows(res.Job),
		Seconds:     seconds(start),
	}
	for _, p := range res.Piles {
		r.Piles = append(r.Piles, SheetsPile{FirstSheet: p.First + 1, Sheets: p.Sheets, Stacks: p.Stacks})
	}
	return r
}

// sheetRange names n sheets from first, counting from 0: "sheets 8–13".
func sheetRange(first, n int) msg.Text {
	if n == 1 {
		return msg.F("sheet %d", first+1)
	}
	return msg.F("sheets %d–%d", first+1, first+n)
}

// stackZones names the zone of each run of stacks: "1–2 东片, 3 西片".
func stackZones(zones []string, lang msg.Lang) string {
	var parts []string
	for i := 0; i < len(zones); {
		j := i
		for j+1 < len(zones) && zones[j+1] == zones[i] {
			j++
		}
		z := zones[i]
		if z == "" {
			z = msg.F("empty").In(lang)
		}
		if i == j {
			parts = append(parts, fmt.Sprintf("%d %s", i+1, z))
		} else {
			parts = append(parts, fmt.Sprintf("%d–%d %s", i+1, j+1, z))
		}
		i = j + 1
	}
	return strings.Join(parts, msg.F(", ").In(lang))
}
