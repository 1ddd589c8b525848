//go:build linux

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A disk that takes no more is met as a clerk would want: one line
// naming the folder and the cause, the files of the run before left as
// they were, and a manifest that says what is on disk. prlimit's file
// size limit stands in for a full disk: every card is larger than it,
// the manifest is not.
func TestCardsWhenNothingFits(t *testing.T) {
	needTools(t, "prlimit")
	dir := t.TempDir()
	out := filepath.Join(dir, "cards")
	if _, stderr, code := fuwuka(t, nil, "cards", exampleRoster, "-o", out, "-q"); code != 0 {
		t.Fatalf("cards: exit %d: %s", code, stderr)
	}
	before := map[string][]byte{}
	ents, _ := os.ReadDir(out)
	for _, e := range ents {
		before[e.Name()], _ = os.ReadFile(filepath.Join(out, e.Name()))
	}
	// another title: every card is drawn again
	data, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	changed := bytes.Replace(data, []byte("title: 居民服务卡"), []byte("title: 居民联系卡"), 1)
	if bytes.Equal(changed, data) {
		t.Fatal("the example roster has no title to change")
	}
	roster := filepath.Join(dir, "roster.yaml")
	os.WriteFile(roster, changed, 0o644)

	cmd := exec.Command("prlimit", "--fsize=30000", binary, "cards", roster, "-o", out, "-q")
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	code := 0
	if err := cmd.Run(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatal(err)
		}
		code = ee.ExitCode()
	}
	stderr := errOut.String()
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if code != 1 || len(lines) != 1 || !strings.Contains(lines[0], "cannot write in "+out) {
		t.Fatalf("exit %d, %d lines: %s", code, len(lines), stderr)
	}
	ents, _ = os.ReadDir(out)
	if len(ents) != len(before) {
		t.Errorf("%d files after, %d before", len(ents), len(before))
	}
	var m struct {
		Roster string
		Cards  []struct{ File, SHA256 string }
	}
	for name, old := range before {
		now, _ := os.ReadFile(filepath.Join(out, name))
		if name == "manifest.json" {
			if err := json.Unmarshal(now, &m); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal(now, old) {
			t.Errorf("%s changed", name)
		}
	}
	// the manifest is the new roster's, and lists the cards on disk
	// (all the files but the manifest and the job ticket)
	if m.Roster != roster || len(m.Cards) != len(before)-2 {
		t.Errorf("manifest of %s lists %d cards, want %s and %d", m.Roster, len(m.Cards), roster, len(before)-2)
	}
	for _, c := range m.Cards {
		if got := fmt.Sprintf("%x", sha256.Sum256(before[c.File])); got != c.SHA256 {
			t.Errorf("manifest says %s is %s, it is %s", c.File, c.SHA256, got)
		}
	}
}
