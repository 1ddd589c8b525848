package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/render"
)

func TestFromBuildInfo(t *testing.T) {
	info := &debug.BuildInfo{Settings: []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
		{Key: "vcs.time", Value: "2026-12-06T19:55:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}}
	tests := []struct {
		name         string
		linked       build
		commit, date string
		modified     bool
		line, lineZH string
	}{
		{"checkout", build{Version: "0.1.0", Platform: "linux/amd64"}, "0123456789abcdef0123456789abcdef01234567", "2026-12-06T19:55:00Z", true,
			"fuwuka 0.1.0 (commit 0123456789ab with uncommitted changes, 2026-12-06T19:55:00Z, linux/amd64)",
			"fuwuka 0.1.0（提交 0123456789ab，含未提交的改动，2026-12-06T19:55:00Z，linux/amd64）"},
		{"release build: the linker's values win", build{Version: "0.1.0", Commit: "fedcba9876543210", Date: "2026-11-30T08:00:00Z", Platform: "windows/amd64"},
			"fedcba9876543210", "2026-11-30T08:00:00Z", true,
			"fuwuka 0.1.0 (commit fedcba987654 with uncommitted changes, 2026-11-30T08:00:00Z, windows/amd64)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := fromBuildInfo(tt.linked, info)
			if b.Commit != tt.commit || b.Date != tt.date || b.Modified != tt.modified {
				t.Errorf("got %+v", b)
			}
			if got := versionLine(b).String(); got != tt.line {
				t.Errorf("line %q, want %q", got, tt.line)
			}
			if tt.lineZH != "" {
				if got := versionLine(b).In(msg.ZH); got != tt.lineZH {
					t.Errorf("zh line %q, want %q", got, tt.lineZH)
				}
			}
		})
	}
	if got := versionLine(fromBuildInfo(build{Version: "0.1.0"}, &debug.BuildInfo{})).String(); got != "fuwuka 0.1.0 (commit unknown)" {
		t.Errorf("no record: %q", got)
	}
}

func TestVersionCommand(t *testing.T) {
	defer func(c, d string) { commit, date = c, d }(commit, date)
	commit, date = "fedcba9876543210fedcba9876543210fedcba98", "2026-11-30T16:00:00+08:00"
	code, out, _ := runMain("version")
	if code != exitOK || out != "fuwuka "+render.Version+" (commit fedcba987654, 2026-11-30T08:00:00Z, "+thisBuild().Platform+")\n" {
		t.Errorf("version: %d %q", code, out)
	}
	code, out, _ = runMain("version", "--json")
	var doc struct {
		Command string
		Result  build
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != exitOK {
		t.Fatalf("%d %v: %s", code, err, out)
	}
	if r := doc.Result; doc.Command != "version" || r.Version != render.Version || r.Commit != commit || r.Date != "2026-11-30T08:00:00Z" || !strings.HasPrefix(r.Go, "go") {
		t.Errorf("--json: %s", out)
	}
}

// TestCommitNotInOutput: two builds of the same release from different
// commits draw the same cards, so a rebuild replaces no printed file.
func TestCommitNotInOutput(t *testing.T) {
	defer func(c, d string) { commit, date = c, d }(commit, date)
	dir := t.TempDir()
	var runs [2]map[string][]byte
	for i, c := range []string{"1111111111111111111111111111111111111111", "2222222222222222222222222222222222222222"} {
		commit, date = c, "2026-11-30T0"+string(rune('0'+i))+":00:00Z"
		out := filepath.Join(dir, c[:1])
		if code, _, errOut := runMain("cards", exampleRoster, "--household", "E-001", "-o", out); code != exitOK {
			t.Fatalf("cards: %d %s", code, errOut)
		}
		runs[i] = map[string][]byte{}
		entries, err := os.ReadDir(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(out, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			runs[i][e.Name()] = data
		}
	}
	if len(runs[0]) < 2 {
		t.Fatalf("wrote %d files", len(runs[0]))
	}
	for name, data := range runs[0] {
		if !bytes.Equal(data, runs[1][name]) {
			t.Errorf("%s differs between builds of two commits", name)
		}
	}
}
