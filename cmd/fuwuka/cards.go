package main

import (
	"math"
	"strconv"
	"time"

	"github.com/fuwuka/fuwuka/files"
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
	NoCutContour bool
	Force        bool
	Prune        bool
	// TakeOverLock takes the folder's (or shard's) lock whoever holds it:
	// for a scheduler that runs one worker per shard and replaces it only
	// once it has failed (docs/scripts.md).
	TakeOverLock bool
}

// NewCmdCards writes one PDF per household.
func NewCmdCards(io *IO, runF func(*CardsOptions) error) *cobra.Command {
	opts := &CardsOptions{IO: io}
	var shard string
	var shards, shardIndex int
	cmd := &cobra.Command{
		Use:   "cards ROSTER -o DIR",
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
`) + exitHelp(io),
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Roster = args[0]
			if opts.Dir == "" {
				return usagef("cards needs an output folder: -o DIR")
			}
			if err := shardFlags(shards, shardIndex, cmd.Flags().Changed("shard-index"), shard, &opts.Shard); err != nil {
				return err
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
	f.BoolVar(&opts.Force, "force", false, io.T("draw every card, even those the manifest finds up to date"))
	f.BoolVar(&opts.Prune, "prune", false, io.T("delete the cards the manifest lists of households no longer in the roster"))
	f.StringVar(&shard, "shard", "", io.T("only part K of N of the households (K/N, e.g. 1/4), for sharing a run between processes"))
	f.BoolVar(&opts.TakeOverLock, "take-over-lock", false, io.T("take over the output folder's lock whoever holds it; only when a scheduler guarantees no other run of this part is alive"))
	f.IntVar(&shards, "shards", 0, io.T("split the households into N parts and draw the one --shard-index names"))
	f.IntVar(&shardIndex, "shard-index", 0, io.T("the part of --shards N to draw, counted from 0 (default: $JOB_COMPLETION_INDEX, as a Kubernetes Indexed Job sets it)"))
	jsonFlag(io, cmd)
	return cmd
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
	Seconds   float64  `json:"seconds"`
}

// Text is the summary line.
func (s CardsSummary) Text() msg.Text {
	return msg.F("%s in %s: %d rendered, %d unchanged, %d removed, %.2fs",
		msg.Plural(len(s.Files), "%d card", "%d cards"), s.Dir, len(s.Rendered), len(s.Unchanged), len(s.Removed), s.Seconds)
}

func cardsRun(opts *CardsOptions) error {
	start := time.Now()
	j, err := loadJob(opts.IO, opts.Roster, opts.Households)
	if err != nil {
		return err
	}
	var unlock func()
	if opts.TakeOverLock {
		l, holder, err := files.TakeOverDir(opts.Dir, opts.Shard.Suffix())
		if err != nil {
			return ran(err)
		}
		if holder != "" {
			opts.IO.Warn(msg.F("--take-over-lock: took %s over from %s", opts.Dir, holder))
		}
		unlock = l.Unlock
	} else if unlock, err = lockFolder(opts.Dir, opts.Shard.Suffix()); err != nil {
		return err
	}
	defer unlock()
	res, err := render.Cards(j.roster, j.fonts, render.CardsOptions{
		Dir:        opts.Dir,
		Households: opts.Households,
		Shard:      opts.Shard,
		Marks:      opts.Marks,
		CutContour: !opts.NoCutContour,
		Date:       j.date,
		Lang:       opts.IO.Lang,
		Force:      opts.Force,
		Prune:      opts.Prune,
		Warn:       opts.IO.Warn,
		Progress:   progress(opts.IO, opts.IO.T("cards")),
	})
	if err != nil {
		return ran(err)
	}
	sum := CardsSummary{
		Dir:       opts.Dir,
		Manifest:  res.Manifest,
		Files:     nonNil(res.Files),
		Rendered:  nonNil(res.Rendered),
		Unchanged: nonNil(res.Unchanged),
		Removed:   nonNil(res.Removed),
		Seconds:   seconds(start),
	}
	opts.IO.Result(sum)
	opts.IO.Summary(sum.Text())
	return nil
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
