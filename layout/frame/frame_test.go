package frame

import (
	"testing"
)

func TestModulesRuns(t *testing.T) {
	m := Modules{X: 10, Y: 20, Module: 0.5, Dark: GridOf([][]bool{
		{true, true, false, true},
		{false, false, false, false},
		{false, true, true, true},
	})}
	want := []Box{{10, 20, 1, 0.5}, {11.5, 20, 0.5, 0.5}, {10.5, 21, 1.5, 0.5}}
	got := m.Runs()
	if len(got) != len(want) {
		t.Fatalf("runs %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("run %d: %v, want %v", i, got[i], want[i])
		}
	}
}

func TestDigest(t *testing.T) {
	red := CMYK(0, 100, 100, 10)
	make := func(x float64, key string) *Frame {
		inner := &Frame{W: 5, H: 5}
		inner.Add(Circle{X: 1, Y: 1, R: 1, Paint: Paint{Fill: &red}})
		f := &Frame{W: 10, H: 10}
		f.Add(Rect{Box: Box{X: x, W: 3, H: 3}, Paint: Paint{Fill: &red}}, Group{Frame: inner, Key: key})
		return f
	}
	// two frames built alike, not one frame twice
	if a, b := make(1, "a"), make(1, "a"); a.Digest() != b.Digest() {
		t.Error("equal frames, different digests")
	}
	for _, other := range []*Frame{make(1.0000001, "a"), make(1, "b")} {
		if other.Digest() == make(1, "a").Digest() {
			t.Error("different frames, one digest")
		}
	}
	white := White
	a := make(1, "a")
	b := make(1, "a")
	b.Items[0] = Rect{Box: Box{X: 1, W: 3, H: 3}, Paint: Paint{Fill: &white}}
	if a.Digest() == b.Digest() {
		t.Error("a fill's colour does not change the digest")
	}
}
