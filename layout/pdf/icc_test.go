package pdf

import (
	"encoding/binary"
	"testing"
)

// The profile's Lab→CMYK table (B2A0, lut16Type) keeps to FOGRA39's ink
// limits as ISO Coated v2 applies them: 330 % total, 95 % black. The
// grid's points, through the output curves, are what a shop's "convert to
// output intent" interpolates between, so no conversion through the
// profile exceeds the largest of them.
func TestProfileInkLimit(t *testing.T) {
	p := outputProfile
	n := int(binary.BigEndian.Uint32(p[128:]))
	var lut []byte
	for i := range n {
		e := p[132+12*i:]
		if string(e[:4]) == "B2A0" {
			off, size := binary.BigEndian.Uint32(e[4:]), binary.BigEndian.Uint32(e[8:])
			lut = p[off : off+size]
		}
	}
	if len(lut) < 52 || string(lut[:4]) != "mft2" {
		t.Fatalf("no lut16 B2A0 table")
	}
	in, out, grid := int(lut[8]), int(lut[9]), int(lut[10])
	inEntries, outEntries := int(binary.BigEndian.Uint16(lut[48:])), int(binary.BigEndian.Uint16(lut[50:]))
	if in != 3 || out != 4 {
		t.Fatalf("B2A0 maps %d channels to %d, want Lab to CMYK", in, out)
	}
	u16 := func(b []byte, i int) float64 { return float64(binary.BigEndian.Uint16(b[2*i:])) / 65535 }
	clut := lut[52+2*in*inEntries:]
	points := 1
	for range in {
		points *= grid
	}
	curves := clut[2*points*out:]
	// an output curve at v, linearly between its entries
	curve := func(ch int, v float64) float64 {
		x := v * float64(outEntries-1)
		i := min(int(x), outEntries-2)
		f := x - float64(i)
		return u16(curves, ch*outEntries+i)*(1-f) + u16(curves, ch*outEntries+i+1)*f
	}
	maxTotal, maxK := 0.0, 0.0
	for pt := range points {
		total := 0.0
		for ch := range out {
			v := curve(ch, u16(clut, pt*out+ch))
			total += v
			if ch == 3 {
				maxK = max(maxK, v)
			}
		}
		maxTotal = max(maxTotal, total)
	}
	if maxTotal*100 > 330.5 || maxK*100 > 95.5 {
		t.Errorf("the separation table reaches %.1f %% total ink and %.1f %% black; FOGRA39 allows 330 %% and 95 %%", maxTotal*100, maxK*100)
	}
	t.Logf("B2A0: at most %.1f %% total ink, %.1f %% black", maxTotal*100, maxK*100)
}
