package svg

import (
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/frame/frametest"
)

func write(tb testing.TB, f *frame.Frame, region frame.Box) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := Write(&b, f, region); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// element is what the tests look at in a parsed document.
type element struct {
	name  string
	attrs map[string]string
	defs  bool // inside <defs>
}

// parse reads the whole document with encoding/xml, failing the test on
// anything that is not well-formed.
func parse(tb testing.TB, doc []byte) []element {
	tb.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var els []element
	depth, defsDepth := 0, -1
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatalf("not well-formed XML: %v\n%s", err, doc)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			attrs := map[string]string{}
			for _, a := range tok.Attr {
				name := a.Name.Local
				if a.Name.Space == "http://www.w3.org/1999/xlink" {
					name = "xlink:" + name
				}
				attrs[name] = a.Value
			}
			els = append(els, element{tok.Name.Local, attrs, defsDepth >= 0})
			if tok.Name.Local == "defs" {
				defsDepth = depth
			}
		case xml.EndElement:
			if depth == defsDepth {
				defsDepth = -1
			}
			depth--
		}
	}
	if depth != 0 {
		tb.Fatalf("unbalanced document")
	}
	return els
}

func TestDocument(t *testing.T) {
	red := frame.CMYK(0, 100, 100, 10)
	f := &frame.Frame{W: 106, H: 76}
	f.Add(frame.Rect{Box: frame.Box{W: 106, H: 76}, Paint: frame.Paint{Fill: &red}})
	region := frame.Box{X: 3, Y: 3, W: 100, H: 70}
	els := parse(t, write(t, f, region))
	root := els[0]
	if root.name != "svg" {
		t.Fatalf("root element %s, want svg", root.name)
	}
	for k, want := range map[string]string{"width": "100mm", "height": "70mm", "viewBox": "3 3 100 70", "version": "1.1"} {
		if got := root.attrs[k]; got != want {
			t.Errorf("svg %s=%q, want %q", k, got, want)
		}
	}
	r, g, b := red.RGB()
	if r != 0xd9 || g != 0x19 || b != 0x20 {
		t.Fatalf("red is %d %d %d; the test expects #d91920", r, g, b)
	}
	if fill := els[1].attrs["fill"]; els[1].name != "rect" || fill != "#d91920" {
		t.Errorf("second element %s fill=%q, want rect fill=#d91920", els[1].name, fill)
	}
}

// Each distinct glyph, face and id, is one path in <defs>; every inked
// glyph of every run uses one; a run carries its characters.
func TestGlyphsDefinedOnce(t *testing.T) {
	f := &frame.Frame{W: 100, H: 50}
	runs := []frame.Text{
		frametest.Run(t, "居民居民卡", false, 5, 10, 12, frame.Black),
		frametest.Run(t, "卡 居", false, 5, 20, 20, frame.Black), // same glyphs, another size; a space
		frametest.Run(t, "卡居<&>", true, 5, 30, 9, frame.Black), // bold: other glyphs
	}
	for _, r := range runs {
		f.Add(r)
	}
	els := parse(t, write(t, f, frame.Box{W: 100, H: 50}))
	defined := map[string]bool{}
	uses := 0
	var labels []string
	for _, e := range els {
		switch {
		case e.name == "path" && e.defs:
			if defined[e.attrs["id"]] {
				t.Errorf("glyph %s defined twice", e.attrs["id"])
			}
			defined[e.attrs["id"]] = true
		case e.name == "use" && !e.defs:
			ref := strings.TrimPrefix(e.attrs["xlink:href"], "#")
			if !defined[ref] {
				t.Errorf("use of %q, which is not defined before it", ref)
			}
			uses++
		case e.name == "g" && e.attrs["aria-label"] != "":
			labels = append(labels, e.attrs["aria-label"])
		}
	}
	// 居 民 卡 regular; 卡 居 < & > bold.
	if len(defined) != 8 {
		t.Errorf("%d glyphs defined, want 8", len(defined))
	}
	if want := 5 + 2 + 5; uses != want {
		t.Errorf("%d glyphs drawn, want %d", uses, want)
	}
	if got, want := strings.Join(labels, "|"), "居民居民卡|卡 居|卡居<&>"; got != want {
		t.Errorf("runs labelled %q, want %q", got, want)
	}
}

func TestSharedGroupsDefinedOnce(t *testing.T) {
	red, blue := frame.CMYK(0, 100, 100, 10), frame.CMYK(100, 60, 0, 0)
	art := func(c frame.Color) *frame.Frame {
		a := &frame.Frame{W: 10, H: 10}
		a.Add(frame.Circle{X: 5, Y: 5, R: 4, Paint: frame.Paint{Fill: &c}}, frametest.Run(t, "卡", false, 1, 8, 12, frame.Black))
		return a
	}
	f := &frame.Frame{W: 50, H: 20}
	f.Add(
		frame.Group{X: 0, Y: 0, Frame: art(red), Key: "zone-east"},
		frame.Group{X: 20, Y: 5, Frame: art(red), Key: "zone-east"},
		frame.Group{X: 30, Y: 5, Frame: art(blue), Key: "zone-west", Layer: "Die line"},
		frame.Group{X: 40, Y: 5, Frame: art(red)}, // not shared: drawn in place
	)
	els := parse(t, write(t, f, frame.Box{W: 50, H: 20}))
	defs, uses, layers := 0, map[string]int{}, 0
	for _, e := range els {
		if e.name == "g" && e.defs && strings.HasPrefix(e.attrs["id"], "a") {
			defs++
		}
		if e.name == "use" && !e.defs && strings.HasPrefix(e.attrs["xlink:href"], "#a") {
			uses[e.attrs["xlink:href"]]++
		}
		if e.attrs["label"] == "Die line" && e.attrs["groupmode"] == "layer" {
			layers++
		}
	}
	east, west := "#"+groupName(art(red)), "#"+groupName(art(blue))
	if defs != 2 || uses[east] != 2 || uses[west] != 1 {
		t.Errorf("%d shared groups defined and used %v; want 2, used %s twice and %s once", defs, uses, east, west)
	}
	if layers != 1 {
		t.Errorf("%d layers named Die line, want 1", layers)
	}
}

// Same frame, same bytes, even when built anew with other pointers.
func TestDeterministic(t *testing.T) {
	a := write(t, cardOnly(t), frame.Box{W: 106, H: 76})
	b := write(t, cardOnly(t), frame.Box{W: 106, H: 76})
	if !bytes.Equal(a, b) {
		t.Error("two frames alike give different documents")
	}
}

func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		want string
	}{
		{0, "0"}, {3, "3"}, {100, "100"}, {12.5, "12.5"}, {-0.25, "-0.25"},
		{1.23456789, "1.2346"}, {-0.00001, "0"}, {2.99999, "3"}, {0.1 + 0.2, "0.3"},
	} {
		if got := string(num(nil, tc.v)); got != tc.want {
			t.Errorf("num(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
	doc := write(t, cardOnly(t), frame.Box{W: 106, H: 76})
	if m := regexp.MustCompile(`\d\.\d{5,}`).Find(doc); m != nil {
		t.Errorf("number %s has more than four decimals", m)
	}
}

// Dark modules are one path of rectangles, one per run of dark modules
// in a row.
func TestModules(t *testing.T) {
	f := &frame.Frame{W: 10, H: 10}
	f.Add(frame.Modules{X: 1, Y: 2, Module: 0.5, Color: frame.Black, Dark: frame.GridOf([][]bool{
		{true, true, false, true},
		{false, false, false, false},
		{false, true, true, true},
	})})
	els := parse(t, write(t, f, frame.Box{W: 10, H: 10}))
	var paths []string
	for _, e := range els {
		if e.name == "path" {
			paths = append(paths, e.attrs["d"])
		}
	}
	want := "M1 2h1v0.5h-1Z M2.5 2h0.5v0.5h-0.5Z M1.5 3h1.5v0.5h-1.5Z"
	if len(paths) != 1 || paths[0] != want {
		t.Errorf("modules drawn as %q, want one path %q", paths, want)
	}
}

func BenchmarkSVGCard(b *testing.B) {
	f, _ := frametest.Card(b)
	region := frame.Box{W: f.W, H: f.H}
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, f, region); err != nil {
			b.Fatal(err)
		}
	}
}

// cardOnly is frametest.Card's frame.
func cardOnly(tb testing.TB) *frame.Frame {
	f, _ := frametest.Card(tb)
	return f
}

// Documents inlined in one page share one namespace of ids: an id two
// documents define must name the same drawing in both.
func TestDefinitionsNamedByContent(t *testing.T) {
	doc := func(s string) map[string]string {
		f := &frame.Frame{W: 60, H: 20}
		shared := &frame.Frame{W: 60, H: 20}
		shared.Add(frametest.Run(t, "居民服务卡", true, 2, 8, 12, frame.Black))
		f.Add(frame.Group{Frame: shared, Key: "artwork"})
		f.Add(frametest.Run(t, s, false, 2, 16, 10, frame.Black))
		defs := map[string]string{}
		for _, m := range regexp.MustCompile(`(?s)<(path|g) id="([^"]+)"(.*?)</?`).FindAllSubmatch(write(t, f, frame.Box{W: 60, H: 20}), -1) {
			defs[string(m[2])] = string(m[3])
		}
		return defs
	}
	a, b := doc("东街1号 E-001"), doc("西街2号 W-102")
	shared := 0
	for id, def := range a {
		if other, ok := b[id]; ok {
			shared++
			if other != def {
				t.Errorf("id %s names two drawings", id)
			}
		}
	}
	if shared == 0 {
		t.Error("the two documents share no definition; the test shows nothing")
	}
}
