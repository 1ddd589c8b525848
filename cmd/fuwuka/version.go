package main

import (
	"fmt"

	"github.com/fuwuka/fuwuka/render"
	"github.com/spf13/cobra"
)

// NewCmdVersion prints fuwuka's version.
func NewCmdVersion(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: io.T("Print fuwuka's version"),
		Args:  maxArgs(0),
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintln(io.Out, render.Creator())
			return err
		},
	}
}
