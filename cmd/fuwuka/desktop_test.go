package main

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/fuwuka/fuwuka/msg"
)

func TestFromDesktop(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "fuwuka.exe")
	dropped := filepath.Join(dir, "名单 2026.xlsx")
	os.WriteFile(dropped, []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
	tests := []struct {
		args []string
		ok   bool
		want desktopStart
	}{
		{nil, true, desktopStart{Dir: dir}},
		{[]string{dropped}, true, desktopStart{Dir: dir, Roster: dropped}},
		{[]string{filepath.Join(dir, "notes.txt")}, false, desktopStart{}},
		{[]string{filepath.Join(dir, "gone.xlsx")}, false, desktopStart{}},
		{[]string{"version"}, false, desktopStart{}},
		{[]string{"serve", dropped}, false, desktopStart{}},
	}
	for _, tt := range tests {
		got, ok := fromDesktop(tt.args, exe)
		if ok != tt.ok || got != tt.want {
			t.Errorf("fromDesktop(%q) = %+v, %v; want %+v, %v", tt.args, got, ok, tt.want, tt.ok)
		}
	}
}

func TestRosterInPrefersWorkbook(t *testing.T) {
	dir := t.TempDir()
	if got := rosterIn(dir); got != "" {
		t.Errorf("empty folder: %q", got)
	}
	os.WriteFile(filepath.Join(dir, "roster.yaml"), []byte("x"), 0o644)
	if got := rosterIn(dir); got != filepath.Join(dir, "roster.yaml") {
		t.Errorf("yaml only: %q", got)
	}
	os.WriteFile(filepath.Join(dir, "roster.xlsx"), []byte("x"), 0o644)
	if got := rosterIn(dir); got != filepath.Join(dir, "roster.xlsx") {
		t.Errorf("both: %q", got)
	}
}

func TestListenMovesPastBusyPort(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	addr := busy.Addr().String()
	ln, err := listen(addr, true)
	if err != nil {
		t.Fatalf("default address busy: %v", err)
	}
	ln.Close()
	if ln.Addr().String() == addr {
		t.Errorf("listened on the busy port")
	}
	_, err = listen(addr, false)
	var m *msg.Error
	if !errors.As(err, &m) || !strings.Contains(m.In(msg.ZH), "已被其他程序占用") {
		t.Errorf("--addr busy: %v", err)
	}
	if !addrInUse(syscall.Errno(10048)) {
		t.Error("WSAEADDRINUSE not taken for a busy port")
	}
}
