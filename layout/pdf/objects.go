package pdf

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"fmt"
	"io"
	"strconv"
	"sync"

	fastzlib "github.com/klauspost/compress/zlib"
)

// objects collects a file's indirect objects by number, then writes them
// with their cross-reference table.
type objects struct {
	bodies [][]byte // bodies[n-1] is object n
	// sums stand for the large bodies many files of a run share (font
	// subsets, the output profile) in the hash that names a file: hashing
	// a digest made once instead of the body keeps the name content-derived
	// at a fraction of the cost.
	sums map[int]*[md5.Size]byte
}

// addShared adds a body whose MD5 digest is sum.
func (o *objects) addShared(body []byte, sum *[md5.Size]byte) int {
	n := o.add(body)
	if o.sums == nil {
		o.sums = map[int]*[md5.Size]byte{}
	}
	o.sums[n] = sum
	return n
}

// digest is the MD5 of the objects, with shared bodies as their digests.
func (o *objects) digest() []byte {
	h := md5.New()
	for i, body := range o.bodies {
		if sum, ok := o.sums[i+1]; ok {
			h.Write(sum[:])
		} else {
			h.Write(body)
		}
	}
	return h.Sum(nil)
}

func (o *objects) alloc() int {
	o.bodies = append(o.bodies, nil)
	return len(o.bodies)
}

func (o *objects) set(n int, body []byte) { o.bodies[n-1] = body }

func (o *objects) add(body []byte) int {
	n := o.alloc()
	o.set(n, body)
	return n
}

// Compressors are large; reuse them. Page content, drawn anew for every
// card, is compressed at the fastest level of klauspost/compress, whose
// level 1 takes a fraction of the standard library's time for a few per
// cent more bytes; font subsets and the output profile, made once per run
// and copied into many files, at the standard library's best.
var (
	zpool     = sync.Pool{New: func() any { w, _ := fastzlib.NewWriterLevel(nil, fastzlib.BestSpeed); return w }}
	zpoolBest = sync.Pool{New: func() any { w, _ := zlib.NewWriterLevel(nil, zlib.BestCompression); return w }}
)

// compressor is what both zlib writers do.
type compressor interface {
	io.WriteCloser
	Reset(io.Writer)
}

// stream makes a Flate-compressed stream object body; extra goes into the
// dictionary.
func stream(data []byte, extra string) []byte { return compressed(&zpool, data, extra) }

// streamBest is stream at the best compression.
func streamBest(data []byte, extra string) []byte { return compressed(&zpoolBest, data, extra) }

func compressed(pool *sync.Pool, data []byte, extra string) []byte {
	z := bytes.NewBuffer(make([]byte, 0, len(data)/2+64))
	zw := pool.Get().(compressor)
	zw.Reset(z)
	zw.Write(data)
	zw.Close()
	pool.Put(zw)
	b := make([]byte, 0, z.Len()+80)
	b = fmt.Appendf(b, "<</Length %d/Filter/FlateDecode%s>>\nstream\n", z.Len(), extra)
	b = append(b, z.Bytes()...)
	return append(b, "\nendstream"...)
}

// writeTo writes header, objects, xref and trailer. The file ID is a hash
// of the objects, so equal documents get equal IDs.
func (o *objects) writeTo(w io.Writer, root, info int) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := &countingWriter{w: bw}
	cw.WriteString("%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(o.bodies))
	var num []byte
	for i, body := range o.bodies {
		offsets[i] = cw.n
		num = strconv.AppendInt(num[:0], int64(i+1), 10)
		cw.Write(num)
		cw.WriteString(" 0 obj\n")
		cw.Write(body)
		cw.WriteString("\nendobj\n")
	}
	xref := cw.n
	fmt.Fprintf(cw, "xref\n0 %d\n0000000000 65535 f \n", len(o.bodies)+1)
	for _, off := range offsets {
		fmt.Fprintf(cw, "%010d 00000 n \n", off)
	}
	id := fmt.Sprintf("%x", o.digest())
	fmt.Fprintf(cw, "trailer\n<</Size %d/Root %d 0 R/Info %d 0 R/ID[<%s><%s>]>>\nstartxref\n%d\n%%%%EOF\n",
		len(o.bodies)+1, root, info, id, id, xref)
	if cw.err != nil {
		return cw.err
	}
	return bw.Flush()
}

// countingWriter counts the bytes written and keeps the first error.
type countingWriter struct {
	w   *bufio.Writer
	n   int
	err error
}

func (c *countingWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += n
	c.err = err
	return n, err
}

func (c *countingWriter) WriteString(s string) {
	if c.err == nil {
		n, err := c.w.WriteString(s)
		c.n += n
		c.err = err
	}
}
