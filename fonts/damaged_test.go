package fonts

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cutTable returns a copy of a TrueType file whose table record for tag
// says the table is num/den of its length: a damaged file, as a bad copy
// or a hostile download makes one.
func cutTable(t testing.TB, data []byte, tag string, num, den uint32) []byte {
	t.Helper()
	d := append([]byte(nil), data...)
	for i := range int(binary.BigEndian.Uint16(d[4:])) {
		rec := d[12+16*i:]
		if string(rec[:4]) == tag {
			binary.BigEndian.PutUint32(rec[12:], binary.BigEndian.Uint32(rec[12:])*num/den)
			return d
		}
	}
	t.Fatalf("no %s table", tag)
	return nil
}

// A damaged extra font is an error naming its file, never a panic: a
// cmap whose length is cut makes the parser slice past its end.
func TestDamagedFontIsAnError(t *testing.T) {
	dir := t.TempDir()
	for _, cut := range [][2]uint32{{1, 3}, {3, 4}, {9, 10}, {1, 2}} {
		path := filepath.Join(dir, "cut.ttf")
		if err := os.WriteFile(path, cutTable(t, regularTTF, "cmap", cut[0], cut[1]), 0o644); err != nil {
			t.Fatal(err)
		}
		func() {
			defer func() {
				if v := recover(); v != nil {
					t.Fatalf("cmap cut to %d/%d: panic %v", cut[0], cut[1], v)
				}
			}()
			_, err := Load([]string{path})
			fe, ok := err.(*FileError)
			if !ok || fe.Index != 0 || !strings.Contains(err.Error(), "cut.ttf") {
				t.Errorf("cmap cut to %d/%d: %v, want an error naming the file", cut[0], cut[1], err)
			}
		}()
	}
}

// The reproduction as it was found: HanaMinB, the CJK Extension B font
// of fonts-hanazono, with its cmap cut to a third.
func TestHanaMinBCmapCutToAThird(t *testing.T) {
	data, err := os.ReadFile("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf")
	if err != nil {
		if os.Getenv("FUWUKA_E2E") == "1" {
			t.Fatalf("FUWUKA_E2E=1 but fonts-hanazono is missing: %v", err)
		}
		t.Skipf("fonts-hanazono not installed: %v", err)
	}
	path := filepath.Join(t.TempDir(), "HanaMinB-cut.ttf")
	if err := os.WriteFile(path, cutTable(t, data, "cmap", 1, 3), 0o644); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if v := recover(); v != nil {
			t.Fatalf("panic: %v", v)
		}
	}()
	if _, err := Load([]string{path}); err == nil || !strings.Contains(err.Error(), "HanaMinB-cut.ttf") {
		t.Errorf("got %v, want an error naming the file", err)
	}
}
