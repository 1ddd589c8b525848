package render

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadManifest reads any bytes as a manifest: it is trusted, and then
// names only each household's own card, or it is refused; never a crash.
func FuzzReadManifest(f *testing.F) {
	f.Add([]byte(`{"format":1,"fuwuka":"0.1.0","roster":"r.yaml","cards":[{"id":"E-001","file":"E-001.pdf","inputs":"ab","sha256":"cd"}]}`))
	f.Add([]byte(`{"format":1,"cards":[{"id":"../x","file":"../x.pdf"}]}`))
	f.Add([]byte(`{"format":2}`))
	f.Add([]byte(`{"format":1,"cards":[{"id":".fuwuka.lock","file":".fuwuka.lock.pdf"}]}`))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, "manifest.json"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		cards, err := readManifest(dir, "manifest.json")
		if err != nil {
			return
		}
		for id, c := range cards {
			if c.ID != id || c.File != cardFile(id) || !plainName(c.File) || filepath.Base(c.File) != c.File {
				t.Errorf("trusted an entry naming %q for %q", c.File, id)
			}
		}
	})
}
