package qr

import (
	"fmt"
	"math/rand/v2"
	"testing"

	qrcode "github.com/skip2/go-qrcode"
)

var theirLevels = [4]qrcode.RecoveryLevel{qrcode.Low, qrcode.Medium, qrcode.High, qrcode.Highest}

// payloads are the cards' kind of content and the corners of go-qrcode's
// segmenting: digits, upper-case runs, mixed modes, UTF-8, long texts.
func payloads(n int) []string {
	r := rand.New(rand.NewPCG(15, 1))
	alphabets := []string{
		"0123456789",
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 $%*+-./:",
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-./:?=&_",
		"0123456789ABC/abc",
	}
	var out []string
	for i := 0; i < n/4; i++ {
		out = append(out, fmt.Sprintf("https://12345.example.org/r?c=baicaowa&h=E-%04d", i))
	}
	out = append(out, "白草洼村 东街12号", "1", "A", "a", "12345678901234567890ABCDEFGHabc")
	for len(out) < n {
		a := alphabets[r.IntN(len(alphabets))]
		size := 1 + r.IntN(60)
		if r.IntN(40) == 0 { // large versions, few: go-qrcode is slow there
			size = 100 + r.IntN(900)
		}
		b := make([]byte, size)
		for j := range b {
			b[j] = a[r.IntN(len(a))]
		}
		out = append(out, string(b))
	}
	return out
}

func TestSameAsGoQRCode(t *testing.T) {
	n := 4000
	if testing.Short() {
		n = 400
	}
	tooLong := 0
	for i, p := range payloads(n) {
		level := Level(i % 4)
		want, theirErr := qrcode.New(p, theirLevels[level])
		got, err := Encode(p, level)
		if (err != nil) != (theirErr != nil) {
			t.Fatalf("Encode(%q, %d): error %v, go-qrcode's %v", p, level, err, theirErr)
		}
		if err != nil {
			tooLong++
			continue
		}
		want.DisableBorder = true
		wantBits := want.Bitmap()
		if got.Size != len(wantBits) {
			t.Fatalf("Encode(%q, %d): %d modules a side, go-qrcode %d", p, level, got.Size, len(wantBits))
		}
		for y, row := range wantBits {
			for x, dark := range row {
				if got.Black(x, y) != dark {
					t.Fatalf("Encode(%q, %d): module (%d, %d) differs from go-qrcode's", p, level, x, y)
				}
			}
		}
	}
	if tooLong > n/10 {
		t.Errorf("%d of %d payloads too long for both: too few compared", tooLong, n)
	}
}

func TestTooLong(t *testing.T) {
	long := make([]byte, 3000)
	for i := range long {
		long[i] = 'a'
	}
	if _, err := Encode(string(long), L); err == nil {
		t.Error("3000 bytes encoded; a QR code holds at most 2953")
	}
	if _, err := Encode(string(long[:2953]), L); err != nil {
		t.Errorf("2953 bytes at level L: %v", err)
	}
	if _, err := Encode("", M); err == nil {
		t.Error("empty text encoded")
	}
}

func TestFunctionPatterns(t *testing.T) {
	c, err := Encode("HELLO", M)
	if err != nil {
		t.Fatal(err)
	}
	if c.Size != 21 || len(c.Bits) != 21*21 {
		t.Fatalf("%d modules a side, %d in all, want 21×21", c.Size, len(c.Bits))
	}
	if !c.Black(0, 0) || c.Black(7, 7) || !c.Black(8, 13) {
		t.Error("finder corner, separator or dark module wrong")
	}
}

var sink *Code

func BenchmarkEncode(b *testing.B) {
	ps := payloads(400)[:100]
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sink, _ = Encode(ps[i%len(ps)], M)
	}
}

func BenchmarkGoQRCode(b *testing.B) {
	ps := payloads(400)[:100]
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		q, _ := qrcode.New(ps[i%len(ps)], qrcode.Medium)
		q.DisableBorder = true
		q.Bitmap()
	}
}
