package main

import (
	"bytes"
	"os"
	"strings"

	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/render"
	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// NewCmdMan writes a man page per command of root into DIR.
func NewCmdMan(io *IO, root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "man DIR",
		Short: io.T("Write man pages for fuwuka and each of its commands into DIR"),
		Long: io.T(`Write a man page (section 1) for fuwuka and for each of its commands into
DIR, e.g. DIR/fuwuka-cards.1, in the language of the run. Install them with
cp DIR/*.1 /usr/local/share/man/man1/.
`) + exitHelp(io),
		Args: exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			names, err := writeMan(root, args[0])
			if err != nil {
				return err
			}
			io.Summary(msg.Plural(len(names), "wrote %d man page to %s", "wrote %d man pages to %s", args[0]))
			return nil
		},
	}
}

// writeMan renders the man pages of root's tree, each written through a
// temporary file and a rename like every other output.
func writeMan(root *cobra.Command, dir string) ([]string, error) {
	header := &doc.GenManHeader{Title: "FUWUKA", Section: "1", Source: render.Creator(), Manual: "fuwuka"}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var names []string
	var walk func(c *cobra.Command) error
	walk = func(c *cobra.Command) error {
		if !c.IsAvailableCommand() && c != root {
			return nil
		}
		var buf bytes.Buffer
		h := *header
		if err := doc.GenMan(c, &h, &buf); err != nil {
			return err
		}
		name := strings.ReplaceAll(c.CommandPath(), " ", "-") + ".1"
		if err := render.WriteFile(dir, name, buf.Bytes()); err != nil {
			return err
		}
		names = append(names, name)
		for _, sub := range c.Commands() {
			if err := walk(sub); err != nil {
				return err
			}
		}
		return nil
	}
	return names, walk(root)
}
