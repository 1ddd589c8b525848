package main

import (
	"os"
	"path/filepath"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/importer"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/spf13/cobra"
)

// InitOptions are the inputs of fuwuka init.
type InitOptions struct {
	IO   *IO
	Dir  string
	XLSX bool // a workbook roster, roster.xlsx, instead of roster.yaml
}

// NewCmdInit writes a commented example roster.
func NewCmdInit(io *IO, runF func(*InitOptions) error) *cobra.Command {
	opts := &InitOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: io.T("Write a commented example roster to DIR/roster.yaml (never overwrites)"),
		Long: io.T(`Write an example roster to fill in: DIR/roster.yaml, commented in Chinese,
or with --xlsx DIR/roster.xlsx, a workbook for Excel or WPS with a sheet for
the settings, the officials, the pledges and hotlines, and the households,
and a sheet of notes on filling it in. An existing roster is never
overwritten.
`),
		Args: maxArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Dir = "."
			if len(args) == 1 {
				opts.Dir = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return initRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.XLSX, "xlsx", false, io.T("write the example as a workbook, roster.xlsx"))
	return cmd
}

func initRun(opts *InitOptions) error {
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return err
	}
	path, data := filepath.Join(opts.Dir, "roster.yaml"), card.Example
	if opts.XLSX {
		path = filepath.Join(opts.Dir, "roster.xlsx")
		r, err := card.Parse(path, card.Example, opts.Dir, card.LoadOptions{})
		if err != nil {
			return err
		}
		if data, err = importer.WriteWorkbook(r, workbookDesigns()...); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if os.IsExist(err) {
			return msg.Errorf("%s already exists; fuwuka init never overwrites a roster", path)
		}
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return err
	}
	opts.IO.Summary(msg.F("wrote %s: edit it, then run: fuwuka cards %s -o cards", path, path))
	return nil
}
