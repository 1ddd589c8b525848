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
		Long: io.T(`fuwuka reads a community's roster — an Excel or WPS workbook (.xlsx) or a
YAML file: its officials, the zones each looks after, service pledges and
households — and draws one press-ready PDF service card per household
(居民服务卡), with the household's zone contact set apart, every official's
phone number, the pledges and a QR code.
`) + exitHelp(io),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	// a flag pflag cannot parse is a usage error, of every command
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageOf(err) })
	pf := root.PersistentFlags()
	// Read by Main before the tree is built; declared so that it parses.
	pf.String("lang", "", io.T("language of messages and help: zh or en (default: from LC_ALL, LC_MESSAGES or LANG)"))
	pf.BoolVarP(&io.Quiet, "quiet", "q", false, io.T("no progress bar and no summary line"))
	pf.BoolVar(&io.CountWarnings, "count-warnings", false, io.T("say the roster's warnings as one line with their number, not each (for the steps after fuwuka validate has listed them)"))
	root.AddCommand(
		NewCmdInit(io, nil),
		NewCmdValidate(io, nil),
		NewCmdDiff(io, nil),
		NewCmdCards(io, nil),
		NewCmdPreview(io, nil),
		NewCmdServe(io, nil),
		NewCmdRounds(io, nil),
		NewCmdImport(io, nil),
		NewCmdConvert(io, nil),
		NewCmdSheets(io, nil),
		NewCmdDesigns(io, nil),
		NewCmdVersion(io),
		NewCmdMan(io, root),
	)
	localizeHelp(io, root)
	return root
}

// jsonFlag gives a command --json; Main reads it before the command runs
// (see flagGiven), so the flag's own value is not used.
func jsonFlag(io *IO, cmd *cobra.Command) {
	cmd.Flags().Bool("json", false, io.T("print one JSON document on standard output (docs/json.md); text goes to standard error"))
}

// localizeHelp puts cobra's own words (the help template, the help flag,
// the completion command) into the run's language.
func localizeHelp(io *IO, root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	root.InitDefaultHelpCmd()
	root.SetUsageTemplate(usageTemplate(io))
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Flags().Lookup("help") == nil {
			c.Flags().BoolP("help", "h", false, io.T("help for %s", c.Name()))
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	for _, c := range root.Commands() {
		switch c.Name() {
		case "completion":
			c.Short = io.T("Write a shell completion script: bash, zsh, fish or powershell")
			c.Long = io.T("Write a script with which a shell completes fuwuka's commands and flags;\neach shell's help says how to load it.\n")
			for _, sh := range c.Commands() {
				sh.Short = io.T("Write the completion script for %s", sh.Name())
				sh.Long = io.T("Write the completion script for %s to standard output. To load it:\n\n  %s\n", sh.Name(), completionLoad[sh.Name()])
				if f := sh.Flags().Lookup("no-descriptions"); f != nil {
					f.Usage = io.T("leave out the descriptions of commands and flags")
				}
			}
			c.Args = cobra.ArbitraryArgs
			c.RunE = func(*cobra.Command, []string) error {
				return usagef("completion takes one of bash, zsh, fish or powershell")
			}
		case "help":
			c.Short = io.T("Help about any command")
		}
	}
}

// completionLoad is how each shell loads fuwuka's completion script.
var completionLoad = map[string]string{
	"bash":       "source <(fuwuka completion bash)",
	"zsh":        `fuwuka completion zsh > "${fpath[1]}/_fuwuka"`,
	"fish":       "fuwuka completion fish > ~/.config/fish/completions/fuwuka.fish",
	"powershell": "fuwuka completion powershell | Out-String | Invoke-Expression",
}

// usageTemplate is cobra's usage template, in the run's language, for
// commands without aliases, examples or groups, as fuwuka's are.
func usageTemplate(io *IO) string {
	return io.T("Usage:") + `{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [command]{{end}}{{if .HasAvailableSubCommands}}

` + io.T("Available Commands:") + `{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

` + io.T("Flags:") + `
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

` + io.T("Global Flags:") + `
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

` + io.T("Use %q for more information about a command.", "{{.CommandPath}} [command] --help") + `{{end}}
`
}
