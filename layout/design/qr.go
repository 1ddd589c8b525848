package design

import (
	"github.com/fuwuka/fuwuka/msg"
	qrcode "github.com/skip2/go-qrcode"
)

var qrLevels = map[string]qrcode.RecoveryLevel{
	"L": qrcode.Low, "M": qrcode.Medium, "Q": qrcode.High, "H": qrcode.Highest,
}

// QRQuiet is the quiet zone every QR code keeps, in modules.
const QRQuiet = 4

// QRSymbol encodes content at an error-correction level (L, M, Q, H; M when
// empty) and returns the dark modules, without the quiet zone.
func QRSymbol(content, level string) ([][]bool, error) {
	lv, ok := qrLevels[level]
	if !ok {
		if level != "" {
			return nil, msg.Errorf("unknown QR error-correction level %q", level)
		}
		lv = qrcode.Medium
	}
	q, err := qrcode.New(content, lv)
	if err != nil {
		return nil, err
	}
	q.DisableBorder = true
	return q.Bitmap(), nil
}
