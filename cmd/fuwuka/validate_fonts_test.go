package main

import (
	bin "encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/fonts"
)

// oneHousehold writes a roster of one household, with head after its
// community, into a folder of its own.
func oneHousehold(t *testing.T, head, household string) string {
	t.Helper()
	roster := "version: 1\ncommunity: {name: 柳树湾村}\n" + head +
		"officials:\n  - {name: 王建国, role: 书记, phone: \"138 0013 8001\", zones: [一组]}\n" +
		"households:\n  - " + household + "\n"
	path := filepath.Join(t.TempDir(), "roster.yaml")
	if err := os.WriteFile(path, []byte(roster), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A resident's name is on no card but on the round list: validate must
// refuse a character rounds would refuse, at the same line, naming the
// household and the character.
func TestValidateChecksRoundLists(t *testing.T) {
	path := oneHousehold(t, "", "{id: H-001, address: 东街1号, zone: 一组, resident: 王𪚥}")
	code, _, stderr := runMain("validate", path, "--lang", "en")
	if code != exitInvalid {
		t.Fatalf("validate exited %d, want %d: %s", code, exitInvalid, stderr)
	}
	want := path + ":6:"
	for _, s := range []string{want, "households[H-001].resident", "U+2A6A5"} {
		if !strings.Contains(stderr, s) {
			t.Errorf("validate does not say %q:\n%s", s, stderr)
		}
	}
	code, _, rounds := runMain("rounds", path, "-o", filepath.Join(t.TempDir(), "rounds"), "--lang", "en")
	if code != exitInvalid || !strings.Contains(rounds, want) || !strings.Contains(rounds, "U+2A6A5") {
		t.Errorf("rounds exited %d: %s", code, rounds)
	}
}

// An extra font whose glyph for a character is damaged (a composite
// naming a glyph the font does not have) is found by validate, at the
// household's line, naming the font entry and the character; and cards
// refuses it the same way, before writing.
func TestValidateFindsDamagedGlyph(t *testing.T) {
	if _, err := os.Stat(hanaMinB); err != nil {
		if os.Getenv("FUWUKA_E2E") == "1" {
			t.Fatalf("FUWUKA_E2E=1 but %s is missing (apt-get install fonts-hanazono)", hanaMinB)
		}
		t.Skipf("%s not installed; skipping", hanaMinB)
	}
	path := oneHousehold(t, "card: {fonts: [生僻字.ttf]}\n", "{id: H-001, address: 东街𪚥号, zone: 一组}")
	damageGlyph(t, hanaMinB, filepath.Join(filepath.Dir(path), "生僻字.ttf"), '𪚥')
	code, _, stderr := runMain("validate", path, "--lang", "en")
	if code != exitInvalid {
		t.Fatalf("validate exited %d, want %d: %s", code, exitInvalid, stderr)
	}
	for _, s := range []string{path + ":7:", "households[H-001].address", "card.fonts[#1] (", "生僻字.ttf", "U+2A6A5"} {
		if !strings.Contains(stderr, s) {
			t.Errorf("validate does not say %q:\n%s", s, stderr)
		}
	}
	out := filepath.Join(t.TempDir(), "cards")
	code, _, cards := runMain("cards", path, "-o", out, "--lang", "en")
	if code != exitInvalid || !strings.Contains(cards, "card.fonts[#1] (") {
		t.Errorf("cards exited %d: %s", code, cards)
	}
}

// damageGlyph copies the font file src to dst with r's glyph made a
// composite of glyph 65535, which the font does not have.
func damageGlyph(t *testing.T, src, dst string, r rune) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string][]byte{}
	be := bin.BigEndian
	for i := range int(be.Uint16(data[4:])) {
		rec := data[12+16*i:]
		off, n := be.Uint32(rec[8:]), be.Uint32(rec[12:])
		tables[string(rec[:4])] = data[off : off+n]
	}
	set, err := fonts.Load([]string{src})
	if err != nil {
		t.Fatal(err)
	}
	id := int(set.Extra()[0].GlyphID(r))
	if id == 0 {
		t.Fatalf("%s has no %q", src, r)
	}
	loca, long := tables["loca"], be.Uint16(tables["head"][50:]) == 1
	start := 2 * int(be.Uint16(loca[2*id:]))
	if long {
		start = int(be.Uint32(loca[4*id:]))
	}
	g := tables["glyf"][start:]
	be.PutUint16(g[0:], 0xFFFF)  // numberOfContours -1: a composite; the box stays
	be.PutUint16(g[10:], 0x0003) // arguments are words, and offsets
	be.PutUint16(g[12:], 0xFFFF) // the component: glyph 65535
	be.PutUint32(g[14:], 0)      // at 0, 0; no more components
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
