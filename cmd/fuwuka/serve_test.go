package main

import (
	"strings"
	"testing"
)

func TestServeFlags(t *testing.T) {
	var got *ServeOptions
	cmd := NewCmdServe(&IO{}, func(o *ServeOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"r.yaml", "--addr", "0.0.0.0:9000", "--open"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Roster != "r.yaml" || got.Addr != "0.0.0.0:9000" || !got.Open {
		t.Errorf("options %+v", *got)
	}
	// without --addr, the page is this computer's only
	cmd = NewCmdServe(&IO{}, func(o *ServeOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"r.yaml"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Addr != defaultAddr || !loopback(got.Addr) {
		t.Errorf("default address %q is not loopback", got.Addr)
	}
}

func TestLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:80": true, "[::1]:8080": true, "127.9.9.9:1": true,
		"0.0.0.0:8080": false, ":8080": false, "192.168.1.5:8080": false, "[::]:8080": false, "example.org:80": false, "nonsense": false,
	} {
		if got := loopback(addr); got != want {
			t.Errorf("loopback(%q) = %t, want %t", addr, got, want)
		}
	}
}

func TestServeNeedsARosterFile(t *testing.T) {
	t.Chdir(t.TempDir())
	code, _, stderr := runMain("serve")
	if code != exitUsage || !strings.Contains(stderr, "fuwuka init") {
		t.Errorf("serve in an empty folder: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runMain("serve", "-"); code != exitUsage || !strings.Contains(stderr, "standard input") {
		t.Errorf("serve -: exit %d, %q", code, stderr)
	}
}
