package render

import (
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
	tmp, err := os.CreateTemp(dir, ".fuwuka-*.tmp")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(dir, name))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// plainName says whether name is a file name of its own, neither a path
// nor hidden (hidden names are WriteFile's temporary files).
func plainName(name string) bool {
	return name != "" && name == filepath.Base(name) && !strings.HasPrefix(name, ".")
}
