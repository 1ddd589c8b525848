package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// s3 is an object store on loopback, `rclone serve s3` over a folder, and
// the rclone client settings docs/scripts.md's Job gives its containers
// through the fuwuka-rclone secret.
type s3 struct {
	root string   // the served folder: one sub-folder per bucket
	env  []string // RCLONE_CONFIG_BUCKET_*: the remote "bucket:"
}

func serveS3(t *testing.T) *s3 {
	t.Helper()
	if _, err := exec.LookPath("rclone"); err != nil {
		if os.Getenv("FUWUKA_E2E") == "1" {
			t.Fatal("FUWUKA_E2E=1 but rclone is missing (go install github.com/rclone/rclone@v1.76.0)")
		}
		t.Skip("rclone not installed; skipping the object-storage step (set FUWUKA_E2E=1 to require it)")
	}
	dir := t.TempDir()
	root := filepath.Join(dir, "store")
	if err := os.Mkdir(root, 0o755); err != nil {
		t.Fatal(err)
	}
	// A free port, taken by rclone a moment later.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	base := []string{"RCLONE_CONFIG=" + filepath.Join(dir, "rclone.conf")}
	cmd := exec.Command("rclone", "serve", "s3", "--addr", addr, "--auth-key", "fuwuka,not-a-real-secret", root)
	cmd.Env = append(os.Environ(), base...)
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() { cmd.Process.Kill(); <-exited })
	// Ready when it answers on its port; a server that exits is a failure.
	for {
		select {
		case err := <-exited:
			t.Fatalf("rclone serve s3 exited: %v\n%s", err, log.String())
		default:
		}
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	return &s3{root: root, env: append(base,
		"RCLONE_CONFIG_BUCKET_TYPE=s3",
		"RCLONE_CONFIG_BUCKET_PROVIDER=Rclone",
		"RCLONE_CONFIG_BUCKET_ENDPOINT=http://"+addr,
		"RCLONE_CONFIG_BUCKET_ACCESS_KEY_ID=fuwuka",
		"RCLONE_CONFIG_BUCKET_SECRET_ACCESS_KEY=not-a-real-secret",
	)}
}

// upload runs the Job's upload step, `rclone copy --checksum`, and returns
// the objects it copied.
func (s *s3) upload(t *testing.T, from, to string) []string {
	t.Helper()
	cmd := exec.Command("rclone", "copy", "--checksum", "--use-json-log", "-v", from, to)
	cmd.Env = append(os.Environ(), s.env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("rclone copy %s %s: %v\n%s", from, to, err, out)
	}
	var copied []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var line struct{ Msg, Object string }
		if json.Unmarshal(sc.Bytes(), &line) == nil && strings.HasPrefix(line.Msg, "Copied") {
			copied = append(copied, line.Object)
		}
	}
	sort.Strings(copied)
	return copied
}

// TestUploadCopiesOnlyChangedCards runs docs/scripts.md's Job step by step
// against an S3 server on 127.0.0.1: two pods each draw their slice of a
// district into an empty folder of their own and copy it to the bucket,
// which then holds what one run draws, byte for byte. A household's
// address changes; the retried pod draws its whole slice again into a new
// empty folder, and the copy uploads just the files whose bytes changed:
// that household's card, its roster's manifest and job ticket.
func TestUploadCopiesOnlyChangedCards(t *testing.T) {
	store := serveS3(t)
	dir := t.TempDir()
	list := rosterList(t, dir, 6)
	const bucket = "bucket:city/cards"
	bucketDir := filepath.Join(store.root, "city", "cards")
	// A pod: an empty folder, its slice, the upload.
	pod := func(name string, index int) []string {
		out := filepath.Join(dir, name)
		code, stdout, stderr := runMain("cards", "--rosters", list, "-o", out, "--of", "2", "--index", strconv.Itoa(index))
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s%s", name, code, stdout, stderr)
		}
		return store.upload(t, out, bucket)
	}
	first := append(pod("pod-0", 0), pod("pod-1", 1)...)

	whole := filepath.Join(dir, "whole")
	if code, _, stderr := runMain("cards", "--rosters", list, "-o", whole); code != exitOK {
		t.Fatalf("one run: exit %d: %s", code, stderr)
	}
	want := tree(t, whole)
	got := tree(t, bucketDir)
	if len(first) != len(want) || len(got) != len(want) {
		t.Fatalf("the pods uploaded %d files, the bucket holds %d, one run writes %d", len(first), len(got), len(want))
	}
	for name, data := range want {
		if !bytes.Equal(got[name], data) {
			t.Errorf("bucket %s differs from one run's", name)
		}
	}

	// v002 is in slice 0 (every second roster from 0): its second
	// household moves.
	roster := filepath.Join(dir, "v002.yaml")
	data, err := os.ReadFile(roster)
	if err != nil {
		t.Fatal(err)
	}
	changed := bytes.Replace(data, []byte("address: 东街5号"), []byte("address: 东街5号之一"), 1)
	if bytes.Equal(changed, data) {
		t.Fatal("v002.yaml has no household at 东街5号 to move")
	}
	if err := os.WriteFile(roster, changed, 0o644); err != nil {
		t.Fatal(err)
	}
	before := tree(t, bucketDir)
	copied := pod("pod-0-retry", 0)
	after := tree(t, filepath.Join(dir, "pod-0-retry"))
	var differ []string
	for name, data := range after {
		if !bytes.Equal(before[name], data) {
			differ = append(differ, filepath.ToSlash(name))
		}
	}
	sort.Strings(differ)
	t.Logf("the retry uploaded %q", copied)
	if len(differ) == 0 || len(differ) > 3 || strings.Join(copied, " ") != strings.Join(differ, " ") {
		t.Errorf("the retry uploaded %q; the files whose bytes changed are %q", copied, differ)
	}
	for _, name := range []string{"v002/manifest.json", "v002/job.csv"} {
		if !slices.Contains(copied, name) {
			t.Errorf("the retry did not upload %s: %q", name, copied)
		}
	}
	if got := tree(t, bucketDir); len(got) != len(before) {
		t.Errorf("the bucket holds %d files after the retry, %d before", len(got), len(before))
	}

	// Nothing changed: a new pod uploads nothing.
	if copied := pod("pod-1-again", 1); len(copied) != 0 {
		t.Errorf("an unchanged slice uploaded %q", copied)
	}
}
