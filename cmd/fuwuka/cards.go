package main

import (
	"math"
	"strconv"
	"time"

	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/layout/impose"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/render"
	"github.com/spf13/cobra"
)

// CardsOptions are the inputs of fuwuka cards.
type CardsOptions struct {
	IO           *IO
	Roster       string
	Dir          string
	Households   []string
	Shard        render.Shard
	Marks        bool
	CutOn        bool // a die line
	Cut          impose.Cut
	PagesPerCopy bool
	OutlineText  bool
	// SingleFile, when set, is the one PDF every card goes into instead
	// of a folder of files, in Order.
	SingleFile string
	Order      impose.Order
	Force      bool
	Prune      bool
	// TakeOverLock takes the folder's (or shard's) lock whoever holds it:
	// for a scheduler that runs one worker per shard and replaces it only
	// once it has failed (docs/scripts.md).
	TakeOverLock bool
	// TrustMTime keeps a card whose file has the size and time the
	// manifest recorded without reading it back.
	TrustMTime bool
	// Rosters is a list of rosters, one path a line, each drawn into
	// Dir/<its name>/; Index of Of picks every Of-th of them.
	Rosters   string
	Index, Of int
}

// NewCmdCards writes one PDF per household.
func NewCmdCards(io *IO, runF func(*CardsOptions) error) *cobra.Command {
	opts := &CardsOptions{IO: io}
	var shard, order string
	var cut cutFlags
	var shards, shardIndex int
	cmd := &cobra.Command{
		Use:   "cards (ROSTER | --rosters LIST) -o DIR",
		Short: io.T("Draw one press-ready PDF card per household: DIR/<id>.pdf"),
		Long: io.T(`Draw one press-ready PDF card per household into DIR/<id>.pdf: trim plus
bleed, CMYK artwork, embedded fonts, a QR code, and the CutContour die line on
its own layer. Nothing is written unless every selected household's card is
valid. ROSTER may be - for standard input.

DIR/manifest.json records what each card was drawn from; a rerun draws
only the cards whose household, officials, pledges, settings or fonts
changed, or whose file is missing or was changed, and leaves the others'
files alone. --force draws every card. --prune deletes the cards of
households no longer in the roster (only files the manifest lists).
--shard K/N draws the households whose id hashes to part K of N, with
its own DIR/manifest-K-of-N.json, so N processes can share the work.
`) + io.T(`
DIR/job.csv, the job ticket, lists every card file with its household,
copies, card size, bleed and cut, so the shop prints each card as often as
it is wanted; --marks puts the quantity (×2) and the cut in the slug, and
every file's metadata says them too. --pages-per-copy writes a card with
2 copies as 2 pages. --single-file FILE.pdf writes every card, a page per
copy, as one document in --order (cut-stack or sequential: the roster's
order; zone: zone by zone in address order), with FILE.job.csv beside it.
The die line is a kiss cut (--cut through for loose cards) in the spot
colour --cut-name; a bleed under 2 mm is warned of, under 1 mm refused
unless --force.
`) + io.T(`
--rosters LIST draws every roster LIST names, one path a line (from LIST's
folder; # starts a comment), into DIR/<name>/, the name being the roster
file's without extension, or its folder's for a file called roster; it goes
on past a roster with problems and exits 3 when any had some. --index I
--of N draws every N-th roster from the I-th (counted from 0, by default
$JOB_COMPLETION_INDEX). --trust-mtime keeps a card whose size and
modification time are those the manifest recorded without reading it.
`) + exitHelp(io),
		Args: func(cmd *cobra.Command, args []string) error {
			if opts.Rosters != "" {
				return exactArgs(0)(cmd, args)
			}
			return exactArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := cardsInputFlags(cmd, opts, args, shard != ""); err != nil {
				return err
			}
			var err error
			if opts.Order, err = impose.ParseOrder(order); err != nil {
				return usagef("--order: %v", err)
			}
			if opts.CutOn, opts.Cut, err = cut.parse(); err != nil {
				return err
			}
			if opts.Rosters == "" {
				if err := shardFlags(shards, shardIndex, cmd.Flags().Changed("shard-index"), shard, &opts.Shard); err != nil {
					return err
				}
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
	addCutFlags(io, cmd, &cut, io.T("leave out the CutContour die line"))
	f.BoolVar(&opts.OutlineText, "outline-text", false, io.T("draw the text as filled outlines (转曲): no fonts in the files"))
	f.BoolVar(&opts.PagesPerCopy, "pages-per-copy", false, io.T("write a card with copies: 2 as a file of 2 pages"))
	f.StringVar(&opts.SingleFile, "single-file", "", io.T("write every card, a page per copy, into this one PDF instead of a folder"))
	f.StringVar(&order, "order", "cut-stack", io.T("the pages' order with --single-file: cut-stack, sequential (both the roster's) or zone"))
	f.BoolVar(&opts.Force, "force", false, io.T("draw every card, even those the manifest finds up to date"))
	f.BoolVar(&opts.Prune, "prune", false, io.T("delete the cards the manifest lists of households no longer in the roster"))
	f.StringVar(&shard, "shard", "", io.T("only part K of N of the households (K/N, e.g. 1/4), for sharing a run between processes"))
	f.BoolVar(&opts.TakeOverLock, "take-over-lock", false, io.T("take over the output folder's lock whoever holds it; only when a scheduler guarantees no other run of this part is alive"))
	f.IntVar(&shards, "shards", 0, io.T("split the households into N parts and draw the one --shard-index names"))
	f.IntVar(&shardIndex, "shard-index", 0, io.T("the part of --shards N to draw, counted from 0 (default: $JOB_COMPLETION_INDEX, as a Kubernetes Indexed Job sets it)"))
	f.BoolVar(&opts.TrustMTime, "trust-mtime", false, io.T("keep a card whose size and modification time are those the manifest recorded, without reading it back"))
	f.StringVar(&opts.Rosters, "rosters", "", io.T("draw every roster this file lists, one path a line, each into DIR/<its name>/"))
	f.IntVar(&opts.Index, "index", 0, io.T("with --rosters: draw every --of N-th roster from this one, counted from 0 (default: $JOB_COMPLETION_INDEX)"))
	f.IntVar(&opts.Of, "of", 0, io.T("with --rosters: split the list's rosters into N slices and draw the one --index names"))
	jsonFlag(io, cmd)
	return cmd
}

// cardsInputFlags checks what is drawn into what: one roster into -o DIR
// or --single-file, or a --rosters list into -o DIR.
func cardsInputFlags(cmd *cobra.Command, opts *CardsOptions, args []string, sharded bool) error {
	if opts.Rosters != "" {
		return rostersFlags(cmd, opts)
	}
	if cmd.Flags().Changed("index") || cmd.Flags().Changed("of") {
		return usagef("--index and --of pick rosters of a --rosters list")
	}
	opts.Roster = args[0]
	switch {
	case opts.SingleFile != "" && opts.Dir != "":
		return usagef("-o DIR writes a file per card and --single-file one file of all; give one of them")
	case opts.SingleFile == "" && opts.Dir == "":
		return usagef("cards needs an output folder: -o DIR")
	case opts.SingleFile != "" && (sharded || opts.Prune):
		return usagef("--single-file writes one document of the selected cards; --shard and --prune are for a folder of cards")
	case opts.SingleFile == "-" && opts.IO.JSON:
		return usagef("-o - and --json both write to standard output; name an output file")
	}
	if opts.SingleFile != "" {
		return checkOutputFile("cards --single-file", opts.SingleFile)
	}
	return nil
}

// shardFlags reads --shards N with --shard-index I, counted from 0 and by
// default the JOB_COMPLETION_INDEX an indexed job gives each worker (so
// that the job needs no shell to work out its part), or else --shard K/N.
// Part I of N is --shard I+1/N: the same households, the same
// manifest-(I+1)-of-N.json.
func shardFlags(n, index int, indexGiven bool, kn string, to *render.Shard) error {
	if n == 0 {
		if indexGiven {
			return usagef("--shard-index needs --shards N")
		}
		return shardFlag(kn, to)
	}
	if kn != "" {
		return usagef("--shard K/N and --shards N say the same thing twice; give one")
	}
	if n < 1 {
		return usagef("--shards %d: N must be at least 1", n)
	}
	if !indexGiven {
		v := getenv("JOB_COMPLETION_INDEX")
		if v == "" {
			return usagef("--shards %d needs --shard-index I (0 to %d), or JOB_COMPLETION_INDEX set", n, n-1)
		}
		i, err := strconv.Atoi(v)
		if err != nil {
			return usagef("JOB_COMPLETION_INDEX=%q is not a number", v)
		}
		index = i
	}
	if index < 0 || index >= n {
		return usagef("--shard-index %d: with --shards %d it must be from 0 to %d", index, n, n-1)
	}
	*to = render.Shard{K: index + 1, N: n}
	return nil
}

// shardFlag reads --shard; empty is the whole roster.
func shardFlag(s string, to *render.Shard) error {
	if s == "" {
		return nil
	}
	sh, err := render.ParseShard(s)
	if err != nil {
		return usagef("--shard: %v", err)
	}
	*to = sh
	return nil
}

// CardsSummary is what a run of fuwuka cards did: the --json result and
// the summary line.
type CardsSummary struct {
	Dir       string   `json:"dir"`
	Manifest  string   `json:"manifest"`
	Files     []string `json:"files"` // every selected household's card
	Rendered  []string `json:"rendered"`
	Unchanged []string `json:"unchanged"`
	Removed   []string `json:"removed"`
	// Ticket is the job ticket's name in Dir, Job its rows.
	Ticket  string              `json:"ticket"`
	Job     []render.CardTicket `json:"job"`
	Seconds float64             `json:"seconds"`
}

// Text is the summary line.
func (s CardsSummary) Text() msg.Text {
	return msg.F("%s in %s: %d rendered, %d unchanged, %d removed, %.2fs",
		msg.Plural(len(s.Files), "%d card", "%d cards"), s.Dir, len(s.Rendered), len(s.Unchanged), len(s.Removed), s.Seconds)
}

func cardsRun(opts *CardsOptions) error {
	if opts.Rosters != "" {
		return rostersRun(opts)
	}
	if opts.SingleFile != "" {
		start := time.Now()
		j, err := loadJob(opts.IO, opts.Roster, opts.Households)
		if err != nil {
			return err
		}
		if err := checkBleed(opts.IO, j.roster, opts.CutOn, opts.Force); err != nil {
			return err
		}
		return singleFileRun(opts, j, renderOptions(opts, j), start)
	}
	sum, err := drawRoster(opts)
	if err != nil {
		return err
	}
	opts.IO.Result(sum)
	opts.IO.Summary(sum.Text())
	return nil
}

// renderOptions are a run's options as render takes them.
func renderOptions(opts *CardsOptions, j job) render.CardsOptions {
	return render.CardsOptions{
		Dir:          opts.Dir,
		Households:   opts.Households,
		Shard:        opts.Shard,
		Marks:        opts.Marks,
		CutContour:   opts.CutOn,
		Cut:          opts.Cut,
		PagesPerCopy: opts.PagesPerCopy,
		OutlineText:  opts.OutlineText,
		Date:         j.date,
		Lang:         opts.IO.Lang,
		Force:        opts.Force,
		Prune:        opts.Prune,
		TrustMTime:   opts.TrustMTime,
		Warn:         opts.IO.Warn,
		Progress:     progress(opts.IO, opts.IO.T("cards")),
	}
}

// drawFolder draws a roster's cards into opts.Dir under its lock.
func drawFolder(opts *CardsOptions, j job, ro render.CardsOptions, start time.Time) (CardsSummary, error) {
	var unlock func()
	var err error
	if opts.TakeOverLock {
		l, holder, err := files.TakeOverDir(opts.Dir, opts.Shard.Suffix())
		if err != nil {
			return CardsSummary{}, err
		}
		if holder != "" {
			opts.IO.Warn(msg.F("--take-over-lock: took %s over from %s", opts.Dir, holder))
		}
		unlock = l.Unlock
	} else if unlock, err = lockFolder(opts.Dir, opts.Shard.Suffix()); err != nil {
		return CardsSummary{}, err
	}
	defer unlock()
	res, err := render.Cards(j.roster, j.fonts, ro)
	if err != nil {
		return CardsSummary{}, err
	}
	sum := CardsSummary{
		Dir:       opts.Dir,
		Manifest:  res.Manifest,
		Files:     nonNil(res.Files),
		Rendered:  nonNil(res.Rendered),
		Unchanged: nonNil(res.Unchanged),
		Removed:   nonNil(res.Removed),
		Ticket:    res.Ticket,
		Job:       nonNilRows(res.Job),
		Seconds:   seconds(start),
	}
	return sum, nil
}

// SingleFileSummary is what cards --single-file wrote: the --json result
// and the summary line.
type SingleFileSummary struct {
	File    string              `json:"file"`
	Pages   int                 `json:"pages"`
	Ticket  string              `json:"ticket"` // "" for standard output
	Job     []render.CardTicket `json:"job"`
	Seconds float64             `json:"seconds"`
}

func singleFileRun(opts *CardsOptions, j job, ro render.CardsOptions, start time.Time) error {
	io := opts.IO
	stdout := io.Out
	if opts.SingleFile == "-" {
		defer func() { io.Out = stdout }()
		io.Out = io.Err
	}
	if err := guardOutput(opts.SingleFile, inputs(opts.Roster, j.roster), opts.Force, kindPDF); err != nil {
		return err
	}
	unlock, err := lockOutput(opts.SingleFile, "")
	if err != nil {
		return err
	}
	defer unlock()
	res, err := render.SingleFile(j.roster, j.fonts, render.SingleFileOptions{CardsOptions: ro, File: opts.SingleFile, Order: opts.Order, Stdout: stdout})
	if err != nil {
		return err
	}
	sum := SingleFileSummary{File: res.File, Pages: res.Pages, Ticket: res.Ticket, Job: nonNilRows(res.Job), Seconds: seconds(start)}
	io.Result(sum)
	io.Summary(msg.F("wrote %s, %s, to %s in %.2fs", msg.Plural(len(res.Job), "%d card", "%d cards"), msg.Plural(res.Pages, "%d page", "%d pages"), res.File, sum.Seconds))
	return nil
}

// nonNilRows makes an empty list [] in JSON rather than null.
func nonNilRows[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// nonNil makes an empty list [] in JSON rather than null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// seconds is the time since start, rounded to hundredths as printed.
func seconds(start time.Time) float64 {
	return math.Round(time.Since(start).Seconds()*100) / 100
}
