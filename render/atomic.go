package render

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/fuwuka/fuwuka/msg"
)

// WriteFile writes data to dir/name through a temporary file in dir and a
// rename, so that readers and interrupted runs never see a partial file.
// name must be a plain file name: nothing is ever written outside dir.
func WriteFile(dir, name string, data []byte) error {
	if !plainName(name) {
		return msg.Errorf("refusing to write %q: not a plain file name", name)
	}
	tmp, err := writeTemp(dir, data)
	if err != nil {
		return err
	}
	return commitTemp(tmp, dir, name)
}

// writeTemp writes data to a new temporary file in dir, readable by all as
// the finished file will be, and returns its path.
func writeTemp(dir string, data []byte) (string, error) {
	return writeTempWith(dir, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeTempWith is writeTemp of what write writes.
func writeTempWith(dir string, write func(io.Writer) error) (string, error) {
	tmp, err := os.CreateTemp(dir, ".fuwuka-*.tmp")
	if err != nil {
		return "", err
	}
	err = write(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// commitTemp gives the temporary file tmp its name in dir, or removes it.
func commitTemp(tmp, dir, name string) error {
	if !plainName(name) {
		os.Remove(tmp)
		return msg.Errorf("refusing to write %q: not a plain file name", name)
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// plainName says whether name is a file name of its own, neither a path
// nor hidden (hidden names are WriteFile's temporary files).
func plainName(name string) bool {
	return name != "" && name == filepath.Base(name) && !strings.HasPrefix(name, ".")
}

// mkdirAll makes dir and its missing parents, and returns those it made,
// deepest first, so that a run that ends up writing nothing can take them
// away again.
func mkdirAll(dir string) ([]string, error) {
	var missing []string
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil || d == filepath.Dir(d) {
			break
		}
		missing = append(missing, d)
	}
	return missing, os.MkdirAll(dir, 0o755)
}
