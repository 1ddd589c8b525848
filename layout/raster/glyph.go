package raster

import (
	"image"
	"math"
	"slices"
	"sync"

	"github.com/fuwuka/fuwuka/fonts"
)

// Text is most of a card's drawing time, and a run of cards sets the same
// few hundred glyphs at the same few sizes over and over. So each glyph is
// rasterized once per size and position within a pixel, and its coverage
// mask kept and blended wherever it recurs. Masks depend only on their
// key, so the output is the same whether a mask was cached or not.
//
// Glyph origins snap to the pixel grid as pdftoppm 22.12 snaps them, so
// that a preview matches poppler's render of the card's PDF: up and down,
// down to a whole pixel, which puts baselines on the grid as screen text
// usually is; across, down to a quarter pixel. (Poppler snaps glyphs of
// more than about 17 pixels to the em to a whole pixel across; that is
// not copied, since it gains little.) Measured by rendering grids of
// glyphs at tenth-pixel steps both ways and comparing where their ink's
// centre fell: snapped like this, glyphs up to that size land within 0.1
// pixel of poppler's, and a whole card differs from poppler's render by
// 0.6 % on average instead of 1.9 % with glyphs where the frame puts them.

// subpixel is the number of glyph positions kept within a pixel across.
const subpixel = 4

// maxCachedEm is the largest em, in pixels, whose glyphs are cached: a
// mask grows with the square of the size, and big text is rare.
const maxCachedEm = 256

// glyphKey identifies a glyph's mask.
type glyphKey struct {
	face *fonts.Face
	id   uint16
	em   int32 // pixels per em, in 64ths
	sub  uint8 // where the glyph's origin falls within its pixel, in 1/subpixel
}

// glyphMask is a glyph's coverage, box.Dx() bytes a row, with box relative
// to the pixel that holds the glyph's origin.
type glyphMask struct {
	box image.Rectangle
	pix []uint8
}

// glyphs is the cache, shared by all renders: cards render in parallel.
// When it outgrows maxCacheBytes it starts again empty rather than track
// what was used when; a run of cards fills it back in one card.
var glyphs struct {
	sync.Mutex
	m     map[glyphKey]*glyphMask
	bytes int
}

const maxCacheBytes = 32 << 20

// glyph returns glyph id of face, em pixels to the em, with its origin at
// pixel position (x, y) snapped to the grid, and the image rectangle its
// mask covers.
func (r *renderer) glyph(face *fonts.Face, id uint16, em, x, y float64) (*glyphMask, image.Rectangle) {
	ix, sub := snap(x)
	iy := int(math.Floor(y))
	if em > maxCachedEm {
		r.path.reset()
		r.path.glyph(face.Outline(id), float64(ix)+float64(sub)/subpixel, float64(iy), em)
		area := r.cover(&r.path, r.img.Rect)
		return &glyphMask{box: area, pix: r.mask.Pix}, area
	}
	k := glyphKey{face: face, id: id, em: int32(math.Round(em * 64)), sub: sub}
	glyphs.Lock()
	m := glyphs.m[k]
	glyphs.Unlock()
	if m == nil {
		r.path.reset()
		r.path.glyph(face.Outline(id), float64(sub)/subpixel, 0, float64(k.em)/64)
		const far = 1 << 20
		box := r.cover(&r.path, image.Rect(-far, -far, far, far))
		m = &glyphMask{box: box, pix: slices.Clone(r.mask.Pix[:box.Dx()*box.Dy()])}
		glyphs.Lock()
		if glyphs.m == nil || glyphs.bytes > maxCacheBytes {
			glyphs.m, glyphs.bytes = map[glyphKey]*glyphMask{}, 0
		}
		glyphs.m[k] = m
		glyphs.bytes += len(m.pix)
		glyphs.Unlock()
	}
	return m, m.box.Add(image.Pt(ix, iy))
}

// snap rounds a pixel coordinate down to a subpixel position: the whole
// pixel and the subpixel steps into it.
func snap(v float64) (int, uint8) {
	q := int(math.Floor(v * subpixel))
	whole := q / subpixel
	if q%subpixel < 0 {
		whole--
	}
	return whole, uint8(q - whole*subpixel)
}
