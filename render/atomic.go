package render

import (
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
)

// WriteFile writes data to dir/name by the output rule (package files):
// through a temporary file in dir and a rename, so that readers and
// interrupted runs never see a partial file. name must be a plain file
// name: nothing is ever written outside dir.
func WriteFile(dir, name string, data []byte) error {
	if !plainName(name) {
		return msg.Errorf("refusing to write %q: not a plain file name", name)
	}
	return files.Write(filepath.Join(dir, name), data, nil)
}

// stage writes a temporary file beside dir/name with write, by the output
// rule, for Commit to rename into place or Remove to drop: one file of a
// job of several, which writes only files.
func stage(dir, name string, write func(io.Writer) error) (*files.Temp, error) {
	if !plainName(name) {
		return nil, msg.Errorf("refusing to write %q: not a plain file name", name)
	}
	t, err := files.Resolve(filepath.Join(dir, name))
	if err == nil && t.Stream {
		err = msg.Errorf("%s is not a file; a job of several files writes only files", t.Name)
	}
	if err != nil {
		return nil, err
	}
	return t.StageFunc(write)
}

// content is a writer of file i of a job.
type content func(i int, w io.Writer) error

// contentOf writes the files of a job from their bytes.
func contentOf(data [][]byte) content {
	return func(i int, w io.Writer) error { return files.Bytes(data[i])(w) }
}

// maxCardSize bounds what is read of a card already drawn, to compare it
// with the manifest: a card is some hundred kilobytes.
const maxCardSize = 64 << 20

// writeJob writes a job's files as a unit, each as write makes it. One
// file is the output the user named, file, written by the output rule
// (standard output for "-"). Several files, in file's folder, are each
// written to a temporary file first and renamed into place only when all
// are complete: a job that fails part-way leaves the files of the run
// before it as they were.
func writeJob(file string, names []string, write content, stdout io.Writer) error {
	dir := filepath.Dir(file)
	if file != files.Stdout {
		if err := files.Folder(dir); err != nil {
			return err
		}
	}
	if len(names) == 1 && names[0] == filepath.Base(file) {
		t, err := files.Resolve(file)
		if err != nil {
			return err
		}
		return t.WriteFunc(func(w io.Writer) error { return write(0, w) }, stdout)
	}
	return writeAll(dir, names, write)
}

// writeAll writes the named files in dir as a unit; see writeJob.
func writeAll(dir string, names []string, write content) error {
	temps := make([]*files.Temp, 0, len(names))
	abort := func() {
		for _, t := range temps {
			t.Remove()
		}
	}
	errs := make([]error, len(names))
	for i, name := range names {
		tmp, err := stage(dir, name, func(w io.Writer) error { return write(i, w) })
		if err == nil {
			temps = append(temps, tmp)
		}
		if err != nil {
			errs[i] = err
			// One error for every file is enough: the others would fail
			// the same way, and the job is not written anyway.
			abort()
			return writeErrors(dir, errs)
		}
	}
	// all complete: replaced as one job, which a killed run's next run
	// finishes (files.CommitAll)
	return files.CommitAll(temps)
}

// writeErrors joins the errors of writing files in dir. When they share
// one cause (a read-only folder, a full disk), that is one line naming
// the folder, not a line per file naming temporary files.
func writeErrors(dir string, errs []error) error {
	var first error
	n := 0
	same := true
	for _, err := range errs {
		if err == nil {
			continue
		}
		n++
		if first == nil {
			first = err
		} else if cause(err).Error() != cause(first).Error() {
			same = false
		}
	}
	switch {
	case n == 0:
		return nil
	case same:
		if _, ok := errors.AsType[*fs.PathError](first); ok {
			return msg.Errorf("cannot write in %s: %v", dir, cause(first))
		}
		return first
	}
	return errors.Join(errs...)
}

// cause is an error without the operation and path that *fs.PathError
// adds: the same for every file of a full disk.
func cause(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// plainName says whether name is a file name of its own, neither a path
// nor hidden (hidden names are the output rule's temporary files).
func plainName(name string) bool {
	return name != "" && name == filepath.Base(name) && !strings.HasPrefix(name, ".")
}
