package frame

// Color is a process colour (C, M, Y, K each 0..1) or, when Spot is set, a
// separation of that name at full tint whose alternate is the CMYK value.
type Color struct {
	C, M, Y, K float64
	Spot       string
}

// CMYK makes a process colour from percentages.
func CMYK(c, m, y, k float64) Color { return Color{C: c / 100, M: m / 100, Y: y / 100, K: k / 100} }

// Common colours. Black is 100 % K only, so small text and QR modules stay
// sharp when the plates do not quite register.
var (
	Black = CMYK(0, 0, 0, 100)
	White = CMYK(0, 0, 0, 0)
	// Registration prints on every process plate; crop marks and targets
	// use it. It is process black rather than the separation All, which
	// would also image on the die line's spot plate, where a cutter's RIP
	// would take every mark for a cut.
	Registration = Color{C: 1, M: 1, Y: 1, K: 1}
	// CutContour is the die line print-and-cut machines look for by name.
	CutContour = Color{M: 1, Spot: "CutContour"}
)

// RGB is the sRGB colour a screen shows for c, a spot by its CMYK
// alternate: the PNG and SVG writers use it so that their pictures look
// like the PDF does in a viewer. It interpolates multilinearly between how
// poppler shows the 16 corners of the CMYK cube (rgbCorners). Poppler
// converts DeviceCMYK without colour management, even when the file names
// an ICC output intent (scripts/cmyk-corners.sh --intent shows it), and
// over 200 colours tried the interpolation was never more than one level
// off in any channel (color_test.go). A colour-managed viewer differs.
func (c Color) RGB() (r, g, b uint8) {
	// Collapse the cube one ink at a time: K, then Y, M and C, each step
	// halving the corners left by a linear blend along that axis.
	var v [16][3]float64
	for i, rgb := range rgbCorners {
		v[i] = [3]float64{float64(rgb[0]), float64(rgb[1]), float64(rgb[2])}
	}
	n := 16
	for _, t := range [4]float64{c.K, c.Y, c.M, c.C} {
		t = min(max(t, 0), 1)
		n /= 2
		for i := range n {
			for ch := range 3 {
				v[i][ch] = v[2*i][ch]*(1-t) + v[2*i+1][ch]*t
			}
		}
	}
	round := func(x float64) uint8 { return uint8(min(max(x+0.5, 0), 255)) }
	return round(v[0][0]), round(v[0][1]), round(v[0][2])
}

// rgbCorners is how pdftoppm 22.12.0 shows each corner of the CMYK cube,
// measured by scripts/cmyk-corners.sh; index bits are C 8, M 4, Y 2, K 1.
var rgbCorners = [16][3]uint8{
	{255, 255, 255}, // C0 M0 Y0 K0
	{35, 31, 32},    // C0 M0 Y0 K1
	{255, 242, 0},   // C0 M0 Y1 K0
	{28, 26, 0},     // C0 M0 Y1 K1
	{236, 0, 140},   // C0 M1 Y0 K0
	{36, 0, 0},      // C0 M1 Y0 K1
	{237, 28, 36},   // C0 M1 Y1 K0
	{34, 0, 0},      // C0 M1 Y1 K1
	{0, 173, 239},   // C1 M0 Y0 K0
	{0, 15, 36},     // C1 M0 Y0 K1
	{0, 166, 80},    // C1 M0 Y1 K0
	{0, 19, 0},      // C1 M0 Y1 K1
	{46, 49, 146},   // C1 M1 Y0 K0
	{0, 0, 2},       // C1 M1 Y0 K1
	{54, 54, 57},    // C1 M1 Y1 K0
	{0, 0, 0},       // C1 M1 Y1 K1
}
