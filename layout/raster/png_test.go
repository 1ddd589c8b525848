package raster

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"testing"
)

func TestEncodeDecodes(t *testing.T) {
	opaque := image.NewRGBA(image.Rect(0, 0, 37, 23))
	for i := range opaque.Pix {
		opaque.Pix[i] = byte(i * 7)
		if i%4 == 3 {
			opaque.Pix[i] = 0xff
		}
	}
	// A sub-image, whose rows do not start at the buffer's.
	sub := opaque.SubImage(image.Rect(5, 3, 20, 20)).(*image.RGBA)
	// Noise compresses to more than one IDAT chunk holds.
	noise := image.NewRGBA(image.Rect(0, 0, 800, 600))
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range noise.Pix {
		noise.Pix[i] = byte(rng.UintN(256)) | byte(i%4/3*0xff)
	}
	half := image.NewNRGBA(image.Rect(0, 0, 2, 1))
	half.SetNRGBA(0, 0, color.NRGBA{0, 0, 0, 0x80})
	half.SetNRGBA(1, 0, color.NRGBA{0, 173, 239, 0})

	for _, tc := range []struct {
		name string
		img  image.Image
		want func(x, y int) color.RGBA
	}{
		{"opaque", opaque, func(x, y int) color.RGBA { return opaque.RGBAAt(x, y) }},
		{"noise", noise, func(x, y int) color.RGBA { return noise.RGBAAt(x, y) }},
		{"sub-image", sub, func(x, y int) color.RGBA { return opaque.RGBAAt(x+5, y+3) }},
		// Over white paper: half black is mid grey, nothing is white.
		{"transparent", half, func(x, y int) color.RGBA {
			return [...]color.RGBA{{0x7f, 0x7f, 0x7f, 0xff}, {0xff, 0xff, 0xff, 0xff}}[x]
		}},
		{"empty", image.NewRGBA(image.Rectangle{}), func(x, y int) color.RGBA { return color.RGBA{0xff, 0xff, 0xff, 0xff} }},
	} {
		var b bytes.Buffer
		if err := Encode(&b, tc.img); err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(&b)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		for y := range got.Bounds().Dy() {
			for x := range got.Bounds().Dx() {
				if c := color.RGBAModel.Convert(got.At(x, y)).(color.RGBA); c != tc.want(x, y) {
					t.Errorf("%s: pixel (%d, %d) is %v, want %v", tc.name, x, y, c, tc.want(x, y))
				}
			}
		}
	}
}

func TestEncodeChunks(t *testing.T) {
	var b bytes.Buffer
	if err := Encode(&b, image.NewRGBA(image.Rect(0, 0, 4, 4))); err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for rest := b.Bytes()[8:]; len(rest) >= 12; {
		n := int(rest[0])<<24 | int(rest[1])<<16 | int(rest[2])<<8 | int(rest[3])
		kinds = append(kinds, string(rest[4:8]))
		rest = rest[12+n:]
	}
	if got := fmt.Sprint(kinds); got != "[IHDR sRGB IDAT IEND]" {
		t.Errorf("chunks %s, want IHDR sRGB IDAT IEND", got)
	}
}
