package main

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/spf13/cobra"
)

// maxListSize bounds what is read of a --rosters list: a city's rosters
// take a few hundred KiB.
const maxListSize = 16 << 20

// listedRoster is one line of a --rosters list.
type listedRoster struct {
	Line int    // in the list, from 1
	Path string // the roster, from the list's folder
	Name string // of its folder in -o DIR
}

// rostersFlags checks the flags of a run over a list of rosters and picks
// its slice: --index I of --of N, or JOB_COMPLETION_INDEX.
func rostersFlags(cmd *cobra.Command, opts *CardsOptions) error {
	f := cmd.Flags()
	switch {
	case opts.Dir == "":
		return usagef("cards --rosters needs an output folder: -o DIR")
	case opts.SingleFile != "" || len(opts.Households) > 0 || f.Changed("shard") || f.Changed("shards") || f.Changed("shard-index"):
		return usagef("--rosters draws every card of each roster into its own folder; --single-file, --household and the shard flags are for one roster")
	}
	if !f.Changed("of") {
		if f.Changed("index") {
			return usagef("--index needs --of N")
		}
		opts.Index, opts.Of = 0, 1
		return nil
	}
	if opts.Of < 1 {
		return usagef("--of %d: N must be at least 1", opts.Of)
	}
	if !f.Changed("index") {
		v := getenv("JOB_COMPLETION_INDEX")
		if v == "" {
			return usagef("--of %d needs --index I (0 to %d), or JOB_COMPLETION_INDEX set", opts.Of, opts.Of-1)
		}
		i, err := strconv.Atoi(v)
		if err != nil {
			return usagef("JOB_COMPLETION_INDEX=%q is not a number", v)
		}
		opts.Index = i
	}
	if opts.Index < 0 || opts.Index >= opts.Of {
		return usagef("--index %d: with --of %d it must be from 0 to %d", opts.Index, opts.Of, opts.Of-1)
	}
	return nil
}

// readRosterList reads a --rosters list: one roster path a line, relative
// to the list's folder; blank lines and lines starting with # are
// skipped. Two rosters that would share a folder are a usage error naming
// both lines, so that every slice of the list agrees on the names.
func readRosterList(list string) ([]listedRoster, error) {
	data, err := files.ReadLimited(list, maxListSize)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // Notepad's UTF-8 mark
	dir := filepath.Dir(list)
	var out []listedRoster
	byName := map[string]int{} // lower-case name → index in out
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, usagef("%s:%d: the line is not UTF-8; save the list as UTF-8", list, n)
		}
		path := line
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		name, err := rosterName(path)
		if err != nil {
			return nil, usagef("%s:%d: %v", list, n, err)
		}
		// A case-insensitive file system (Windows, macOS) would give
		// Xiaohe and xiaohe one folder.
		key := strings.ToLower(name)
		if j, ok := byName[key]; ok {
			return nil, usagef("%s:%d and %s:%d both write their cards to %s; rename one of the rosters", list, out[j].Line, list, n, name)
		}
		byName[key] = len(out)
		out = append(out, listedRoster{Line: n, Path: path, Name: name})
	}
	return out, nil
}

// rosterName is the folder a roster's cards go to: its file's name without
// the extension, or its folder's name for a file called roster (as
// villages/baicaowa/roster.yaml).
func rosterName(path string) (string, error) {
	base := filepath.Base(path)
	name := strings.TrimSuffix(base, filepath.Ext(base))
	if strings.EqualFold(name, "roster") {
		abs, err := filepath.Abs(path)
		if err != nil {
			return "", err
		}
		name = filepath.Base(filepath.Dir(abs))
	}
	if name == "" || name == "." || name == ".." || name == string(filepath.Separator) || strings.HasPrefix(name, ".") {
		return "", msg.Errorf("%s gives no folder name for its cards; name the file after its village", path)
	}
	return name, nil
}

// RostersSummary is what a run over a list of rosters did: the --json
// result and the summary line.
type RostersSummary struct {
	List    string         `json:"list"`
	Index   int            `json:"index"`
	Of      int            `json:"of"`
	Rosters []RosterResult `json:"rosters"`
	Cards   int            `json:"cards"` // in the rosters drawn
	Failed  int            `json:"failed"`
	Seconds float64        `json:"seconds"`
}

// RosterResult is one roster of the list.
type RosterResult struct {
	Roster string        `json:"roster"`
	Line   int           `json:"line"`
	Name   string        `json:"name"`
	Cards  *CardsSummary `json:"cards,omitempty"` // nil when it failed
	Error  string        `json:"error,omitempty"`
}

// rostersFailed ends a run over a list of rosters some of which failed:
// exit 3 when all that failed had problems in the roster, 1 otherwise.
type rostersFailed struct {
	failed, of int
	invalid    bool
}

func (e rostersFailed) Error() string { return e.text().String() }
func (e rostersFailed) In(l msg.Lang) string {
	return e.text().In(l)
}
func (e rostersFailed) text() msg.Text {
	return msg.F("%d of %d rosters failed; the others were drawn", e.failed, e.of)
}

// rostersRun draws each roster of its slice of the list into its own
// folder, one after the other through the same path as a single roster,
// and goes on past a roster that fails.
func rostersRun(opts *CardsOptions) error {
	start := time.Now()
	io := opts.IO
	list, err := readRosterList(opts.Rosters)
	if err != nil {
		return err
	}
	sum := RostersSummary{List: opts.Rosters, Index: opts.Index, Of: opts.Of, Rosters: []RosterResult{}}
	invalid := true
	for i := opts.Index; i < len(list); i += opts.Of {
		lr := list[i]
		one := *opts
		one.Rosters, one.Roster, one.Dir = "", lr.Path, filepath.Join(opts.Dir, lr.Name)
		res := RosterResult{Roster: lr.Path, Line: lr.Line, Name: lr.Name}
		cs, err := drawRoster(&one)
		if err == nil {
			res.Cards = &cs
			sum.Cards += len(cs.Files)
			io.Summary(msg.F("%s: %s", lr.Name, cs.Text()))
		} else {
			sum.Failed++
			res.Error = msg.Visible(msg.Err(err, io.Lang))
			reportRoster(io, lr, err)
			if exitCode(err) != exitInvalid {
				invalid = false
			}
		}
		sum.Rosters = append(sum.Rosters, res)
	}
	sum.Seconds = seconds(start)
	io.Result(sum)
	io.Summary(msg.F("%s, %s, %.2fs", msg.Plural(len(sum.Rosters), "%d roster", "%d rosters"), msg.Plural(sum.Cards, "%d card", "%d cards"), sum.Seconds))
	if sum.Failed > 0 {
		return rostersFailed{failed: sum.Failed, of: len(sum.Rosters), invalid: invalid}
	}
	return nil
}

// drawRoster is one roster's run of fuwuka cards into a folder.
func drawRoster(opts *CardsOptions) (CardsSummary, error) {
	start := time.Now()
	j, err := loadJob(opts.IO, opts.Roster, opts.Households)
	if err != nil {
		return CardsSummary{}, err
	}
	if err := checkBleed(opts.IO, j.roster, opts.CutOn, opts.Force); err != nil {
		return CardsSummary{}, err
	}
	return drawFolder(opts, j, renderOptions(opts, j), start)
}

// reportRoster tells what stopped one roster of a list: its problems, each
// at its file and line, as a run over that roster alone would.
func reportRoster(io *IO, lr listedRoster, err error) {
	var ps card.Problems
	if errors.As(err, &ps) {
		ps = ps.Grouped()
		for _, p := range ps {
			fmt.Fprintln(io.Err, msg.Visible(p.In(io.Lang)))
		}
		io.Errf("%s: %s; nothing was written for it\n", lr.Name, msg.Plural(len(ps), "%d problem", "%d problems"))
		return
	}
	io.Errf("fuwuka: %s: %v\n", lr.Name, err)
}
