//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestSheetsIntoDeviceNode(t *testing.T) {
	dir := t.TempDir()
	roster := smallRoster(t, dir)
	null := filepath.Join(dir, "null")
	if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Skipf("cannot make a device node here (%v): needs root or CAP_MKNOD", err)
	}
	code, _, stderr := runMain("sheets", roster, "-o", null, "--paper", "A4")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if fi, _ := os.Lstat(null); fi.Mode()&os.ModeCharDevice == 0 {
		t.Errorf("the device node is now %v", fi.Mode())
	}
	// A link to it is followed, and stays a link to a device.
	link := filepath.Join(dir, "out.pdf")
	os.Symlink(null, link)
	if code, _, stderr := runMain("sheets", roster, "-o", link, "--paper", "A4"); code != exitOK {
		t.Fatalf("through a link: exit %d: %s", code, stderr)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
}

func TestSheetsIntoFIFO(t *testing.T) {
	dir := t.TempDir()
	roster := smallRoster(t, dir)
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o666); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	got := make(chan []byte)
	go func() {
		data, _ := os.ReadFile(fifo)
		got <- data
	}()
	code, _, stderr := runMain("sheets", roster, "-o", fifo, "--paper", "A4")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	select {
	case data := <-got:
		if !strings.HasPrefix(string(data), "%PDF-") {
			t.Errorf("the FIFO's reader got %.20q", data)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the FIFO's reader got nothing")
	}
	if fi, _ := os.Lstat(fifo); fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO is now %v", fi.Mode())
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".fuwuka") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}
