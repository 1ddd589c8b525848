// Package layout turns what a card says into a Frame: a finished page of
// items at fixed positions in millimetres. It also places finished card
// frames on press sheets with their marks. Writers (package layout/pdf) only
// walk frames; they never see the roster.
package layout
