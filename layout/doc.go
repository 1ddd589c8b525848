// Package layout holds what every design shares to turn words into a
// frame: setting a string as glyph runs in the faces that draw it, with
// advances and ascents taken from the fonts themselves, and breaking lines
// the Chinese way. Designs (layout/design) use it to make cards and round
// lists; imposition (layout/impose) to set its slug lines; writers never do.
package layout
