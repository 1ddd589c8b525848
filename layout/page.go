package layout

// Slug is the margin around a card's bleed that holds marks and the slug
// line when a single card is printed with marks.
const Slug = 12.0

// PageOptions say what goes on a single-card page besides the artwork.
type PageOptions struct {
	CutContour bool    // add the die line
	Radius     float64 // of the die line's corners
	Marks      bool    // add a slug with crop and registration marks
	SlugText   string  // the job line printed in the slug
}

// CardPage is a page for one card: its art, the die line and, with marks,
// a slug around the bleed.
type CardPage struct {
	Frame *Frame
	Trim  Box
	Bleed Box
}

// NewCardPage places card art on a page of its own.
func NewCardPage(art *CardArt, o PageOptions) CardPage {
	margin := 0.0
	if o.Marks {
		margin = Slug
	}
	f := &Frame{W: art.Frame.W + 2*margin, H: art.Frame.H + 2*margin}
	f.Add(Group{X: margin, Y: margin, Frame: art.Frame})
	trim := Box{art.Trim.X + margin, art.Trim.Y + margin, art.Trim.W, art.Trim.H}
	bleed := Box{margin, margin, art.Frame.W, art.Frame.H}
	if o.CutContour {
		f.Add(DieLine(trim, o.Radius))
	}
	if o.Marks {
		f.Add(CropMarks(trim, trim.X-bleed.X)...)
		f.Add(RegistrationMark(f.W/2, margin/2)...)
		f.Add(RegistrationMark(f.W/2, f.H-margin/2)...)
		f.Add(RegistrationMark(margin/2, f.H/2)...)
		f.Add(RegistrationMark(f.W-margin/2, f.H/2)...)
		if o.SlugText != "" {
			f.Add(Text{X: trim.X, Y: f.H - 2, Size: 5, Color: Black, S: o.SlugText, Field: "slug"})
		}
	}
	return CardPage{Frame: f, Trim: trim, Bleed: bleed}
}
