package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/fuwuka/fuwuka/msg"
)

// A clerk starts fuwuka.exe by double-clicking it, or by dropping a roster
// on it, in Explorer: Windows then gives it a console of its own and no
// arguments but the dropped file. That start is the app: the page of
// fuwuka serve for the roster beside the program, opened in the browser,
// with a word on how to stop it and a window that stays open to read.

// startedFromDesktop reports whether this process was started from the
// desktop rather than from a shell (see desktop_windows.go); tests
// replace it.
var startedFromDesktop = ownConsole

// desktopStart is what a start from the desktop serves.
type desktopStart struct {
	Dir    string // the folder beside the program: where a roster is looked for or written
	Roster string // a roster dropped on the program; "" to look in Dir
}

// fromDesktop says whether args are a start from the desktop: no
// arguments, or one roster file dropped on the program.
func fromDesktop(args []string, exe string) (desktopStart, bool) {
	switch {
	case len(args) == 0:
		return desktopStart{Dir: filepath.Dir(exe)}, true
	case len(args) == 1 && isRosterFile(args[0]):
		return desktopStart{Dir: filepath.Dir(args[0]), Roster: args[0]}, true
	}
	return desktopStart{}, false
}

func isRosterFile(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".yaml", ".yml":
	default:
		return false
	}
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// rosterIn is the roster a folder holds: the workbook first, since that is
// what the guide has a clerk fill in.
func rosterIn(dir string) string {
	for _, name := range []string{"roster.xlsx", "roster.yaml"} {
		p := filepath.Join(dir, name)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p
		}
	}
	return ""
}

// desktopRun serves the start's roster, writing the example workbook
// first when the folder has none, and keeps the window open after an
// error so that the clerk can read it.
func desktopRun(std *IO, d desktopStart) int {
	err := desktopServe(std, d)
	code := report(std, "serve", err)
	if err != nil {
		std.Errf("Press Enter to close this window.\n")
		bufio.NewReader(std.In).ReadString('\n')
	}
	return code
}

func desktopServe(std *IO, d desktopStart) error {
	roster := d.Roster
	if roster == "" {
		roster = rosterIn(d.Dir)
	}
	if roster == "" {
		quiet := *std
		quiet.Out = io.Discard
		if err := initRun(&InitOptions{IO: &quiet, Dir: d.Dir, XLSX: true}); err != nil {
			return err
		}
		roster = filepath.Join(d.Dir, "roster.xlsx")
		std.Outln(msg.F("There was no roster beside fuwuka, so it wrote an example workbook, %s: open it in Excel or WPS, fill in your village, and save; the page follows each save.", roster))
	}
	return serveRun(&ServeOptions{IO: std, Roster: roster, Addr: defaultAddr, Open: true, FromDesktop: true})
}
