package pdf

import (
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"fmt"
	"io"
	"strconv"
	"sync"
)

// objects collects a file's indirect objects by number, then writes them
// with their cross-reference table.
type objects struct {
	bodies [][]byte // bodies[n-1] is object n
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

// Compressors are large; reuse them. Page content uses the default level;
// font subsets, made once per run and copied into many files, the best.
var (
	zpool     = sync.Pool{New: func() any { w, _ := zlib.NewWriterLevel(nil, zlib.DefaultCompression); return w }}
	zpoolBest = sync.Pool{New: func() any { w, _ := zlib.NewWriterLevel(nil, zlib.BestCompression); return w }}
)

// stream makes a Flate-compressed stream object body; extra goes into the
// dictionary.
func stream(data []byte, extra string) []byte { return compressed(&zpool, data, extra) }

// streamBest is stream at the best compression.
func streamBest(data []byte, extra string) []byte { return compressed(&zpoolBest, data, extra) }

func compressed(pool *sync.Pool, data []byte, extra string) []byte {
	var z bytes.Buffer
	zw := pool.Get().(*zlib.Writer)
	zw.Reset(&z)
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
	var buf bytes.Buffer
	buf.WriteString("%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(o.bodies))
	h := md5.New()
	for i, body := range o.bodies {
		offsets[i] = buf.Len()
		buf.WriteString(strconv.Itoa(i + 1))
		buf.WriteString(" 0 obj\n")
		buf.Write(body)
		buf.WriteString("\nendobj\n")
		h.Write(body)
	}
	xref := buf.Len()
	fmt.Fprintf(&buf, "xref\n0 %d\n0000000000 65535 f \n", len(o.bodies)+1)
	for _, off := range offsets {
		fmt.Fprintf(&buf, "%010d 00000 n \n", off)
	}
	id := fmt.Sprintf("%x", h.Sum(nil))
	fmt.Fprintf(&buf, "trailer\n<</Size %d/Root %d 0 R/Info %d 0 R/ID[<%s><%s>]>>\nstartxref\n%d\n%%%%EOF\n",
		len(o.bodies)+1, root, info, id, id, xref)
	_, err := w.Write(buf.Bytes())
	return err
}
