package main

import (
	"slices"
	"strings"
	"time"

	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/render"
	"github.com/spf13/cobra"
)

// PreviewOptions are the inputs of fuwuka preview.
type PreviewOptions struct {
	IO         *IO
	Roster     string
	Dir        string
	Households []string
	Zone       string
	Format     string
	DPI        float64
	Bleed      bool
}

// NewCmdPreview draws pictures of cards to look at and share.
func NewCmdPreview(io *IO, runF func(*PreviewOptions) error) *cobra.Command {
	opts := &PreviewOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "preview ROSTER -o DIR",
		Short: io.T("Draw a picture of each household's card to look at or share: DIR/<id>.png"),
		Long: io.T(`Draw a picture of each selected household's card into DIR/<id>.png (or
.svg with --format svg), from the same layout as its PDF: the trimmed card
as it hangs on the wall, or with --bleed the whole artwork with the bleed
and the die line. A PNG is sRGB, showing the CMYK artwork as a screen
does; an SVG opens in any browser and scales. Nothing is written unless
every selected card is valid. ROSTER may be - for standard input.
`) + exitHelp(io),
		Args: exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Roster = args[0]
			if opts.Dir == "" {
				return usagef("preview needs an output folder: -o DIR")
			}
			opts.Format = strings.ToLower(opts.Format)
			if opts.Format != render.PNG && opts.Format != render.SVG {
				return usagef("--format: %q is neither png nor svg", opts.Format)
			}
			if !(opts.DPI >= minDPI && opts.DPI <= maxDPI) {
				return usagef("--dpi: %g is outside %d to %d", opts.DPI, minDPI, maxDPI)
			}
			if runF != nil {
				return runF(opts)
			}
			return previewRun(opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Dir, "output", "o", "", io.T("output folder (created if missing)"))
	f.StringArrayVar(&opts.Households, "household", nil, io.T("only this household id (repeatable)"))
	f.StringVar(&opts.Zone, "zone", "", io.T("only the households of this zone (未分片: those without one)"))
	f.StringVar(&opts.Format, "format", render.PNG, io.T("png or svg"))
	f.Float64Var(&opts.DPI, "dpi", 150, io.T("resolution of a PNG, in dots per inch")+" "+
		io.T("(50 to 1200; a picture over 16 megapixels, as 210 mm at 600 dpi, is drawn a band of rows at a time, so memory stays near a hundred megabytes whatever the size)"))
	f.BoolVar(&opts.Bleed, "bleed", false, io.T("show the whole artwork with the bleed and the die line, not the trimmed card"))
	jsonFlag(io, cmd)
	return cmd
}

// The resolutions a PNG may have: enough to read a 6 pt phone number, and
// at most a print resolution that keeps a 210 mm card's picture under
// 100 megapixels.
const minDPI, maxDPI = 50, 1200

// PreviewSummary is what a run of fuwuka preview did.
type PreviewSummary struct {
	Dir     string   `json:"dir"`
	Format  string   `json:"format"`
	DPI     float64  `json:"dpi"` // of PNGs; 0 for SVG
	Files   []string `json:"files"`
	Seconds float64  `json:"seconds"`
}

// Text is the summary line.
func (s PreviewSummary) Text() msg.Text {
	return msg.F("%s in %s, %.2fs", msg.Plural(len(s.Files), "%d picture", "%d pictures"), s.Dir, s.Seconds)
}

func previewRun(opts *PreviewOptions) error {
	start := time.Now()
	j, err := loadJob(opts.IO, opts.Roster, opts.Households)
	if err != nil {
		return err
	}
	unlock, err := lockFolder(opts.Dir, "")
	if err != nil {
		return err
	}
	defer unlock()
	if opts.Zone != "" {
		if zones := j.roster.AllZones(); !slices.Contains(zones, opts.Zone) {
			return usagef("--zone: no zone %q in the roster (zones: %s)", opts.Zone, strings.Join(zones, ", "))
		}
	}
	files, err := render.Preview(j.roster, j.fonts, render.PreviewOptions{
		Dir:        opts.Dir,
		Households: opts.Households,
		Zone:       opts.Zone,
		Format:     opts.Format,
		DPI:        opts.DPI,
		Bleed:      opts.Bleed,
		Progress:   progress(opts.IO, opts.IO.T("pictures")),
	})
	if err != nil {
		return err
	}
	sum := PreviewSummary{Dir: opts.Dir, Format: opts.Format, Files: nonNil(files), Seconds: seconds(start)}
	if opts.Format == render.PNG {
		sum.DPI = opts.DPI
	}
	opts.IO.Result(sum)
	opts.IO.Summary(sum.Text())
	return nil
}
