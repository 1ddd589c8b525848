// Command fuwuka makes press-ready service cards (居民服务卡) for every
// household of a community from its roster, a workbook or a YAML file.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func init() {
	// cobra would answer a start from Explorer with an English note to use
	// cmd.exe; fuwuka serves its page instead (desktop.go).
	cobra.MousetrapHelpText = ""
}

func main() {
	files.CleanOnSignal()
	limitMemory()
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// softMemoryLimit is where the garbage collector starts working harder,
// unless GOMEMLIMIT says otherwise. Reading a roster leaves its whole YAML
// node tree as garbage, and by default the heap may grow to twice what is
// live before it is collected: with the limit, 100,000 households peak at
// about two thirds of the memory for the same CPU time. It is soft: a run
// that needs more gets it, collected more often.
const softMemoryLimit = 200 << 20

func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit)
	}
}

// Exit statuses.
const (
	exitOK      = 0
	exitRuntime = 1  // I/O, unreadable file
	exitUsage   = 2  // wrong flags or arguments
	exitInvalid = 3  // the roster is invalid
	exitChanges = 10 // diff: some card changes
)

// Main runs fuwuka with args and returns the exit status. All output goes
// to the given streams, so tests need no process.
func Main(args []string, in io.Reader, out, errOut io.Writer) (code int) {
	// A panic is a fault of fuwuka's, not of the input or the command
	// line: one line and status 1, not a Go trace and status 2.
	lang := msg.EN
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintln(errOut, msg.F("fuwuka: internal error: %s; nothing more was done (please report this with the input)", oneLine(v)).In(lang))
			code = exitRuntime
		}
	}()
	stdout := &checkedWriter{w: out}
	out = stdout
	std := &IO{In: in, Out: out, Err: errOut, Terminal: isTerminal(errOut)}
	if flagGiven(args, "json") {
		std.JSON, std.JSONOut, std.Out = true, out, errOut
	}
	lang, err := msg.Detect(flagValue(args, "lang"), getenv)
	if err != nil {
		lang = msg.EN
		return report(std, "", usagef("%v", err))
	}
	std.Lang = lang
	if startedFromDesktop() {
		if exe, err := executable(); err == nil {
			if d, ok := fromDesktop(args, exe); ok {
				return desktopRun(std, d)
			}
		}
	}
	root := NewRootCmd(std)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	err = commandLineError(err)
	name := ""
	if cmd != nil && cmd != root {
		name = cmd.Name()
	}
	code = report(std, name, err)
	if stdout.err != nil && (code == exitOK || code == exitChanges) {
		// The result was lost (a full disk under > or a closed pipe): a
		// script must not take it for done.
		std.Errf("fuwuka: cannot write to standard output: %v\n", stdout.err)
		return exitRuntime
	}
	return code
}

// oneLine is a panic's value on one line.
func oneLine(v any) string {
	return strings.Join(strings.Fields(fmt.Sprint(v)), " ")
}

// checkedWriter remembers the first error writing to it.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}

// report tells how the run ended, as text on standard error or as the
// --json document, and returns the exit status.
func report(std *IO, command string, err error) int {
	code := exitOK
	if err != nil {
		code = exitCode(err)
	}
	if std.JSON {
		writeJSON(std, command, code, err)
		return code
	}
	var ps card.Problems
	switch {
	case err == nil, code == exitChanges:
		// diff has already said what changes.
	case errors.As(err, &ps):
		// A problem many households share is one line: one thing to fix.
		ps = ps.Grouped()
		for _, p := range ps {
			fmt.Fprintln(std.Err, msg.Visible(p.In(std.Lang)))
		}
		std.Errf("%s; nothing was written\n", msg.Plural(len(ps), "%d problem", "%d problems"))
	default:
		std.Errf("fuwuka: %v\n", err)
	}
	return code
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// executable is the program's path; tests replace it.
var executable = os.Executable

// getenv reads the locale variables; tests replace it.
var getenv = os.Getenv

// flagValue is a long flag's value among args, found before the command
// tree is built: --lang decides the language the tree's help is written
// in.
func flagValue(args []string, name string) string {
	for i, a := range args {
		switch {
		case a == "--":
			return ""
		case a == "--"+name && i+1 < len(args):
			return args[i+1]
		case strings.HasPrefix(a, "--"+name+"="):
			return strings.TrimPrefix(a, "--"+name+"=")
		}
	}
	return ""
}

// flagGiven reports whether a boolean long flag is among args: --json
// decides, before the command runs, where its human text goes.
func flagGiven(args []string, name string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "--" + name:
			return true
		}
		if v, ok := strings.CutPrefix(a, "--"+name+"="); ok {
			b, err := strconv.ParseBool(v)
			return err == nil && b
		}
	}
	return false
}

// exitCode is the one place where errors become exit statuses. Failure
// (1) is the default, as in the GitHub CLI: only what is marked otherwise
// (a mistake on the command line, an invalid roster, diff's answer) has
// another status, so an error no one thought to mark is never taken for a
// usage error.
func exitCode(err error) int {
	var ps card.Problems
	var ue usageError
	var cc cardsChange
	var rf rostersFailed
	switch {
	case errors.As(err, &cc):
		return exitChanges
	case errors.As(err, &rf) && rf.invalid:
		return exitInvalid
	case errors.As(err, &rf):
		return exitRuntime
	case errors.As(err, &ps):
		return exitInvalid
	case errors.As(err, &ue):
		return exitUsage
	default:
		return exitRuntime
	}
}

// cardsChange is diff's answer that some card changes: an exit status for
// scripts, with nothing more to say.
type cardsChange struct{}

func (cardsChange) Error() string { return "cards change" }

// usageError is a mistake on the command line.
type usageError struct{ m msg.Text }

func usagef(format string, args ...any) error { return usageError{msg.F(format, args...)} }

func (e usageError) Error() string        { return e.m.String() }
func (e usageError) In(l msg.Lang) string { return e.m.In(l) }
