package main

import (
	"github.com/fuwuka/fuwuka/render"
	"github.com/schollz/progressbar/v3"
)

// progressMin is the smallest job that gets a progress bar: smaller ones
// finish before a bar would be read.
const progressMin = 50

// progress is a progress bar on standard error for a job of items called
// what, or nil when nobody would see one: standard error is not a
// terminal, the run is --quiet, or the job is small.
func progress(io *IO, what string) render.Progress {
	if !io.Terminal || io.Quiet {
		return nil
	}
	var bar *progressbar.ProgressBar
	return func(done, total int) {
		if total <= progressMin {
			return
		}
		if bar == nil {
			bar = progressbar.NewOptions(total,
				progressbar.OptionSetWriter(io.Err),
				progressbar.OptionSetDescription(what),
				progressbar.OptionShowCount(),
				progressbar.OptionSetWidth(30),
				progressbar.OptionClearOnFinish(),
				progressbar.OptionSetPredictTime(false),
			)
		}
		bar.Set(done)
	}
}
