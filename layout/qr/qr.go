// Package qr encodes QR code symbols module for module as
// github.com/skip2/go-qrcode (the encoder fuwuka's card design names) draws
// them: the same segments, version, padding, check codewords and mask. It
// exists because go-qrcode spends most of a card's time building and
// scoring eight symbols out of small allocations; here the function
// patterns and the data modules' path are worked out once per version.
package qr

import (
	"github.com/fuwuka/fuwuka/msg"
)

// Level is an error-correction level.
type Level int

// The levels, in go-qrcode's order (its Low, Medium, High, Highest).
const (
	L Level = iota
	M
	Q
	H
)

// Code is a symbol without its quiet zone.
type Code struct {
	Size int    // modules per side
	Bits []byte // Size×Size, row by row from the top; 1 is dark
}

// Black says whether the module in column x of row y is dark.
func (c *Code) Black(x, y int) bool { return c.Bits[y*c.Size+x] == 1 }

// Encode encodes text at level in the smallest version go-qrcode would
// choose, with the mask it would choose.
func Encode(text string, level Level) (*Code, error) {
	if level < L || level > H {
		return nil, msg.Errorf("unknown QR error-correction level %d", int(level))
	}
	if text == "" {
		return nil, msg.Errorf("nothing to encode")
	}
	data, version, err := encodeData([]byte(text), level)
	if err != nil {
		return nil, err
	}
	t := templateFor(version)
	bits := codewordBits(data, version, level, len(t.order))
	return t.draw(bits, level), nil
}
