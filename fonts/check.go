package fonts

import "fmt"

// GlyphError is a character that the face that has it cannot draw: an
// extra font whose cmap names a glyph its glyf table cannot give. Found
// while a roster is checked, it names the font entry and the character,
// and no command gets as far as subsetting.
type GlyphError struct {
	Rune rune
	Face *Face
	Err  error
}

func (e *GlyphError) Error() string {
	return fmt.Sprintf("card.fonts[#%d] (%s): %q (U+%04X): %v", e.Face.Entry, e.Face.Path, e.Rune, e.Rune, e.Err)
}

func (e *GlyphError) Unwrap() error { return e.Err }

// Broken lists, in order of first appearance, the characters of text that
// the face drawing them cannot draw: whose outline cannot be read or
// whose glyph cannot be cut into a subset, as the writers will.
func (s *Set) Broken(text string, bold bool) []*GlyphError {
	var out []*GlyphError
	for _, r := range text {
		g, ok := s.Lookup(r, bold)
		if !ok {
			continue
		}
		if err := g.Face.usable(g.ID); err != nil && !containsBroken(out, r) {
			out = append(out, &GlyphError{Rune: r, Face: g.Face, Err: err})
		}
	}
	return out
}

func containsBroken(gs []*GlyphError, r rune) bool {
	for _, g := range gs {
		if g.Rune == r {
			return true
		}
	}
	return false
}

// usable says whether the writers can draw glyph id: its outline reads
// and it can be subset. The embedded faces are known good; an extra
// file's glyph is tried once and the answer kept.
func (f *Face) usable(id uint16) error {
	if f.Entry == 0 {
		return nil
	}
	if v, ok := f.checked.Load(id); ok {
		err, _ := v.(error)
		return err
	}
	err := f.try(id)
	f.checked.Store(id, err)
	return err
}

// try draws and subsets glyph id; a damaged file may make the parser
// panic, which is this glyph's error too.
func (f *Face) try(id uint16) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("damaged font data (%v)", p)
		}
	}()
	p := &outliner{scale: 1 / f.unitsPerEm}
	if err := f.sfnt.GlyphPath(p, id, 0, 0, 0, 1, 0); err != nil {
		return err
	}
	_, err = f.subset([]uint16{id})
	return err
}
