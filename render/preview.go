package render

import (
	"bytes"
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/impose"
	"github.com/fuwuka/fuwuka/layout/raster"
	"github.com/fuwuka/fuwuka/layout/svg"
	"github.com/fuwuka/fuwuka/msg"
)

// Picture formats.
const (
	PNG = "png"
	SVG = "svg"
)

// PreviewOptions select households and how their pictures are made.
type PreviewOptions struct {
	Dir        string
	Households []string // ids; all when empty
	// Zone keeps only the households of one zone (card.NoZone: those
	// without one); "" keeps all.
	Zone   string
	Format string  // PNG or SVG
	DPI    float64 // of a PNG; an SVG scales
	// Bleed shows the whole artwork, bleed included, with the die line;
	// otherwise the picture is the trimmed card, as it hangs on the wall.
	Bleed    bool
	Workers  int      // 0: one per core
	Progress Progress // told of each picture made; nil: nobody
}

// Preview makes a picture of each selected household's card, DIR/<id>.png
// or .svg, from the same frames as its PDF. Every problem of every card is
// reported before anything is written; each file is written whole or not
// at all.
func Preview(r *card.Roster, set *fonts.Set, o PreviewOptions) ([]string, error) {
	hs, err := r.Select(o.Households)
	if err != nil {
		return nil, err
	}
	if o.Zone != "" {
		if hs, err = inZone(r, hs, o.Zone); err != nil {
			return nil, err
		}
	}
	laid, err := layHouseholds(r, set, hs, o.Workers)
	if err != nil {
		return nil, err
	}
	if err := files.Folder(o.Dir); err != nil {
		return nil, err
	}
	names := make([]string, len(laid))
	errs := make([]error, len(laid))
	done := newCounter(o.Progress, len(laid))
	parallel(len(laid), o.Workers, func(i int) {
		defer done.add(1)
		data, err := Picture(laid[i].Art.Frame(), laid[i].Art.Trim, r.Card.CornerRadius, o)
		names[i] = laid[i].Household.ID + "." + o.Format
		if err == nil {
			err = WriteFile(o.Dir, names[i], data)
		}
		errs[i] = err
	})
	return names, writeErrors(o.Dir, errs)
}

// inZone keeps the households of zone z, or says which zones there are.
func inZone(r *card.Roster, hs []card.Household, z string) ([]card.Household, error) {
	if known := r.AllZones(); !slices.Contains(known, z) {
		return nil, msg.Errorf("no zone %q in the roster (zones: %s)", z, strings.Join(known, ", "))
	}
	var in []card.Household
	for _, h := range hs {
		if cmp.Or(h.Zone, card.NoZone) == z {
			in = append(in, h)
		}
	}
	return in, nil
}

// Picture draws card art (trim plus bleed, trim where it is in the art)
// as a PNG or SVG: the trimmed card, or with o.Bleed the whole artwork
// and the die line with corners of radius.
func Picture(art *frame.Frame, trim frame.Box, radius float64, o PreviewOptions) ([]byte, error) {
	page := impose.CardPage(art, trim, impose.PageOptions{CutContour: o.Bleed, Radius: radius})
	region := page.Trim
	if o.Bleed {
		region = page.Bleed
	}
	var buf bytes.Buffer
	switch o.Format {
	case SVG:
		if err := svg.Write(&buf, page.Frame, region); err != nil {
			return nil, err
		}
	case PNG:
		// The picture's pixels are those of the whole page's render at
		// this resolution, cropped to the trim at the nearest pixel, as a
		// viewer crops: a third of a pixel of bleed may show at an edge,
		// and no resampling blurs the card.
		px := 25.4 / o.DPI
		region.X, region.Y = math.Round(region.X/px)*px, math.Round(region.Y/px)*px
		if err := raster.WritePNG(&buf, page.Frame, region, o.DPI); err != nil {
			return nil, err
		}
	default:
		return nil, msg.Errorf("unknown picture format %q (use png or svg)", o.Format)
	}
	return buf.Bytes(), nil
}
