package render

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// TestTrustMTime proves which check a rerun makes: a card whose bytes were
// changed but whose size and time were put back is kept with TrustMTime
// (nothing read it) and drawn again without; a card whose time changed is
// read and, its bytes changed too, drawn again.
func TestTrustMTime(t *testing.T) {
	r, set := load(t)
	dir := t.TempDir()
	drawCards(t, r, set, dir, CardsOptions{TrustMTime: true})
	m := readManifestFile(t, dir, ManifestName(Shard{}))
	for _, c := range m.Cards {
		if c.Size == 0 || c.MTime == 0 {
			t.Fatalf("%s: no size or time recorded: %+v", c.File, c)
		}
	}
	hidden, touched := cardFile(r.Households[1].ID), cardFile(r.Households[2].ID)
	// flip has the same size as the card's bytes, and its time put back
	// unless a new one is given.
	flip := func(name string, mtime *time.Time) {
		path := filepath.Join(dir, name)
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(path)
		data[len(data)-2] ^= 1
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		at := fi.ModTime()
		if mtime != nil {
			at = *mtime
		}
		if err := os.Chtimes(path, at, at); err != nil {
			t.Fatal(err)
		}
	}
	flip(hidden, nil)
	later := time.Unix(1800000000, 0)
	flip(touched, &later)

	res := drawCards(t, r, set, dir, CardsOptions{TrustMTime: true})
	if !slices.Equal(res.Rendered, []string{touched}) {
		t.Errorf("with TrustMTime: rendered %v, want only %s (its time changed)", res.Rendered, touched)
	}
	res = drawCards(t, r, set, dir, CardsOptions{})
	if !slices.Equal(res.Rendered, []string{hidden}) {
		t.Errorf("without TrustMTime: rendered %v, want %s (its bytes changed, size and time put back)", res.Rendered, hidden)
	}
	for _, c := range readManifestFile(t, dir, ManifestName(Shard{})).Cards {
		if c.Size != 0 || c.MTime != 0 {
			t.Fatalf("without TrustMTime the manifest records %s's size and time", c.File)
		}
	}
}

// TestTrustMTimeRecordsOnce: a folder drawn without TrustMTime has no
// times; the first run with it reads every card once and records them, so
// the next one keeps a card whose time moved only after reading it.
func TestTrustMTimeRecordsOnce(t *testing.T) {
	r, set := load(t)
	dir := t.TempDir()
	drawCards(t, r, set, dir, CardsOptions{})
	if res := drawCards(t, r, set, dir, CardsOptions{TrustMTime: true}); len(res.Rendered) != 0 {
		t.Fatalf("rendered %v on the first run with TrustMTime", res.Rendered)
	}
	name := cardFile(r.Households[0].ID)
	later := time.Unix(1800000000, 0)
	os.Chtimes(filepath.Join(dir, name), later, later)
	if res := drawCards(t, r, set, dir, CardsOptions{TrustMTime: true}); len(res.Rendered) != 0 {
		t.Errorf("rendered %v: a card only copied with a new time is the same card", res.Rendered)
	}
	for _, c := range readManifestFile(t, dir, ManifestName(Shard{})).Cards {
		if c.File == name && c.MTime != later.UnixNano() {
			t.Errorf("%s: time %d recorded, want the new %d", name, c.MTime, later.UnixNano())
		}
	}
}
