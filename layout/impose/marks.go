package impose

import "github.com/fuwuka/fuwuka/layout/frame"

// Hairline is the width of crop marks and die lines: 0.25 pt.
var Hairline = frame.PtToMM(0.25)

const (
	markLength = 5.0 // crop mark length, mm
	markGap    = 1.0 // crop marks start this far outside the bleed, mm
	targetR    = 2.5 // registration target radius, mm
)

// CropMarks returns the eight crop marks of one trim box: short hairlines
// on the extension of each trim edge, starting outside the bleed so that no
// mark is ever inside the finished piece or its bleed.
func CropMarks(trim frame.Box, bleed float64) []frame.Item {
	reg := frame.Registration
	p := frame.Paint{Stroke: &reg, Line: Hairline}
	off := bleed + markGap
	x0, y0, x1, y1 := trim.X, trim.Y, trim.X+trim.W, trim.Y+trim.H
	return []frame.Item{
		// horizontal marks, left and right of each horizontal trim edge
		segment(x0-off-markLength, y0, x0-off, y0, p),
		segment(x1+off, y0, x1+off+markLength, y0, p),
		segment(x0-off-markLength, y1, x0-off, y1, p),
		segment(x1+off, y1, x1+off+markLength, y1, p),
		// vertical marks, above and below each vertical trim edge
		segment(x0, y0-off-markLength, x0, y0-off, p),
		segment(x1, y0-off-markLength, x1, y0-off, p),
		segment(x0, y1+off, x0, y1+off+markLength, p),
		segment(x1, y1+off, x1, y1+off+markLength, p),
	}
}

// RegistrationMark is a target centred on (x, y): a circle and a cross in
// registration colour, which every plate prints, so the press can line the
// plates up.
func RegistrationMark(x, y float64) []frame.Item {
	reg := frame.Registration
	p := frame.Paint{Stroke: &reg, Line: Hairline}
	return []frame.Item{
		frame.Circle{X: x, Y: y, R: targetR * 0.6, Paint: p},
		segment(x-targetR, y, x+targetR, y, p),
		segment(x, y-targetR, x, y+targetR, p),
	}
}

// DieLine is the cut path of a sticker: the trim outline with rounded
// corners, stroked in the cut's separation on a layer of the same name.
func DieLine(trim frame.Box, radius float64, c Cut) frame.Group {
	col := c.Color()
	f := &frame.Frame{}
	f.Add(frame.Rect{Box: trim, R: radius, Paint: frame.Paint{Stroke: &col, Line: Hairline}})
	// the group's frame shares its parent's coordinates
	return frame.Group{Frame: f, Layer: c.SpotName()}
}

// segment is a line from (x1, y1) to (x2, y2).
func segment(x1, y1, x2, y2 float64, p frame.Paint) frame.Line {
	return frame.Line{X1: x1, Y1: y1, X2: x2, Y2: y2, Paint: p}
}

func box(x, y, w, h float64) frame.Box { return frame.Box{X: x, Y: y, W: w, H: h} }
