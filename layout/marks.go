package layout

// Hairline is the width of crop marks and die lines: 0.25 pt.
var Hairline = PtToMM(0.25)

const (
	markLength = 5.0 // crop mark length, mm
	markGap    = 1.0 // crop marks start this far outside the bleed, mm
	targetR    = 2.5 // registration target radius, mm
)

// CropMarks returns the eight crop marks of one trim box: short hairlines
// on the extension of each trim edge, starting outside the bleed so that no
// mark is ever inside the finished piece or its bleed.
func CropMarks(trim Box, bleed float64) []Item {
	reg := Registration
	p := Paint{Stroke: &reg, Line: Hairline}
	off := bleed + markGap
	x0, y0, x1, y1 := trim.X, trim.Y, trim.X+trim.W, trim.Y+trim.H
	return []Item{
		// horizontal marks, left and right of each horizontal trim edge
		Line{x0 - off - markLength, y0, x0 - off, y0, p},
		Line{x1 + off, y0, x1 + off + markLength, y0, p},
		Line{x0 - off - markLength, y1, x0 - off, y1, p},
		Line{x1 + off, y1, x1 + off + markLength, y1, p},
		// vertical marks, above and below each vertical trim edge
		Line{x0, y0 - off - markLength, x0, y0 - off, p},
		Line{x1, y0 - off - markLength, x1, y0 - off, p},
		Line{x0, y1 + off, x0, y1 + off + markLength, p},
		Line{x1, y1 + off, x1, y1 + off + markLength, p},
	}
}

// RegistrationMark is a target centred on (x, y): a circle and a cross in
// registration colour, which every plate prints, so the press can line the
// plates up.
func RegistrationMark(x, y float64) []Item {
	reg := Registration
	p := Paint{Stroke: &reg, Line: Hairline}
	return []Item{
		Circle{X: x, Y: y, R: targetR * 0.6, Paint: p},
		Line{x - targetR, y, x + targetR, y, p},
		Line{x, y - targetR, x, y + targetR, p},
	}
}

// DieLine is the cut path of a sticker: the trim outline with rounded
// corners, stroked in the CutContour separation on a layer of that name.
func DieLine(trim Box, radius float64) Group {
	cut := CutContour
	f := &Frame{}
	f.Add(Rect{Box: trim, R: radius, Paint: Paint{Stroke: &cut, Line: Hairline}})
	// the group's frame shares its parent's coordinates
	return Group{Frame: f, Layer: "CutContour"}
}
