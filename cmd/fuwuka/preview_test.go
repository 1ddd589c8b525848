package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPreviewFlags(t *testing.T) {
	var got *PreviewOptions
	cmd := NewCmdPreview(&IO{}, func(o *PreviewOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"r.yaml", "-o", "pics", "--household", "E-001", "--household", "W-101", "--zone", "东片",
		"--format", "SVG", "--dpi", "300", "--bleed"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Roster != "r.yaml" || got.Dir != "pics" || strings.Join(got.Households, ",") != "E-001,W-101" || got.Zone != "东片" ||
		got.Format != "svg" || got.DPI != 300 || !got.Bleed {
		t.Errorf("options %+v", *got)
	}
	got = nil
	cmd = NewCmdPreview(&IO{}, func(o *PreviewOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"r.yaml", "-o", "pics"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Format != "png" || got.DPI != 150 || got.Bleed || got.Zone != "" {
		t.Errorf("defaults %+v", *got)
	}
}

func TestPreviewUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "jpg"}, "--format"},
		{[]string{"--dpi", "10"}, "--dpi"},
		{[]string{"--dpi", "5000"}, "--dpi"},
		{[]string{"--zone", "北片"}, "东片"}, // names the zones there are
		{[]string{"--household", "X-999"}, "X-999"},
	} {
		out := filepath.Join(t.TempDir(), "never-written")
		code, _, stderr := runMain(append([]string{"preview", exampleRoster, "-o", out}, tt.args...)...)
		if code != exitUsage || !strings.Contains(stderr, tt.want) {
			t.Errorf("preview %v: exit %d, %q; want %d naming %s", tt.args, code, stderr, exitUsage, tt.want)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("preview %v wrote %s", tt.args, out)
		}
	}
	if code, _, stderr := runMain("preview", exampleRoster); code != exitUsage || !strings.Contains(stderr, "-o") {
		t.Errorf("preview without -o: exit %d, %q", code, stderr)
	}
}

// A zone's pictures, at the resolution asked for, byte-identical on a
// rerun; with --bleed the picture is the whole artwork.
func TestPreviewZone(t *testing.T) {
	r := loadExample(t)
	zone := r.Zones()[0]
	var ids []string
	for _, h := range r.Households {
		if h.Zone == zone {
			ids = append(ids, h.ID+".png")
		}
	}
	dir := t.TempDir()
	code, out, stderr := runMain("preview", exampleRoster, "-o", dir, "--zone", zone, "--dpi", "72")
	if code != exitOK || !strings.Contains(out, dir) || stderr != "" {
		t.Fatalf("exit %d, out %q, err %q", code, out, stderr)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != len(ids) || len(ids) == 0 {
		t.Fatalf("wrote %v, want the %d cards of %s", names, len(ids), zone)
	}
	first, err := os.ReadFile(filepath.Join(dir, ids[0]))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	// 100 mm at 72 dpi is 283.46 px
	if cfg.Width != 284 || cfg.Height != 284 {
		t.Errorf("a 100 mm card at 72 dpi is %d×%d pixels, want 284×284", cfg.Width, cfg.Height)
	}
	if code, _, stderr := runMain("preview", exampleRoster, "-o", dir, "--zone", zone, "--dpi", "72"); code != exitOK {
		t.Fatalf("rerun: exit %d: %s", code, stderr)
	}
	again, _ := os.ReadFile(filepath.Join(dir, ids[0]))
	if !bytes.Equal(first, again) {
		t.Error("the same card drawn twice gives different bytes")
	}
	bleed := t.TempDir()
	if code, _, stderr := runMain("preview", exampleRoster, "-o", bleed, "--household", strings.TrimSuffix(ids[0], ".png"), "--dpi", "72", "--bleed"); code != exitOK {
		t.Fatalf("--bleed: exit %d: %s", code, stderr)
	}
	data, _ := os.ReadFile(filepath.Join(bleed, ids[0]))
	if cfg, err := png.DecodeConfig(bytes.NewReader(data)); err != nil || cfg.Width != 301 {
		t.Errorf("--bleed: %v, %d pixels wide; want 106 mm = 301 pixels at 72 dpi", err, cfg.Width)
	}
}
