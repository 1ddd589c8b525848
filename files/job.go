package files

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// A job of several files (press sheets in volumes, round lists) replaces
// the files of the run before it as a unit. Its temporary files are all
// complete before the first rename; then a job file, named
// .fuwuka-job-*.json in the folder, lists the renames, and is itself put
// in place by a rename: that is the job's commit point. The renames
// follow, and the job file goes last. A run killed before the job file is
// in place leaves the old files (its temporary files are stale, and
// removed); one killed after leaves the job file, and the next run that
// takes the folder's lock finishes the renames. While a job file is in
// the folder, its files are being replaced: a reader waits for it to go.
const (
	jobPrefix = ".fuwuka-job-"
	jobSuffix = ".json"
)

// maxJobFile bounds what is read of a job file: some bytes per file.
const maxJobFile = 4 << 20

// job is a job file's content: the renames, temporary file to file,
// both plain names in the job file's folder.
type job struct {
	Renames [][2]string `json:"renames"`
}

// beforeRename is a seam for the tests: it runs before the job file is
// put in place (step -1), before each rename (step 0, 1, ...) and before
// the job file is removed (step n), and returning true stops the commit
// there, as a kill -9 would.
var beforeRename func(step int) bool

// errKilled is what a commit stopped by beforeRename returns.
var errKilled = errors.New("files: the commit was stopped (test)")

// CommitAll renames temporary files onto their targets as one job: after
// a kill at any point, either every target is as it was, or the next run
// in the folder (LockDir) makes every target the new file. Files whose
// targets lie in other folders (through links) are committed one by one.
func CommitAll(temps []*Temp) error {
	if len(temps) == 0 {
		return nil
	}
	dir := filepath.Dir(temps[0].path)
	var j job
	for _, t := range temps {
		if filepath.Dir(t.path) != dir || filepath.Dir(t.target.Path) != dir {
			return commitEach(temps)
		}
		j.Renames = append(j.Renames, [2]string{filepath.Base(t.path), filepath.Base(t.target.Path)})
	}
	data, err := json.Marshal(j)
	if err != nil {
		return err
	}
	var b [8]byte
	rand.Read(b[:])
	jt, err := Resolve(filepath.Join(dir, jobPrefix+hex.EncodeToString(b[:])+jobSuffix))
	if err != nil {
		return err
	}
	jtmp, err := jt.Stage(data)
	if err != nil {
		for _, t := range temps {
			t.Remove()
		}
		return err
	}
	// The cleanup on a signal waits for the renames: a job file in place
	// with its temporary files removed could not be finished.
	creating.RLock()
	defer creating.RUnlock()
	if beforeRename != nil && beforeRename(-1) {
		return errKilled
	}
	if err := jtmp.Commit(); err != nil {
		for _, t := range temps {
			t.Remove()
		}
		return err
	}
	// From here the job is committed: a rename that fails is tried again
	// by the next run, which finds the job file.
	var errs []error
	for i, t := range temps {
		if beforeRename != nil && beforeRename(i) {
			return errKilled
		}
		if err := os.Rename(t.path, t.target.Path); err != nil {
			errs = append(errs, err)
			continue
		}
		untrack(t.path)
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if beforeRename != nil && beforeRename(len(temps)) {
		return errKilled
	}
	return os.Remove(jt.Path)
}

// commitEach commits temporary files one by one.
func commitEach(temps []*Temp) error {
	var errs []error
	for _, t := range temps {
		if err := t.Commit(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// finishJobs completes the jobs a killed run committed in dir and did not
// finish: each temporary file the job file lists that is still there is
// renamed onto its file, and the job file removed. Only plain names of
// the folder, and only temporary files, are ever renamed.
func finishJobs(dir string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		n := e.Name()
		if !strings.HasPrefix(n, jobPrefix) || !strings.HasSuffix(n, jobSuffix) || !e.Type().IsRegular() {
			continue
		}
		path := filepath.Join(dir, n)
		data, err := ReadLimited(path, maxJobFile)
		var j job
		if err != nil || json.Unmarshal(data, &j) != nil {
			continue // not a job file fuwuka wrote: left alone
		}
		for _, r := range j.Renames {
			tmp, to := r[0], r[1]
			if !plain(tmp) || !plain(to) || !isTemp(tmp) || isTemp(to) {
				continue
			}
			if fi, err := os.Lstat(filepath.Join(dir, tmp)); err == nil && fi.Mode().IsRegular() {
				os.Rename(filepath.Join(dir, tmp), filepath.Join(dir, to))
			}
		}
		os.Remove(path)
	}
}

// PendingJob says whether dir holds a job file: its files are being
// replaced, or were when a run was killed, and the next run finishes it.
func PendingJob(dir string) bool {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range ents {
		if n := e.Name(); strings.HasPrefix(n, jobPrefix) && strings.HasSuffix(n, jobSuffix) {
			return true
		}
	}
	return false
}

func plain(name string) bool {
	return name != "" && name != "." && name != ".." && filepath.Base(name) == name
}

func isTemp(name string) bool {
	return strings.HasPrefix(name, TempPrefix) && strings.HasSuffix(name, TempSuffix)
}
