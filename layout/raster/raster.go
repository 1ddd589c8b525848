// Package raster draws frames as anti-aliased sRGB images (PNG): a proof of
// a card for the screen, a message or a web page, looking as the PDF does in
// a viewer. It draws what the frame says and nothing else; colours are the
// frame's CMYK as a viewer shows it (frame.Color.RGB).
package raster

import (
	"image"
	"image/draw"
	"math"
	"sync"

	"github.com/fuwuka/fuwuka/layout/frame"
	"golang.org/x/image/vector"
)

// Render draws the part of f inside region (millimetres) at dpi on white
// paper. The image is region's size rounded up to whole pixels; its pixel
// (0, 0) has its top-left corner at region's top-left. Text baselines snap
// down to whole pixels and glyphs across to quarter pixels, as in
// pdftoppm's render of the same frame's PDF.
func Render(f *frame.Frame, region frame.Box, dpi float64) *image.RGBA {
	s := dpi / 25.4
	w := int(math.Ceil(region.W*s - 1e-6))
	h := int(math.Ceil(region.H*s - 1e-6))
	img := image.NewRGBA(image.Rect(0, 0, max(w, 0), max(h, 0)))
	renderInto(img, f, region, dpi)
	return img
}

// renderInto draws the part of f inside region at dpi into img, paper
// first, as Render does: img is region's size in pixels, or less.
func renderInto(img *image.RGBA, f *frame.Frame, region frame.Box, dpi float64) {
	s := dpi / 25.4
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	r := renderers.Get().(*renderer)
	defer renderers.Put(r)
	r.img = img
	r.frame(f, xform{dx: -region.X, dy: -region.Y, s: s})
	r.img = nil
}

// renderers keeps renderers' buffers from one image to the next: the
// largest, the coverage of an item as big as the card, is as big as the
// image.
var renderers = sync.Pool{New: func() any { return new(renderer) }}

// renderer holds what drawing one image reuses from item to item.
type renderer struct {
	img  *image.RGBA
	z    vector.Rasterizer
	mask image.Alpha
	path contours // the item's outline
	strk contours // its stroke's pieces
}

func (r *renderer) frame(f *frame.Frame, x xform) {
	for _, it := range f.Items {
		switch it := it.(type) {
		case frame.Rect:
			r.shape(it.Outline(), it.Paint, x)
		case frame.Circle:
			r.shape(it.Outline(), it.Paint, x)
		case frame.Path:
			r.shape(it.Segs, it.Paint, x)
		case frame.Line:
			// A line has no inside; a fill would cover nothing.
			p := it.Paint
			p.Fill = nil
			r.shape([]frame.Seg{
				{Op: frame.MoveTo, P: [3]frame.Point{{X: it.X1, Y: it.Y1}}},
				{Op: frame.LineTo, P: [3]frame.Point{{X: it.X2, Y: it.Y2}}},
			}, p, x)
		case frame.Text:
			r.text(it, x)
		case frame.Modules:
			r.modules(it, x)
		case frame.Group:
			r.frame(it.Frame, xform{dx: x.dx + it.X, dy: x.dy + it.Y, s: x.s})
		}
	}
}

func (r *renderer) shape(segs []frame.Seg, p frame.Paint, x xform) {
	if p.Fill == nil && p.Stroke == nil {
		return
	}
	r.path.reset()
	r.path.segs(segs, x)
	if p.Fill != nil {
		r.fill(&r.path, *p.Fill)
	}
	if p.Stroke != nil {
		// PDF draws a zero width as the thinnest line the device can
		// show: here, one pixel.
		w := p.Line * x.s
		if w <= 0 {
			w = 1
		}
		r.strk.reset()
		stroke(&r.strk, &r.path, w)
		r.fill(&r.strk, *p.Stroke)
	}
}

func (r *renderer) text(t frame.Text, x xform) {
	if t.Face == nil {
		return
	}
	em := frame.PtToMM(t.Size) * x.s
	// Skip runs wholly off the image; glyphs may reach past the face's
	// ascent and descent, so allow an em either way.
	b := t.Bounds()
	x0, x1 := (b.X+x.dx)*x.s-em, (b.X+b.W+x.dx)*x.s+em
	y0, y1 := (b.Y+x.dy)*x.s-em, (b.Y+b.H+x.dy)*x.s+em
	if x1 < 0 || y1 < 0 || x0 > float64(r.img.Rect.Dx()) || y0 > float64(r.img.Rect.Dy()) {
		return
	}
	cr, cg, cb := t.Color.RGB()
	pen := (t.X + x.dx) * x.s
	base := (t.Y + x.dy) * x.s
	for _, g := range t.Glyphs {
		m, at := r.glyph(t.Face, g.ID, em, pen, base)
		r.composite(m.pix, at, cr, cg, cb)
		pen += g.Advance * em
	}
}

// modules fills all dark modules as one shape, a rectangle per run.
func (r *renderer) modules(m frame.Modules, x xform) {
	r.path.reset()
	for _, b := range m.Runs() {
		r.path.moveTo(x.pt(frame.Point{X: b.X, Y: b.Y}))
		r.path.lineTo(x.pt(frame.Point{X: b.X + b.W, Y: b.Y}))
		r.path.lineTo(x.pt(frame.Point{X: b.X + b.W, Y: b.Y + b.H}))
		r.path.lineTo(x.pt(frame.Point{X: b.X, Y: b.Y + b.H}))
		r.path.closePath()
	}
	r.fill(&r.path, m.Color)
}

// fill paints c's contours, each closed, in col with the non-zero rule.
func (r *renderer) fill(c *contours, col frame.Color) {
	area := r.cover(c, r.img.Rect)
	if area.Empty() {
		return
	}
	red, green, blue := col.RGB()
	r.composite(r.mask.Pix, area, red, green, blue)
}

// cover rasterizes c's contours, each closed, into r.mask, which it makes
// the size of their pixel box within clip, and returns that box. The
// rasterizer covers only the box: most items are small, and clearing and
// blending a whole image's worth of coverage for each would cost more than
// drawing them.
func (r *renderer) cover(c *contours, clip image.Rectangle) image.Rectangle {
	if c.len() == 0 {
		return image.Rectangle{}
	}
	bx0, by0, bx1, by1 := c.box(0)
	area := image.Rect(int(math.Floor(bx0)), int(math.Floor(by0)), int(math.Ceil(bx1)), int(math.Ceil(by1))).Intersect(clip)
	if area.Empty() {
		return area
	}
	w, h := area.Dx(), area.Dy()
	r.z.Reset(w, h)
	ox, oy := float64(area.Min.X), float64(area.Min.Y)
	for i := range c.len() {
		pts, _ := c.contour(i)
		r.z.MoveTo(float32(pts[0].x-ox), float32(pts[0].y-oy))
		for _, p := range pts[1:] {
			r.z.LineTo(float32(p.x-ox), float32(p.y-oy))
		}
		r.z.ClosePath()
	}
	// An 8-bit mask exactly the rasterizer's size gets its coverage in
	// one vectorised pass; blending can then skip uncovered pixels and
	// copy fully covered ones.
	if cap(r.mask.Pix) < w*h {
		r.mask.Pix = make([]uint8, w*h)
	}
	r.mask.Pix, r.mask.Stride, r.mask.Rect = r.mask.Pix[:w*h], w, image.Rect(0, 0, w, h)
	r.z.DrawOp = draw.Src
	r.z.Draw(&r.mask, r.mask.Rect, image.Opaque, image.Point{})
	return area
}

// composite blends a colour into the image through mask, a coverage mask
// whose rows are at's width, placed at at; what falls off the image is
// dropped.
func (r *renderer) composite(mask []uint8, at image.Rectangle, cr, cg, cb uint8) {
	vis := at.Intersect(r.img.Rect)
	stride := at.Dx()
	for y := vis.Min.Y; y < vis.Max.Y; y++ {
		m := mask[(y-at.Min.Y)*stride+vis.Min.X-at.Min.X:][:vis.Dx()]
		row := r.img.Pix[r.img.PixOffset(vis.Min.X, y):][:4*len(m)]
		for x, a := range m {
			px := row[4*x : 4*x+3 : 4*x+3]
			switch a {
			case 0:
			case 0xff:
				px[0], px[1], px[2] = cr, cg, cb
			default:
				px[0] = blend(px[0], cr, a)
				px[1] = blend(px[1], cg, a)
				px[2] = blend(px[2], cb, a)
			}
		}
	}
}

// blend is src over dst at coverage a, all out of 255, rounded.
func blend(dst, src, a uint8) uint8 {
	return uint8((uint32(dst)*uint32(255-a) + uint32(src)*uint32(a) + 127) / 255)
}
