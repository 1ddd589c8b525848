package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/render"
)

func TestShardsFromJobIndex(t *testing.T) {
	defer func(g func(string) string) { getenv = g }(getenv)
	tests := []struct {
		env  string
		args []string
		want render.Shard
		err  string
	}{
		{"", []string{"--shards", "4", "--shard-index", "0"}, render.Shard{K: 1, N: 4}, ""},
		{"3", []string{"--shards", "4"}, render.Shard{K: 4, N: 4}, ""},
		{"3", []string{"--shards", "4", "--shard-index", "1"}, render.Shard{K: 2, N: 4}, ""},
		{"2", []string{"--shard", "3/4"}, render.Shard{K: 3, N: 4}, ""},
		{"", []string{"--shards", "4"}, render.Shard{}, "needs --shard-index"},
		{"4", []string{"--shards", "4"}, render.Shard{}, "from 0 to 3"},
		{"x", []string{"--shards", "4"}, render.Shard{}, "is not a number"},
		{"", []string{"--shard-index", "1"}, render.Shard{}, "needs --shards"},
		{"", []string{"--shards", "4", "--shard", "1/4"}, render.Shard{}, "twice"},
	}
	for _, tt := range tests {
		getenv = func(k string) string {
			if k == "JOB_COMPLETION_INDEX" {
				return tt.env
			}
			return ""
		}
		var got *CardsOptions
		cmd := NewCmdCards(&IO{}, func(o *CardsOptions) error { got = o; return nil })
		cmd.SetArgs(append([]string{"r.yaml", "-o", "out"}, tt.args...))
		cmd.SilenceErrors, cmd.SilenceUsage = true, true
		err := cmd.Execute()
		switch {
		case tt.err != "":
			if err == nil || !strings.Contains(err.Error(), tt.err) || exitCode(err) != exitUsage {
				t.Errorf("JOB_COMPLETION_INDEX=%q %v: error %v, want %q", tt.env, tt.args, err, tt.err)
			}
		case err != nil:
			t.Errorf("JOB_COMPLETION_INDEX=%q %v: %v", tt.env, tt.args, err)
		case got.Shard != tt.want:
			t.Errorf("JOB_COMPLETION_INDEX=%q %v: shard %+v, want %+v", tt.env, tt.args, got.Shard, tt.want)
		}
	}
}

// TestRetryTakesOverLock: a shard's pod was killed on another host and
// left its lock; the retry stops at it, and with --take-over-lock takes it
// over and draws the shard, byte for byte as a run that was never killed.
func TestRetryTakesOverLock(t *testing.T) {
	dir := t.TempDir()
	out, clean := filepath.Join(dir, "out"), filepath.Join(dir, "clean")
	os.MkdirAll(out, 0o755)
	lock := filepath.Join(out, ".fuwuka-2-of-4.lock")
	os.WriteFile(lock, []byte("pid 7 on fuwuka-cards-1-x7k2p since 2026-12-06T20:00:00Z\n"), 0o644)
	os.WriteFile(filepath.Join(out, ".fuwuka-0123abcd.tmp"), []byte("half a card"), 0o644)
	args := []string{"cards", exampleRoster, "-o", out, "--shards", "4", "--shard-index", "1"}
	if code, _, errOut := runMain(args...); code != exitRuntime || !strings.Contains(errOut, "fuwuka-cards-1-x7k2p") {
		t.Fatalf("retry without --take-over-lock: exit %d, %s", code, errOut)
	}
	code, _, errOut := runMain(append(args, "--take-over-lock")...)
	if code != exitOK || !strings.Contains(errOut, "took "+out+" over from pid 7 on fuwuka-cards-1-x7k2p") {
		t.Fatalf("retry with --take-over-lock: exit %d, %s", code, errOut)
	}
	if code, _, errOut := runMain("cards", exampleRoster, "-o", clean, "--shard", "2/4"); code != exitOK {
		t.Fatalf("clean run: %s", errOut)
	}
	want, _ := os.ReadDir(clean)
	got, _ := os.ReadDir(out)
	if len(got) != len(want) || len(want) < 2 {
		t.Fatalf("%d files after the retry, %d from a clean run", len(got), len(want))
	}
	for _, e := range want {
		a, _ := os.ReadFile(filepath.Join(clean, e.Name()))
		b, err := os.ReadFile(filepath.Join(out, e.Name()))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs from a clean run's (%v)", e.Name(), err)
		}
	}
}
