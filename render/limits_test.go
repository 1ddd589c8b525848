package render

import (
	"os"
	"path/filepath"
	"strings"
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
