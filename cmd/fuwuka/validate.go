package main

import (
	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/render"
	"github.com/spf13/cobra"
)

// ValidateOptions are the inputs of fuwuka validate.
type ValidateOptions struct {
	IO     *IO
	Roster string
}

// NewCmdValidate checks a roster the way cards would, drawing nothing.
func NewCmdValidate(io *IO, runF func(*ValidateOptions) error) *cobra.Command {
	opts := &ValidateOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "validate ROSTER",
		Short: io.T("Check everything cards would check, and write nothing"),
		Long: io.T(`Check the roster: its syntax, every field, every character against the
fonts, and that every household's card fits. ROSTER may be - for standard input.
`) + exitHelp(io),
		Args: exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Roster = args[0]
			if runF != nil {
				return runF(opts)
			}
			return validateRun(opts)
		},
	}
	jsonFlag(io, cmd)
	return cmd
}

// ValidateResult is what validate found in a valid roster.
type ValidateResult struct {
	Roster     string `json:"roster"`
	Households int    `json:"households"`
	Officials  int    `json:"officials"`
	Zones      int    `json:"zones"`
}

func validateRun(opts *ValidateOptions) error {
	r, set, err := loadRoster(opts.IO, opts.Roster)
	if err != nil {
		return err
	}
	n, err := render.Check(r, set, nil, 0)
	if err != nil {
		return err
	}
	res := ValidateResult{Roster: opts.Roster, Households: n, Officials: len(r.Officials), Zones: len(r.Zones())}
	opts.IO.Result(res)
	opts.IO.Summary(msg.F("%s: valid: %d households, %d officials, %d zones", res.Roster, res.Households, res.Officials, res.Zones))
	return nil
}

// exactArgs is cobra.ExactArgs with a message that says what is expected.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s takes %d argument(s), got %d; usage: %s", cmd.Name(), n, len(args), cmd.UseLine())
		}
		return nil
	}
}
