package qr

import "sync"

// GF(2⁸) with the QR code's polynomial x⁸+x⁴+x³+x²+1: exp[i] is αⁱ (twice
// over, so products need no reduction mod 255), logs its inverse.
var exp [510]byte
var logs [256]int

func init() {
	x := 1
	for i := 0; i < 255; i++ {
		exp[i], exp[i+255] = byte(x), byte(x)
		logs[x] = i
		x <<= 1
		if x&0x100 != 0 {
			x ^= 0x11d
		}
	}
}

// generators[n] is the generator polynomial of n check codewords,
// (x−α⁰)(x−α¹)…(x−αⁿ⁻¹), as the logs of its coefficients after the leading
// one, highest power first.
var generators sync.Map // int → []int

func generator(n int) []int {
	if g, ok := generators.Load(n); ok {
		return g.([]int)
	}
	p := []byte{1}
	for i := 0; i < n; i++ {
		next := make([]byte, len(p)+1)
		for j, c := range p {
			next[j] ^= c
			if c != 0 {
				next[j+1] ^= exp[logs[c]+i]
			}
		}
		p = next
	}
	g := make([]int, n)
	for i := range g {
		g[i] = logs[p[i+1]]
	}
	generators.Store(n, g)
	return g
}

// check appends to dst the n Reed–Solomon check codewords of data.
func check(dst, data []byte, n int) []byte {
	g := generator(n)
	start := len(dst)
	dst = append(dst, make([]byte, n)...)
	r := dst[start:]
	for _, d := range data {
		f := d ^ r[0]
		copy(r, r[1:])
		r[n-1] = 0
		if f == 0 {
			continue
		}
		lf := logs[f]
		for i, lg := range g {
			r[i] ^= exp[lf+lg]
		}
	}
	return dst
}

// codewordBits splits the data codewords into the version's blocks, adds
// each block's check codewords, interleaves them and returns the result
// as one byte per bit, padded with zero remainder bits to modules bits.
func codewordBits(data []byte, version int, level Level, modules int) []byte {
	gr := blocks[version-1][level]
	nb := gr.n1 + gr.n2
	ecs := make([]byte, 0, nb*gr.ec)
	starts := make([]int, nb+1)
	for b := 0; b < nb; b++ {
		size := gr.d
		if b >= gr.n1 {
			size++
		}
		starts[b+1] = starts[b] + size
		ecs = check(ecs, data[starts[b]:starts[b+1]], gr.ec)
	}
	bits := make([]byte, 0, modules)
	put := func(c byte) {
		for i := 7; i >= 0; i-- {
			bits = append(bits, c>>uint(i)&1)
		}
	}
	for i := 0; i <= gr.d; i++ {
		for b := 0; b < nb; b++ {
			if starts[b]+i < starts[b+1] {
				put(data[starts[b]+i])
			}
		}
	}
	for i := 0; i < gr.ec; i++ {
		for b := 0; b < nb; b++ {
			put(ecs[b*gr.ec+i])
		}
	}
	for len(bits) < modules {
		bits = append(bits, 0)
	}
	return bits
}
