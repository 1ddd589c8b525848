package files

import (
	"errors"
	"io/fs"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"syscall"

	"github.com/fuwuka/fuwuka/msg"
)

// live are the temporary files and locks this process holds, removed if it
// is interrupted: a Ctrl-C must not leave a half-written file or a lock
// that makes the next run wait.
var live = struct {
	sync.Mutex
	paths map[string]bool
}{paths: map[string]bool{}}

// creating is held for reading while a temporary file, lock or folder is
// made and registered, and for writing by the cleanup on a signal, which
// so never runs between the two: a file made but not yet registered was
// left behind, empty (5 of 50 killed runs).
var creating sync.RWMutex

// Seams for the tests: afterCreate runs between a file's creation and its
// registration, beforeCleanup just before the cleanup waits for them.
var afterCreate, beforeCleanup func(path string)

// registered runs mk, which makes a file or folder and returns its path,
// and registers what it made, both out of the cleanup's way.
func registered(mk func() (string, error)) (string, error) {
	creating.RLock()
	defer creating.RUnlock()
	p, err := mk()
	if err != nil {
		return p, err
	}
	if afterCreate != nil {
		afterCreate(p)
	}
	track(p)
	return p, nil
}

func track(path string) {
	live.Lock()
	live.paths[path] = true
	live.Unlock()
}

// held says whether this process holds path.
func held(path string) bool {
	live.Lock()
	defer live.Unlock()
	return live.paths[path]
}

func untrack(path string) {
	live.Lock()
	delete(live.paths, path)
	live.Unlock()
}

// removeLive deletes every temporary file and lock still held.
func removeLive() {
	live.Lock()
	defer live.Unlock()
	for p := range live.paths {
		os.RemoveAll(p) // a file, a lock, or a folder of TempDir's
		delete(live.paths, p)
	}
}

// cleanupForExit waits for the files being made to be registered, then
// removes every one; it keeps the others from making any more until the
// process exits.
func cleanupForExit() {
	if beforeCleanup != nil {
		beforeCleanup("")
	}
	creating.Lock()
	removeLive()
}

// CleanOnSignal removes this process's temporary files and locks when it
// is interrupted or terminated, and then exits with the shell's status for
// that signal. A kill -9 cannot be caught; the next run in the folder
// removes what it left (see Lock).
func CleanOnSignal() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-c
		cleanupForExit()
		code := 130
		if s == syscall.SIGTERM {
			code = 143
		}
		os.Exit(code)
	}()
}

// TempDir makes a folder for temporary files that a library insists on
// writing, and returns the function that removes it; an interrupt removes
// it too.
func TempDir() (string, func(), error) {
	dir, err := registered(func() (string, error) { return os.MkdirTemp("", "fuwuka-") })
	if err != nil {
		return "", nil, tempFolderError(err)
	}
	return dir, func() {
		os.RemoveAll(dir)
		untrack(dir)
	}, nil
}

// tempVars names the variables the temporary folder is read from, as a
// list and as the advice to set them: os.TempDir reads TMPDIR on Unix,
// and TMP, then TEMP on Windows.
func tempVars() (names, set msg.Text) {
	if runtime.GOOS == "windows" {
		return msg.F("%s or %s", "TMP", "TEMP"), msg.F("%s and %s", "TEMP", "TMP")
	}
	return msg.F("%s", "TMPDIR"), msg.F("%s", "TMPDIR")
}

// tempFolderError says that the temporary folder cannot be used, naming
// the folder and the variable that chose it: the clerk can change the
// variable, and the folder alone does not say where it came from.
func tempFolderError(err error) error {
	var why any = err
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		why = pe.Err
		if errors.Is(err, fs.ErrNotExist) {
			why = msg.F("it does not exist")
		}
	}
	names, set := tempVars()
	return msg.Errorf("the temporary folder %s (%s) cannot be used: %v; set %s to a folder you can write", os.TempDir(), names, why, set)
}
