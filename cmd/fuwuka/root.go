package main

import (
	"github.com/spf13/cobra"
)

// exitHelp ends every command's help.
func exitHelp(io *IO) string {
	return io.T(`
Exit status:
  0  success
  1  runtime failure (a file cannot be read or written)
  2  usage error (flags, arguments)
  3  the roster is invalid (syntax, validation, missing character, text that does not fit)
  10 diff: some card changes, is added or removed
`)
}

// NewRootCmd builds the command tree.
func NewRootCmd(io *IO) *cobra.Command {
	root := &cobra.Command{
		Use:   "fuwuka",
		Short: io.T("Press-ready service cards (居民服务卡) for every household of a community"),
		Long: io.T(`fuwuka reads a YAML roster of a community — its officials, the zones each
looks after, service pledges and households — and draws one press-ready PDF
service card per household (居民服务卡), with the household's zone contact
set apart, every official's phone number, the pledges and a QR code.
`) + exitHelp(io),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	root.CompletionOptions.HiddenDefaultCmd = true
	root.AddCommand(
		NewCmdInit(io, nil),
		NewCmdValidate(io, nil),
		NewCmdDiff(io, nil),
		NewCmdCards(io, nil),
		NewCmdRounds(io, nil),
		NewCmdImport(io, nil),
		NewCmdSheets(io, nil),
		NewCmdVersion(io),
	)
	return root
}
