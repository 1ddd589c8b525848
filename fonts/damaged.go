package fonts

import "github.com/fuwuka/fuwuka/msg"

// damaged turns a panic of the font parser into *err. The parser trusts
// lengths and offsets a damaged or hostile file may get wrong; such a file
// must be a problem the roster names (card.fonts[#N]), never a crash.
func damaged(err *error) {
	if v := recover(); v != nil {
		*err = msg.Errorf("the font file is damaged (%v)", v)
	}
}
