// Package render runs the pipeline for a set of households — card content,
// layout, PDF — in parallel, and writes the files into the output folder
// through temporary files, so that a run either writes whole PDFs or none.
package render
