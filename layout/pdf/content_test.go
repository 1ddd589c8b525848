package pdf

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// appendNum formats in integer thousandths; it must write what
// strconv's shortest form of the rounded value writes.
func TestAppendNumAsStrconv(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	vs := []float64{0, -0.0004, 0.0005, -0.0005, 1, -1, 0.1, 283.465, 1e6 + 0.001, -1e9, 1e13, 123456789.123}
	for range 200000 {
		vs = append(vs, (r.Float64()-0.5)*math.Pow(10, float64(r.IntN(9))))
	}
	for _, v := range vs {
		want := math.Round(v*1000) / 1000
		if want == 0 {
			want = 0
		}
		if got := string(appendNum(nil, v)); got != strconv.FormatFloat(want, 'f', -1, 64) {
			t.Fatalf("appendNum(%v) = %s, strconv %s", v, got, strconv.FormatFloat(want, 'f', -1, 64))
		}
	}
}
