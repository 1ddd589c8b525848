package files

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// A signal that comes after a temporary file is created and before it is
// registered must still remove it: the cleanup waits for the file to be
// registered. The signal's cleanup is started in that very moment, from
// the seam between the two, and the test goes on only once the cleanup
// has either finished or is about to wait: no timing is involved.
func TestSignalBetweenCreateAndRegister(t *testing.T) {
	dir := tempDir(t)
	var made string
	done := make(chan struct{})
	reached := make(chan struct{})
	beforeCleanup = func(string) { close(reached) }
	afterCreate = func(p string) {
		afterCreate = nil
		made = p
		go func() {
			cleanupForExit()
			close(done)
		}()
		select {
		case <-reached: // it waits for this file to be registered
		case <-done: // it ran before the file was registered
		}
	}
	defer func() { afterCreate, beforeCleanup = nil, nil }()
	tg, err := Resolve(filepath.Join(dir, "card.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tg.Stage([]byte("%PDF-")); err != nil {
		t.Fatal(err)
	}
	<-done
	creating.Unlock() // as the process would have exited
	if made == "" {
		t.Fatal("no temporary file was made")
	}
	_, err = os.Lstat(made)
	if err == nil && runtime.GOOS == "windows" {
		// Windows removes no file that is open, and Stage may still have
		// been writing it: the promise there is that the next run in the
		// folder removes it.
		t.Logf("%s was open when the cleanup ran; the next run removes it", filepath.Base(made))
		l, lerr := LockDir(dir, "")
		if lerr != nil {
			t.Fatal(lerr)
		}
		l.Unlock()
		_, err = os.Lstat(made)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("%s is left after the cleanup (%v)", filepath.Base(made), err)
	}
}
