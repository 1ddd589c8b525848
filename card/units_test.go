package card

import (
	"math"
	"testing"
)

func TestParseLength(t *testing.T) {
	tests := []struct {
		in string
		mm float64
	}{
		{"100mm", 100},
		{"3 mm", 3},
		{" 0mm ", 0},
		{"10cm", 100},
		{"4in", 101.6},
		{"283.46pt", 99.998},
		{"2.5MM", 2.5},
		{".5cm", 5},
		{"-1mm", -1}, // ranges are the caller's business
	}
	for _, tt := range tests {
		got, err := ParseLength(tt.in)
		if err != nil {
			t.Errorf("ParseLength(%q): %v", tt.in, err)
			continue
		}
		if math.Abs(got-tt.mm) > 0.001 {
			t.Errorf("ParseLength(%q) = %v, want %v", tt.in, got, tt.mm)
		}
	}
}

func TestParseLengthRefuses(t *testing.T) {
	tests := []struct{ in, err string }{
		{"100", `"100" has no unit (add one: mm, cm, in or pt, e.g. 100mm)`},
		{"10px", `"10px" has an unknown unit "px" (use mm, cm, in or pt)`},
		{"mm", `"mm" is not a length (write a number and a unit, e.g. 100mm, 10cm, 4in or 283.46pt)`},
		{"1e3mm", `"1e3mm" is not a length (write a number and a unit, e.g. 100mm, 10cm, 4in or 283.46pt)`},
		{"NaNmm", `"NaNmm" is not a length (write a number and a unit, e.g. 100mm, 10cm, 4in or 283.46pt)`},
		{"", `"" is not a length (write a number and a unit, e.g. 100mm, 10cm, 4in or 283.46pt)`},
		{"10 cm 2", `"10 cm 2" is not a length (write a number and a unit, e.g. 100mm, 10cm, 4in or 283.46pt)`},
	}
	for _, tt := range tests {
		got, err := ParseLength(tt.in)
		if err == nil {
			t.Errorf("ParseLength(%q) = %v, want an error", tt.in, got)
			continue
		}
		if err.Error() != tt.err {
			t.Errorf("ParseLength(%q) error:\n got %s\nwant %s", tt.in, err, tt.err)
		}
	}
}
