package raster

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"io"
	"math"

	"github.com/fuwuka/fuwuka/layout/frame"
)

// MaxWholePixels is the largest picture, in pixels, drawn whole before it
// is encoded; a larger one is drawn and encoded a band of rows at a time.
// A whole picture takes some 12 bytes a pixel at its peak (the image, its
// scanlines, a coverage mask as large as the card), so a 210 mm card at
// 1200 dpi, 98 million pixels, took 1.2 GB; in bands it takes a few
// megabytes whatever its size.
const MaxWholePixels = 4096 * 4096

// bandRows is how many rows of a large picture are drawn at once.
const bandRows = 128

// WritePNG draws the part of f inside region at dpi, as Render does, and
// writes it to w as Encode does. Pictures up to MaxWholePixels are
// Render then Encode, byte for byte; larger ones are drawn in bands of
// rows and compressed as they come, by compress/zlib rather than
// Encode's own compressor, which needs the whole image.
func WritePNG(w io.Writer, f *frame.Frame, region frame.Box, dpi float64) error {
	return writePNG(w, f, region, dpi, MaxWholePixels)
}

func writePNG(w io.Writer, f *frame.Frame, region frame.Box, dpi float64, maxWhole int) error {
	s := dpi / 25.4
	width := int(math.Ceil(region.W*s - 1e-6))
	height := int(math.Ceil(region.H*s - 1e-6))
	if width <= 0 || height <= 0 || width*height <= maxWhole {
		return Encode(w, Render(f, region, dpi))
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("\x89PNG\r\n\x1a\n")
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits a sample, truecolour without alpha
	writeChunk(bw, "IHDR", ihdr[:])
	writeChunk(bw, "sRGB", []byte{0})
	idat := &idatWriter{w: bw}
	zw, err := zlib.NewWriterLevel(idat, zlib.BestSpeed)
	if err != nil {
		return err
	}
	line := make([]byte, 1+3*width) // filter type None, then RGB
	img := image.NewRGBA(image.Rect(0, 0, width, bandRows))
	for y0 := 0; y0 < height; y0 += bandRows {
		rows := min(bandRows, height-y0)
		// the band's image is reused: its pixels are all painted again
		band := frame.Box{X: region.X, Y: region.Y + float64(y0)/s, W: region.W, H: float64(rows) / s}
		img.Rect.Max.Y = rows
		img.Pix = img.Pix[:4*width*rows]
		renderInto(img, f, band, dpi)
		for y := range rows {
			pix := img.Pix[img.PixOffset(0, y):][:4*width]
			for x := range width {
				p, q := pix[4*x:4*x+4:4*x+4], line[1+3*x:4+3*x:4+3*x]
				paper := 0xff - p[3]
				q[0], q[1], q[2] = p[0]+paper, p[1]+paper, p[2]+paper
			}
			if _, err := zw.Write(line); err != nil {
				return err
			}
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := idat.flush(); err != nil {
		return err
	}
	writeChunk(bw, "IEND", nil)
	return bw.Flush()
}

// idatWriter cuts a compressed stream into IDAT chunks of up to 1 MiB.
type idatWriter struct {
	w   *bufio.Writer
	buf []byte
}

func (d *idatWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := min(len(p), 1<<20-len(d.buf))
		d.buf = append(d.buf, p[:k]...)
		p = p[k:]
		if len(d.buf) == 1<<20 {
			if err := d.flush(); err != nil {
				return 0, err
			}
		}
	}
	return n, nil
}

func (d *idatWriter) flush() error {
	if len(d.buf) == 0 {
		return nil
	}
	writeChunk(d.w, "IDAT", d.buf)
	d.buf = d.buf[:0]
	return nil
}

// writeChunk writes one PNG chunk: length, type, data and the CRC of type
// and data. Errors stay in w, for its Flush.
func writeChunk(w *bufio.Writer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	w.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(kind))
	crc.Write(data)
	w.WriteString(kind)
	w.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	w.Write(n[:])
}
