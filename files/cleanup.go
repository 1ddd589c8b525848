package files

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// live are the temporary files and locks this process holds, removed if it
// is interrupted: a Ctrl-C must not leave a half-written file or a lock
// that makes the next run wait.
var live = struct {
	sync.Mutex
	paths map[string]bool
}{paths: map[string]bool{}}

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

// CleanOnSignal removes this process's temporary files and locks when it
// is interrupted or terminated, and then exits with the shell's status for
// that signal. A kill -9 cannot be caught; the next run in the folder
// removes what it left (see Lock).
func CleanOnSignal() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-c
		removeLive()
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
	dir, err := os.MkdirTemp("", "fuwuka-")
	if err != nil {
		return "", nil, err
	}
	track(dir)
	return dir, func() {
		os.RemoveAll(dir)
		untrack(dir)
	}, nil
}
