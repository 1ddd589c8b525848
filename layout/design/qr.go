package design

import (
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/qr"
	"github.com/fuwuka/fuwuka/msg"
)

var qrLevels = map[string]qr.Level{"L": qr.L, "M": qr.M, "Q": qr.Q, "H": qr.H}

// QRQuiet is the quiet zone every QR code keeps, in modules.
const QRQuiet = 4

// QRSymbol encodes content at an error-correction level (L, M, Q, H; M when
// empty) and returns the dark modules, without the quiet zone: the symbol
// github.com/skip2/go-qrcode draws, module for module.
func QRSymbol(content, level string) (*frame.Grid, error) {
	lv, ok := qrLevels[level]
	if !ok {
		if level != "" {
			return nil, msg.Errorf("unknown QR error-correction level %q", level)
		}
		lv = qr.M
	}
	c, err := qr.Encode(content, lv)
	if err != nil {
		return nil, err
	}
	g := frame.NewGrid(c.Size, c.Size)
	for y := 0; y < c.Size; y++ {
		for x := 0; x < c.Size; x++ {
			if c.Black(x, y) {
				g.Set(x, y)
			}
		}
	}
	return &g, nil
}
