package render

import "testing"

// BenchmarkPreviewCard draws one card's PNG at 100 dpi from its art, on
// one core: the part of preview that a picture costs beyond the layout.
func BenchmarkPreviewCard(b *testing.B) {
	r, set := load(b)
	laid, err := Lay(r, set, []string{r.Households[0].ID}, 1)
	if err != nil {
		b.Fatal(err)
	}
	o := PreviewOptions{Format: PNG, DPI: 100}
	art := laid[0].Art
	var size int
	for b.Loop() {
		data, err := Picture(art.Frame(), art.Trim, r.Card.CornerRadius, o)
		if err != nil {
			b.Fatal(err)
		}
		size = len(data)
	}
	b.ReportMetric(float64(size), "bytes/png")
}

// BenchmarkPreview1000 lays out and draws 1,000 households' PNGs at 100
// dpi into a folder, with every core.
func BenchmarkPreview1000(b *testing.B) {
	r, set := loadBench(b, 1000)
	dir := b.TempDir()
	for b.Loop() {
		if _, err := Preview(r, set, PreviewOptions{Dir: dir, Format: PNG, DPI: 100}); err != nil {
			b.Fatal(err)
		}
	}
}
