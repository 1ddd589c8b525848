package qr

import (
	"math/rand/v2"
	"testing"
)

// The packed penalty must agree with the module-by-module one on any
// grid, not only on the symbols the other tests happen to draw.
func TestPackedPenalty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		n := 21 + 4*r.IntN(9)
		g := make([]byte, n*n)
		dense := r.IntN(8) + 1
		for j := range g {
			if r.IntN(dense) == 0 {
				g[j] = 1
			}
		}
		if i%3 == 0 { // plant finder-like patterns, back to back
			y := r.IntN(n)
			for x, v := range "0000101110100001011101" {
				if x < n {
					g[y*n+x] = byte(v - '0')
				}
			}
		}
		if got, want := packedPenalty(g, n), penalty(g, n); got != want {
			t.Fatalf("grid %d (%d modules a side): packed penalty %d, module by module %d", i, n, got, want)
		}
	}
}
