package pdf

import (
	"bytes"
	"fmt"
	"io"
	"iter"
	"time"
	"unicode/utf16"

	"github.com/fuwuka/fuwuka/layout/frame"
)

// Info is the document's metadata.
type Info struct {
	Title   string
	Creator string
	Date    time.Time
	// Job is what the press needs to know of the file beyond its pages,
	// such as how many copies to print, written into the XMP metadata
	// where a RIP's job ticket reader or a preflight can read it.
	Job []Property
}

// Property is one fact of a job, as an XMP property of fuwuka's namespace
// (JobNamespace): Name must be an XML name such as Copies.
type Property struct {
	Name, Value string
}

// Writer writes PDF files. It keeps the font subsets it has made and the
// shared frames (groups with a Key) it has drawn, so that the many files
// of one run cut and compress each once: a Key must name the same frame
// in every file a Writer writes. A Writer is safe for concurrent use.
type Writer struct {
	// OutlineText draws text as filled glyph outlines and embeds no
	// font; set it before the first file is written.
	OutlineText bool

	cache subsetCache
	forms formCache
}

// NewWriter returns a Writer with no subsets made yet.
func NewWriter() *Writer { return &Writer{} }

// Write writes pages as one PDF file with a Writer of its own.
func Write(w io.Writer, info Info, pages []frame.Page) error {
	return NewWriter().Write(w, info, pages)
}

// Write writes pages as one PDF file.
func (pw *Writer) Write(w io.Writer, info Info, pages []frame.Page) error {
	return pw.WritePages(w, info, func(yield func(frame.Page, error) bool) {
		for _, p := range pages {
			if !yield(p, nil) {
				return
			}
		}
	})
}

// WritePages writes the pages as one PDF file. It goes through them twice,
// in order: once for the glyphs they use, and once to draw them, so that
// it holds no page it is not drawing, and memory does not grow with the
// pages. An error that
// comes with a page in the first pass stops the file before a byte of it
// is written.
func (pw *Writer) WritePages(w io.Writer, info Info, pages iter.Seq2[frame.Page, error]) error {
	res := newResources(&pw.cache, &pw.forms)
	res.outline = pw.OutlineText
	n := 0
	for p, err := range pages {
		if err != nil {
			return err
		}
		res.collect(p.Frame)
		n++
	}
	o := newObjects(w)
	catalog := o.alloc()
	pagesObj := o.alloc()
	resObj := o.alloc()
	res.objs, res.resObj = o, resObj
	if err := res.embedFonts(); err != nil {
		return err
	}
	kids := make([]byte, 0, 16*n)
	drawn := 0
	for p, err := range pages {
		if err != nil {
			return err
		}
		c := newContent(res, p.Frame.H, true) // a page starts without overprint
		res.draw(c, p.Frame)
		contents := o.addStream(c.b, "")
		c.free()
		h := p.Frame.H
		page := fmt.Appendf(nil, "<</Type/Page/Parent %d 0 R/MediaBox[0 0 %s %s]/TrimBox%s/BleedBox%s/Resources %d 0 R/Contents %d 0 R>>",
			pagesObj, fmtNum(p.Frame.W*k), fmtNum(h*k), box(p.Trim, h), box(p.Bleed, h), resObj, contents)
		kids = fmt.Appendf(kids, "%d 0 R ", o.add(page))
		drawn++
	}
	if drawn != n {
		return fmt.Errorf("pdf: %d pages to draw, %d seen before", drawn, n)
	}
	o.set(pagesObj, fmt.Appendf(nil, "<</Type/Pages/Count %d/Kids[%s]>>", n, kids))
	o.set(resObj, res.dict())
	intents := outputIntents(o)
	meta := o.add(metadata(info, documentID(o)))
	o.set(catalog, fmt.Appendf(nil, "<</Type/Catalog/Pages %d 0 R/Metadata %d 0 R%s%s>>", pagesObj, meta, intents, res.ocProperties()))
	infoObj := o.add(infoDict(info))
	return o.finish(catalog, infoObj)
}

func box(b frame.Box, h float64) string {
	return "[" + fmtNum(b.X*k) + " " + fmtNum((h-b.Y-b.H)*k) + " " + fmtNum((b.X+b.W)*k) + " " + fmtNum((h-b.Y)*k) + "]"
}

func fmtNum(v float64) string { return string(appendNum(nil, v)) }

// textString encodes a PDF text string: printable ASCII as a literal,
// anything else as UTF-16BE with a byte order mark.
func textString(s string) string {
	if isPlainASCII(s) {
		return "(" + s + ")"
	}
	b := []byte("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		b = appendHex4(b, u)
	}
	return string(append(b, '>'))
}

// draw writes the frame's items into c.
func (r *resources) draw(c *content, f *frame.Frame) {
	for _, it := range f.Items {
		switch it := it.(type) {
		case frame.Rect:
			c.rect(it)
		case frame.Line:
			c.line(it)
		case frame.Circle:
			c.path(it.Outline(), it.Paint)
		case frame.Path:
			c.path(it.Segs, it.Paint)
		case frame.Modules:
			c.modules(it)
		case frame.Text:
			if r.outline {
				c.outlineText(it)
			} else {
				c.text(it, r.byFace[it.Face])
			}
		case frame.Group:
			r.group(c, it)
		}
	}
}

func (r *resources) group(c *content, g frame.Group) {
	if g.Layer != "" {
		c.op("/OC /" + r.layer(g.Layer) + " BDC")
	}
	if g.Key != "" {
		name := r.form(g)
		c.save()
		c.b = append(c.b, "1 0 0 1 "...)
		c.x(g.X)
		c.y(g.Y + g.Frame.H)
		c.op("cm /" + name + " Do")
		c.restore()
	} else {
		ox, oy := c.ox, c.oy
		c.ox, c.oy = ox+g.X, oy+g.Y
		r.draw(c, g.Frame)
		c.ox, c.oy = ox, oy
	}
	if g.Layer != "" {
		c.op("EMC")
	}
}

// form returns the name of the form XObject that draws a shared frame,
// writing it the first time its key is seen.
func (r *resources) form(g frame.Group) string {
	name, ok := r.forms[g.Key]
	if !ok {
		name = fmt.Sprintf("Fm%d", len(r.forms)+1)
		r.forms[g.Key] = name
		r.writeForm(g, name)
	}
	r.note(use{kind: useForm, group: g, name: name})
	return name
}

// writeForm writes the form called name: from the Writer's cache when an
// earlier file made it with the same subsets and resource names, else
// drawn, and then kept for the files after.
func (r *resources) writeForm(g frame.Group, name string) {
	outer := r.rec
	defer func() { r.rec = outer }()
	dict := fmt.Sprintf("/Type/XObject/Subtype/Form/BBox[0 0 %s %s]/Resources %d 0 R",
		fmtNum(g.Frame.W*k), fmtNum(g.Frame.H*k), r.resObj)
	key := g.Key + "\x00" + r.fontSig
	if f := r.formC.get(key); f != nil {
		r.rec = nil
		if r.replay(f.uses) {
			r.formObjs = append(r.formObjs, named{name, r.objs.addCompressed(f.data, dict)})
			return
		}
	}
	var uses []use
	r.rec = &uses
	fc := newContent(r, g.Frame.H, false)
	r.draw(fc, g.Frame)
	z := compress(&zpool, fc.b)
	fc.free()
	r.formObjs = append(r.formObjs, named{name, r.objs.addCompressed(z.Bytes(), dict)})
	r.formC.put(key, &cachedForm{data: bytes.Clone(z.Bytes()), uses: uses})
	bufferPool.Put(z)
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '(' || c == ')' || c == '\\' {
			return false
		}
	}
	return true
}
