package render

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestManifestLinkedToDevice(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	dir := t.TempDir()
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "manifest.json")); err != nil {
		t.Skipf("no links here: %v", err)
	}
	m, err := readManifest(dir, "manifest.json")
	if m != nil || err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a manifest linked to /dev/zero: %v, %v", m, err)
	}
}

func TestWriteErrorsOneLinePerCause(t *testing.T) {
	dir := "out"
	var errs []error
	for i := range 37 {
		errs = append(errs, &fs.PathError{Op: "open", Path: fmt.Sprintf("out/.fuwuka-%d.tmp", i), Err: syscall.ENOSPC})
	}
	errs = append(errs, nil)
	err := writeErrors(dir, errs)
	if err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "cannot write in out: ") || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("37 files failing alike: %q", err)
	}
	errs[5] = &fs.PathError{Op: "rename", Path: "out/E-001.pdf", Err: syscall.EISDIR}
	if err := writeErrors(dir, errs); err == nil || !strings.Contains(err.Error(), "E-001.pdf") {
		t.Errorf("files failing differently: %q", err)
	}
	if writeErrors(dir, []error{nil, nil}) != nil {
		t.Error("no error made one")
	}
}
