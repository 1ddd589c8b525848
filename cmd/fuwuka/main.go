// Command fuwuka makes press-ready service cards (居民服务卡) for every
// household of a community from a YAML roster.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/fuwuka/fuwuka/card"
)

func main() {
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
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
func Main(args []string, in io.Reader, out, errOut io.Writer) int {
	root := NewRootCmd(&IO{In: in, Out: out, Err: errOut})
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	code := exitCode(err)
	var ps card.Problems
	switch {
	case code == exitChanges:
		// Not a failure: diff has already said what changes.
	case errors.As(err, &ps):
		for _, p := range ps {
			fmt.Fprintln(errOut, p.String())
		}
		fmt.Fprintf(errOut, "%d problem(s); nothing was written\n", len(ps))
	default:
		fmt.Fprintln(errOut, "fuwuka:", err)
	}
	return code
}

// exitCode is the one place where errors become exit statuses. Errors from
// a command's work are wrapped in runError; anything else came from
// parsing the command line.
func exitCode(err error) int {
	var ps card.Problems
	var ue usageError
	var re runError
	var cc cardsChange
	switch {
	case errors.As(err, &cc):
		return exitChanges
	case errors.As(err, &ps):
		return exitInvalid
	case errors.As(err, &ue):
		return exitUsage
	case errors.As(err, &re):
		return exitRuntime
	default:
		return exitUsage
	}
}

// cardsChange is diff's answer that some card changes: an exit status for
// scripts, with nothing more to say.
type cardsChange struct{}

func (cardsChange) Error() string { return "cards change" }

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

type runError struct{ err error }

func (e runError) Error() string { return e.err.Error() }
func (e runError) Unwrap() error { return e.err }

// ran marks an error as coming from a command's work rather than from the
// command line.
func ran(err error) error {
	if err == nil {
		return nil
	}
	return runError{err}
}
