package main

import (
	be "encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// damagedFontRoster writes the example roster with an extra font whose
// cmap length is cut to three quarters, which makes the font parser slice
// past the table's end.
func damagedFontRoster(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../fonts/NotoSansSC_400Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	for i := range int(be.BigEndian.Uint16(data[4:])) {
		if rec := data[12+16*i:]; string(rec[:4]) == "cmap" {
			be.BigEndian.PutUint32(rec[12:], be.BigEndian.Uint32(rec[12:])*3/4)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "cut.ttf"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	roster, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(roster), "  # fonts: [fonts/生僻字.ttf]", "  fonts: [cut.ttf] #", 1)
	if text == string(roster) {
		t.Fatal("the example roster has no fonts line to fill in")
	}
	path := filepath.Join(dir, "roster.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A damaged font is the roster's problem at its card.fonts entry: status
// 3 and one problem line, not a Go trace and status 2.
func TestDamagedFontIsAProblem(t *testing.T) {
	roster := damagedFontRoster(t)
	for _, args := range [][]string{{"validate", roster}, {"cards", roster, "-o", filepath.Join(t.TempDir(), "out")}} {
		code, _, stderr := runMain(args...)
		if code != exitInvalid || !strings.Contains(stderr, "card.fonts[#1]") || !strings.Contains(stderr, "cut.ttf") || strings.Contains(stderr, "goroutine") {
			t.Errorf("%s: exit %d, %q", args[0], code, stderr)
		}
	}
}

// panicWriter fails the way a bug would: with a panic.
type panicWriter struct{}

func (panicWriter) Write([]byte) (int, error) { panic("a bug\nover two lines") }

// An unexpected panic is one line on standard error and status 1.
func TestPanicExitsOne(t *testing.T) {
	var errOut strings.Builder
	code := Main([]string{"version"}, strings.NewReader(""), panicWriter{}, &errOut)
	lines := strings.Split(strings.TrimSpace(errOut.String()), "\n")
	if code != exitRuntime || len(lines) != 1 || !strings.Contains(lines[0], "internal error: a bug over two lines") {
		t.Errorf("exit %d, %q; want 1 and one line", code, errOut.String())
	}
}
