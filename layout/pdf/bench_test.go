package pdf

import (
	"bytes"
	"io"
	"testing"
	"time"

	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/frame/frametest"
)

// BenchmarkWriteCard writes one service card's page as a PDF file, with
// the font subsets already cut, as every card after the first of a run.
func BenchmarkWriteCard(b *testing.B) {
	f, trim := frametest.Card(b)
	pages := []frame.Page{{Frame: f, Trim: trim, Bleed: frame.Box{W: f.W, H: f.H}}}
	pw := NewWriter()
	info := Info{Title: "card", Creator: "bench", Date: time.Unix(0, 0)}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := pw.Write(&buf, info, pages); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/pdf")
}

// BenchmarkCompressContent compresses one card's page content stream.
func BenchmarkCompressContent(b *testing.B) {
	f, _ := frametest.Card(b)
	res := newResources(&subsetCache{}, &formCache{})
	res.collect(f)
	res.objs, res.resObj = newObjects(io.Discard), 1
	if err := res.embedFonts(); err != nil {
		b.Fatal(err)
	}
	c := &content{res: res, h: f.H, opKnown: true}
	res.draw(c, f)
	b.SetBytes(int64(len(c.b)))
	var out []byte
	for b.Loop() {
		out = compressed(&zpool, c.b, "")
	}
	b.ReportMetric(float64(len(out))/float64(len(c.b)), "ratio")
}
