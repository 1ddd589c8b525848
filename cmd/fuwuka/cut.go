package main

import (
	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/layout/impose"
	"github.com/fuwuka/fuwuka/render"
	"github.com/spf13/cobra"
)

// cutFlags are the die line's flags, the same on cards and sheets.
type cutFlags struct {
	kind, name          string
	printOnly, noCutOld bool
}

// addCutFlags declares them; noCut is --no-cut-contour's help, which
// --print-only has replaced.
func addCutFlags(io *IO, cmd *cobra.Command, c *cutFlags, noCut string) {
	f := cmd.Flags()
	f.StringVar(&c.kind, "cut", "kiss", io.T("kiss (through the sticker, not its backing) or through (the backing too)"))
	f.StringVar(&c.name, "cut-name", impose.DefaultCutName, io.T("the die line's spot colour, as the shop's cutter looks for it (CutContour, Thru-cut, ...)"))
	f.BoolVar(&c.printOnly, "print-only", false, io.T("no die line at all: the job is printed, and cut elsewhere"))
	f.BoolVar(&c.noCutOld, "no-cut-contour", false, noCut)
}

// parse reads the flags: whether there is a die line, and how it cuts.
func (c *cutFlags) parse() (on bool, cut impose.Cut, err error) {
	if cut.Kind, err = impose.ParseCutKind(c.kind); err != nil {
		return false, cut, usagef("--cut: %v", err)
	}
	if cut.Name, err = impose.ParseCutName(c.name); err != nil {
		return false, cut, usagef("--cut-name: %v", err)
	}
	return !c.printOnly && !c.noCutOld, cut, nil
}

// checkBleed warns of a thin bleed on a die-cut job and refuses one under
// 1 mm unless forced.
func checkBleed(io *IO, r *card.Roster, cut, force bool) error {
	w, err := render.CheckBleed(r, cut, force)
	if err != nil {
		return err
	}
	if !w.IsZero() {
		io.Warn(w)
	}
	return nil
}
