package raster

import (
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/draw"
	"io"
	"slices"
	"sync"
)

// Encode writes img as an 8-bit RGB PNG tagged sRGB. The same image always
// gives the same bytes: nothing depends on a clock or on memory layout.
// Transparent pixels are shown over white paper, as everything Render
// draws is.
//
// The sRGB chunk says what the numbers mean, which is what
// frame.Color.RGB gives; browsers take an untagged PNG for sRGB too, but a
// colour-managed viewer need not guess. There are no gAMA and cHRM
// fallbacks: decoders that do not read sRGB assume it anyway.
//
// image/png is not used: it tries five row filters on every row and keeps
// the best, then compresses with compress/flate, and even at its fastest
// level took over twice as long as drawing the card. Rows are stored
// unfiltered (on cards no filter made the file smaller) and compressed by
// zlibImage, which looks for repeats only where a drawing has them.
func Encode(w io.Writer, img image.Image) error {
	rgba, ok := img.(*image.RGBA)
	if !ok {
		b := img.Bounds()
		rgba = image.NewRGBA(b)
		draw.Draw(rgba, b, img, b.Min, draw.Src)
	}
	width, height := rgba.Rect.Dx(), rgba.Rect.Dy()
	if width == 0 || height == 0 {
		// PNG has no empty images: a pixel of paper.
		width, height = 1, 1
		rgba = image.NewRGBA(image.Rect(0, 0, 1, 1))
	}

	buf := bufs.Get().(*pngBuffers)
	defer bufs.Put(buf)
	row := 1 + 3*width
	raw := slices.Grow(buf.raw[:0], row*height)[:row*height]
	for y := range height {
		line := raw[y*row : (y+1)*row]
		line[0] = 0 // filter type None
		rgb := line[1:]
		pix := rgba.Pix[rgba.PixOffset(rgba.Rect.Min.X, rgba.Rect.Min.Y+y):][:4*width]
		for x := range width {
			p, q := pix[4*x:4*x+4:4*x+4], rgb[3*x:3*x+3:3*x+3]
			// RGBA is alpha-premultiplied: over white paper, each
			// channel gains what the alpha lacks. Opaque pixels keep
			// their value.
			paper := 0xff - p[3]
			q[0], q[1], q[2] = p[0]+paper, p[1]+paper, p[2]+paper
		}
	}
	buf.raw = raw
	buf.z = zlibImage(buf.z[:0], raw, row, 3)

	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits a sample, truecolour without alpha
	out := append(buf.out[:0], "\x89PNG\r\n\x1a\n"...)
	out = chunk(out, "IHDR", ihdr[:])
	out = chunk(out, "sRGB", []byte{0}) // perceptual rendering intent
	// A chunk holds at most 2³¹-1 bytes; split the stream well below that.
	for z := buf.z; len(z) > 0; {
		n := min(len(z), 1<<20)
		out = chunk(out, "IDAT", z[:n])
		z = z[n:]
	}
	out = chunk(out, "IEND", nil)
	buf.out = out
	_, err := w.Write(out)
	return err
}

// pngBuffers are the scanlines, their compressed stream and the file,
// kept from one image to the next rather than allocated for each: a
// card's scanlines alone are a few hundred kilobytes.
type pngBuffers struct{ raw, z, out []byte }

var bufs = sync.Pool{New: func() any { return new(pngBuffers) }}

// chunk appends one PNG chunk: length, type, data and the CRC of type and
// data.
func chunk(out []byte, kind string, data []byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(data)))
	start := len(out)
	out = append(out, kind...)
	out = append(out, data...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[start:]))
}
