package main

import (
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
)

// The preview is the card: its picture and poppler's render of the card's
// PDF, cropped to the trim, differ by little, and the QR code reads from
// the picture.

// maxPreviewDiff is the largest mean absolute difference, as a share of
// full scale, between a preview and poppler's render of the same card.
const maxPreviewDiff = 0.03

// meanDiff is the mean absolute difference of the red, green and blue of
// a and b over the pixels both cover, from the top-left corners of ra and
// rb, as a share of full scale.
func meanDiff(a, b image.Image, ra, rb image.Point, w, h int) float64 {
	sum := 0.0
	for y := range h {
		for x := range w {
			r1, g1, b1, _ := a.At(ra.X+x, ra.Y+y).RGBA()
			r2, g2, b2, _ := b.At(rb.X+x, rb.Y+y).RGBA()
			sum += math.Abs(float64(r1)-float64(r2)) + math.Abs(float64(g1)-float64(g2)) + math.Abs(float64(b1)-float64(b2))
		}
	}
	return sum / float64(3*w*h) / 0xffff
}

// popplerTrim renders a card PDF at dpi and returns the image and where
// the trim starts in it, to the nearest pixel.
func popplerTrim(t *testing.T, pdf, dir string, dpi float64, bleed float64) (image.Image, image.Point) {
	t.Helper()
	prefix := filepath.Join(dir, strings.TrimSuffix(filepath.Base(pdf), ".pdf")+"-poppler")
	run(t, "pdftoppm", "-r", fmt.Sprint(dpi), "-png", "-singlefile", pdf, prefix)
	off := int(math.Round(bleed / 25.4 * dpi))
	return readPNG(t, prefix+".png"), image.Point{off, off}
}

func decodeQR(t *testing.T, file string) string {
	t.Helper()
	// zbarimg may warn on stderr (no D-Bus here); the code is on stdout
	out, err := exec.Command("zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", file).Output()
	if err != nil {
		t.Errorf("%s: zbarimg found no QR code: %v", file, err)
	}
	return strings.TrimSpace(string(out))
}

func TestPreviewPNGIsTheCard(t *testing.T) {
	needTools(t, "pdftoppm", "zbarimg")
	r := loadExample(t)
	pdfs := renderExample(t)
	dir := t.TempDir()
	if _, stderr, code := fuwuka(t, nil, "preview", exampleRoster, "-o", dir, "--dpi", "100"); code != 0 {
		t.Fatalf("preview exited %d: %s", code, stderr)
	}
	side := int(math.Ceil(r.Card.Size/25.4*100 - 1e-6))
	worst := 0.0
	for _, h := range r.Households {
		c, err := card.For(r, h)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, h.ID+".png")
		pic := readPNG(t, file)
		if b := pic.Bounds(); b.Dx() != side || b.Dy() != side {
			t.Fatalf("%s: %v, want %d×%d pixels (%g mm at 100 dpi)", file, b, side, side, r.Card.Size)
		}
		ref, at := popplerTrim(t, filepath.Join(pdfs, h.ID+".pdf"), dir, 100, r.Card.Bleed)
		d := meanDiff(pic, ref, image.Point{}, at, side, side)
		worst = max(worst, d)
		if d > maxPreviewDiff {
			t.Errorf("%s: differs from poppler's render by %.1f %% (at most %.0f %%)", h.ID, 100*d, 100*maxPreviewDiff)
		}
		if got := decodeQR(t, file); got != c.QR {
			t.Errorf("%s: QR decodes to %q, want %q", h.ID, got, c.QR)
		}
	}
	t.Logf("largest difference from poppler: %.2f %%", 100*worst)
}

// chromium is Debian's headless Chromium, started as the tests need it:
// no sandbox (root in CI), no GPU, no network of its own.
func chromium(t *testing.T, args ...string) {
	t.Helper()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
		"--force-device-scale-factor=1", "--default-background-color=ffffffff", "--user-data-dir=" + t.TempDir()}
	cmd := exec.Command("chromium", append(base, args...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
}

func TestPreviewSVGIsTheCard(t *testing.T) {
	needTools(t, "pdftoppm", "zbarimg", "chromium")
	r := loadExample(t)
	pdfs := renderExample(t)
	dir := t.TempDir()
	if _, stderr, code := fuwuka(t, nil, "preview", exampleRoster, "-o", dir, "--format", "svg"); code != 0 {
		t.Fatalf("preview exited %d: %s", code, stderr)
	}
	// All cards on one page, each drawn at 4 px per mm at integer pixel
	// positions: the grid of poppler's render at 101.6 dpi, where the trim
	// starts on a whole pixel.
	const perMM, dpi = 4, 101.6
	side := int(r.Card.Size * perMM)
	cols := 6
	rows := (len(r.Households) + cols - 1) / cols
	var page strings.Builder
	page.WriteString("<!DOCTYPE html><html><body style=\"margin:0;background:#fff\">")
	for i, h := range r.Households {
		fmt.Fprintf(&page, `<img src="%s.svg" style="position:absolute;left:%dpx;top:%dpx;width:%dpx;height:%dpx">`,
			h.ID, i%cols*side, i/cols*side, side, side)
	}
	page.WriteString("</body></html>")
	html := filepath.Join(dir, "cards.html")
	if err := os.WriteFile(html, []byte(page.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "cards.png")
	chromium(t, fmt.Sprintf("--window-size=%d,%d", cols*side, rows*side), "--screenshot="+shot, "file://"+html)
	all := readPNG(t, shot)
	worst := 0.0
	for i, h := range r.Households {
		c, err := card.For(r, h)
		if err != nil {
			t.Fatal(err)
		}
		at := image.Point{i % cols * side, i / cols * side}
		ref, off := popplerTrim(t, filepath.Join(pdfs, h.ID+".pdf"), dir, dpi, r.Card.Bleed)
		d := meanDiff(all, ref, at, off, side, side)
		worst = max(worst, d)
		if d > maxPreviewDiff {
			t.Errorf("%s: Chromium's SVG differs from poppler's render by %.1f %% (at most %.0f %%)", h.ID, 100*d, 100*maxPreviewDiff)
		}
		cell := filepath.Join(dir, h.ID+"-chromium.png")
		writePNG(t, cell, all.(subImager).SubImage(image.Rectangle{Min: at, Max: at.Add(image.Point{side, side})}))
		if got := decodeQR(t, cell); got != c.QR {
			t.Errorf("%s: QR in Chromium's SVG decodes to %q, want %q", h.ID, got, c.QR)
		}
	}
	t.Logf("largest difference from poppler: %.2f %%", 100*worst)
}

type subImager interface {
	SubImage(image.Rectangle) image.Image
}

func writePNG(t *testing.T, file string, img image.Image) {
	t.Helper()
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
