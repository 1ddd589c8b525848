// Package fonts holds the typefaces cards are set in: the embedded Noto Sans
// SC Regular and Bold, plus any TrueType files a roster adds for characters
// those lack. It answers which face draws a character, how wide text is, and
// cuts a face down to the glyphs a document uses.
package fonts

import (
	"crypto/sha256"
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/tdewolff/font"
)

//go:embed NotoSansSC_400Regular.ttf
var regularTTF []byte

//go:embed NotoSansSC_700Bold.ttf
var boldTTF []byte

// Face is one parsed font file.
type Face struct {
	Name string // PostScript-safe name, e.g. NotoSansSC-Bold; not unique
	// ID is the hex sha256 of the font file: what the face is. Every
	// cache, digest and shared name keys on it, never on Name, which two
	// files called 甲.ttf and 乙.ttf share.
	ID string
	// Entry is the face's place in the roster's list of extra files,
	// from 1 (card.fonts[#1]), and Path the file as listed; 0 and "" for
	// an embedded face.
	Entry        int
	Path         string
	sfnt         *font.SFNT
	unitsPerEm   float64
	ascent, desc float64  // ems
	outlines     sync.Map // glyph id → Outline
	checked      sync.Map // glyph id → error, or nil: the glyph is usable
}

// Set is the faces of one run, parsed once: a chain for regular text and one
// for bold. Each character is drawn by the first face in its chain that has it.
// A Set is safe for concurrent use.
type Set struct {
	regular []*Face
	bold    []*Face
	// found caches Lookup, one map per chain: every card asks for the same
	// few hundred characters thousands of times.
	found [2]sync.Map // rune → Glyph or missing
	// digest is a sha256 of the extra files' contents, in order.
	digest string
	extra  []*Face
}

// The embedded faces' identities: the sha256 of the files built into the
// program, written here rather than hashed at every start, where the 20 MB
// took a tenth of a validate's time. TestBuiltinIDs holds them to the
// files.
const (
	regularID = "d45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16"
	boldID    = "9a38ae0ab28cd5a256f9ea8e00dedc688aac17f7915fcb000572990afa956b96"
)

// Extra is the faces of the extra files, in the order they were given.
func (s *Set) Extra() []*Face { return s.extra }

type missing struct{}

// MaxFileSize bounds what is read of an extra font file: a TrueType font
// with all of Chinese is about 20 MiB.
const MaxFileSize = 64 << 20

// Builtin parses the embedded faces.
func Builtin() (*Set, error) { return Load(nil) }

// Load parses the embedded faces followed by the extra TrueType files, which
// serve both weights.
func Load(extra []string) (*Set, error) {
	reg, err := parse("NotoSansSC-Regular", regularTTF, regularID)
	if err != nil {
		return nil, err
	}
	bold, err := parse("NotoSansSC-Bold", boldTTF, boldID)
	if err != nil {
		return nil, err
	}
	s := &Set{regular: []*Face{reg}, bold: []*Face{bold}}
	sum := sha256.New()
	for i, path := range extra {
		data, err := files.ReadLimited(path, MaxFileSize)
		if err != nil {
			return nil, &FileError{Index: i, Path: path, Err: err}
		}
		// Each file's own digest, so that no two lists of files run together
		// into the same stream of bytes.
		file := sha256.Sum256(data)
		sum.Write(file[:])
		f, err := parse(psName(path), data, hex.EncodeToString(file[:]))
		if err != nil {
			return nil, &FileError{Index: i, Path: path, Err: err}
		}
		f.Entry, f.Path = i+1, path
		s.extra = append(s.extra, f)
		s.regular = append(s.regular, f)
		s.bold = append(s.bold, f)
	}
	s.digest = hex.EncodeToString(sum.Sum(nil))
	return s, nil
}

// Digest is a hex sha256 of the extra font files' contents, read once by
// Load: a font file replaced under the same path changes it. The embedded
// faces are left out; they change only with fuwuka's version.
func (s *Set) Digest() string { return s.digest }

// FileError is an extra font file that cannot be used.
type FileError struct {
	Index int // position in the list of extra files
	Path  string
	Err   error
}

func (e *FileError) Error() string        { return e.In(msg.EN) }
func (e *FileError) In(l msg.Lang) string { return e.Path + ": " + msg.Err(e.Err, l) }
func (e *FileError) Unwrap() error        { return e.Err }

func parse(name string, data []byte, id string) (_ *Face, err error) {
	defer damaged(&err)
	sf, err := font.ParseSFNT(data, 0)
	if err != nil {
		return nil, msg.Errorf("not a usable font: %w", err)
	}
	if !sf.IsTrueType {
		return nil, msg.Errorf("not a TrueType (glyf) font; CFF-based OpenType fonts (.otf) are not supported")
	}
	f := &Face{Name: name, ID: id, sfnt: sf, unitsPerEm: float64(sf.Head.UnitsPerEm)}
	// The typographic ascender and descender are, for CJK faces, the
	// ideographic em box that text is set on (0.88 and 0.12 em in Noto
	// Sans SC); hhea's values add line spacing and serve only when OS/2
	// has none.
	asc, desc := float64(sf.Hhea.Ascender), -float64(sf.Hhea.Descender)
	if sf.OS2 != nil && sf.OS2.STypoAscender > 0 && sf.OS2.STypoDescender < 0 {
		asc, desc = float64(sf.OS2.STypoAscender), -float64(sf.OS2.STypoDescender)
	}
	f.ascent, f.desc = asc/f.unitsPerEm, desc/f.unitsPerEm
	return f, nil
}

// Ascent is how far the face's text reaches above the baseline, in ems.
func (f *Face) Ascent() float64 { return f.ascent }

// Descent is how far the face's text reaches below the baseline, in ems.
func (f *Face) Descent() float64 { return f.desc }

// Advance is a glyph's advance width in ems.
func (f *Face) Advance(id uint16) (em float64) {
	defer func() {
		if recover() != nil {
			em = 0 // a damaged hmtx: the glyph sets no width
		}
	}()
	return float64(f.sfnt.GlyphAdvance(id)) / f.unitsPerEm
}

// GlyphID is the face's own glyph for r, 0 when it has none. Unlike
// Set.Lookup it falls back to no other face.
func (f *Face) GlyphID(r rune) (id uint16) {
	defer func() {
		if recover() != nil {
			id = 0 // a damaged cmap: the face lacks r
		}
	}()
	return f.sfnt.GlyphIndex(r)
}

// psName turns a file name into a PostScript font name: ASCII letters,
// digits and '-' only.
func psName(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	var b strings.Builder
	for _, r := range base {
		if r < utf8.RuneSelf && (r == '-' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "Extra"
	}
	return b.String()
}

// Glyph is a character resolved to the face that draws it.
type Glyph struct {
	Face *Face
	ID   uint16
	Rune rune
}

// Lookup finds the face of the chain that draws r.
func (s *Set) Lookup(r rune, bold bool) (Glyph, bool) {
	cache := &s.found[0]
	if bold {
		cache = &s.found[1]
	}
	if v, ok := cache.Load(r); ok {
		g, found := v.(Glyph)
		return g, found
	}
	for _, f := range s.chain(bold) {
		if id := f.sfnt.GlyphIndex(r); id != 0 {
			g := Glyph{Face: f, ID: id, Rune: r}
			cache.Store(r, g)
			return g, true
		}
	}
	cache.Store(r, missing{})
	return Glyph{Rune: r}, false
}

// Face is the primary face of the regular or bold chain: the embedded
// Noto Sans SC, whose metrics set the lines.
func (s *Set) Face(bold bool) *Face { return s.chain(bold)[0] }

func (s *Set) chain(bold bool) []*Face {
	if bold {
		return s.bold
	}
	return s.regular
}

// Missing lists, in order of first appearance, the characters of text that
// no face of the chain draws.
func (s *Set) Missing(text string, bold bool) []rune {
	var missing []rune
	for _, r := range text {
		if _, ok := s.Lookup(r, bold); !ok && !containsRune(missing, r) {
			missing = append(missing, r)
		}
	}
	return missing
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// Width is the advance of text in ems (multiply by the point size). A
// character no face draws counts as one em.
func (s *Set) Width(text string, bold bool) float64 {
	w := 0.0
	for _, r := range text {
		if g, ok := s.Lookup(r, bold); ok {
			w += g.Advance()
		} else {
			w++
		}
	}
	return w
}

// Advance is the glyph's advance width in ems.
func (g Glyph) Advance() float64 { return g.Face.Advance(g.ID) }

// Metrics are the values a PDF font descriptor needs, in thousandths of an em.
type Metrics struct {
	Ascent, Descent, CapHeight int
	BBox                       [4]int
	ItalicAngle                float64
}

// Metrics returns the face's descriptor values.
func (f *Face) Metrics() Metrics {
	sf := f.sfnt
	k := func(v int16) int { return int(float64(v) * 1000 / f.unitsPerEm) }
	m := Metrics{
		Ascent:    k(sf.Hhea.Ascender),
		Descent:   k(sf.Hhea.Descender),
		CapHeight: k(sf.Hhea.Ascender),
		BBox:      [4]int{k(sf.Head.XMin), k(sf.Head.YMin), k(sf.Head.XMax), k(sf.Head.YMax)},
	}
	if sf.OS2 != nil && sf.OS2.SCapHeight != 0 {
		m.CapHeight = k(sf.OS2.SCapHeight)
	}
	if sf.Post != nil {
		m.ItalicAngle = sf.Post.ItalicAngle
	}
	return m
}

// Subset cuts the face down to the given glyphs, which must be sorted and
// unique. Glyph 0 (.notdef) is always kept first, so the glyph ids[i] gets
// the new id i+1 in the returned font program.
func (f *Face) Subset(ids []uint16) ([]byte, error) {
	sub, err := f.subset(ids)
	if err != nil {
		return nil, fmt.Errorf("subsetting %s: %w", f.Name, err)
	}
	return sub, nil
}

func (f *Face) subset(ids []uint16) (_ []byte, err error) {
	defer damaged(&err)
	keep := make([]uint16, 0, len(ids)+1)
	keep = append(keep, 0)
	keep = append(keep, ids...)
	// Subset writes the new glyph count, loca format and metrics count into
	// the maxp, head and hhea tables it was called on; give it copies so
	// the shared face stays intact for concurrent and later calls.
	cp := *f.sfnt
	maxp, head, hhea := *cp.Maxp, *cp.Head, *cp.Hhea
	cp.Maxp, cp.Head, cp.Hhea = &maxp, &head, &hhea
	sub, err := cp.Subset(keep, font.SubsetOptions{Tables: font.KeepPDFTables})
	if err != nil {
		return nil, err
	}
	return fixModified(sub.Write(), f.sfnt.Tables["head"]), nil
}

// fixModified puts the original font's modification date back into a
// written font's head table and recomputes the checksums: the writer stamps
// the current time there, and output must not depend on the clock.
func fixModified(font, origHead []byte) []byte {
	numTables := int(binary.BigEndian.Uint16(font[4:]))
	for i := 0; i < numTables; i++ {
		rec := font[12+16*i:]
		if string(rec[:4]) != "head" {
			continue
		}
		off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		head := font[off : off+length]
		copy(head[28:36], origHead[28:36])
		binary.BigEndian.PutUint32(head[8:], 0)
		binary.BigEndian.PutUint32(rec[4:], checksum(font[off:off+(length+3)&^3]))
		binary.BigEndian.PutUint32(head[8:], 0xB1B0AFBA-checksum(font))
	}
	return font
}

// checksum is the OpenType table checksum: the sum of big-endian uint32s.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i+4 <= len(b); i += 4 {
		sum += binary.BigEndian.Uint32(b[i:])
	}
	if rest := len(b) % 4; rest != 0 {
		var last [4]byte
		copy(last[:], b[len(b)-rest:])
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}
