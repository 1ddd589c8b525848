package pdf

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"fmt"
	"hash"
	"io"
	"strconv"
	"sync"

	fastzlib "github.com/klauspost/compress/zlib"
)

// objects writes a file's indirect objects as soon as each is final, in
// any order, and remembers only where each went: a file of many pages
// never holds more than the page being drawn. finish writes the
// cross-reference table and trailer.
type objects struct {
	w       *countingWriter
	offsets []int // offsets[n-1] is object n's; -1 while not written
	// h hashes the bodies in the order written, for the IDs that name a
	// file. The large bodies many files of a run share (font subsets, the
	// output profile) go in as a digest made once, which keeps the IDs
	// derived from content at a fraction of the cost.
	h hash.Hash
}

// The buffers of a file being written, reused from file to file: a card
// is drawn and written in a few hundred microseconds, and allocating (and
// clearing) them anew for each was a fifth of that.
var (
	bufioPool  = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 64<<10) }}
	bufferPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}
)

func newObjects(w io.Writer) *objects {
	bw := bufioPool.Get().(*bufio.Writer)
	bw.Reset(w)
	cw := &countingWriter{w: bw}
	cw.WriteString("%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
	return &objects{w: cw, h: md5.New()}
}

// alloc numbers an object whose body comes later, through set.
func (o *objects) alloc() int {
	o.offsets = append(o.offsets, -1)
	return len(o.offsets)
}

func (o *objects) set(n int, body []byte) { o.put(n, body, nil) }

func (o *objects) add(body []byte) int {
	n := o.alloc()
	o.put(n, body, nil)
	return n
}

// addShared adds a body whose MD5 digest is sum.
func (o *objects) addShared(body []byte, sum *[md5.Size]byte) int {
	n := o.alloc()
	o.put(n, body, sum)
	return n
}

func (o *objects) put(n int, body []byte, sum *[md5.Size]byte) {
	o.offsets[n-1] = o.w.n
	var num [24]byte
	o.w.Write(strconv.AppendInt(num[:0], int64(n), 10))
	o.w.WriteString(" 0 obj\n")
	o.w.Write(body)
	o.w.WriteString("\nendobj\n")
	if sum != nil {
		o.h.Write(sum[:])
	} else {
		o.h.Write(body)
	}
}

// addStream adds data as a stream object compressed at the fastest level,
// written straight into the file: the same bytes as add(compressed(&zpool,
// data, extra)) without the copy.
func (o *objects) addStream(data []byte, extra string) int {
	z := compress(&zpool, data)
	n := o.addCompressed(z.Bytes(), extra)
	bufferPool.Put(z)
	return n
}

// addCompressed adds a stream object of data already compressed.
func (o *objects) addCompressed(z []byte, extra string) int {
	n := o.alloc()
	var head [160]byte
	h := fmt.Appendf(head[:0], "<</Length %d/Filter/FlateDecode%s>>\nstream\n", len(z), extra)
	o.offsets[n-1] = o.w.n
	var num [24]byte
	o.w.Write(strconv.AppendInt(num[:0], int64(n), 10))
	o.w.WriteString(" 0 obj\n")
	for _, part := range [][]byte{h, z, []byte("\nendstream")} {
		o.w.Write(part)
		o.h.Write(part)
	}
	o.w.WriteString("\nendobj\n")
	return n
}

// digest is the MD5 of the bodies written so far.
func (o *objects) digest() []byte { return o.h.Sum(nil) }

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

// streamBest makes a stream object body compressed at the best level;
// extra goes into the dictionary.
func streamBest(data []byte, extra string) []byte { return compressed(&zpoolBest, data, extra) }

func compressed(pool *sync.Pool, data []byte, extra string) []byte {
	z := compress(pool, data)
	b := make([]byte, 0, z.Len()+80)
	b = fmt.Appendf(b, "<</Length %d/Filter/FlateDecode%s>>\nstream\n", z.Len(), extra)
	b = append(b, z.Bytes()...)
	bufferPool.Put(z)
	return append(b, "\nendstream"...)
}

// compress is data compressed by a writer of pool, in a buffer of
// bufferPool for the caller to put back.
func compress(pool *sync.Pool, data []byte) *bytes.Buffer {
	z := bufferPool.Get().(*bytes.Buffer)
	z.Reset()
	zw := pool.Get().(compressor)
	zw.Reset(z)
	zw.Write(data)
	zw.Close()
	pool.Put(zw)
	return z
}

// finish writes the cross-reference table and the trailer, whose file ID
// is the digest of every object.
func (o *objects) finish(root, info int) error {
	xref := o.w.n
	fmt.Fprintf(o.w, "xref\n0 %d\n0000000000 65535 f \n", len(o.offsets)+1)
	for _, off := range o.offsets {
		fmt.Fprintf(o.w, "%010d 00000 n \n", off)
	}
	id := fmt.Sprintf("%x", o.digest())
	fmt.Fprintf(o.w, "trailer\n<</Size %d/Root %d 0 R/Info %d 0 R/ID[<%s><%s>]>>\nstartxref\n%d\n%%%%EOF\n",
		len(o.offsets)+1, root, info, id, id, xref)
	if o.w.err != nil {
		return o.w.err
	}
	err := o.w.w.Flush()
	o.w.w.Reset(nil)
	bufioPool.Put(o.w.w)
	return err
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
