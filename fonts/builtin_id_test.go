package fonts

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// The embedded faces' written identities are their files' sha256: a font
// file replaced without its identity would share caches and digests with
// the old one.
func TestBuiltinIDs(t *testing.T) {
	for _, f := range []struct {
		name, id string
		data     []byte
	}{{"regular", regularID, regularTTF}, {"bold", boldID, boldTTF}} {
		sum := sha256.Sum256(f.data)
		if got := hex.EncodeToString(sum[:]); got != f.id {
			t.Errorf("the embedded %s face's sha256 is %s; its written identity is %s", f.name, got, f.id)
		}
	}
}
