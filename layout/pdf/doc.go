// Package pdf writes layout frames as press-ready PDF: page boxes, artwork
// in DeviceCMYK, separations (CutContour) on optional-content layers, fonts
// embedded as subsets, shared artwork as form XObjects, and bytes that depend
// only on the frames.
package pdf
