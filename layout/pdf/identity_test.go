package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
)

// extraFace loads the font file src as the extra font called name (a name
// with no ASCII letters, as a clerk's 生僻字.ttf), and returns its face.
func extraFace(t *testing.T, src, name string) *fonts.Face {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := fonts.Load([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	return set.Extra()[0]
}

// Two extra fonts whose names give the same PostScript name are two faces:
// a Writer that wrote a card in the first must embed the second's own
// program in the next card, as a Writer of its own would.
func TestFacesKnownByContent(t *testing.T) {
	a := extraFace(t, "../../fonts/NotoSansSC_400Regular.ttf", "甲.ttf")
	b := extraFace(t, "../../fonts/NotoSansSC_700Bold.ttf", "乙.ttf")
	if a.Name != b.Name {
		t.Fatalf("the test needs two faces of one name, got %s and %s", a.Name, b.Name)
	}
	page := func(f *fonts.Face) frame.Page {
		fr := &frame.Frame{W: 50, H: 20}
		txt := frame.Text{X: 5, Y: 10, Size: 12, Face: f, Color: frame.Black}
		for _, r := range "甲乙丙" {
			id := f.GlyphID(r)
			txt.Glyphs = append(txt.Glyphs, frame.Glyph{ID: id, Advance: f.Advance(id), Char: r})
		}
		fr.Add(txt)
		return frame.Page{Frame: fr, Trim: frame.Box{W: 50, H: 20}, Bleed: frame.Box{W: 50, H: 20}}
	}
	pa, pb := page(a), page(b)
	if pa.Frame.Digest() == pb.Frame.Digest() {
		t.Error("frames set in two faces have one digest")
	}
	info := Info{Title: "t"}
	var shared, first, alone bytes.Buffer
	pw := NewWriter()
	if err := pw.Write(&first, info, []frame.Page{pa}); err != nil {
		t.Fatal(err)
	}
	if err := pw.Write(&shared, info, []frame.Page{pb}); err != nil {
		t.Fatal(err)
	}
	if err := Write(&alone, info, []frame.Page{pb}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(shared.Bytes(), alone.Bytes()) {
		t.Error("the second face's card, written after the first's through one Writer, differs from the same card written alone")
	}
	if bytes.Equal(first.Bytes(), shared.Bytes()) {
		t.Error("the cards of two faces are the same file")
	}
}
