package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCSVLinkedToDevice(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	link := filepath.Join(t.TempDir(), "户籍.csv")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Skipf("no links here: %v", err)
	}
	if _, err := Read(link, Options{}); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a CSV linked to /dev/zero: %v", err)
	}
}
