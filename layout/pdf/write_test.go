package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout"
	"github.com/fuwuka/fuwuka/layout/frame"
)

var (
	setOnce sync.Once
	set     *fonts.Set
)

func builtin(t *testing.T) *fonts.Set {
	setOnce.Do(func() {
		var err error
		if set, err = fonts.Builtin(); err != nil {
			t.Fatal(err)
		}
	})
	return set
}

// inflate returns the file with every Flate stream decompressed, so tests
// can read content streams as text.
func inflate(t *testing.T, pdf []byte) string {
	t.Helper()
	re := regexp.MustCompile(`(?s)<</Length (\d+)/Filter/FlateDecode[^>]*>>\nstream\n`)
	var out strings.Builder
	rest := pdf
	for {
		loc := re.FindSubmatchIndex(rest)
		if loc == nil {
			out.Write(rest)
			return out.String()
		}
		n := 0
		for _, c := range rest[loc[2]:loc[3]] {
			n = n*10 + int(c-'0')
		}
		out.Write(rest[:loc[1]])
		zr, err := zlib.NewReader(bytes.NewReader(rest[loc[1] : loc[1]+n]))
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(zr)
		out.Write(data)
		rest = rest[loc[1]+n:]
	}
}

func text(t *testing.T, x, y, size float64, bold bool, s string) []frame.Item {
	return layout.Setter{Fonts: builtin(t)}.Set(s, size, bold, frame.Black).At(x, y)
}

func sample(t *testing.T) frame.Frame {
	red := frame.CMYK(0, 100, 100, 10)
	cut := frame.CutContour
	f := frame.Frame{W: 106, H: 106}
	f.Add(frame.Rect{Box: frame.Box{W: 106, H: 106}, Paint: frame.Paint{Fill: &red}})
	f.Add(text(t, 10, 20, 12, true, "居民服务卡 138 0013 8000")...)
	die := &frame.Frame{}
	die.Add(frame.Rect{Box: frame.Box{X: 3, Y: 3, W: 100, H: 100}, R: 4, Paint: frame.Paint{Stroke: &cut, Line: 0.1}})
	f.Add(frame.Group{Frame: die, Layer: "CutContour"})
	f.Add(frame.Modules{X: 50, Y: 50, Module: 1, Dark: [][]bool{{true, true, false}, {false, true, true}}, Color: frame.Black})
	return f
}

func write(t *testing.T, pages ...frame.Page) []byte {
	t.Helper()
	var buf bytes.Buffer
	err := Write(&buf, Info{Title: "居民服务卡 – 测试", Creator: "fuwuka test", Date: time.Unix(1700000000, 0)}, pages)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWritePageBoxesAndColour(t *testing.T) {
	f := sample(t)
	data := write(t, frame.Page{Frame: &f, Trim: frame.Box{X: 3, Y: 3, W: 100, H: 100}, Bleed: frame.Box{W: 106, H: 106}})
	s := inflate(t, data)
	for _, want := range []string{
		"/MediaBox[0 0 300.472 300.472]",
		"/TrimBox[8.504 8.504 291.969 291.969]",
		"/BleedBox[0 0 300.472 300.472]",
		"0 1 1 0.1 k", // the red in CMYK
		"0 0 0 1 k",   // black text: 100 % K only
		"/Separation/CutContour/DeviceCMYK",
		"/OC /OC1 BDC", // the die line on its layer
		"/OCProperties",
		"/CIDToGIDMap/Identity",
		"(D:20231114221320Z)",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if regexp.MustCompile(`(?m) (rg|RG)$`).MatchString(s) {
		t.Error("RGB colour operator in the content")
	}
	if !bytes.Equal(data, write(t, frame.Page{Frame: &f, Trim: frame.Box{X: 3, Y: 3, W: 100, H: 100}, Bleed: frame.Box{W: 106, H: 106}})) {
		t.Error("the same frame gives different bytes")
	}
}

// A keyed group used on many pages is written once, as a form XObject.
func TestSharedGroupWrittenOnce(t *testing.T) {
	shared := sample(t)
	var pages []frame.Page
	for i := 0; i < 5; i++ {
		f := &frame.Frame{W: 106, H: 106}
		f.Add(frame.Group{Frame: &shared, Key: "card"})
		f.Add(text(t, 10, 90, 8, false, "东街1号")...)
		pages = append(pages, frame.Page{Frame: f, Trim: frame.Box{X: 3, Y: 3, W: 100, H: 100}, Bleed: frame.Box{W: 106, H: 106}})
	}
	s := inflate(t, write(t, pages...))
	if n := strings.Count(s, "/Subtype/Form"); n != 1 {
		t.Errorf("%d form XObjects, want 1", n)
	}
	if n := strings.Count(s, "/Fm1 Do"); n != 5 {
		t.Errorf("form drawn %d times, want 5", n)
	}
	if n := strings.Count(s, "/Type/Page/"); n != 5 {
		t.Errorf("%d pages, want 5", n)
	}
}

func TestToUnicodeBeyondTheBMP(t *testing.T) {
	sf := &subsetFont{runes: map[uint16]rune{7: '居', 9: 0x2A6A5}, newID: map[uint16]uint16{7: 1, 9: 2}}
	cmap := string(toUnicode([]uint16{7, 9}, sf))
	for _, want := range []string{"<0001><5C45>", "<0002><D869DEA5>"} {
		if !strings.Contains(cmap, want) {
			t.Errorf("ToUnicode lacks %s:\n%s", want, cmap)
		}
	}
}

func TestTextString(t *testing.T) {
	for in, want := range map[string]string{
		"CutContour": "(CutContour)",
		"a(b)":       "<FEFF0061002800620029>",
		"居民":         "<FEFF5C456C11>",
	} {
		if got := textString(in); got != want {
			t.Errorf("textString(%q) = %s, want %s", in, got, want)
		}
	}
}
