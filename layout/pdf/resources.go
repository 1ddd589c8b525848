package pdf

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf16"

	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
)

type named struct {
	name string
	obj  int
}

// resources are what a document's content streams refer to by name: fonts,
// separation colour spaces, layers and shared forms. One dictionary serves
// every page and form.
type resources struct {
	cache *subsetCache
	formC *formCache
	objs  *objects
	// outline draws text as glyph outlines: no fonts are collected
	outline bool
	resObj  int
	// fontSig names the embedded subsets, which a form's content depends
	// on; rec, while a form is drawn, records the resources it asks for
	fontSig string
	rec     *[]use

	fonts  []*subsetFont
	byFace map[*fonts.Face]*subsetFont

	seps     []named
	sepNames map[string]string
	layers   []named
	layerIDs map[string]string
	forms    map[string]string
	formObjs []named
	gstates  [4]string // by overprint: bit 0 fill, bit 1 stroke
	gsObjs   []named
	seenKeys map[string]bool
}

func newResources(cache *subsetCache, forms *formCache) *resources {
	return &resources{
		cache:    cache,
		formC:    forms,
		byFace:   map[*fonts.Face]*subsetFont{},
		sepNames: map[string]string{},
		layerIDs: map[string]string{},
		forms:    map[string]string{},
		seenKeys: map[string]bool{},
	}
}

// subsetFont is a face as embedded in this document: only the glyphs used,
// renumbered from 1 in the order of their original ids.
type subsetFont struct {
	name    string // resource name, F1...
	face    *fonts.Face
	runes   map[uint16]rune    // original glyph id → a character it draws
	advance map[uint16]float64 // original glyph id → advance in ems, as the frame says
	newID   map[uint16]uint16
	obj     int // the Type0 font object
}

// collect records the glyphs of every text in f, with the character each
// draws and the advance layout gave it.
func (r *resources) collect(f *frame.Frame) {
	for _, it := range f.Items {
		switch it := it.(type) {
		case frame.Text:
			if r.outline {
				continue
			}
			sf := r.byFace[it.Face]
			if sf == nil {
				sf = &subsetFont{name: fmt.Sprintf("F%d", len(r.fonts)+1), face: it.Face,
					runes: map[uint16]rune{}, advance: map[uint16]float64{}}
				r.byFace[it.Face] = sf
				r.fonts = append(r.fonts, sf)
			}
			for _, g := range it.Glyphs {
				if _, seen := sf.runes[g.ID]; !seen {
					sf.runes[g.ID], sf.advance[g.ID] = g.Char, g.Advance
				}
			}
		case frame.Group:
			if it.Key != "" {
				if r.seenKeys[it.Key] {
					continue
				}
				r.seenKeys[it.Key] = true
			}
			r.collect(it.Frame)
		}
	}
}

// embedFonts writes each used face as a CID-keyed TrueType subset with a
// ToUnicode map, so text can be searched and copied.
func (r *resources) embedFonts() error {
	for _, sf := range r.fonts {
		sf.padDigits()
		ids := make([]uint16, 0, len(sf.runes))
		for id := range sf.runes {
			if id != 0 { // the missing glyph stays glyph 0, one em wide (DW)
				ids = append(ids, id)
			}
		}
		slices.Sort(ids)
		sf.newID = make(map[uint16]uint16, len(ids)+1)
		for i, id := range ids {
			sf.newID[id] = uint16(i + 1)
		}
		e, err := r.cache.subset(sf, ids)
		if err != nil {
			return err
		}
		m := sf.face.Metrics()
		file := r.objs.addShared(e.program, &e.programSum)
		desc := r.objs.add(fmt.Appendf(nil,
			"<</Type/FontDescriptor/FontName/%s/Flags 4/FontBBox[%d %d %d %d]/ItalicAngle %s/Ascent %d/Descent %d/CapHeight %d/StemV 80/FontFile2 %d 0 R>>",
			e.base, m.BBox[0], m.BBox[1], m.BBox[2], m.BBox[3], fmtNum(m.ItalicAngle), m.Ascent, m.Descent, m.CapHeight, file))
		cid := r.objs.add(fmt.Appendf(nil,
			"<</Type/Font/Subtype/CIDFontType2/BaseFont/%s/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor %d 0 R/CIDToGIDMap/Identity/DW 1000/W[1[%s]]>>",
			e.base, desc, e.widths))
		cmap := r.objs.addShared(e.toUnicode, &e.toUnicodeSum)
		sf.obj = r.objs.add(fmt.Appendf(nil,
			"<</Type/Font/Subtype/Type0/BaseFont/%s/Encoding/Identity-H/DescendantFonts[%d 0 R]/ToUnicode %d 0 R>>",
			e.base, cid, cmap))
		r.fontSig += sf.name + "=" + e.id + ";"
	}
	return nil
}

// padDigits adds the face's ten digits to a subset that draws one. House
// numbers, phone numbers and ids differ from card to card; with all ten
// digits the cards of a run share a few subsets, each cut and compressed
// once, instead of needing one for almost every card.
func (sf *subsetFont) padDigits() {
	if !slices.ContainsFunc(slices.Collect(maps.Values(sf.runes)), isDigit) {
		return
	}
	for r := '0'; r <= '9'; r++ {
		id := sf.face.GlyphID(r)
		if _, ok := sf.runes[id]; id != 0 && !ok {
			sf.runes[id], sf.advance[id] = r, sf.face.Advance(id)
		}
	}
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// embedded is the part of an embedded subset that depends only on its
// glyphs: cards of one roster mostly use the same glyphs, so it is made once
// per run and reused.
type embedded struct {
	base      string // subset tag and face name
	id        string // the face and glyphs, exactly: what a form's glyph numbers follow
	program   []byte // FontFile2 stream object
	toUnicode []byte // ToUnicode stream object
	widths    []byte
	// the digests of program and toUnicode
	programSum, toUnicodeSum [md5.Size]byte
}

// subsetCache holds the embedded subsets of a run, by face and glyphs.
type subsetCache struct {
	mu sync.Mutex
	m  map[string]*embedded
}

func (c *subsetCache) subset(sf *subsetFont, ids []uint16) (*embedded, error) {
	// The widths are the advances the frames set the glyphs with, so that
	// the PDF places every glyph where layout did.
	var widths []byte
	for i, id := range ids {
		if i > 0 {
			widths = append(widths, ' ')
		}
		widths = appendNum(widths, sf.advance[id]*1000)
	}
	// The face by its content: two extra files may share a name.
	key := make([]byte, 0, len(sf.face.ID)+2*len(ids)+len(widths))
	key = append(key, sf.face.ID...)
	for _, id := range ids {
		key = append(key, byte(id>>8), byte(id))
	}
	key = append(key, widths...)
	c.mu.Lock()
	e := c.m[string(key)]
	c.mu.Unlock()
	if e != nil {
		return e, nil
	}
	program, err := sf.face.Subset(ids)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(key)
	e = &embedded{
		base:      subsetTag(sf.face.ID, ids) + "+" + sf.face.Name,
		id:        hex.EncodeToString(sum[:]),
		program:   streamBest(program, fmt.Sprintf("/Length1 %d", len(program))),
		toUnicode: streamBest(toUnicode(ids, sf), ""),
		widths:    widths,
	}
	e.programSum, e.toUnicodeSum = md5.Sum(e.program), md5.Sum(e.toUnicode)
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string]*embedded{}
	}
	c.m[string(key)] = e
	c.mu.Unlock()
	return e, nil
}

// subsetTag is the six capital letters that name a subset; derived from the
// face and glyphs so that equal subsets get equal names, and subsets of
// two faces that share a name get different ones.
func subsetTag(faceID string, ids []uint16) string {
	h := sha256.New()
	h.Write([]byte(faceID))
	for _, id := range ids {
		h.Write([]byte{byte(id >> 8), byte(id)})
	}
	sum := h.Sum(nil)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}

func toUnicode(ids []uint16, sf *subsetFont) []byte {
	var b bytes.Buffer
	b.WriteString("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n")
	for start := 0; start < len(ids); start += 100 {
		chunk := ids[start:min(start+100, len(ids))]
		fmt.Fprintf(&b, "%d beginbfchar\n", len(chunk))
		for _, id := range chunk {
			fmt.Fprintf(&b, "<%04X><%s>\n", sf.newID[id], utf16Hex(sf.runes[id]))
		}
		b.WriteString("endbfchar\n")
	}
	b.WriteString("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n")
	return b.Bytes()
}

func utf16Hex(r rune) string {
	var b []byte
	for _, u := range utf16.Encode([]rune{r}) {
		b = appendHex4(b, u)
	}
	return string(b)
}

// separation returns the name of the colour space for a spot colour.
func (r *resources) separation(c frame.Color) string {
	if name, ok := r.sepNames[c.Spot]; ok {
		r.note(use{kind: useSeparation, color: c, name: name})
		return name
	}
	name := fmt.Sprintf("CS%d", len(r.seps)+1)
	obj := r.objs.add(fmt.Appendf(nil,
		"[/Separation/%s/DeviceCMYK<</FunctionType 2/Domain[0 1]/C0[0 0 0 0]/C1[%s %s %s %s]/N 1>>]",
		c.Spot, fmtNum(c.C), fmtNum(c.M), fmtNum(c.Y), fmtNum(c.K)))
	r.sepNames[c.Spot] = name
	r.seps = append(r.seps, named{name, obj})
	r.note(use{kind: useSeparation, color: c, name: name})
	return name
}

// gstate returns the name of the graphics state that sets overprint for
// fills and strokes; overprint mode 1 keeps the inks under a process
// colour's zero components, so 100 % K text leaves the ground under it.
func (r *resources) gstate(fill, stroke bool) string {
	i := 0
	if fill {
		i |= 1
	}
	if stroke {
		i |= 2
	}
	if r.gstates[i] == "" {
		r.gstates[i] = fmt.Sprintf("GS%d", len(r.gsObjs)+1)
		obj := r.objs.add(fmt.Appendf(nil, "<</Type/ExtGState/op %t/OP %t/OPM 1>>", fill, stroke))
		r.gsObjs = append(r.gsObjs, named{r.gstates[i], obj})
	}
	r.note(use{kind: useGState, fill: fill, stroke: stroke, name: r.gstates[i]})
	return r.gstates[i]
}

// layer returns the property name of an optional-content group.
func (r *resources) layer(title string) string {
	if name, ok := r.layerIDs[title]; ok {
		r.note(use{kind: useLayer, layer: title, name: name})
		return name
	}
	name := fmt.Sprintf("OC%d", len(r.layers)+1)
	obj := r.objs.add(fmt.Appendf(nil, "<</Type/OCG/Name%s>>", textString(title)))
	r.layerIDs[title] = name
	r.layers = append(r.layers, named{name, obj})
	r.note(use{kind: useLayer, layer: title, name: name})
	return name
}

func (r *resources) ocProperties() string {
	if len(r.layers) == 0 {
		return ""
	}
	var refs strings.Builder
	for _, l := range r.layers {
		fmt.Fprintf(&refs, "%d 0 R ", l.obj)
	}
	return fmt.Sprintf("/OCProperties<</OCGs[%[1]s]/D<</Name(fuwuka)/Order[%[1]s]/ON[%[1]s]>>>>", refs.String())
}

func (r *resources) dict() []byte {
	var b bytes.Buffer
	b.WriteString("<</ProcSet[/PDF/Text]")
	section := func(key string, entries []named) {
		if len(entries) == 0 {
			return
		}
		fmt.Fprintf(&b, "/%s<<", key)
		for _, e := range entries {
			fmt.Fprintf(&b, "/%s %d 0 R", e.name, e.obj)
		}
		b.WriteString(">>")
	}
	fontEntries := make([]named, len(r.fonts))
	for i, f := range r.fonts {
		fontEntries[i] = named{f.name, f.obj}
	}
	section("Font", fontEntries)
	section("ColorSpace", r.seps)
	section("Properties", r.layers)
	section("XObject", r.formObjs)
	section("ExtGState", r.gsObjs)
	b.WriteString(">>")
	return b.Bytes()
}
