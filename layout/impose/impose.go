package impose

import (
	"math"

	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/msg"
)

// Room around the grid of cards on a press sheet. Nothing is printed in
// the margin (the press's gripper holds the sheet there); inside it, the
// grid keeps clear, on every side, a band for the crop marks and the
// registration targets, and below that band one line of slug text:
//
//	margin | markBand: 1 mm clear, 5 mm crop marks; targets fill it | bleed | trim ...
//	       | slugBand (bottom only): markBand, slugGap, one 6 pt line
const (
	// SlugSize is the point size of a sheet's slug line.
	SlugSize = 6.0
	markBand = markGap + markLength
	slugGap  = 0.6
	// targetClear keeps a registration target this far from crop marks.
	targetClear = 0.5
)

// slugBand is the room the crop marks and the slug line take below the grid.
var slugBand = markBand + slugGap + frame.PtToMM(SlugSize)

// DefaultGap is the gap between cards' bleed edges, in mm, unless a
// narrower one puts more cards on the sheet (Press.AutoGap).
const DefaultGap = 6.0

// Press says how cards go on press sheets.
type Press struct {
	Paper       Paper
	Orientation Orientation
	Margin      float64 // unprinted border along every edge, for the gripper
	Gap         float64 // between the bleed edges of neighbouring cards
	// AutoGap makes Gap the widest gap: a narrower one, down to none
	// (bleeds touching), is taken when it lets more cards on the sheet,
	// as wide as those cards leave room for.
	AutoGap bool
	// Marks adds crop marks, registration targets and a slug line, and
	// keeps room for them around the grid.
	Marks bool
}

// Grid is where the cards sit on every sheet of a job: Cols × Rows slots,
// numbered row by row from the top left.
type Grid struct {
	Press
	Landscape    bool
	W, H         float64 // the sheet as it lies
	Cols, Rows   int
	CardW, CardH float64 // a card's art: trim plus bleed on each side
	Bleed        float64
	X, Y         float64 // top-left corner of the first slot's art
}

// PerSheet is the number of slots on a sheet.
func (g Grid) PerSheet() int { return g.Cols * g.Rows }

// String describes the grid the way a print shop says it, e.g. "A3
// portrait, 2×3 = 6 per sheet".
func (g Grid) String() string { return g.Text().String() }

// Text is String as a message.
func (g Grid) Text() msg.Text {
	if g.Landscape {
		return msg.F("%s landscape, %d×%d = %d per sheet", g.Paper.Name, g.Cols, g.Rows, g.PerSheet())
	}
	return msg.F("%s portrait, %d×%d = %d per sheet", g.Paper.Name, g.Cols, g.Rows, g.PerSheet())
}

// Orientation is "portrait" or "landscape".
func (g Grid) Orientation() string {
	if g.Landscape {
		return "landscape"
	}
	return "portrait"
}

// Slot is the box of position p's art on the sheet.
func (g Grid) Slot(p int) frame.Box {
	col, row := p%g.Cols, p/g.Cols
	return box(g.X+float64(col)*(g.CardW+g.Gap), g.Y+float64(row)*(g.CardH+g.Gap), g.CardW, g.CardH)
}

// Area is the box all the slots cover, from the first bleed edge to the last.
func (g Grid) Area() frame.Box {
	return box(g.X, g.Y, float64(g.Cols)*(g.CardW+g.Gap)-g.Gap, float64(g.Rows)*(g.CardH+g.Gap)-g.Gap)
}

// Printable is the sheet inside its margins: the TrimBox and BleedBox of a
// sheet page, since the sheet is trimmed to its cards only after printing.
func (g Grid) Printable() frame.Box {
	return box(g.Margin, g.Margin, g.W-2*g.Margin, g.H-2*g.Margin)
}

// NoFitError says that not a single card fits the paper.
type NoFitError struct {
	Press   Press
	Card    float64 // trim side
	Bleed   float64
	Largest float64 // largest trim side that fits; 0 or less: none
}

func (e *NoFitError) Error() string { return e.In(msg.EN) }

// In is the error in language l.
func (e *NoFitError) In(l msg.Lang) string {
	room := msg.F("%g mm margins", e.Press.Margin)
	if e.Press.Marks {
		room = msg.F("%g mm margins and room for marks", e.Press.Margin)
	}
	what := msg.F("a %g mm card with %g mm bleed does not fit on %s with %s", e.Card, e.Bleed, e.Press.Paper.Name, room)
	if e.Largest <= 0 {
		return msg.F("%s; the margins leave no room for any card", what).In(l)
	}
	return msg.F("%s; the largest card %s takes is %.1f mm", what, e.Press.Paper.Name, math.Floor(e.Largest*10)/10).In(l)
}

// FitGrid finds how many cards of the given art size (trim plus bleed)
// fit on a sheet, turning the paper unless the orientation is forced. It
// returns a *NoFitError when none fits.
func FitGrid(p Press, cardW, cardH, bleed float64) (Grid, error) {
	var turns []bool
	switch p.Orientation {
	case Portrait:
		turns = []bool{false}
	case Landscape:
		turns = []bool{true}
	default:
		turns = []bool{false, true}
	}
	var best Grid
	largest := math.Inf(-1)
	for _, landscape := range turns {
		g := Grid{Press: p, Landscape: landscape, W: p.Paper.W, H: p.Paper.H, CardW: cardW, CardH: cardH, Bleed: bleed}
		if landscape {
			g.W, g.H = g.H, g.W
		}
		room := g.room()
		g.Cols, g.Rows = fitCount(room.W, cardW, p.Gap), fitCount(room.H, cardH, p.Gap)
		if p.AutoGap {
			cols, rows := fitCount(room.W, cardW, 0), fitCount(room.H, cardH, 0)
			if cols*rows > g.PerSheet() {
				g.Cols, g.Rows = cols, rows
				g.Gap = min(p.Gap, spare(room.W, cardW, cols), spare(room.H, cardH, rows))
			}
		}
		largest = max(largest, min(room.W, room.H)-2*bleed)
		// as many either way: the wider gap, else portrait
		if g.PerSheet() > best.PerSheet() || g.PerSheet() == best.PerSheet() && g.Gap > best.Gap {
			best = g
		}
	}
	if best.PerSheet() == 0 {
		return Grid{}, &NoFitError{Press: p, Card: cardW - 2*bleed, Bleed: bleed, Largest: largest}
	}
	// centred across; down, centred in what the slug line leaves
	room, area := best.room(), best.Area()
	best.X = room.X + (room.W-area.W)/2
	best.Y = room.Y + (room.H-area.H)/2
	return best, nil
}

// room is where the grid may go: inside the margins, clear of marks.
func (g Grid) room() frame.Box {
	b := g.Printable()
	if g.Marks {
		b.X, b.Y = b.X+markBand, b.Y+markBand
		b.W -= 2 * markBand
		b.H -= markBand + slugBand
	}
	return b
}

// spare is the widest gap n items of size l leave between them in length
// room; unbounded for one item.
func spare(room, l float64, n int) float64 {
	if n < 2 {
		return math.Inf(1)
	}
	return math.Floor((room-float64(n)*l)/float64(n-1)*100) / 100
}

// fitCount is how many items of size n with gaps between fit in length l.
func fitCount(l, n, gap float64) int {
	if l < n {
		return 0
	}
	return int(math.Floor((l+gap)/(n+gap) + 1e-9))
}

// SheetCard is one slot's card: finished art (trim plus bleed) and where
// its trim is in it. A nil Art leaves the slot empty.
type SheetCard struct {
	Art  *frame.Frame
	Trim frame.Box
	// Key marks the art as shared: every copy of one household's card
	// then refers to a single drawing.
	Key string
}

// SheetOptions say what goes on a sheet besides the cards.
type SheetOptions struct {
	CutContour bool    // add each card's die line
	Cut        Cut     // how it cuts, and the spot colour it is stroked in
	Radius     float64 // of the die lines' corners
	Slug       string  // the job line, printed when the grid has marks
	Fonts      *fonts.Set
}

// Sheet places finished card art in the slots, in slot order, and adds die
// lines and marks. Crop marks go only outside the grid, at each cut line's
// extension, so that none runs into a neighbour's artwork.
func (g Grid) Sheet(cards []SheetCard, o SheetOptions) frame.Page {
	f := &frame.Frame{W: g.W, H: g.H}
	cut := frame.Group{Frame: &frame.Frame{}}
	for p, c := range cards[:min(len(cards), g.PerSheet())] {
		if c.Art == nil {
			continue
		}
		s := g.Slot(p)
		f.Add(frame.Group{X: s.X, Y: s.Y, Frame: c.Art, Key: c.Key})
		trim := c.Trim
		d := DieLine(box(s.X+trim.X, s.Y+trim.Y, trim.W, trim.H), o.Radius, o.Cut)
		cut.Layer = d.Layer
		cut.Frame.Add(d.Frame.Items...)
	}
	if o.CutContour && len(cut.Frame.Items) > 0 {
		f.Add(cut)
	}
	if g.Marks {
		f.Add(g.cropMarks()...)
		f.Add(g.targets()...)
		if o.Slug != "" {
			f.Add(g.slug(o.Slug, o.Fonts)...)
		}
	}
	in := g.Printable()
	return frame.Page{Frame: f, Trim: in, Bleed: in}
}

// cropMarks are the marks of every slot, filled or not (the guillotine
// cuts the whole grid), that lie outside the grid; a mark two slots share
// is drawn once.
func (g Grid) cropMarks() []frame.Item {
	area := g.Area()
	var out []frame.Item
	seen := map[[4]int64]bool{}
	for p := range g.PerSheet() {
		for _, m := range CropMarks(g.Slot(p).Inset(g.Bleed), g.Bleed) {
			l := m.(frame.Line)
			if area.Overlaps(l.Bounds()) {
				continue
			}
			if key := lineKey(l); !seen[key] {
				seen[key] = true
				out = append(out, l)
			}
		}
	}
	return out
}

// lineKey is a line's ends to a ten-thousandth of a millimetre.
func lineKey(l frame.Line) [4]int64 {
	r := func(v float64) int64 { return int64(math.Round(v * 1e4)) }
	return [4]int64{r(l.X1), r(l.Y1), r(l.X2), r(l.Y2)}
}

// targets are four registration targets in the mark band, at the middle of
// each edge of the grid, or half a slot aside when a cut line passes there.
func (g Grid) targets() []frame.Item {
	area := g.Area()
	var xs, ys []float64
	for c := range g.Cols {
		s := g.Slot(c)
		xs = append(xs, s.X+g.Bleed, s.X+s.W-g.Bleed)
	}
	for r := range g.Rows {
		s := g.Slot(r * g.Cols)
		ys = append(ys, s.Y+g.Bleed, s.Y+s.H-g.Bleed)
	}
	cx := clearOf(area.X+area.W/2, (g.CardW+g.Gap)/2, xs)
	cy := clearOf(area.Y+area.H/2, (g.CardH+g.Gap)/2, ys)
	d := markGap + markLength/2
	var out []frame.Item
	out = append(out, RegistrationMark(cx, area.Y-d)...)
	out = append(out, RegistrationMark(cx, area.Y+area.H+d)...)
	out = append(out, RegistrationMark(area.X-d, cy)...)
	out = append(out, RegistrationMark(area.X+area.W+d, cy)...)
	return out
}

// clearOf returns c, or c moved by step, whichever is further than a
// target's reach from every cut line.
func clearOf(c, step float64, cuts []float64) float64 {
	for _, x := range []float64{c, c - step} {
		ok := true
		for _, cut := range cuts {
			ok = ok && math.Abs(cut-x) >= targetR+targetClear
		}
		if ok {
			return x
		}
	}
	return c
}

// slug sets the job line below the crop marks, from the grid's left edge,
// shortened with an ellipsis to the printable width.
func (g Grid) slug(s string, set *fonts.Set) []frame.Item {
	s = drawable(s, set)
	area, in := g.Area(), g.Printable()
	x := area.X
	avail := in.X + in.W - x
	st := layout.Setter{Fonts: set}
	if st.Width(s, SlugSize, false) > avail {
		rs := []rune(s)
		for len(rs) > 0 && st.Width(string(rs)+"…", SlugSize, false) > avail {
			rs = rs[:len(rs)-1]
		}
		s = string(rs) + "…"
	}
	y := area.Y + area.H + markBand + slugGap + st.Ascent(SlugSize, false)
	return st.Set(s, SlugSize, false, frame.Black).At(x, y)
}
