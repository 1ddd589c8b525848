package fonts

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func TestLookupAndMissing(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "居民服务卡白草洼村（）“”·0123456789-" {
		if _, ok := set.Lookup(r, false); !ok {
			t.Errorf("regular lacks %q", r)
		}
		if _, ok := set.Lookup(r, true); !ok {
			t.Errorf("bold lacks %q", r)
		}
	}
	// U+2A6A5 (CJK Extension B) is not in Noto Sans SC.
	if got := set.Missing("东街𪚥号𪚥", false); len(got) != 1 || got[0] != 0x2A6A5 {
		t.Errorf("Missing = %q, want [U+2A6A5] once", got)
	}
	if w := set.Width("居民", false); w < 1.9 || w > 2.1 {
		t.Errorf("two CJK characters are %.2f em wide, want about 2", w)
	}
}

// Subsetting must leave the shared face as it was, also when it runs on
// several goroutines: cards render in parallel and must come out the same.
func TestSubsetKeepsFaceIntact(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	g, _ := set.Lookup('居', false)
	before := g.Advance()
	ids := func(s string) []uint16 {
		var out []uint16
		for _, r := range s {
			g, _ := set.Lookup(r, false)
			out = append(out, g.ID)
		}
		return out
	}
	small := ids("1")
	want, err := g.Face.Subset(sortedUnique(ids("居民服务卡东街号")))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	results := make([][]byte, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				g.Face.Subset(small)
				return
			}
			results[i], _ = g.Face.Subset(sortedUnique(ids("居民服务卡东街号")))
		}()
	}
	wg.Wait()
	for i := 1; i < len(results); i += 2 {
		if !bytes.Equal(results[i], want) {
			t.Errorf("concurrent subset %d differs from the sequential one", i)
		}
	}
	if after := g.Advance(); after != before {
		t.Errorf("advance of 居 changed from %v to %v after subsetting", before, after)
	}
}

func sortedUnique(ids []uint16) []uint16 {
	seen := map[uint16]bool{}
	var out []uint16
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// The digest follows the extra files' contents, not their names.
func TestDigestFollowsContents(t *testing.T) {
	path := filepath.Join(t.TempDir(), "extra.ttf")
	digest := func(data []byte) string {
		t.Helper()
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := Load([]string{path})
		if err != nil {
			t.Fatal(err)
		}
		return s.Digest()
	}
	none, err := Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	a, b, again := digest(regularTTF), digest(boldTTF), digest(regularTTF)
	if a == b || a != again || a == none.Digest() {
		t.Errorf("digests: regular %s, bold %s, regular again %s, none %s", a, b, again, none.Digest())
	}
}
