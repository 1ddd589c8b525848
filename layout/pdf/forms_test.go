package pdf

import (
	"bytes"
	"testing"
	"time"

	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/frame/frametest"
)

// A form taken from the Writer's cache gives the file the bytes it would
// have had drawn afresh: when an earlier file made it with the same
// subsets and names; when the file's subsets differ; and when the names
// come out otherwise (here a spot colour asked for before the form, which
// takes its name), in which case it is drawn.
func TestFormsFromCache(t *testing.T) {
	card, trim := frametest.Card(t)
	cut := frame.CutContour
	// the card with its die line, on a layer, after the shared artwork
	withCut := &frame.Frame{W: card.W, H: card.H, Items: append([]frame.Item(nil), card.Items...)}
	line := &frame.Frame{W: card.W, H: card.H}
	line.Add(frame.Rect{Box: trim.Inset(3), R: 4, Paint: frame.Paint{Stroke: &cut, Line: 0.25}})
	withCut.Add(frame.Group{Frame: line, Layer: "CutContour"})
	// the shared artwork using the spot colour itself, asked for by the
	// page first in one file, so that it is CS2 there and CS1 elsewhere
	shared := card.Items[0].(frame.Group)
	spotted := &frame.Frame{W: shared.Frame.W, H: shared.Frame.H, Items: append([]frame.Item(nil), shared.Frame.Items...)}
	spotted.Add(frame.Line{X1: 1, Y1: 1, X2: 9, Y2: 1, Paint: frame.Paint{Stroke: &cut, Line: 0.1}})
	spottedGroup := frame.Group{Frame: spotted, Key: "spotted"}
	first := &frame.Frame{W: card.W, H: card.H}
	first.Add(spottedGroup)
	other := frame.Registration
	second := &frame.Frame{W: card.W, H: card.H}
	second.Add(frame.Line{X1: 1, Y1: 2, X2: 9, Y2: 2, Paint: frame.Paint{Stroke: &other, Line: 0.1}}, spottedGroup)

	// the card with text of its own in glyphs the artwork lacks: other
	// subsets, and other glyph numbers in the artwork's text
	own := &frame.Frame{W: card.W, H: card.H}
	own.Add(frametest.Run(t, "鑫淼", false, 5, 60, 8, frame.Black))
	widened := &frame.Frame{W: card.W, H: card.H, Items: append(append([]frame.Item(nil), card.Items...), frame.Group{Frame: own})}

	pages := []*frame.Frame{card, withCut, card, widened, card, first, second, first}
	info := Info{Title: "t", Creator: "c", Date: time.Unix(1700000000, 0)}
	write := func(pw *Writer, f *frame.Frame) []byte {
		var b bytes.Buffer
		if err := pw.Write(&b, info, []frame.Page{{Frame: f, Trim: trim, Bleed: frame.Box{W: f.W, H: f.H}}}); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	shared1 := NewWriter()
	for i, f := range pages {
		if got, want := write(shared1, f), write(NewWriter(), f); !bytes.Equal(got, want) {
			t.Errorf("file %d differs from the same file written by a Writer of its own", i)
		}
	}
	if n := len(shared1.forms.m); n != 3 {
		t.Errorf("%d forms kept, want 3 (the card's artwork with two sets of subsets, the spotted one)", n)
	}
}
