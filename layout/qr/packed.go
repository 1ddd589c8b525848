package qr

import "math/bits"

// packedPenalty is penalty for symbols up to 53 modules a side (version 9,
// a few hundred bytes), on rows and columns packed into 64-bit words: bit
// x+10 of a row is its module x, ten light modules to its left standing
// for the window go-qrcode starts with. Lines where a finder-like pattern
// may occur are scored module by module, so the result is penalty's.
func packedPenalty(g []byte, n int) int {
	var rows, cols [53]uint64
	for y := 0; y < n; y++ {
		line := g[y*n : (y+1)*n]
		var r uint64
		for x, v := range line {
			r |= uint64(v) << uint(x+10)
			cols[x] |= uint64(v) << uint(y+10)
		}
		rows[y] = r
	}
	inside := (uint64(1)<<uint(n) - 1) << 10
	p := 0
	for a := 0; a < n; a++ {
		p += runs(rows[a], inside) + runs(cols[a], inside)
		if finderCandidates(rows[a], n) {
			p += finderLine(g, n, a*n, 1)
		}
		if finderCandidates(cols[a], n) {
			p += finderLine(g, n, a, n)
		}
	}
	pairs := inside & (inside >> 1) // a module and its right-hand neighbour
	blocks, dark := 0, 0
	for y := 0; y < n; y++ {
		dark += bits.OnesCount64(rows[y])
		if y > 0 {
			a, b := rows[y-1], rows[y]
			same := ^(a ^ b) & inside
			blocks += bits.OnesCount64(same & (same >> 1) & ^(a ^ (a >> 1)) & pairs)
		}
	}
	p += 3 * blocks
	total := n * n
	dev := total/2 - dark
	if dev < 0 {
		dev = -dev
	}
	return p + 10*(dev/(total/20))
}

// runs scores the runs of six or more modules of one colour in a line: 4
// for the sixth module, 1 for each after it, so L-2 for a run of L. Where
// five neighbours in a row are equal, a run has reached six.
func runs(r, inside uint64) int {
	eq := ^(r ^ (r >> 1)) & inside & (inside >> 1)
	six := eq & (eq >> 1) & (eq >> 2) & (eq >> 3) & (eq >> 4)
	return bits.OnesCount64(six) + 3*bits.OnesCount64(six&^(six<<1))
}

// finderCandidates says whether the line holds 00001011101 or
// 10111010000 anywhere, or 1011101 at its end, ignoring go-qrcode's window
// restart: without such a match there is none with it.
func finderCandidates(r uint64, n int) bool {
	a, b := ^uint64(0), ^uint64(0)
	for j := 0; j < 11; j++ {
		s := r << uint(j)
		if 0x05d>>uint(j)&1 == 1 {
			a &= s
		} else {
			a &^= s
		}
		if 0x5d0>>uint(j)&1 == 1 {
			b &= s
		} else {
			b &^= s
		}
	}
	within := (uint64(1)<<uint(n) - 1) << 10
	return (a|b)&within != 0 || r>>uint(n+10-7)&0x7f == 0x5d
}

// finderLine scores one line module by module, as penalty does: n
// modules from g[start], step apart.
func finderLine(g []byte, n, start, step int) int {
	p := 0
	var w uint32
	for b := 0; b < n; b++ {
		w = w<<1 | uint32(g[start+b*step])
		if finderLike(&w, b == n-1) {
			p += 40
		}
	}
	return p
}
