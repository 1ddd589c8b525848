package frame

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"math"
)

// Digest identifies a frame by its content: equal frames have equal
// digests, whatever their items' addresses.
func (f *Frame) Digest() string {
	d := digester{h: sha256.New()}
	d.frame(f)
	return hex.EncodeToString(d.h.Sum(nil)[:12])
}

type digester struct {
	h   hash.Hash
	buf []byte
}

func (d *digester) flush() {
	d.h.Write(d.buf)
	d.buf = d.buf[:0]
}

func (d *digester) tag(b byte) { d.buf = append(d.buf, b) }

func (d *digester) num(vs ...float64) {
	for _, v := range vs {
		d.buf = binary.LittleEndian.AppendUint64(d.buf, math.Float64bits(v))
	}
}

func (d *digester) str(s string) {
	d.buf = binary.LittleEndian.AppendUint32(d.buf, uint32(len(s)))
	d.buf = append(d.buf, s...)
}

func (d *digester) color(c Color) {
	d.num(c.C, c.M, c.Y, c.K)
	d.str(c.Spot)
}

func (d *digester) paint(p Paint) {
	d.num(p.Line)
	for _, c := range []*Color{p.Fill, p.Stroke} {
		if c == nil {
			d.tag(0)
			continue
		}
		d.tag(1)
		d.color(*c)
	}
}

func (d *digester) frame(f *Frame) {
	d.tag('F')
	d.num(f.W, f.H)
	d.buf = binary.LittleEndian.AppendUint32(d.buf, uint32(len(f.Items)))
	for _, it := range f.Items {
		switch it := it.(type) {
		case Rect:
			d.tag('R')
			d.num(it.X, it.Y, it.W, it.H, it.R)
			d.paint(it.Paint)
		case Line:
			d.tag('L')
			d.num(it.X1, it.Y1, it.X2, it.Y2)
			d.paint(it.Paint)
		case Circle:
			d.tag('C')
			d.num(it.X, it.Y, it.R)
			d.paint(it.Paint)
		case Path:
			d.tag('P')
			d.paint(it.Paint)
			d.buf = binary.LittleEndian.AppendUint32(d.buf, uint32(len(it.Segs)))
			for _, s := range it.Segs {
				d.tag(byte(s.Op))
				for _, p := range s.Points() {
					d.num(p.X, p.Y)
				}
			}
		case Text:
			d.tag('T')
			d.num(it.X, it.Y, it.Size)
			d.str(it.Face.ID) // what the face is: two files may share a name
			d.color(it.Color)
			d.buf = binary.LittleEndian.AppendUint32(d.buf, uint32(len(it.Glyphs)))
			for _, g := range it.Glyphs {
				d.buf = binary.LittleEndian.AppendUint16(d.buf, g.ID)
				d.buf = binary.LittleEndian.AppendUint32(d.buf, uint32(g.Char))
				d.num(g.Advance)
			}
		case Modules:
			d.tag('M')
			d.num(it.X, it.Y, it.Module)
			d.color(it.Color)
			g := it.Dark
			d.buf = binary.LittleEndian.AppendUint32(d.buf, uint32(g.Rows))
			for y := 0; y < g.Rows; y++ {
				var acc byte
				for i := 0; i < g.Cols; i++ {
					if g.At(i, y) {
						acc |= 1 << (i % 8)
					}
					if i%8 == 7 || i == g.Cols-1 {
						d.buf = append(d.buf, acc)
						acc = 0
					}
				}
			}
		case Group:
			d.tag('G')
			d.num(it.X, it.Y)
			d.str(it.Layer)
			d.str(it.Key)
			d.frame(it.Frame)
		}
		if len(d.buf) > 4096 {
			d.flush()
		}
	}
	d.flush()
}
