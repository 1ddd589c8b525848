// Package svg writes frames as SVG 1.1 documents: a card for a web page or
// a vector editor, sized in millimetres and sharp at any zoom. Text is
// drawn as glyph outlines, so the file needs no fonts, and each run is
// labelled with its characters for screen readers. Colours are the
// frame's CMYK as a viewer shows it (frame.Color.RGB).
package svg

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"

	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
)

// Write writes the part of f inside region (millimetres) as an SVG
// document region's size. The same frame always gives the same bytes.
// Glyphs and shared artwork are defined in the order they are first drawn
// and named by what they are (the face's identity and the glyph id, the
// digest of a group's frame), so that many documents inlined in one page,
// whose ids all share one namespace, never draw each other's definitions.
func Write(w io.Writer, f *frame.Frame, region frame.Box) error {
	d := &doc{glyphs: map[glyphKey]bool{}, groups: map[string]bool{}}
	d.frame(&d.body, f)

	var out bytes.Buffer
	out.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	out.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"`)
	if d.layers {
		out.WriteString(` xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"`)
	}
	b := out.AvailableBuffer()
	b = append(b, ` version="1.1" width="`...)
	b = num(b, region.W)
	b = append(b, `mm" height="`...)
	b = num(b, region.H)
	// The viewBox is the region in millimetres, so that one user unit is
	// a millimetre, and the root element clips what lies outside.
	b = append(b, `mm" viewBox="`...)
	b = nums(b, region.X, region.Y, region.W, region.H)
	b = append(b, "\">\n"...)
	out.Write(b)
	if d.defs.Len() > 0 {
		out.WriteString("<defs>\n")
		out.Write(d.defs.Bytes())
		out.WriteString("</defs>\n")
	}
	out.Write(d.body.Bytes())
	out.WriteString("</svg>\n")
	_, err := w.Write(out.Bytes())
	return err
}

type glyphKey struct {
	face *fonts.Face
	id   uint16
}

// doc is a document being written: the drawing, and the definitions it
// refers to, in order of first use.
type doc struct {
	defs, body bytes.Buffer
	glyphs     map[glyphKey]bool // glyph → whether it has an outline, once defined
	groups     map[string]bool   // shared artwork's id → defined
	layers     bool              // a group is on a layer
}

func (d *doc) frame(out *bytes.Buffer, f *frame.Frame) {
	for _, it := range f.Items {
		switch it := it.(type) {
		case frame.Rect:
			if it.R <= 0 {
				d.rect(out, it)
			} else {
				d.path(out, it.Outline(), it.Paint)
			}
		case frame.Circle:
			d.path(out, it.Outline(), it.Paint)
		case frame.Path:
			d.path(out, it.Segs, it.Paint)
		case frame.Line:
			d.line(out, it)
		case frame.Text:
			d.text(out, it)
		case frame.Modules:
			d.modules(out, it)
		case frame.Group:
			d.group(out, it)
		}
	}
}

func (d *doc) rect(out *bytes.Buffer, r frame.Rect) {
	b := append(out.AvailableBuffer(), `<rect x="`...)
	b = num(b, r.X)
	b = append(b, `" y="`...)
	b = num(b, r.Y)
	b = append(b, `" width="`...)
	b = num(b, r.W)
	b = append(b, `" height="`...)
	b = num(b, r.H)
	b = append(b, '"')
	b = paint(b, r.Paint)
	b = append(b, "/>\n"...)
	out.Write(b)
}

func (d *doc) line(out *bytes.Buffer, l frame.Line) {
	if l.Stroke == nil {
		return
	}
	b := append(out.AvailableBuffer(), `<line x1="`...)
	b = num(b, l.X1)
	b = append(b, `" y1="`...)
	b = num(b, l.Y1)
	b = append(b, `" x2="`...)
	b = num(b, l.X2)
	b = append(b, `" y2="`...)
	b = num(b, l.Y2)
	b = append(b, '"')
	p := l.Paint
	p.Fill = nil // a line has no inside
	b = paint(b, p)
	b = append(b, "/>\n"...)
	out.Write(b)
}

func (d *doc) path(out *bytes.Buffer, segs []frame.Seg, p frame.Paint) {
	if p.Fill == nil && p.Stroke == nil || len(segs) == 0 {
		return
	}
	b := append(out.AvailableBuffer(), `<path d="`...)
	for i, s := range segs {
		if i > 0 {
			b = append(b, ' ')
		}
		switch s.Op {
		case frame.MoveTo:
			b = append(b, 'M')
		case frame.LineTo:
			b = append(b, 'L')
		case frame.CubeTo:
			b = append(b, 'C')
		case frame.ClosePath:
			b = append(b, 'Z')
		}
		for _, pt := range s.Points() {
			b = nums(b, pt.X, pt.Y)
			b = append(b, ' ')
		}
		if s.Op != frame.ClosePath {
			b = b[:len(b)-1]
		}
	}
	b = append(b, '"')
	b = paint(b, p)
	b = append(b, "/>\n"...)
	out.Write(b)
}

// text draws a run as uses of its glyphs' outlines, in a group scaled to
// the type size so that each glyph is placed by its pen position in ems.
// The group carries the characters as its accessible name: the outlines
// alone say nothing to a screen reader or a search.
func (d *doc) text(out *bytes.Buffer, t frame.Text) {
	if t.Face == nil || len(t.Glyphs) == 0 {
		return
	}
	b := append(out.AvailableBuffer(), `<g role="img" aria-label="`...)
	out.Write(b)
	xml.EscapeText(out, []byte(t.String()))
	b = append(out.AvailableBuffer(), `" fill="`...)
	b = hex(b, t.Color)
	b = append(b, `" transform="translate(`...)
	b = nums(b, t.X, t.Y)
	b = append(b, ") scale("...)
	b = num(b, frame.PtToMM(t.Size))
	b = append(b, ")\">\n"...)
	pen := 0.0
	for _, g := range t.Glyphs {
		if d.glyph(t.Face, g.ID) {
			b = append(b, `<use xlink:href="#`...)
			b = glyphName(b, t.Face, g.ID)
			b = append(b, '"')
			if pen != 0 {
				b = append(b, ` x="`...)
				b = num(b, pen)
				b = append(b, '"')
			}
			b = append(b, "/>\n"...)
		}
		pen += g.Advance
	}
	b = append(b, "</g>\n"...)
	out.Write(b)
}

// glyphName is the id of a glyph's path: the face's identity and the
// glyph id, the same in every document that draws that glyph.
func glyphName(b []byte, face *fonts.Face, id uint16) []byte {
	b = append(b, 'g')
	b = append(b, face.ID[:min(len(face.ID), 16)]...)
	b = append(b, '-')
	return strconv.AppendUint(b, uint64(id), 10)
}

// groupName is the id of shared artwork: the digest of its frame.
func groupName(f *frame.Frame) string { return "a" + f.Digest() }

// glyph defines the path that draws a glyph on first use, and says
// whether there is one: a glyph with no outline (a space) has none.
func (d *doc) glyph(face *fonts.Face, id uint16) bool {
	k := glyphKey{face, id}
	if has, ok := d.glyphs[k]; ok {
		return has
	}
	o := face.Outline(id)
	d.glyphs[k] = len(o) > 0
	if len(o) == 0 {
		return false
	}
	b := append(d.defs.AvailableBuffer(), `<path id="`...)
	b = glyphName(b, face, id)
	b = append(b, `" d="`...)
	// In ems with y flipped: the font's y grows upwards, SVG's down.
	for i, s := range o {
		if i > 0 {
			b = append(b, ' ')
		}
		switch s.Op {
		case fonts.SegMove:
			b = append(b, 'M')
			b = nums(b, s.P[0][0], -s.P[0][1])
		case fonts.SegLine:
			b = append(b, 'L')
			b = nums(b, s.P[0][0], -s.P[0][1])
		case fonts.SegQuad:
			b = append(b, 'Q')
			b = nums(b, s.P[0][0], -s.P[0][1], s.P[1][0], -s.P[1][1])
		case fonts.SegCube:
			b = append(b, 'C')
			b = nums(b, s.P[0][0], -s.P[0][1], s.P[1][0], -s.P[1][1], s.P[2][0], -s.P[2][1])
		case fonts.SegClose:
			b = append(b, 'Z')
		}
	}
	b = append(b, "\"/>\n"...)
	d.defs.Write(b)
	return true
}

// modules draws the dark modules as one path, a rectangle per horizontal
// run, so that a viewer anti-aliases the grid as one shape and no seams
// show between neighbours.
func (d *doc) modules(out *bytes.Buffer, m frame.Modules) {
	b := append(out.AvailableBuffer(), `<path d="`...)
	first := true
	for _, r := range m.Runs() {
		if !first {
			b = append(b, ' ')
		}
		first = false
		b = append(b, 'M')
		b = nums(b, r.X, r.Y)
		b = append(b, 'h')
		b = num(b, r.W)
		b = append(b, 'v')
		b = num(b, r.H)
		b = append(b, 'h')
		b = num(b, -r.W)
		b = append(b, 'Z')
	}
	if first {
		return // no dark modules
	}
	b = append(b, `" fill="`...)
	b = hex(b, m.Color)
	b = append(b, "\"/>\n"...)
	out.Write(b)
}

// group draws a placed frame. Shared artwork (a group with a Key) is
// defined once and used wherever it appears; a layer becomes an Inkscape
// layer, which other viewers ignore.
func (d *doc) group(out *bytes.Buffer, g frame.Group) {
	if g.Layer != "" {
		d.layers = true
		out.WriteString(`<g inkscape:groupmode="layer" inkscape:label="`)
		xml.EscapeText(out, []byte(g.Layer))
		out.WriteString("\">\n")
	}
	if g.Key == "" {
		if g.X == 0 && g.Y == 0 {
			out.WriteString("<g>\n")
		} else {
			b := append(out.AvailableBuffer(), `<g transform="translate(`...)
			b = nums(b, g.X, g.Y)
			b = append(b, ")\">\n"...)
			out.Write(b)
		}
		d.frame(out, g.Frame)
		out.WriteString("</g>\n")
	} else {
		// Named by its content, not by its Key: a key names the same
		// frame within one run, and a page may show cards of two.
		name := groupName(g.Frame)
		if !d.groups[name] {
			d.groups[name] = true
			// The definition is built aside: drawing it may define
			// glyphs and other shared artwork first.
			var def bytes.Buffer
			d.frame(&def, g.Frame)
			b := append(d.defs.AvailableBuffer(), `<g id="`...)
			b = append(b, name...)
			b = append(b, "\">\n"...)
			d.defs.Write(b)
			d.defs.Write(def.Bytes())
			d.defs.WriteString("</g>\n")
		}
		b := append(out.AvailableBuffer(), `<use xlink:href="#`...)
		b = append(b, name...)
		b = append(b, '"')
		if g.X != 0 {
			b = append(b, ` x="`...)
			b = num(b, g.X)
			b = append(b, '"')
		}
		if g.Y != 0 {
			b = append(b, ` y="`...)
			b = num(b, g.Y)
			b = append(b, '"')
		}
		b = append(b, "/>\n"...)
		out.Write(b)
	}
	if g.Layer != "" {
		out.WriteString("</g>\n")
	}
}

// hairline is the width drawn for a stroke of width 0, which PDF draws
// as thin as the device can: SVG would draw nothing.
const hairline = 0.05

func paint(b []byte, p frame.Paint) []byte {
	b = append(b, ` fill="`...)
	if p.Fill != nil {
		b = hex(b, *p.Fill)
	} else {
		b = append(b, "none"...)
	}
	b = append(b, '"')
	if p.Stroke != nil {
		b = append(b, ` stroke="`...)
		b = hex(b, *p.Stroke)
		b = append(b, `" stroke-width="`...)
		w := p.Line
		if w <= 0 {
			w = hairline
		}
		b = num(b, w)
		b = append(b, '"')
	}
	return b
}

// hex is the colour as #rrggbb.
func hex(b []byte, c frame.Color) []byte {
	const digits = "0123456789abcdef"
	r, g, bl := c.RGB()
	return append(b, '#', digits[r>>4], digits[r&15], digits[g>>4], digits[g&15], digits[bl>>4], digits[bl&15])
}

// num formats v with at most four decimals, a ten-thousandth of a
// millimetre or of an em: far below what a screen or a printer shows.
func num(b []byte, v float64) []byte {
	start := len(b)
	b = strconv.AppendFloat(b, v, 'f', 4, 64)
	// Trim trailing zeros and a bare point: 12.5000 → 12.5, 3.0000 → 3.
	for b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	if b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	if string(b[start:]) == "-0" {
		b = append(b[:start], '0')
	}
	return b
}

// nums formats values separated by spaces.
func nums(b []byte, vs ...float64) []byte {
	for i, v := range vs {
		if i > 0 {
			b = append(b, ' ')
		}
		b = num(b, v)
	}
	return b
}
