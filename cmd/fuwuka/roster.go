package main

import (
	"errors"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/importer"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/render"
)

// loadOptions are how every command reads a roster: its households_file
// through the same reader as fuwuka import.
var loadOptions = card.LoadOptions{Households: importer.Households}

// readRoster reads and checks a roster; ROSTER - is standard input,
// its relative paths resolving from the working directory. Warnings go to
// standard error, also when the roster is invalid: they often explain why.
func readRoster(io *IO, path string) (*card.Roster, error) {
	var r *card.Roster
	var err error
	switch {
	case path == "-":
		r, err = card.LoadReader("-", io.In, ".", loadOptions)
	case importer.IsWorkbook(path):
		r, err = importer.LoadWorkbook(path, loadOptions)
	default:
		r, err = card.Load(path, loadOptions)
	}
	var we *card.WarnedError
	if errors.As(err, &we) {
		warn(io, path, we.Warnings)
	}
	if err != nil {
		return nil, err
	}
	warn(io, path, r.Warnings)
	return r, nil
}

// warn says a roster's warnings, each, or with --count-warnings their
// number in one line (--json still lists each).
func warn(io *IO, path string, warnings []msg.Text) {
	if io.CountWarnings && !io.JSON {
		switch len(warnings) {
		case 0:
		case 1:
			io.Errf("%s: 1 warning, listed by fuwuka validate %s\n", path, path)
		default:
			io.Errf("%s: %d warnings, listed by fuwuka validate %s\n", path, len(warnings), path)
		}
		return
	}
	for _, w := range warnings {
		io.Warn(w)
	}
}

// loadRoster reads and checks a roster and parses its fonts, once per run.
func loadRoster(io *IO, path string) (*card.Roster, *fonts.Set, error) {
	r, err := readRoster(io, path)
	if err != nil {
		return nil, nil, err
	}
	set, err := fonts.Load(r.Card.Fonts)
	var fe *fonts.FileError
	if errors.As(err, &fe) {
		p := card.Problem{Field: card.Ref{List: "card.fonts", Place: fe.Index + 1}, Msg: msg.F("%v", fe),
			Hint: msg.F("%s takes TrueType (.ttf) files", card.Key("card.fonts"))}
		if fe.Index < len(r.Card.FontsPos) {
			p.Pos = r.Card.FontsPos[fe.Index]
		}
		return nil, nil, card.Problems{p}
	}
	return r, set, err
}

// job is what every drawing command starts from: the checked roster, its
// fonts and the date printed in the output.
type job struct {
	roster *card.Roster
	fonts  *fonts.Set
	date   time.Time
}

// loadJob loads the roster and its fonts, checks that the households
// selected on the command line exist, and decides the date. Its errors are
// already classified for exitCode: an unknown --household is a usage error.
func loadJob(io *IO, path string, households []string) (job, error) {
	r, set, err := loadRoster(io, path)
	if err != nil {
		return job{}, err
	}
	if _, err := r.Select(households); err != nil {
		return job{}, usagef("%v", err)
	}
	date, err := render.DocumentDate(path)
	if err != nil {
		return job{}, usagef("%v", err)
	}
	return job{roster: r, fonts: set, date: date}, nil
}
