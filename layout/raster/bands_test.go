package raster

import (
	"bytes"
	"image/png"
	"io"
	"math"
	"runtime"
	"testing"

	"github.com/fuwuka/fuwuka/layout/frame/frametest"
)

// A picture drawn in bands is the picture drawn whole: the same size and
// the same pixels, to within a level where an edge's coverage is rounded
// differently at a band's border.
func TestBandsAreTheWholePicture(t *testing.T) {
	f, region := frametest.Card(t)
	const dpi = 300
	var whole, banded bytes.Buffer
	if err := writePNG(&whole, f, region, dpi, 1<<40); err != nil {
		t.Fatal(err)
	}
	if err := writePNG(&banded, f, region, dpi, 1000); err != nil {
		t.Fatal(err)
	}
	a, err := png.Decode(&whole)
	if err != nil {
		t.Fatal(err)
	}
	b, err := png.Decode(&banded)
	if err != nil {
		t.Fatalf("the banded PNG does not decode: %v", err)
	}
	if a.Bounds() != b.Bounds() {
		t.Fatalf("banded %v, whole %v", b.Bounds(), a.Bounds())
	}
	differ, worst := 0, 0
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			p1, p2 := a.At(x, y), b.At(x, y)
			r1, g1, b1, _ := p1.RGBA()
			r2, g2, b2, _ := p2.RGBA()
			d := max(absDiff(r1, r2), absDiff(g1, g2), absDiff(b1, b2)) >> 8
			if d > 0 {
				differ++
				worst = max(worst, int(d))
			}
		}
	}
	if total := r.Dx() * r.Dy(); worst > 1 || differ > total/1000 {
		t.Errorf("%d of %d pixels differ, by up to %d levels", differ, total, worst)
	}
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// A picture larger than MaxWholePixels is made in memory that grows with
// its width, not its area: all it allocates over the whole run (bands,
// coverage, glyphs at its size, the compressed stream) is less than a
// third of what its image alone would take drawn whole.
func TestLargePictureMemoryBounded(t *testing.T) {
	f, region := frametest.Card(t)
	dpi := 25.4 * math.Sqrt(float64(MaxWholePixels)*2.5/(region.W*region.H))
	pixels := math.Ceil(region.W*dpi/25.4) * math.Ceil(region.H*dpi/25.4)
	if pixels <= MaxWholePixels {
		t.Fatalf("%g pixels is not a large picture", pixels)
	}
	WritePNG(io.Discard, f, region, 150) // the glyph and renderer caches, made once
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if err := WritePNG(io.Discard, f, region, dpi); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	got, whole := after.TotalAlloc-before.TotalAlloc, uint64(4*pixels)
	t.Logf("a %.0f-pixel picture allocated %d MB; its image alone is %d MB", pixels, got>>20, whole>>20)
	if got > whole/3 {
		t.Errorf("a %.0f-pixel picture allocated %d MB; drawn whole its image alone is %d MB", pixels, got>>20, whole>>20)
	}
}
