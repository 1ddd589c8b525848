package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"testing"

	"github.com/fuwuka/fuwuka/layout/frame"
)

// inflated is every compressed stream of a PDF, decompressed.
func inflated(t *testing.T, data []byte) string {
	t.Helper()
	var out bytes.Buffer
	for _, m := range regexp.MustCompile(`(?s)stream\n(.*?)\nendstream`).FindAllSubmatch(data, -1) {
		zr, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue // the XMP packet is not compressed
		}
		io.Copy(&out, zr)
	}
	return out.String()
}

func TestOutlineText(t *testing.T) {
	f := &frame.Frame{W: 50, H: 20}
	for _, it := range text(t, 2, 10, 12, true, "服务卡 138") {
		f.Add(it)
	}
	page := []frame.Page{{Frame: f, Trim: frame.Box{W: 50, H: 20}, Bleed: frame.Box{W: 50, H: 20}}}
	var live, outlined bytes.Buffer
	if err := Write(&live, Info{Title: "t"}, page); err != nil {
		t.Fatal(err)
	}
	pw := NewWriter()
	pw.OutlineText = true
	if err := pw.Write(&outlined, Info{Title: "t"}, page); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(live.Bytes(), []byte("/FontFile2")) {
		t.Fatal("the live version embeds no font")
	}
	if bytes.Contains(outlined.Bytes(), []byte("/Font")) {
		t.Error("the outlined version still has a font")
	}
	c := inflated(t, outlined.Bytes())
	// black text overprints as live black text does; glyphs are filled
	// curves, no text operators
	if !regexp.MustCompile(`/GS\d+ gs\n0 0 0 1 k\n`).MatchString(c) || regexp.MustCompile(`\bBT\b|\bTj\b`).MatchString(c) {
		t.Errorf("outlined content:\n%.400s", c)
	}
	if n := regexp.MustCompile(`(?m) c$`).FindAllString(c, -1); len(n) < 20 || !regexp.MustCompile(`(?m)^h\nf$|(?m)^f$`).MatchString(c) {
		t.Errorf("%d curves, want the glyphs' outlines filled", len(n))
	}
}
