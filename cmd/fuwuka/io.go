package main

import (
	"fmt"
	"io"

	"github.com/fuwuka/fuwuka/msg"
)

// IO are the streams a command reads and writes, and the language it
// speaks on them.
type IO struct {
	In   io.Reader
	Out  io.Writer // short summaries; standard error with --json
	Err  io.Writer // messages and problems
	Lang msg.Lang

	Terminal bool // Err is a terminal, where a progress bar can be drawn
	Quiet    bool // --quiet: no progress bar, no summary
	// CountWarnings is --count-warnings: the roster's warnings said as
	// one line with their number, for the steps of a batch after
	// validate has listed them.
	CountWarnings bool

	// JSON is --json: the command's result, or its error, is one JSON
	// document on JSONOut, and human text goes to standard error.
	JSON     bool
	JSONOut  io.Writer
	result   any
	warnings []string
}

// Result records what the command did, for --json.
func (io *IO) Result(v any) { io.result = v }

// Summary prints the line that ends a run, unless --quiet.
func (io *IO) Summary(t msg.Text) {
	if !io.Quiet {
		io.Outln(t)
	}
}

// T is a message in the run's language.
func (io *IO) T(format string, args ...any) string {
	return msg.F(format, args...).In(io.Lang)
}

// Outf prints a message on standard output, in the run's language.
func (io *IO) Outf(format string, args ...any) {
	fmt.Fprint(io.Out, msg.Visible(io.T(format, args...)))
}

// Outln prints a message and a new line on standard output.
func (io *IO) Outln(t msg.Text) {
	fmt.Fprintln(io.Out, msg.Visible(t.In(io.Lang)))
}

// Warn tells the clerk something that does not stop the run, on standard
// error.
func (io *IO) Warn(t msg.Text) {
	if io.JSON {
		io.warnings = append(io.warnings, msg.Visible(t.In(io.Lang)))
	}
	io.Errf("warning: %s\n", t)
}

// Errf prints a message on standard error, in the run's language. What
// the terminal is told, here and on standard output, has the roster's
// control and bidirectional characters escaped: a U+202E in an id must not
// turn the rest of the line around.
func (io *IO) Errf(format string, args ...any) {
	fmt.Fprint(io.Err, msg.Visible(io.T(format, args...)))
}
