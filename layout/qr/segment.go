package qr

import "github.com/fuwuka/fuwuka/msg"

// A mode is how a segment's characters are coded. The modes are ordered:
// every character a mode holds, the modes after it hold too.
type mode uint8

const (
	numeric mode = iota + 1
	alphanumeric
	byteMode
)

// class is a range of versions that count characters with the same number
// of bits: 1–9, 10–26, 27–40.
type class struct {
	first, last int
	count       [byteMode + 1]int // bits of the character count, by mode
}

var classes = [3]class{
	{1, 9, [4]int{0, 10, 9, 8}},
	{10, 26, [4]int{0, 12, 11, 16}},
	{27, 40, [4]int{0, 14, 13, 16}},
}

// run is the characters data[start:end], all in one mode.
type run struct {
	mode       mode
	start, end int
}

func modeOf(b byte) mode {
	switch {
	case b >= '0' && b <= '9':
		return numeric
	case b >= 'A' && b <= 'Z', b == ' ', b == '$', b == '%', b == '*', b == '+', b == '-', b == '.', b == '/', b == ':':
		return alphanumeric
	}
	return byteMode
}

func alphanumericValue(b byte) int {
	switch {
	case b >= '0' && b <= '9':
		return int(b - '0')
	case b >= 'A' && b <= 'Z':
		return int(b-'A') + 10
	}
	switch b {
	case ' ':
		return 36
	case '$':
		return 37
	case '%':
		return 38
	case '*':
		return 39
	case '+':
		return 40
	case '-':
		return 41
	case '.':
		return 42
	case '/':
		return 43
	}
	return 44 // ':'
}

// length is the bits n characters take in mode m, header included; ok is
// false when the character count does not fit its field.
func (c *class) length(m mode, n int) (bits int, ok bool) {
	if n > 1<<c.count[m]-1 {
		return 0, false
	}
	bits = 4 + c.count[m]
	switch m {
	case numeric:
		bits += 10 * (n / 3)
		if n%3 != 0 {
			bits += 1 + 3*(n%3)
		}
	case alphanumeric:
		bits += 11*(n/2) + 6*(n%2)
	default:
		bits += 8 * n
	}
	return bits, true
}

// segments splits data as go-qrcode does: maximal runs of one mode, each
// run then swallowing the following runs of lower modes while that is
// shorter than keeping them apart, and all of it as one segment of the
// highest mode when that is no longer.
func (c *class) segments(data []byte, runs []run) ([]run, bool) {
	var actual []run
	highest := mode(0)
	for i, b := range data {
		m := modeOf(b)
		if i == 0 || m != actual[len(actual)-1].mode {
			actual = append(actual, run{m, i, i})
		}
		actual[len(actual)-1].end = i + 1
		highest = max(highest, m)
	}

	total := 0
	for i := 0; i < len(actual); {
		m := actual[i].mode
		n := actual[i].end - actual[i].start
		j := i + 1
		for ; j < len(actual); j++ {
			next := actual[j]
			nn := next.end - next.start
			if next.mode > m {
				break
			}
			joined, ok1 := c.length(m, n+nn)
			apart1, ok2 := c.length(m, n)
			apart2, ok3 := c.length(next.mode, nn)
			if !ok1 || !ok2 || !ok3 {
				return nil, false
			}
			if joined >= apart1+apart2 {
				break
			}
			n += nn
		}
		runs = append(runs, run{m, actual[i].start, actual[j-1].end})
		bits, ok := c.length(m, n)
		if !ok {
			return nil, false
		}
		total += bits
		i = j
	}
	single, ok := c.length(highest, len(data))
	if !ok {
		return nil, false
	}
	if single <= total {
		runs = append(runs[:0], run{highest, 0, len(data)})
	}
	return runs, true
}

// bitWriter appends bits, most significant first.
type bitWriter struct {
	buf []byte
	n   int // bits written
}

func (w *bitWriter) write(v uint32, bits int) {
	for i := bits - 1; i >= 0; i-- {
		if w.n%8 == 0 {
			w.buf = append(w.buf, 0)
		}
		w.buf[w.n/8] |= byte(v>>uint(i)&1) << (7 - uint(w.n%8))
		w.n++
	}
}

// encodeData codes data in segments and picks the smallest version that
// holds them, trying the version classes in order as go-qrcode does; it
// returns the data codewords, padded.
func encodeData(data []byte, level Level) ([]byte, int, error) {
	var runs [8]run
	for ci := range classes {
		c := &classes[ci]
		segs, ok := c.segments(data, runs[:0])
		if !ok {
			continue
		}
		bits := 0
		for _, s := range segs {
			n, _ := c.length(s.mode, s.end-s.start)
			bits += n
		}
		for v := c.first; v <= c.last; v++ {
			capacity := dataCodewords(v, level) * 8
			if bits > capacity {
				continue
			}
			w := bitWriter{buf: make([]byte, 0, capacity/8)}
			for _, s := range segs {
				c.code(&w, data[s.start:s.end], s.mode)
			}
			pad(&w, capacity)
			return w.buf, v, nil
		}
	}
	return nil, 0, msg.Errorf("content too long to encode")
}

// code appends one segment: mode indicator, character count, characters.
func (c *class) code(w *bitWriter, s []byte, m mode) {
	w.write(1<<(m-1), 4)
	w.write(uint32(len(s)), c.count[m])
	switch m {
	case numeric:
		for i := 0; i < len(s); i += 3 {
			v, bits := 0, 1
			for j := i; j < len(s) && j < i+3; j++ {
				v = v*10 + int(s[j]-'0')
				bits += 3
			}
			w.write(uint32(v), bits)
		}
	case alphanumeric:
		for i := 0; i < len(s); i += 2 {
			if i+1 < len(s) {
				w.write(uint32(alphanumericValue(s[i])*45+alphanumericValue(s[i+1])), 11)
			} else {
				w.write(uint32(alphanumericValue(s[i])), 6)
			}
		}
	default:
		for _, b := range s {
			w.write(uint32(b), 8)
		}
	}
}

// pad ends the data: a terminator of up to four zero bits, zeros to the
// byte, then the pad codewords 0xEC and 0x11 in turn.
func pad(w *bitWriter, capacity int) {
	if w.n == capacity {
		return
	}
	w.write(0, min(4, capacity-w.n))
	if w.n != capacity && w.n%8 != 0 {
		w.write(0, 8-w.n%8)
	}
	for i := 0; w.n < capacity; i++ {
		w.write([2]uint32{0xEC, 0x11}[i%2], 8)
	}
}

func dataCodewords(version int, level Level) int {
	g := blocks[version-1][level]
	return g.n1*g.d + g.n2*(g.d+1)
}
