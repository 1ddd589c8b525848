// Package frame is the boundary between layout and output: a Frame is a
// finished page or card, a size and items at fixed positions in millimetres
// (shapes, paths, glyph runs already set in a face, QR modules and groups).
// Writers (PDF, PNG, SVG) walk frames and know nothing else; designs and
// imposition make them.
package frame
