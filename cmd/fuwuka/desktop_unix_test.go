//go:build !windows

package main

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// lineWaiter is an output that tells when a line containing a string has
// been written.
type lineWaiter struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	want string
	seen chan string
}

func (w *lineWaiter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if w.seen != nil && strings.Contains(w.buf.String(), w.want) {
		w.seen <- w.buf.String()
		w.seen = nil
	}
	return len(p), nil
}

// TestDoubleClickServesExample starts fuwuka as Explorer does, in a
// folder with no roster: it writes the example workbook, says so in
// Chinese, serves its page, opens the browser at it, and stops on an
// interrupt as on the window's closing.
func TestDoubleClickServesExample(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "服务卡 2026")
	os.Mkdir(dir, 0o755)
	defer func(f func() bool, e func() (string, error), o func(string)) {
		startedFromDesktop, executable, openBrowser = f, e, o
	}(startedFromDesktop, executable, openBrowser)
	startedFromDesktop = func() bool { return true }
	executable = func() (string, error) { return filepath.Join(dir, "fuwuka.exe"), nil }
	opened := make(chan string, 1)
	openBrowser = func(url string) { opened <- url }
	getenvWas := getenv
	defer func() { getenv = getenvWas }()
	getenv = func(k string) string {
		if k == "LANG" {
			return "zh_CN.UTF-8"
		}
		return ""
	}
	out := &lineWaiter{want: "关闭这个窗口即可", seen: make(chan string, 1)}
	var errOut bytes.Buffer
	done := make(chan int)
	go func() { done <- Main(nil, strings.NewReader(""), out, &errOut) }()
	var text string
	select {
	case text = <-out.seen:
	case code := <-done:
		t.Fatalf("ended with %d: %s", code, errOut.String())
	}
	url := <-opened
	if !strings.Contains(text, "已写出一份示例工作簿 "+filepath.Join(dir, "roster.xlsx")) || !strings.Contains(text, url) {
		t.Errorf("told the clerk:\n%s", text)
	}
	if strings.Contains(text+errOut.String(), "This is a command line tool") || strings.Contains(text, "serving") {
		t.Errorf("English in the double-click start:\n%s%s", text, errOut.String())
	}
	resp, err := http.Get(url + "api/state")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"roster.xlsx"`) {
		t.Errorf("page state %d: %s", resp.StatusCode, body)
	}
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	if code := <-done; code != exitOK {
		t.Errorf("exit %d: %s", code, errOut.String())
	}
}
