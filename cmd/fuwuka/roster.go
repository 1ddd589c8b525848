package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	stdio "io"
	"os"
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

// loadRoster reads and checks a roster and parses its fonts, once per run.
// Warnings go to stderr.
func loadRoster(io *IO, path string) (*card.Roster, *fonts.Set, error) {
	r, _, set, err := loadRosterHashed(io, path)
	return r, set, err
}

// loadRosterHashed is loadRoster that also returns a hex sha256 of the
// roster's bytes.
func loadRosterHashed(io *IO, path string) (*card.Roster, string, *fonts.Set, error) {
	var r *card.Roster
	var err error
	sum := sha256.New()
	if path == "-" {
		r, err = card.LoadReader("-", stdio.TeeReader(io.In, sum), ".", loadOptions)
	} else if r, err = card.Load(path, loadOptions); err == nil {
		// Read a second time rather than bypass Load's checks; the hash
		// only records which roster a folder of cards came from.
		var f *os.File
		if f, err = os.Open(path); err == nil {
			_, err = stdio.Copy(sum, f)
			f.Close()
		}
	}
	if err != nil {
		return nil, "", nil, err
	}
	for _, w := range r.Warnings {
		io.Warn(w)
	}
	set, err := fonts.Load(r.Card.Fonts)
	var fe *fonts.FileError
	if errors.As(err, &fe) {
		p := card.Problem{Field: fmt.Sprintf("card.fonts[%d]", fe.Index), Msg: msg.F("%v", fe),
			Hint: msg.F("card.fonts takes TrueType (.ttf) files")}
		if fe.Index < len(r.Card.FontsPos) {
			p.Pos = r.Card.FontsPos[fe.Index]
		}
		return nil, "", nil, card.Problems{p}
	}
	return r, hex.EncodeToString(sum.Sum(nil)), set, err
}

// job is what every drawing command starts from: the checked roster, its
// fonts and the date printed in the output.
type job struct {
	roster       *card.Roster
	rosterSHA256 string
	fonts        *fonts.Set
	date         time.Time
}

// loadJob loads the roster and its fonts, checks that the households
// selected on the command line exist, and decides the date. Its errors are
// already classified for exitCode: an unknown --household is a usage error.
func loadJob(io *IO, path string, households []string) (job, error) {
	r, sum, set, err := loadRosterHashed(io, path)
	if err != nil {
		return job{}, ran(err)
	}
	if _, err := r.Select(households); err != nil {
		return job{}, usagef("%v", err)
	}
	date, err := render.DocumentDate(path)
	if err != nil {
		return job{}, usagef("%v", err)
	}
	return job{roster: r, rosterSHA256: sum, fonts: set, date: date}, nil
}
