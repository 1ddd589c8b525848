package main

import (
	"path/filepath"
	"strings"

	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/importer"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/spf13/cobra"
)

// ConvertOptions are the inputs of fuwuka convert.
type ConvertOptions struct {
	IO     *IO
	Roster string
	Output string
	Force  bool
}

// NewCmdConvert turns a YAML roster into a workbook roster, and back.
func NewCmdConvert(io *IO, runF func(*ConvertOptions) error) *cobra.Command {
	opts := &ConvertOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "convert ROSTER -o OTHER",
		Short: io.T("Turn a YAML roster into a workbook (.xlsx) and back"),
		Long: io.T(`Write the roster ROSTER (YAML or .xlsx) in the other form: -o roster.xlsx
writes a workbook to fill in Excel or WPS, -o roster.yaml a YAML file. Both
give the same cards. The roster is checked first; comments of a YAML roster
are not kept. An existing OTHER is not overwritten without --force.
`) + exitHelp(io),
		Args: exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Roster = args[0]
			switch {
			case opts.Output == "":
				return usagef("convert needs -o OTHER (roster.xlsx or roster.yaml)")
			case !importer.IsWorkbook(opts.Output) && !isYAML(opts.Output):
				return usagef("-o %s: name a .xlsx or a .yaml file", opts.Output)
			}
			if runF != nil {
				return runF(opts)
			}
			return convertRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", io.T("the roster to write: .xlsx or .yaml"))
	cmd.Flags().BoolVar(&opts.Force, "force", false, io.T("overwrite OTHER if it exists"))
	return cmd
}

func isYAML(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".yaml" || ext == ".yml"
}

func convertRun(opts *ConvertOptions) error {
	r, err := readRoster(opts.IO, opts.Roster)
	if err != nil {
		return err
	}
	if !opts.Force {
		if t, err := files.Resolve(opts.Output); err == nil && t.Exists {
			return msg.Errorf("%s already exists; --force overwrites it", opts.Output)
		}
	}
	var data []byte
	if importer.IsWorkbook(opts.Output) {
		if data, err = importer.WriteWorkbook(r, workbookDesigns()...); err != nil {
			return err
		}
	} else {
		data = importer.RosterYAML(r)
	}
	// by the output rule: a roster replaced only once the new one is whole
	if err := writeOutput(opts.Output, data, opts.IO.Out); err != nil {
		return err
	}
	opts.IO.Summary(msg.F("wrote %s: %d households, %d officials", opts.Output, len(r.Households), len(r.Officials)))
	return nil
}
