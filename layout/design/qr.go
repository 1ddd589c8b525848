package design

import (
	"github.com/fuwuka/fuwuka/card"
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

// The QR code's size. It is read from the doorway, half a metre away or
// more, by phones of every age: its side grows with the card (qrSide at
// 100 mm) and is never under qrMin; its modules are qrModule or larger
// where the card has room (up to qrMax at 100 mm), and a card whose
// content needs smaller ones is warned about; under qrModuleMin no phone
// reads it at arm's length, and the content is refused.
const (
	qrMin       = 20.0
	qrSideAt100 = 22.0
	qrMax       = 30.0
	qrModule    = 0.6
	qrModuleMin = 0.4
)

func (l *cardLayout) qrSymbol() (*frame.Grid, error) {
	if l.card.QR == "" {
		return nil, nil
	}
	sym, err := QRSymbol(l.card.QR, l.card.QRLevel)
	if largest := l.qrLargest(); err == nil && float64(sym.Cols)*qrModuleMin > largest {
		err = msg.Errorf("%d modules do not fit %.0f mm with modules of at least %.1f mm", sym.Cols, largest, qrModuleMin)
	}
	if err != nil {
		h := l.card.Household
		return nil, card.Problems{{Pos: h.Pos, Field: card.Key("qr.content"),
			Msg:  msg.F("household %s: the QR content (%d bytes) is too long for a QR code on this card: %v", h.ID, len(l.card.QR), err),
			Hint: msg.F("shorten qr.content (for example a short link with only the household id), use qr.level L, or a larger card.size")}}
	}
	return sym, nil
}

// qrLargest is the largest side the QR symbol grows to on this card.
func (l *cardLayout) qrLargest() float64 { return max(l.mm(qrMax), qrMin) }

// qrSide is the side of the QR symbol, quiet zone excluded.
func (l *cardLayout) qrSide() float64 {
	n := float64(l.qr.Cols)
	return max(qrMin, l.mm(qrSideAt100), min(n*qrModule, l.qrLargest()))
}

// qrWarning says, when the card's QR code has modules under qrModule,
// which template makes it so.
func (l *cardLayout) qrWarning() (msg.Text, bool) {
	if l.qr == nil {
		return msg.Text{}, false
	}
	module := l.qrSide() / float64(l.qr.Cols)
	if module >= qrModule-1e-9 {
		return msg.Text{}, false
	}
	setting := "qr.content"
	if isWorkbook(l.card) {
		setting = "二维码内容"
	}
	return msg.F("%s %q makes QR codes of %d modules a side: %.2f mm each on a %g mm card, under the %.1f mm a phone reads from a doorway; a shorter link, qr.level L or a larger card makes them larger",
		setting, l.card.QRTemplate, l.qr.Cols, module, l.settings.Size, qrModule), true
}
