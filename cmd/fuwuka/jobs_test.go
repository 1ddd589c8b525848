package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/fuwuka/fuwuka/files"
)

// TestFailingVolumeLeavesOldJob: when one volume of a --max-sheets job
// cannot be written, none is, and the earlier job's files stay as they
// were.
func TestFailingVolumeLeavesOldJob(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "job.pdf")
	old := []byte("%PDF- the earlier job")
	os.WriteFile(filepath.Join(dir, "job-001.pdf"), old, 0o644)
	// A folder where the second volume goes: its rename cannot happen.
	os.Mkdir(filepath.Join(dir, "job-002.pdf"), 0o755)
	code, _, stderr := runMain("sheets", exampleRoster, "-o", out, "--paper", "A4", "--max-sheets", "1")
	if code != exitRuntime || !strings.Contains(stderr, "job-002.pdf") {
		t.Fatalf("exit %d, %q", code, stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "job-001.pdf")); !bytes.Equal(got, old) {
		t.Error("job-001.pdf was replaced though the job failed")
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if n := e.Name(); n != "job-001.pdf" && n != "job-002.pdf" {
			t.Errorf("left behind: %s", n)
		}
	}
	if strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
		t.Errorf("more than one line: %q", stderr)
	}
}

// TestLeftoverVolumesSaid: a shorter job beside the volumes of a longer
// one says which files are not its own.
func TestLeftoverVolumesSaid(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "job.pdf")
	args := []string{"sheets", exampleRoster, "-o", out, "--paper", "A4", "--max-sheets", "2"}
	if code, _, stderr := runMain(args...); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	written, _ := filepath.Glob(filepath.Join(dir, "job-*.pdf"))
	k := len(written)
	name := func(n int) string { return fmt.Sprintf("job-%03d.pdf", n) }
	for _, n := range []int{k + 1, k + 2, k + 4} {
		os.WriteFile(filepath.Join(dir, name(n)), []byte("%PDF- old"), 0o644)
	}
	code, _, stderr := runMain(args...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, n := range []int{k + 1, k + 2} {
		if !strings.Contains(stderr, name(n)+" is left from an earlier run") {
			t.Errorf("%s not named: %q", name(n), stderr)
		}
	}
	if strings.Contains(stderr, name(k+4)) || strings.Contains(stderr, name(k)) {
		t.Errorf("named more than the run after the job: %q", stderr)
	}
}

func TestSecondRunIntoHeldFolder(t *testing.T) {
	dir := t.TempDir()
	roster := smallRoster(t, dir)
	out := filepath.Join(dir, "out")
	l, err := files.LockDir(out, "")
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runMain("cards", roster, "-o", out)
	if code != exitRuntime || !strings.Contains(stderr, "in use by another fuwuka run (process ") {
		t.Errorf("exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "E-001.pdf")); err == nil {
		t.Error("a card was written into a held folder")
	}
	l.Unlock()
	if code, _, stderr := runMain("cards", roster, "-o", out); code != exitOK {
		t.Errorf("after the lock is released: exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, files.LockName)); !errors.Is(err, os.ErrNotExist) {
		t.Error("the lock was left behind")
	}
}

// TestConcurrentRuns: two runs of different rosters into one folder at
// once; whichever way they interleave, the folder holds one roster's
// cards and a manifest that agrees with them.
func TestConcurrentRuns(t *testing.T) {
	dir := t.TempDir()
	a := smallRoster(t, dir)
	bdir := filepath.Join(dir, "b")
	os.Mkdir(bdir, 0o755)
	b := smallRoster(t, bdir)
	data, _ := os.ReadFile(b)
	os.WriteFile(b, bytes.Replace(data, []byte("东街1号"), []byte("东街9号"), 1), 0o644)
	out := filepath.Join(dir, "out")
	var wg sync.WaitGroup
	codes := make([]int, 2)
	errs := make([]string, 2)
	for i, r := range []string{a, b} {
		wg.Go(func() { codes[i], _, errs[i] = runMain("cards", r, "-o", out) })
	}
	wg.Wait()
	ok := 0
	for i, c := range codes {
		switch {
		case c == exitOK:
			ok++
		case c != exitRuntime || !strings.Contains(errs[i], "in use by another fuwuka run"):
			t.Errorf("run %d: exit %d, %q", i, c, errs[i])
		}
	}
	if ok == 0 {
		t.Fatal("neither run wrote")
	}
	m, err := os.ReadFile(filepath.Join(out, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	card, _ := os.ReadFile(filepath.Join(out, "E-001.pdf"))
	if !bytes.Contains(m, []byte(sha256Of(card))) {
		t.Error("the manifest does not describe the card on disk")
	}
}

func TestQuietSilencesSummaries(t *testing.T) {
	dir := t.TempDir()
	roster := smallRoster(t, dir)
	code, stdout, stderr := runMain("sheets", roster, "-o", filepath.Join(dir, "s.pdf"), "--paper", "A4", "-q")
	if code != exitOK || stdout != "" {
		t.Errorf("sheets -q: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	csv := writeCSV(t, dir)
	code, stdout, stderr = runMain("import", csv, "--skip-bad", "-o", filepath.Join(dir, "h.yaml"), "-q")
	if code != exitOK || stdout != "" || strings.Contains(stderr, "imported") {
		t.Errorf("import -q: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestStandardOutputWriteError(t *testing.T) {
	var errOut bytes.Buffer
	code := Main([]string{"validate", "--json", exampleRoster}, strings.NewReader(""), fullWriter{}, &errOut)
	if code != exitRuntime || !strings.Contains(errOut.String(), "cannot write to standard output: no space left on device") {
		t.Errorf("exit %d, %q", code, errOut.String())
	}
}

func sha256Of(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
