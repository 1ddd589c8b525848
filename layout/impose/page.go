package impose

import (
	"strings"

	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout"
	"github.com/fuwuka/fuwuka/layout/frame"
)

// Slug is the margin around a card's bleed that holds marks and the slug
// line when a single card is printed with marks.
const Slug = 12.0

// cardSlugSize is the point size of a single card's slug line.
const cardSlugSize = 5.0

// PageOptions say what goes on a single-card page besides the artwork.
type PageOptions struct {
	CutContour bool    // add the die line
	Cut        Cut     // how it cuts, and the spot colour it is stroked in
	Radius     float64 // of the die line's corners
	Marks      bool    // add a slug with crop and registration marks
	SlugText   string  // the job line printed in the slug
	Fonts      *fonts.Set
}

// CardPage places finished card art (trim plus bleed; trim is where the
// trim is in it) on a page of its own, with the die line and, with marks,
// a slug around the bleed.
func CardPage(art *frame.Frame, trim frame.Box, o PageOptions) frame.Page {
	margin := 0.0
	if o.Marks {
		margin = Slug
	}
	f := &frame.Frame{W: art.W + 2*margin, H: art.H + 2*margin}
	f.Add(frame.Group{X: margin, Y: margin, Frame: art})
	trim = frame.Box{X: trim.X + margin, Y: trim.Y + margin, W: trim.W, H: trim.H}
	bleed := frame.Box{X: margin, Y: margin, W: art.W, H: art.H}
	if o.CutContour {
		f.Add(DieLine(trim, o.Radius, o.Cut))
	}
	if o.Marks {
		f.Add(CropMarks(trim, trim.X-bleed.X)...)
		f.Add(RegistrationMark(f.W/2, margin/2)...)
		f.Add(RegistrationMark(f.W/2, f.H-margin/2)...)
		f.Add(RegistrationMark(margin/2, f.H/2)...)
		f.Add(RegistrationMark(f.W-margin/2, f.H/2)...)
		if s := drawable(o.SlugText, o.Fonts); s != "" {
			st := layout.Setter{Fonts: o.Fonts}
			f.Add(st.Set(s, cardSlugSize, false, frame.Black).At(trim.X, f.H-2)...)
		}
	}
	return frame.Page{Frame: f, Trim: trim, Bleed: bleed}
}

// drawable is a slug's text with '?' for each character no font draws,
// or only a damaged one: an address or a file name must not stop the job.
func drawable(s string, set *fonts.Set) string {
	for _, r := range set.Missing(s, false) {
		s = strings.ReplaceAll(s, string(r), "?")
	}
	for _, g := range set.Broken(s, false) {
		s = strings.ReplaceAll(s, string(g.Rune), "?")
	}
	return s
}
