package raster

import (
	"encoding/binary"
	"hash/adler32"
	"math/bits"
)

// zlibImage compresses an image's scanlines, each row bytes long with bpp
// bytes a pixel, as a zlib stream (RFC 1950 around RFC 1951), appended to
// out.
//
// compress/flate at its fastest took twice as long as drawing a card: it
// hashes every position to find repeats anywhere in the last 32 KiB. A
// drawn card repeats itself in two ways only, the pixel to the left (flat
// colour) and the row above (anything that is not text), so this looks
// exactly there and nowhere else, and codes the result with deflate's
// fixed Huffman codes, which need no tables to be built or sent. Cards
// come out about a fifth larger than compress/flate makes them, in under
// half the time.
func zlibImage(out, data []byte, row, bpp int) []byte {
	// CMF: deflate with a 32 KiB window; FLG: fastest level, and the check
	// bits that make the pair a multiple of 31.
	out = append(out, 0x78, 0x01)
	w := bitWriter{out: out}
	w.put(1|1<<1, 3) // final block, fixed Huffman codes

	distBits := func(d int) (uint32, uint) {
		sym, extra, base := distCode(d)
		return fixedDist[sym] | uint32(d-base)<<5, 5 + extra
	}
	leftCode, leftBits := distBits(bpp)
	upOK := row <= 32768 // the farthest deflate can reach back
	upCode, upBits := uint32(0), uint(0)
	if upOK {
		upCode, upBits = distBits(row)
	}

	for i := 0; i < len(data); {
		n, dcode, dbits := 0, uint32(0), uint(0)
		if i >= bpp {
			n, dcode, dbits = matchLen(data, i, bpp), leftCode, leftBits
		}
		if upOK && i >= row {
			if m := matchLen(data, i, row); m > n {
				n, dcode, dbits = m, upCode, upBits
			}
		}
		if n < 3 {
			w.put(fixedLit[data[i]].code, uint(fixedLit[data[i]].bits))
			i++
			continue
		}
		l := fixedLen[n]
		w.put(l.code, uint(l.bits))
		w.put(dcode, dbits)
		i += n
	}
	w.put(fixedLit[256].code, uint(fixedLit[256].bits)) // end of block
	out = w.close()
	return binary.BigEndian.AppendUint32(out, adler32.Checksum(data))
}

// matchLen is how many bytes from i, at most 258, repeat those dist back.
func matchLen(data []byte, i, dist int) int {
	end := min(len(data), i+258)
	n := i
	for n+8 <= end {
		if x := binary.LittleEndian.Uint64(data[n:]) ^ binary.LittleEndian.Uint64(data[n-dist:]); x != 0 {
			return n + bits.TrailingZeros64(x)/8 - i
		}
		n += 8
	}
	for n < end && data[n] == data[n-dist] {
		n++
	}
	return n - i
}

// bitWriter packs codes into bytes least significant bit first, as
// deflate wants them.
type bitWriter struct {
	out  []byte
	acc  uint64
	nacc uint
}

// put adds the n low bits of v; n is at most 32.
func (w *bitWriter) put(v uint32, n uint) {
	w.acc |= uint64(v) << w.nacc
	w.nacc += n
	if w.nacc >= 32 {
		w.out = binary.LittleEndian.AppendUint32(w.out, uint32(w.acc))
		w.acc >>= 32
		w.nacc -= 32
	}
}

// close pads the last byte with zeros and returns the output.
func (w *bitWriter) close() []byte {
	for w.nacc > 0 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.nacc = w.nacc - min(w.nacc, 8)
	}
	return w.out
}

// huff is a code ready to put: Huffman code bits reversed (deflate sends
// them most significant bit first), followed by any extra bits.
type huff struct {
	code uint32
	bits uint8
}

var (
	fixedLit  [288]huff // literal bytes, end of block (256) and length symbols
	fixedLen  [259]huff // a match length 3..258: its symbol and extra bits
	fixedDist [30]uint32
)

// The fixed codes and length and distance symbols are those of RFC 1951,
// section 3.2.5 and 3.2.6.
func init() {
	for v := range fixedLit {
		switch {
		case v < 144:
			fixedLit[v] = revCode(0x30+v, 8)
		case v < 256:
			fixedLit[v] = revCode(0x190+v-144, 9)
		case v < 280:
			fixedLit[v] = revCode(v-256, 7)
		default:
			fixedLit[v] = revCode(0xc0+v-280, 8)
		}
	}
	for d := range fixedDist {
		fixedDist[d] = revCode(d, 5).code
	}
	// Length symbols 257..284 cover 3..257 in groups of four with 0, 0,
	// 1, 2, 3, 4, 5 extra bits; 285 is 258.
	sym, base := 257, 3
	for group := range 7 {
		extra := max(group-1, 0)
		for range 4 {
			for n := base; n < base+1<<extra; n++ {
				c := fixedLit[sym]
				fixedLen[n] = huff{c.code | uint32(n-base)<<c.bits, c.bits + uint8(extra)}
			}
			sym, base = sym+1, base+1<<extra
		}
	}
	fixedLen[258] = fixedLit[285]
}

// distCode is the distance symbol for d (1..32768), its number of extra
// bits and the smallest distance it stands for.
func distCode(d int) (sym int, extra uint, base int) {
	if d <= 4 {
		return d - 1, 0, d
	}
	// Symbols from 4 on come in pairs, each pair with one more extra bit:
	// 2e+2 and 2e+3 start at 2^(e+1)+1 and 3·2^e+1.
	e := bits.Len(uint(d-1)) - 2
	sym = 2*e + 2
	base = 1<<(e+1) + 1
	if d-1 >= 3<<e {
		sym, base = sym+1, 3<<e+1
	}
	return sym, uint(e), base
}

// revCode reverses the n-bit code v.
func revCode(v, n int) huff {
	return huff{uint32(bits.Reverse32(uint32(v)) >> (32 - n)), uint8(n)}
}
