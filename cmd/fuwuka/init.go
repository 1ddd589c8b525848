package main

import (
	"os"
	"path/filepath"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/spf13/cobra"
)

// InitOptions are the inputs of fuwuka init.
type InitOptions struct {
	IO  *IO
	Dir string
}

// NewCmdInit writes a commented example roster.
func NewCmdInit(io *IO, runF func(*InitOptions) error) *cobra.Command {
	opts := &InitOptions{IO: io}
	return &cobra.Command{
		Use:   "init [DIR]",
		Short: io.T("Write a commented example roster to DIR/roster.yaml (never overwrites)"),
		Args:  cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Dir = "."
			if len(args) == 1 {
				opts.Dir = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return ran(initRun(opts))
		},
	}
}

func initRun(opts *InitOptions) error {
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(opts.Dir, "roster.yaml")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if os.IsExist(err) {
			return msg.Errorf("%s already exists; fuwuka init never overwrites a roster", path)
		}
		return err
	}
	_, err = f.Write(card.Example)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return err
	}
	opts.IO.Outf("wrote %s: edit it, then run: fuwuka cards %s -o cards\n", path, path)
	return nil
}
