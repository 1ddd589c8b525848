//go:build unix

package files

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestWriteCharDevice(t *testing.T) {
	dir := t.TempDir()
	null := filepath.Join(dir, "null")
	// /dev/null is character device 1,3 on Linux.
	if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Skipf("cannot make a device node here (%v): needs root or CAP_MKNOD", err)
	}
	if err := Write(null, make([]byte, 93<<10), nil); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Lstat(null)
	if fi.Mode()&os.ModeCharDevice == 0 {
		t.Errorf("the device is now %v", fi.Mode())
	}
	leftovers(t, dir, 1)
}

func TestWriteFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o666); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	got := make(chan string)
	go func() {
		data, _ := os.ReadFile(fifo)
		got <- string(data)
	}()
	if err := Write(fifo, []byte("round list"), nil); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != "round list" {
			t.Errorf("the FIFO's reader got %q", s)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the FIFO's reader got nothing")
	}
	if fi, _ := os.Lstat(fifo); fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO is now %v", fi.Mode())
	}
}

func TestReadRefusesFIFOAndDevices(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "manifest.json")
	if err := syscall.Mkfifo(fifo, 0o666); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	done := make(chan error)
	go func() { _, err := ReadLimited(fifo, 1<<20); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("a FIFO read as %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a FIFO blocks")
	}
	zero := filepath.Join(dir, "zero.ttf")
	os.Symlink("/dev/zero", zero)
	if _, err := ReadLimited(zero, 1<<20); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a link to /dev/zero read as %v", err)
	}
}

// TestUmask runs the test binary in a child with umask 077: the umask is
// the whole process's, so it must not change under the other tests.
func TestUmask(t *testing.T) {
	if dir := os.Getenv("FUWUKA_UMASK_DIR"); dir != "" {
		syscall.Umask(0o077)
		if err := Write(filepath.Join(dir, "new.pdf"), []byte("x"), nil); err != nil {
			fmt.Println(err)
		}
		return
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestUmask$")
	cmd.Env = append(os.Environ(), "FUWUKA_UMASK_DIR="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	fi, err := os.Stat(filepath.Join(dir, "new.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("a new file under umask 077 has mode %v", fi.Mode().Perm())
	}
}

func deadLock(t *testing.T) string {
	// A process that has exited: its pid is free.
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("cannot run true")
	}
	host, _ := os.Hostname()
	return fmt.Sprintf("pid %d on %s since 2026-01-01T00:00:00Z\n", cmd.Process.Pid, host)
}
