package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/layout/design"
)

// The camera a resident scans the card with, from the doorway: a phone's
// main camera, 70° across, whose scanner reads a 1920-pixel-wide (1080p)
// preview frame. At a distance d the frame spans 2·d·tan 35° of the
// wall, so a card is seen at 1920 / (2·d·tan 35°) pixels a millimetre:
// 2.74 at 50 cm (70 dpi), 2.28 at 60 cm (58 dpi).
const (
	cameraFOV    = 70.0 // degrees, horizontal
	cameraPixels = 1920.0
)

// cameraDPI is how finely the camera samples a card d millimetres away,
// in dots per inch.
func cameraDPI(d float64) float64 {
	span := 2 * d * math.Tan(cameraFOV/2*math.Pi/180)
	return cameraPixels / span * 25.4
}

// The QR code scans from the doorway: every design's card, rendered as
// the camera above sees it at 50 cm and at 60 cm, decodes with zbarimg;
// on a 100 mm card, the smallest code a card of that size or larger
// prints, of the example and of the crowded village.
func TestQRScansFromTheDoorway(t *testing.T) {
	needTools(t, "pdftoppm", "zbarimg")
	base, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	village, err := os.ReadFile("../../examples/shuangshu/roster.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range design.Names() {
		for _, tc := range []struct {
			roster string
			size   int
		}{{string(base), 100}, {string(village), 100}} {
			t.Run(fmt.Sprintf("%s/%s-%d", name, map[bool]string{true: "village", false: "example"}[tc.roster == string(village)], tc.size), func(t *testing.T) {
				dir := t.TempDir()
				file := filepath.Join(dir, "roster.yaml")
				text := strings.Replace(strings.Replace(tc.roster, "design: warm", "design: "+name, 1), "size: 100mm", fmt.Sprintf("size: %dmm", tc.size), 1)
				if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
				r, err := card.Load(file, loadOptions)
				if err != nil {
					t.Fatal(err)
				}
				h := r.Households[0]
				out := filepath.Join(dir, "out")
				if _, stderr, code := fuwuka(t, nil, "cards", file, "-o", out, "--household", h.ID); code != 0 {
					t.Fatalf("cards exited %d: %s", code, stderr)
				}
				c, err := card.For(r, h)
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range []float64{500, 600} {
					dpi := cameraDPI(d)
					prefix := filepath.Join(dir, fmt.Sprintf("at%.0f", d))
					run(t, "pdftoppm", "-r", fmt.Sprintf("%.1f", dpi), "-png", "-singlefile", filepath.Join(out, h.ID+".pdf"), prefix)
					if got := decodeQR(t, prefix+".png"); got != c.QR {
						t.Errorf("at %.0f cm (%.1f dpi): the QR code reads %q, want %q", d/10, dpi, got, c.QR)
					}
				}
			})
		}
	}
}
