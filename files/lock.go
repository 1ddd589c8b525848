package files

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fuwuka/fuwuka/msg"
)

// LockName is the file in an output folder that says a run is writing
// there; a shard's lock adds its tag, .fuwuka-1-of-4.lock, so that the
// shards of one job share the folder.
const LockName = ".fuwuka.lock"

func lockName(tag string) string { return ".fuwuka" + tag + ".lock" }

func isLock(name string) bool {
	return strings.HasPrefix(name, ".fuwuka") && strings.HasSuffix(name, ".lock")
}

// Lock holds an output folder for one run.
type Lock struct {
	path    string
	created []string // the folders made for the run, deepest first
}

// InUseError is a folder another run holds.
type InUseError struct {
	Dir    string
	Lock   string // the lock file's name
	Holder string // what the lock file says: process id, host, start time
}

func (e *InUseError) Error() string { return msg.F("%s", e.Text()).String() }

// In is the message in language l.
func (e *InUseError) In(l msg.Lang) string { return e.Text().In(l) }

// Text says who holds the folder and what to do, with the time the run
// started in the reader's own time zone.
func (e *InUseError) Text() msg.Text {
	if pid, host, since, ok := parseHolder(e.Holder); ok {
		return msg.F("%s is in use by another fuwuka run (process %d on %s, started %s); wait for it to finish, or delete %s if no fuwuka is running",
			e.Dir, pid, host, since.Local().Format("2006-01-02 15:04:05"), filepath.Join(e.Dir, e.Lock))
	}
	return msg.F("%s is in use by another fuwuka run (%s); wait for it to finish, or delete %s if no fuwuka is running", e.Dir, e.Holder, filepath.Join(e.Dir, e.Lock))
}

// LockDir makes dir if it is missing, takes its lock, and removes the
// temporary files a killed run left there. A folder another live run
// holds is an *InUseError, at once: two runs into one folder would leave
// cards of both rosters under one manifest. A lock whose process is gone
// (on this host) is taken over.
func LockDir(dir, tag string) (*Lock, error) {
	created := missing(dir)
	if err := Folder(dir); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, lockName(tag))
	host, _ := os.Hostname()
	me := fmt.Sprintf("pid %d on %s since %s", os.Getpid(), host, time.Now().UTC().Format(time.RFC3339))
	for range 3 {
		var f *os.File
		_, err := registered(func() (string, error) {
			var err error
			f, err = os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
			return path, err
		})
		if err == nil {
			_, err = f.WriteString(me + "\n")
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				os.Remove(path)
				untrack(path)
				return nil, err
			}
			removeStale(dir, lockName(tag))
			return &Lock{path: path, created: created}, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, lockError(dir, err)
		}
		holder, err := ReadLimited(path, 512)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		line := strings.TrimSpace(string(holder))
		if err == nil && !gone(line, host, held(path)) {
			return nil, &InUseError{Dir: dir, Lock: lockName(tag), Holder: Short(line)}
		}
		os.Remove(path) // its run was killed
	}
	return nil, &InUseError{Dir: dir, Lock: lockName(tag), Holder: "?"}
}

// parseHolder reads a lock file's line: "pid 4242 on HOST since
// 2026-12-06T19:55:00Z".
func parseHolder(line string) (pid int, host string, since time.Time, ok bool) {
	var at string
	if _, err := fmt.Sscanf(line, "pid %d on %s since %s", &pid, &host, &at); err != nil {
		return 0, "", time.Time{}, false
	}
	since, err := time.Parse(time.RFC3339, at)
	return pid, host, since, err == nil
}

// gone says whether the lock line names a process of this host that no
// longer runs.
func gone(line, host string, mine bool) bool {
	var pid int
	var on string
	if _, err := fmt.Sscanf(line, "pid %d on %s", &pid, &on); err != nil {
		return line == "" // a lock cut short as it was written
	}
	// This process's own pid on a lock it does not hold names a run that
	// is gone: the system gave the dead run's number to this one (Wine,
	// restarted, does).
	return on == host && ((pid == os.Getpid() && !mine) || !alive(pid))
}

// Unlock releases the folder. A folder made for the run and left empty,
// because the run failed before writing, is removed again.
func (l *Lock) Unlock() {
	if l == nil {
		return
	}
	os.Remove(l.path)
	untrack(l.path)
	for _, d := range l.created {
		if os.Remove(d) != nil { // not empty
			break
		}
	}
}

// missing lists dir and those of its parents that do not exist, deepest
// first.
func missing(dir string) []string {
	var out []string
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); err == nil || !errors.Is(err, fs.ErrNotExist) {
			return out
		}
		out = append(out, d)
		if filepath.Dir(d) == d {
			return out
		}
	}
}

// removeStale finishes the jobs a killed run committed (finishJobs) and
// then deletes the temporary files in dir, when the run's lock, mine, is
// the only one there: then none is this run's or another live run's.
// While other shards hold the folder, what a killed run left waits for a
// later run.
func removeStale(dir, mine string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if n := e.Name(); isLock(n) && n != mine {
			return
		}
	}
	finishJobs(dir)
	if ents, err = os.ReadDir(dir); err != nil {
		return
	}
	for _, e := range ents {
		if n := e.Name(); strings.HasPrefix(n, TempPrefix) && strings.HasSuffix(n, TempSuffix) && e.Type().IsRegular() {
			os.Remove(filepath.Join(dir, n))
		}
	}
}

// Folder makes dir, with its parents, if it is missing, and otherwise
// checks that it is a folder (or a link to one).
func Folder(dir string) error {
	fi, err := os.Stat(dir)
	switch {
	case err == nil && fi.IsDir():
		return nil
	case err == nil:
		return msg.Errorf("%s is a file, not a folder", dir)
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	if li, lerr := os.Lstat(dir); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
		to, _ := os.Readlink(dir)
		return msg.Errorf("%s is a link to %s, which does not exist", dir, to)
	}
	return os.MkdirAll(dir, 0o777)
}

// lockError says why the lock could not be made in the clerk's terms: the
// folder and the cause (permission denied, a read-only disk), not the
// path of a file fuwuka meant to make.
func lockError(dir string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return msg.Errorf("cannot write in the folder %s: %w", dir, pe.Err)
	}
	return err
}

// TakeOverDir is LockDir for a run that a scheduler guarantees to be the
// only one of its kind (one pod per index of an indexed job, replaced only
// once it has failed): a lock already there, for tag, is a dead run's
// whatever host it names, and is taken over. It returns that run's lock
// line, "" when there was none.
func TakeOverDir(dir, tag string) (*Lock, string, error) {
	path := filepath.Join(dir, lockName(tag))
	holder, err := ReadLimited(path, 512)
	switch {
	case err == nil:
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, "", err
		}
	case !errors.Is(err, fs.ErrNotExist):
		return nil, "", err
	}
	l, err := LockDir(dir, tag)
	return l, Short(strings.TrimSpace(string(holder))), err
}
