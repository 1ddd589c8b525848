// Package frametest makes frames for the writers' tests and benchmarks:
// text set in the embedded fonts without a design, and a frame holding
// what a service card holds.
package frametest

import (
	"sync"
	"testing"

	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
)

var builtinFonts = sync.OnceValues(fonts.Builtin)

// Fonts is the embedded font set, parsed once for all of a test binary.
func Fonts(tb testing.TB) *fonts.Set {
	tb.Helper()
	set, err := builtinFonts()
	if err != nil {
		tb.Fatal(err)
	}
	return set
}

// Run sets s in one face of the built-in set, as layout would; every
// character must be in the same face.
func Run(tb testing.TB, s string, bold bool, x, y, size float64, col frame.Color) frame.Text {
	tb.Helper()
	set, err := builtinFonts()
	if err != nil {
		tb.Fatal(err)
	}
	t := frame.Text{X: x, Y: y, Size: size, Color: col}
	for _, r := range s {
		g, ok := set.Lookup(r, bold)
		if !ok {
			tb.Fatalf("no glyph for %q", r)
		}
		if t.Face == nil {
			t.Face = g.Face
		} else if t.Face != g.Face {
			tb.Fatalf("%q is not in %s", r, t.Face.Name)
		}
		t.Glyphs = append(t.Glyphs, frame.Glyph{ID: g.ID, Advance: g.Advance(), Char: r})
	}
	return t
}

// Card is a frame with what a 100 mm service card holds: a yellow
// ground with 3 mm bleed, a red band, forty lines of text from 7 to 17 pt,
// a framed box, small marks and a 29-module QR code. It returns the frame
// and its trim box.
func Card(tb testing.TB) (*frame.Frame, frame.Box) {
	tb.Helper()
	const bleed = 3
	trim := frame.Box{X: bleed, Y: bleed, W: 100, H: 70}
	f := &frame.Frame{W: trim.W + 2*bleed, H: trim.H + 2*bleed}
	yellow, red, white, black := frame.CMYK(0, 10, 100, 0), frame.CMYK(0, 100, 100, 10), frame.White, frame.Black

	shared := &frame.Frame{W: f.W, H: f.H}
	shared.Add(
		frame.Rect{Box: frame.Box{W: f.W, H: f.H}, Paint: frame.Paint{Fill: &yellow}},
		frame.Rect{Box: frame.Box{W: f.W, H: bleed + 15}, Paint: frame.Paint{Fill: &red}},
		frame.Rect{Box: frame.Box{X: 8, Y: 44, W: 62, H: 24}, R: 3, Paint: frame.Paint{Fill: &white, Stroke: &red, Line: 0.5}},
		frame.Line{X1: 8, Y1: 41, X2: 70, Y2: 41, Paint: frame.Paint{Stroke: &red, Line: 0.3}},
	)
	for i := range 6 {
		x := 11 + float64(i)*10
		shared.Add(
			frame.Circle{X: x, Y: 48, R: 1.2, Paint: frame.Paint{Fill: &red}},
			frame.Rect{Box: frame.Box{X: x - 4, Y: 65, W: 8, H: 1}, Paint: frame.Paint{Fill: &black}},
		)
	}
	lines := []string{
		"白草洼村居民服务卡",
		"包片联系人有事请打电话",
		"村两委干部联系方式如下所示",
		"东片西片南片前街后街西二巷南排",
		"防火防汛防诈骗人人有责",
		"遇到困难找村委会我们随时为您服务",
	}
	for i := range 40 {
		size := 7 + float64(i%11)
		// 10 to 20 characters, as many as fit across the card.
		n := min(10+i%11, max(10, int(95/frame.PtToMM(size))))
		var s []rune
		for len(s) < n {
			s = append(s, []rune(lines[i%len(lines)])...)
		}
		col := black
		if i%5 == 0 {
			col = red
		}
		x, y := bleed+3+float64(i/20)*2, bleed+8+float64(i%20)*3.2
		shared.Add(Run(tb, string(s[:n]), i%3 == 0, x, y, size, col))
	}
	f.Add(frame.Group{Frame: shared, Key: "shared"})

	own := &frame.Frame{W: f.W, H: f.H}
	own.Add(frame.Modules{X: 78, Y: 44, Module: 0.8, Dark: frame.GridOf(FakeQR(29)), Color: black})
	f.Add(frame.Group{Frame: own})
	return f, frame.Box{W: f.W, H: f.H}
}

// FakeQR is a QR-like pattern: three finder squares and a mixed middle.
func FakeQR(n int) [][]bool {
	dark := make([][]bool, n)
	for r := range dark {
		dark[r] = make([]bool, n)
		for c := range dark[r] {
			dark[r][c] = (r*7+c*13+r*c)%3 == 0
		}
	}
	for _, at := range [][2]int{{0, 0}, {0, n - 7}, {n - 7, 0}} {
		for r := range 7 {
			for c := range 7 {
				ring := max(abs(r-3), abs(c-3))
				dark[at[0]+r][at[1]+c] = ring != 2
			}
		}
	}
	return dark
}

func abs(x int) int { return max(x, -x) }
