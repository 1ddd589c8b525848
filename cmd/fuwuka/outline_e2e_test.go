package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Shops that refuse live text (转曲) get the same card with no font in it.
func TestOutlineText(t *testing.T) {
	needTools(t, "pdffonts", "pdftoppm", "zbarimg", "pdfcpu")
	dir := t.TempDir()
	env := []string{"SOURCE_DATE_EPOCH=1700000000"}
	for _, args := range [][]string{
		{"cards", exampleRoster, "-o", filepath.Join(dir, "text"), "--household", "E-001"},
		{"cards", exampleRoster, "-o", filepath.Join(dir, "outline"), "--household", "E-001", "--outline-text"},
		{"sheets", exampleRoster, "-o", filepath.Join(dir, "sheets.pdf"), "--outline-text", "--household", "E-001", "--household", "E-002"},
	} {
		if _, stderr, code := fuwuka(t, env, args...); code != 0 {
			t.Fatalf("%v exited %d: %s", args, code, stderr)
		}
	}
	text, outline := filepath.Join(dir, "text", "E-001.pdf"), filepath.Join(dir, "outline", "E-001.pdf")
	for _, f := range []string{outline, filepath.Join(dir, "sheets.pdf")} {
		// pdffonts prints a header of two lines, then a line per font
		if lines := strings.Split(strings.TrimSpace(run(t, "pdffonts", f)), "\n"); len(lines) != 2 {
			t.Errorf("%s: pdffonts lists fonts:\n%s", filepath.Base(f), strings.Join(lines, "\n"))
		}
		if out, err := exec.Command("pdfcpu", "validate", "-m", "strict", f).CombinedOutput(); err != nil {
			t.Errorf("pdfcpu validate -m strict %s: %v\n%s", filepath.Base(f), err, out)
		}
	}
	if lines := strings.Split(strings.TrimSpace(run(t, "pdffonts", text)), "\n"); len(lines) != 4 {
		t.Errorf("the text version has %d fonts, want 2", len(lines)-2)
	}
	// Poppler hints live text and puts each glyph's origin on its pixel
	// grid, which paths do not get: the two renders differ by about half a
	// pixel along every glyph edge at any resolution (1.5 % mean at 150
	// dpi, while MuPDF and Ghostscript see 0.3 %). Rendered at 600 dpi and
	// compared in blocks of 8×8 pixels that noise averages out; outlines
	// misplaced by 0.1 mm still differ by 1.2 %.
	run(t, "pdftoppm", "-r", "600", "-png", "-singlefile", text, filepath.Join(dir, "t"))
	run(t, "pdftoppm", "-r", "600", "-png", "-singlefile", outline, filepath.Join(dir, "o"))
	a, b := readPNG(t, filepath.Join(dir, "t.png")), readPNG(t, filepath.Join(dir, "o.png"))
	if a.Bounds() != b.Bounds() {
		t.Fatalf("renders of %v and %v", a.Bounds(), b.Bounds())
	}
	const block = 8
	var sum, n float64
	r := a.Bounds()
	for by := r.Min.Y; by+block <= r.Max.Y; by += block {
		for bx := r.Min.X; bx+block <= r.Max.X; bx += block {
			var d [3]float64
			for y := by; y < by+block; y++ {
				for x := bx; x < bx+block; x++ {
					ar, ag, ab, _ := a.At(x, y).RGBA()
					br, bg, bb, _ := b.At(x, y).RGBA()
					d[0] += float64(ar) - float64(br)
					d[1] += float64(ag) - float64(bg)
					d[2] += float64(ab) - float64(bb)
				}
			}
			for _, v := range d {
				sum += max(v, -v) / (block * block * 0xffff)
				n++
			}
		}
	}
	if mean := sum / n * 100; mean >= 0.5 {
		t.Errorf("outlined text renders %.3f %% off the text version on average, want under 0.5 %%", mean)
	} else {
		t.Logf("outlined and live text differ by %.3f %% on average", mean)
	}
	run(t, "pdftoppm", "-r", "150", "-png", "-singlefile", outline, filepath.Join(dir, "o"))
	if got := strings.TrimSpace(run(t, "zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", filepath.Join(dir, "o.png"))); !strings.Contains(got, "E-001") {
		t.Errorf("QR code of the outlined card reads %q", got)
	}
}
