package card

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func gb18030(t *testing.T, s string) string {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeText(t *testing.T) {
	const gbWarning = `f.yaml: read as GB18030 (Windows "ANSI"); save it as UTF-8 to silence this: in Notepad, File > Save As > Encoding: UTF-8`
	tests := []struct {
		name, in, text, warning, err string
	}{
		{"UTF-8", "名: 白草洼村\n", "名: 白草洼村\n", "", ""},
		{"BOM", "\uFEFF名: 白草洼村\r\n", "名: 白草洼村\r\n", "", ""},
		{"GB18030", gb18030(t, "名: 白草洼村\n"), "名: 白草洼村\n", gbWarning, ""},
		{"GB18030 four-byte", gb18030(t, "𠀀"), "𠀀", gbWarning, ""},
		{"UTF-16", "\xFF\xFEn\x00", "", "", `f.yaml: the file is UTF-16 (Notepad's "Unicode"), not UTF-8 (save it as UTF-8: in Notepad, File > Save As > Encoding: UTF-8)`},
		{"neither", "a: 1\nb: \xFF\n", "", "", `f.yaml:2: the file is neither UTF-8 nor GB18030 text (save it as UTF-8: in Notepad, File > Save As > Encoding: UTF-8)`},
		{"truncated GB18030", "a: " + gb18030(t, "白")[:1], "", "", `f.yaml:1: the file is neither UTF-8 nor GB18030 text (save it as UTF-8: in Notepad, File > Save As > Encoding: UTF-8)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, warning, err := decodeText("f.yaml", []byte(tt.in))
			if got := errString(err); got != tt.err {
				t.Fatalf("error %q, want %q", got, tt.err)
			}
			if text != tt.text || warning.String() != tt.warning {
				t.Errorf("got %q, %q; want %q, %q", text, warning, tt.text, tt.warning)
			}
		})
	}
}

func TestReadLimited(t *testing.T) {
	if _, err := readLimited("<stdin>", strings.NewReader(strings.Repeat("x", 100))); err != nil {
		t.Errorf("small input: %v", err)
	}
	// An endless pipe is cut off, not read until memory runs out.
	_, err := readLimited("<stdin>", endless{})
	if got, want := errString(err), "<stdin>: the file is larger than 64 MiB (a roster is a few kilobytes; is this the right file?)"; got != want {
		t.Errorf("endless input: %q, want %q", got, want)
	}
}

type endless struct{}

func (endless) Read(p []byte) (int, error) { return len(p), nil }

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
