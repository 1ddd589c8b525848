package main

import (
	"os"
	"path/filepath"
	"strings"

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
		return ran(err)
	}
	data := importer.RosterYAML(r)
	if importer.IsWorkbook(opts.Output) {
		if data, err = importer.WriteWorkbook(r); err != nil {
			return ran(err)
		}
	}
	flag := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !opts.Force {
		flag |= os.O_EXCL
	}
	f, err := os.OpenFile(opts.Output, flag, 0o644)
	if os.IsExist(err) {
		return ran(msg.Errorf("%s already exists; --force overwrites it", opts.Output))
	}
	if err != nil {
		return ran(err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return ran(err)
	}
	opts.IO.Summary(msg.F("wrote %s: %d households, %d officials", opts.Output, len(r.Households), len(r.Officials)))
	return nil
}
