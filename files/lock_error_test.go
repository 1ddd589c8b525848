package files

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/msg"
)

// A folder fuwuka cannot write in is named with the cause, not as the
// lock file fuwuka meant to make there.
func TestLockInReadOnlyFolder(t *testing.T) {
	err := lockError("out", &fs.PathError{Op: "open", Path: filepath.Join("out", ".fuwuka.lock"), Err: fs.ErrPermission})
	if got := msg.Err(err, msg.EN); got != "cannot write in the folder out: permission denied" {
		t.Errorf("got %q", got)
	}
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("the folder's permissions do not bind this user")
	}
	dir := filepath.Join(tempDir(t), "out")
	if err := os.Mkdir(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	_, err = LockDir(dir, "")
	if got := msg.Err(err, msg.EN); !strings.Contains(got, "cannot write in the folder "+dir+": permission denied") || strings.Contains(got, ".fuwuka.lock") {
		t.Errorf("got %q", got)
	}
}
