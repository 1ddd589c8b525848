package card

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func exampleHashes(t *testing.T, edit func(string) string) map[string]string {
	t.Helper()
	r, err := Parse("roster.yaml", []byte(edit(string(Example))), t.TempDir(), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	hs := map[string]string{}
	for _, h := range r.Households {
		in, err := InputsOf(r, h)
		if err != nil {
			t.Fatal(err)
		}
		hs[h.ID] = in.Hash("v1")
	}
	return hs
}

// changed lists the households whose hash differs between a and b.
func changed(a, b map[string]string) []string {
	var ids []string
	for id, h := range a {
		if b[id] != h {
			ids = append(ids, id)
		}
	}
	return ids
}

func TestInputsHash(t *testing.T) {
	same := func(s string) string { return s }
	base := exampleHashes(t, same)
	if len(base) < 5 {
		t.Fatalf("example has %d households", len(base))
	}
	tests := []struct {
		name string
		edit func(string) string
		want string // households expected to change: "all", "none" or a zone prefix
	}{
		{"a comment and blank lines move every position", func(s string) string { return "# 新注释\n\n" + s }, "none"},
		{"the resident is not printed", func(s string) string { return strings.Replace(s, "resident: 张玉林", "resident: 张玉森", 1) }, "none"},
		{"copies are not on the card", func(s string) string {
			return strings.Replace(s, "    resident: 张玉林\n", "    resident: 张玉林\n    copies: 3\n", 1)
		}, "none"},
		{"an official's phone is on every card", func(s string) string { return strings.Replace(s, "138 0013 8005", "138 0013 8099", 1) }, "all"},
		{"moving 南片 from 赵志强 to 刘德明 changes only 南片's contact", func(s string) string {
			s = strings.Replace(s, "phone: \"138 0013 8003\"\n    zones: [南片]", "phone: \"138 0013 8003\"\n    zones: []", 1)
			return strings.Replace(s, "phone: \"138 0013 8004\"\n    zones: [东片]", "phone: \"138 0013 8004\"\n    zones: [东片, 南片]", 1)
		}, "S-"},
		{"the card size", func(s string) string { return strings.Replace(s, "size: 100mm", "size: 110mm", 1) }, "all"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := changed(base, exampleHashes(t, tt.edit))
			switch tt.want {
			case "none":
				if len(got) != 0 {
					t.Errorf("changed %v, want none", got)
				}
			case "all":
				if len(got) != len(base) {
					t.Errorf("changed %d of %d", len(got), len(base))
				}
			default:
				if len(got) == 0 {
					t.Fatal("nothing changed")
				}
				for _, id := range got {
					if !strings.HasPrefix(id, tt.want) {
						t.Errorf("%s changed", id)
					}
				}
			}
		})
	}
	if base["E-001"] == exampleHashes(t, same)["E-001"] && base["E-001"] != "" {
		return
	}
	t.Error("hash is not stable across loads")
}

func TestInputsHashExtra(t *testing.T) {
	in := Inputs{ID: "E-001"}
	if in.Hash("a") == in.Hash("b") {
		t.Error("extra does not change the hash")
	}
}

// The same roster in another folder gives the same cards: font files are
// named as written, not by where they lie.
func TestInputsFontsAsWritten(t *testing.T) {
	hash := func() string {
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, "fonts"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "fonts", "x.ttf"), []byte("font"), 0o644); err != nil {
			t.Fatal(err)
		}
		text := strings.Replace(string(Example), "  # fonts: [fonts/生僻字.ttf]", "  fonts: [fonts/x.ttf]", 1)
		r, err := Parse("roster.yaml", []byte(text), dir, LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Card.Fonts) != 1 {
			t.Fatalf("fonts %v", r.Card.Fonts)
		}
		in, err := InputsOf(r, r.Households[0])
		if err != nil {
			t.Fatal(err)
		}
		return in.Hash()
	}
	// each call lays the roster in a folder of its own
	if first, second := hash(), hash(); first != second {
		t.Error("the same roster in two folders gives different cards")
	}
}
