package main

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/fuwuka/fuwuka/msg"
)

// The serve page inlines a zone's cards into one document, where every id
// of every card's SVG shares one namespace: each card must still look as
// its own preview does on its own. The page's thumbnails are drawn large,
// and each is compared, pixel for pixel, with the same card's SVG shown as
// an image, a document of its own.
func TestServePageCardsInlinedTogether(t *testing.T) {
	needTools(t, "chromium")
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	s, _ := exampleServer(t, msg.EN, 0)
	ts := httptest.NewServer(s)
	defer ts.Close()

	chrome, _ := exec.LookPath("chromium")
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chrome), chromedp.NoSandbox,
		chromedp.Flag("disable-quic", true), chromedp.Flag("force-device-scale-factor", "1"),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1300, 1000))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	// a bound on a browser that never answers, not a measure of speed
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelTime()
	wait := func(js string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
			t.Fatalf("waiting for %s: %v", js, err)
		}
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL), chromedp.WaitVisible(chromedp.CSS(`#card svg`))); err != nil {
		t.Fatal(err)
	}
	// every thumbnail of the first zone drawn
	wait(`document.querySelectorAll("#thumbs figure").length > 1 &&
		[...document.querySelectorAll("#thumbs figure > div")].every((d) => d.querySelector("svg") !== null)`)
	// Large thumbnails, and beside each the same card as an image.
	const side = 400
	ids, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](fmt.Sprintf(`(() => {
		const ids = [];
		document.querySelectorAll("#thumbs figure").forEach((fig, i) => {
			const box = fig.querySelector("div"), svg = box.querySelector("svg");
			fig.style.width = "%[1]dpx";
			svg.style.width = svg.style.height = "%[1]dpx";
			svg.id = "inline-" + i;
			const img = new Image(%[1]d, %[1]d);
			img.id = "alone-" + i;
			img.style.display = "block";
			img.src = "/card/" + encodeURIComponent(box.dataset.id) + ".svg?alone";
			fig.append(img);
			ids.push(box.dataset.id);
		});
		return ids;
	})()`, side)))
	if err != nil {
		t.Fatal(err)
	}
	wait(`[...document.querySelectorAll("#thumbs img")].every((i) => i.complete && i.naturalWidth > 0)`)

	shot := func(sel string) image.Image {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("screenshot of %s: %v", sel, err)
		}
		img, err := png.Decode(bytes.NewReader(buf))
		if err != nil {
			t.Fatal(err)
		}
		return img
	}
	worst := 0.0
	for i, id := range ids {
		inline, alone := shot(fmt.Sprintf("#inline-%d", i)), shot(fmt.Sprintf("#alone-%d", i))
		d := differing(inline, alone)
		worst = max(worst, d)
		if d > maxInlineDiff {
			t.Errorf("%s: inlined with %d other cards, %.4f %% of its pixels differ from its own preview (at most %.4f %%)", id, len(ids)-1, 100*d, 100*maxInlineDiff)
			if os.Getenv("KEEP") != "" {
				writePNG(t, filepath.Join(workDir, id+"-inline.png"), inline)
				writePNG(t, filepath.Join(workDir, id+"-alone.png"), alone)
			}
		}
	}
	t.Logf("%d cards inlined together; largest share of differing pixels: %.4f %%", len(ids), 100*worst)
}

// maxInlineDiff is the share of pixels that may differ between a card drawn
// inline and as an image: both are drawn by one renderer at one size, so
// at most a few pixels of anti-aliasing may differ (none did, measured);
// a 400-pixel card whose footer drew another card's glyphs differed by 14
// to 128 pixels (0.009 to 0.08 %).
const maxInlineDiff = 0.00005

// differing is the share of pixels of a and b (the same size) that differ
// by more than a quarter of the range in some channel: a glyph drawn in
// place of another, not a shade of anti-aliasing.
func differing(a, b image.Image) float64 {
	r := a.Bounds()
	if r.Size() != b.Bounds().Size() {
		return 1
	}
	ob := b.Bounds().Min.Sub(r.Min)
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x+ob.X, y+ob.Y).RGBA()
			if absDiff(r1, r2) > 0x4000 || absDiff(g1, g2) > 0x4000 || absDiff(b1, b2) > 0x4000 {
				n++
			}
		}
	}
	return float64(n) / float64(r.Dx()*r.Dy())
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}
