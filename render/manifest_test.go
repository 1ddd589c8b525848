package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/msg"
)

// drawCards runs Cards with the options the tests share.
func drawCards(t *testing.T, r *card.Roster, set *fonts.Set, dir string, o CardsOptions) *CardsResult {
	t.Helper()
	o.Dir, o.CutContour, o.Date = dir, true, time.Unix(1700000000, 0)
	res, err := Cards(r, set, o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

type fileState struct {
	data  []byte
	mtime time.Time
}

// snapshot is every file in dir, with a modification time set well in the
// past first, so that a rewrite within the same second still shows.
func snapshot(t *testing.T, dir string) map[string]fileState {
	t.Helper()
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]fileState{}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = fileState{data, old}
	}
	return files
}

// untouched fails unless every file of before except those named is in dir
// with the same bytes and modification time.
func untouched(t *testing.T, dir string, before map[string]fileState, except []string) {
	t.Helper()
	for name, was := range before {
		if slices.Contains(except, name) || name == ManifestName(Shard{}) {
			continue
		}
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		data, _ := os.ReadFile(filepath.Join(dir, name))
		if !bytes.Equal(data, was.data) || !st.ModTime().Equal(was.mtime) {
			t.Errorf("%s was rewritten (mtime %v, was %v)", name, st.ModTime(), was.mtime)
		}
	}
}

func readManifestFile(t *testing.T, dir, name string) Manifest {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// manifestMatchesDisk fails unless every entry's file has the recorded
// sha256.
func manifestMatchesDisk(t *testing.T, dir string, m Manifest) {
	t.Helper()
	for _, c := range m.Cards {
		data, err := os.ReadFile(filepath.Join(dir, c.File))
		if err != nil || sha256Hex(data) != c.SHA256 {
			t.Errorf("manifest entry %s does not describe the file on disk (%v)", c.ID, err)
		}
	}
}

func ids(r *card.Roster, keep func(card.Household) bool) []string {
	var names []string
	for _, h := range r.Households {
		if keep(h) {
			names = append(names, cardFile(h.ID))
		}
	}
	return names
}

func TestRerunDrawsOnlyWhatChanged(t *testing.T) {
	r, set := load(t)
	dir := t.TempDir()
	all := ids(r, func(card.Household) bool { return true })
	if res := drawCards(t, r, set, dir, CardsOptions{}); !slices.Equal(res.Rendered, all) || len(res.Unchanged) != 0 {
		t.Fatalf("first run: rendered %v, unchanged %v", res.Rendered, res.Unchanged)
	}
	m := readManifestFile(t, dir, "manifest.json")
	if len(m.Cards) != len(all) || m.Fuwuka != Version || m.Roster != exampleRoster {
		t.Errorf("manifest: %d cards, fuwuka %q, roster %q", len(m.Cards), m.Fuwuka, m.Roster)
	}
	manifestMatchesDisk(t, dir, m)

	before := snapshot(t, dir)
	if res := drawCards(t, r, set, dir, CardsOptions{}); len(res.Rendered) != 0 || !slices.Equal(res.Unchanged, all) {
		t.Errorf("nothing changed: rendered %v", res.Rendered)
	}
	untouched(t, dir, before, nil)

	// Every card shows every official.
	r.Officials[0].Phone = r.Officials[1].Phone
	if res := drawCards(t, r, set, dir, CardsOptions{}); !slices.Equal(res.Rendered, all) {
		t.Errorf("an official's phone changed: rendered %d of %d", len(res.Rendered), len(all))
	}

	// Zones are not printed; only the contact of the zone's households
	// changes.
	before = snapshot(t, dir)
	r.Officials[2].Zones = nil // 赵志强 gives up 南片
	r.Officials[0].Zones = append(r.Officials[0].Zones, "南片")
	south := ids(r, func(h card.Household) bool { return h.Zone == "南片" })
	if len(south) == 0 || len(south) == len(all) {
		t.Fatalf("the example has %d of %d households in 南片", len(south), len(all))
	}
	res := drawCards(t, r, set, dir, CardsOptions{})
	if !slices.Equal(res.Rendered, south) || len(res.Unchanged) != len(all)-len(south) {
		t.Errorf("zone moved: rendered %v, want %v", res.Rendered, south)
	}
	untouched(t, dir, before, south)
	for _, name := range south {
		if data, _ := os.ReadFile(filepath.Join(dir, name)); bytes.Equal(data, before[name].data) {
			t.Errorf("%s has its old bytes after its contact changed", name)
		}
	}
	manifestMatchesDisk(t, dir, readManifestFile(t, dir, "manifest.json"))

	before = snapshot(t, dir)
	if res := drawCards(t, r, set, dir, CardsOptions{Force: true}); !slices.Equal(res.Rendered, all) {
		t.Errorf("--force: rendered %d of %d", len(res.Rendered), len(all))
	}
	for name, was := range before {
		if data, _ := os.ReadFile(filepath.Join(dir, name)); name != "manifest.json" && !bytes.Equal(data, was.data) {
			t.Errorf("--force changed the bytes of %s", name)
		}
	}
}

func TestRerunRepairsFiles(t *testing.T) {
	r, set := load(t)
	dir := t.TempDir()
	drawCards(t, r, set, dir, CardsOptions{})
	edited, gone := cardFile(r.Households[1].ID), cardFile(r.Households[2].ID)
	before := snapshot(t, dir)
	os.WriteFile(filepath.Join(dir, edited), append(before[edited].data, '\n'), 0o644)
	os.Remove(filepath.Join(dir, gone))

	res := drawCards(t, r, set, dir, CardsOptions{})
	if !slices.Equal(res.Rendered, []string{edited, gone}) {
		t.Errorf("rendered %v, want %s (edited) and %s (missing)", res.Rendered, edited, gone)
	}
	untouched(t, dir, before, []string{edited, gone})
	for _, name := range []string{edited, gone} {
		if data, _ := os.ReadFile(filepath.Join(dir, name)); !bytes.Equal(data, before[name].data) {
			t.Errorf("%s was not restored", name)
		}
	}
}

func TestPruneDeletesOnlyListedFiles(t *testing.T) {
	r, set := load(t)
	dir := t.TempDir()
	drawCards(t, r, set, dir, CardsOptions{})
	for _, stranger := range []string{"notes.txt", "X-999.pdf"} {
		os.WriteFile(filepath.Join(dir, stranger), []byte("the clerk's"), 0o644)
	}
	dropped := cardFile(r.Households[0].ID)
	r.Households = r.Households[1:]

	res := drawCards(t, r, set, dir, CardsOptions{})
	if len(res.Removed) != 0 || len(res.Rendered) != 0 {
		t.Errorf("without --prune: removed %v, rendered %v", res.Removed, res.Rendered)
	}
	if _, err := os.Stat(filepath.Join(dir, dropped)); err != nil {
		t.Errorf("without --prune, %s was deleted", dropped)
	}
	if m := readManifestFile(t, dir, "manifest.json"); len(m.Cards) != len(r.Households)+1 {
		t.Errorf("without --prune the manifest has %d cards, want %d: the stale entry still describes a file", len(m.Cards), len(r.Households)+1)
	}

	res = drawCards(t, r, set, dir, CardsOptions{Prune: true})
	if !slices.Equal(res.Removed, []string{dropped}) {
		t.Errorf("--prune removed %v, want %s", res.Removed, dropped)
	}
	if _, err := os.Stat(filepath.Join(dir, dropped)); !os.IsNotExist(err) {
		t.Errorf("%s still there after --prune", dropped)
	}
	for _, stranger := range []string{"notes.txt", "X-999.pdf"} {
		if _, err := os.Stat(filepath.Join(dir, stranger)); err != nil {
			t.Errorf("--prune deleted %s, which the manifest does not list", stranger)
		}
	}
	m := readManifestFile(t, dir, "manifest.json")
	if len(m.Cards) != len(r.Households) {
		t.Errorf("after --prune the manifest has %d cards, want %d", len(m.Cards), len(r.Households))
	}
}

// A manifest is only a hint: one that cannot be trusted means drawing
// everything, and never deleting what it names.
func TestBadManifestDrawsEverything(t *testing.T) {
	r, set := load(t)
	for name, manifest := range map[string]string{
		"not JSON":         "{",
		"other format":     `{"format": 99, "cards": []}`,
		"names a stranger": `{"format": 1, "cards": [{"id": "Z-1", "file": "roster.yaml", "inputs": "x", "sha256": "y"}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "roster.yaml"), []byte("keep me"), 0o644)
			os.WriteFile(filepath.Join(dir, "manifest.json"), []byte(manifest), 0o644)
			var warnings bytes.Buffer
			warn := func(t msg.Text) { warnings.WriteString(t.String()) }
			res := drawCards(t, r, set, dir, CardsOptions{Prune: true, Warn: warn})
			if len(res.Rendered) != len(r.Households) || !strings.Contains(warnings.String(), "manifest") {
				t.Errorf("rendered %d of %d, warnings %q", len(res.Rendered), len(r.Households), warnings.String())
			}
			if _, err := os.Stat(filepath.Join(dir, "roster.yaml")); err != nil {
				t.Error("a file named by a bad manifest was deleted")
			}
			manifestMatchesDisk(t, dir, readManifestFile(t, dir, "manifest.json"))
		})
	}
}

func TestHouseholdsKeepOthersEntries(t *testing.T) {
	r, set := load(t)
	dir := t.TempDir()
	drawCards(t, r, set, dir, CardsOptions{})
	r.Officials[0].Phone = r.Officials[1].Phone
	one := r.Households[4].ID
	res := drawCards(t, r, set, dir, CardsOptions{Households: []string{one}})
	if !slices.Equal(res.Rendered, []string{cardFile(one)}) || len(res.Files) != 1 {
		t.Errorf("--household %s: rendered %v, files %v", one, res.Rendered, res.Files)
	}
	m := readManifestFile(t, dir, "manifest.json")
	if len(m.Cards) != len(r.Households) {
		t.Errorf("the manifest lost the other households: %d cards", len(m.Cards))
	}
	manifestMatchesDisk(t, dir, m)
	if res := drawCards(t, r, set, dir, CardsOptions{}); len(res.Rendered) != len(r.Households)-1 {
		t.Errorf("the others' cards are stale and must be drawn: rendered %d", len(res.Rendered))
	}
}

func TestShardsMakeOneRun(t *testing.T) {
	r, set := load(t)
	whole, sharded := t.TempDir(), t.TempDir()
	drawCards(t, r, set, whole, CardsOptions{})
	var union []ManifestCard
	for k := 1; k <= 2; k++ {
		s := Shard{K: k, N: 2}
		res := drawCards(t, r, set, sharded, CardsOptions{Shard: s})
		if len(res.Files) == 0 || len(res.Files) == len(r.Households) {
			t.Errorf("shard %s has %d of %d households", s, len(res.Files), len(r.Households))
		}
		m := readManifestFile(t, sharded, fmt.Sprintf("manifest-%d-of-2.json", k))
		if m.Shard != s.String() || len(m.Cards) != len(res.Files) {
			t.Errorf("shard %s manifest: shard %q, %d cards for %d files", s, m.Shard, len(m.Cards), len(res.Files))
		}
		union = append(union, m.Cards...)
	}
	slices.SortFunc(union, func(a, b ManifestCard) int { return strings.Compare(a.ID, b.ID) })
	if full := readManifestFile(t, whole, "manifest.json"); !slices.Equal(union, full.Cards) {
		t.Errorf("the shards' manifests differ from one run's:\n%v\n%v", union, full.Cards)
	}
	pdfs, _ := filepath.Glob(filepath.Join(whole, "*.pdf"))
	got, _ := filepath.Glob(filepath.Join(sharded, "*.pdf"))
	if len(got) != len(pdfs) {
		t.Errorf("shards wrote %d PDFs, one run %d", len(got), len(pdfs))
	}
	for _, f := range pdfs {
		a, _ := os.ReadFile(f)
		b, err := os.ReadFile(filepath.Join(sharded, filepath.Base(f)))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between the shards and one run", filepath.Base(f))
		}
	}
}

// A write that fails leaves the manifest describing the files on disk, and
// the next run draws what is missing.
func TestFailedWriteKeepsManifestTrue(t *testing.T) {
	r, set := load(t)
	dir := t.TempDir()
	drawCards(t, r, set, dir, CardsOptions{})
	blocked := filepath.Join(dir, cardFile(r.Households[0].ID))
	os.Remove(blocked)
	os.MkdirAll(filepath.Join(blocked, "in-the-way"), 0o755) // a rename cannot replace it
	r.Officials[0].Phone = r.Officials[1].Phone
	_, err := Cards(r, set, CardsOptions{Dir: dir, CutContour: true, Date: time.Unix(1700000000, 0)})
	if err == nil {
		t.Fatal("no error with a folder in the way of a card")
	}
	m := readManifestFile(t, dir, "manifest.json")
	var rest Manifest
	for _, c := range m.Cards {
		if c.ID != r.Households[0].ID {
			rest.Cards = append(rest.Cards, c)
		}
	}
	manifestMatchesDisk(t, dir, rest)
	os.RemoveAll(blocked)
	res := drawCards(t, r, set, dir, CardsOptions{})
	if !slices.Equal(res.Rendered, []string{cardFile(r.Households[0].ID)}) {
		t.Errorf("after the failure: rendered %v, want only %s", res.Rendered, r.Households[0].ID)
	}
}

func TestParseShard(t *testing.T) {
	for _, s := range []string{"0/2", "3/2", "a/b", "1", "1/0", "-1/2", "1/2/3", ""} {
		if _, err := ParseShard(s); err == nil {
			t.Errorf("ParseShard(%q) accepted", s)
		}
	}
	if s, err := ParseShard("2/4"); err != nil || s != (Shard{2, 4}) {
		t.Errorf("ParseShard(2/4) = %v, %v", s, err)
	}
}
