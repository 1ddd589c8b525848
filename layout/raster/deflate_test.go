package raster

import (
	"bytes"
	"compress/zlib"
	"io"
	"math/rand/v2"
	"testing"
)

// Whatever the bytes, zlib must give them back: runs to the left and
// above of every length around deflate's limits, noise with bytes from
// both halves of the literal code, and rows too far apart to refer to.
func TestZlibImageRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	noise := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		return b
	}
	flat := func(n int, v byte) []byte { return bytes.Repeat([]byte{v}, n) }
	// rows repeats a noisy row, so that only the row above matches.
	rows := func(row, n int) []byte {
		r := noise(row)
		return bytes.Repeat(r, n)
	}
	for _, tc := range []struct {
		name     string
		data     []byte
		row, bpp int
	}{
		{"empty", nil, 4, 3},
		{"one byte", []byte{200}, 1, 3},
		{"noise", noise(10000), 100, 3},
		{"flat", flat(100000, 0xff), 1000, 3},
		{"run of 258", append(noise(3), flat(258, 7)...), 261, 3},
		{"run of 259", append(noise(3), flat(259, 7)...), 262, 3},
		{"runs of every length", func() []byte {
			var b []byte
			for n := 1; n < 300; n++ {
				b = append(b, flat(n, byte(n))...)
			}
			return b
		}(), 997, 3},
		{"rows", rows(301, 50), 301, 3},
		{"rows at the window's edge", rows(32768, 3), 32768, 3},
		{"rows past the window", rows(32769, 3), 32769, 3},
		{"pixels of four", bytes.Repeat([]byte{1, 2, 3, 4}, 5000), 400, 4},
	} {
		z := zlibImage(nil, tc.data, tc.row, tc.bpp)
		r, err := zlib.NewReader(bytes.NewReader(z))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		got, err := io.ReadAll(r)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !bytes.Equal(got, tc.data) && len(got)+len(tc.data) > 0 {
			t.Errorf("%s: %d bytes in, %d different bytes out", tc.name, len(tc.data), len(got))
		}
	}
}

// Repeats must actually be found: flat colour and repeated rows shrink to
// a few percent (noise would grow by a sixteenth, eight and a half bits a
// byte).
func TestZlibImageCompresses(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	row := make([]byte, 3000)
	for i := range row {
		row[i] = byte(rng.UintN(256))
	}
	for _, tc := range []struct {
		name string
		data []byte
		row  int
	}{
		{"flat", bytes.Repeat([]byte{0xfd, 0xdd, 0x04}, 100000), 3000},
		{"repeated rows", bytes.Repeat(row, 100), 3000},
	} {
		if z := zlibImage(nil, tc.data, tc.row, 3); len(z) > len(tc.data)/25 {
			t.Errorf("%s: %d bytes compress to %d", tc.name, len(tc.data), len(z))
		}
	}
}

func TestDistCode(t *testing.T) {
	// Symbols, extra bits and first distances from RFC 1951, 3.2.5.
	for _, tc := range []struct {
		d, sym int
		extra  uint
		base   int
	}{
		{1, 0, 0, 1}, {4, 3, 0, 4}, {5, 4, 1, 5}, {6, 4, 1, 5}, {7, 5, 1, 7},
		{9, 6, 2, 9}, {16, 7, 2, 13}, {1255, 20, 9, 1025}, {1537, 21, 9, 1537},
		{24576, 28, 13, 16385}, {24577, 29, 13, 24577}, {32768, 29, 13, 24577},
	} {
		sym, extra, base := distCode(tc.d)
		if sym != tc.sym || extra != tc.extra || base != tc.base {
			t.Errorf("distCode(%d) = %d, %d, %d; want %d, %d, %d", tc.d, sym, extra, base, tc.sym, tc.extra, tc.base)
		}
	}
}
