package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"slices"
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
	f.Add(frame.Modules{X: 50, Y: 50, Module: 1, Dark: frame.GridOf([][]bool{{true, true, false}, {false, true, true}}), Color: frame.Black})
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
		"(D:20231114221320+00'00')",
		"/Trapped/False",
		"/S/GTS_PDFX/OutputConditionIdentifier(FOGRA39)",
		"<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>",
		"<xmp:CreateDate>2023-11-14T22:13:20+00:00</xmp:CreateDate>",
		"/D<</Name(fuwuka)",
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

// The font's widths are the advances the frame gives, whatever the face
// says, so glyphs land where layout put them.
func TestWidthsFromFrame(t *testing.T) {
	line := layout.Setter{Fonts: builtin(t)}.Set("居民A", 10, false, frame.Black)
	run := line.Runs[0]
	run.Glyphs[1].Advance = 0.6125 // a fractional advance, as a 2048-unit face gives
	f := &frame.Frame{W: 50, H: 20}
	f.Add(run)
	s := inflate(t, write(t, frame.Page{Frame: f, Trim: frame.Box{W: 50, H: 20}, Bleed: frame.Box{W: 50, H: 20}}))
	m := regexp.MustCompile(`/W\[1\[([^\]]*)\]\]`).FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("no W array in\n%s", s)
	}
	// glyphs are numbered by original id: 'A' (a low id) comes first
	want := []string{fmtNum(run.Glyphs[2].Advance * 1000), "1000", "612.5"}
	if got := strings.Fields(m[1]); !slices.Equal(got, want) {
		t.Errorf("widths %v, want %v (by glyph id: A, 居, 民)", got, want)
	}
}

// Cards that differ only in their numbers share one subset: a face that
// draws a digit carries all ten.
func TestSubsetsPaddedWithDigits(t *testing.T) {
	base := func(s string) string {
		f := &frame.Frame{W: 50, H: 20}
		f.Add(text(t, 0, 10, 10, false, s)...)
		data := string(write(t, frame.Page{Frame: f, Trim: frame.Box{W: 50, H: 20}, Bleed: frame.Box{W: 50, H: 20}}))
		m := regexp.MustCompile(`/BaseFont/([A-Z]{6}\+[^/]+)/Encoding`).FindStringSubmatch(data)
		if m == nil {
			t.Fatalf("no Type0 font in the file of %q", s)
		}
		return m[1]
	}
	if a, b := base("东街12号"), base("东街3号"); a != b {
		t.Errorf("东街12号 and 东街3号 use subsets %s and %s, want one", a, b)
	}
	if a, b := base("东街号"), base("东街1号"); a == b {
		t.Errorf("东街号, without a digit, has the subset of 东街1号 (%s)", a)
	}
}

// 100 % K and spot colours overprint, other colours knock out, and each
// painting operation says which it wants.
func TestOverprint(t *testing.T) {
	red, white := frame.CMYK(0, 100, 100, 10), frame.White
	cut := frame.CutContour
	f := &frame.Frame{W: 50, H: 50}
	f.Add(frame.Rect{Box: frame.Box{W: 50, H: 50}, Paint: frame.Paint{Fill: &red}})
	f.Add(text(t, 5, 10, 10, true, "居民")...)
	f.Add(frame.Rect{Box: frame.Box{X: 5, Y: 20, W: 10, H: 10}, Paint: frame.Paint{Fill: &white}})
	f.Add(frame.Rect{Box: frame.Box{X: 2, Y: 2, W: 46, H: 46}, R: 3, Paint: frame.Paint{Stroke: &cut, Line: 0.1}})
	s := inflate(t, write(t, frame.Page{Frame: f, Trim: frame.Box{W: 50, H: 50}, Bleed: frame.Box{W: 50, H: 50}}))
	gs := map[string]string{}
	for _, m := range regexp.MustCompile(`/(GS\d) (\d+) 0 R`).FindAllStringSubmatch(s, -1) {
		obj := regexp.MustCompile(`(?s)\n` + m[2] + ` 0 obj\n(.*?)\nendobj`).FindStringSubmatch(s)
		gs[m[1]] = obj[1]
	}
	// what each painting operation runs with: the last gs before it
	state := ""
	var seen []string
	for _, line := range strings.Split(s[strings.Index(s, "stream\n"):], "\n") {
		if m := regexp.MustCompile(`^/(GS\d) gs$`).FindStringSubmatch(line); m != nil {
			state = gs[m[1]]
		}
		for _, op := range []string{" k", " Tj ET", " scn", " SCN"} {
			if strings.HasSuffix(line, op) {
				seen = append(seen, line+" @ "+state)
				break
			}
		}
	}
	joined := strings.Join(seen, "\n") + "\n"
	for _, want := range []string{
		"0 1 1 0.1 k @ \n", // red knocks out: a page starts without overprint
		"Tj ET @ <</Type/ExtGState/op true/OP false/OPM 1>>",         // black text overprints
		"0 0 0 0 k @ <</Type/ExtGState/op false/OP false/OPM 1>>",    // white never overprints
		"/CS1 CS 1 SCN @ <</Type/ExtGState/op false/OP true/OPM 1>>", // the die line does
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("no %q in\n%s", want, joined)
		}
	}
}
