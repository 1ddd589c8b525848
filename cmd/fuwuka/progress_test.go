package main

import (
	"bytes"
	"testing"
)

func TestProgress(t *testing.T) {
	run := func(io *IO, total int) string {
		var buf bytes.Buffer
		io.Err = &buf
		p := progress(io, "cards")
		if p == nil {
			return ""
		}
		for i := 1; i <= total; i++ {
			p(i, total)
		}
		return buf.String()
	}
	if out := run(&IO{Terminal: true}, 200); !bytes.Contains([]byte(out), []byte("cards")) {
		t.Errorf("no bar on a terminal for 200 cards: %q", out)
	}
	if out := run(&IO{Terminal: true}, progressMin); out != "" {
		t.Errorf("a bar for %d cards: %q", progressMin, out)
	}
	if out := run(&IO{Terminal: false}, 200); out != "" {
		t.Errorf("a bar off a terminal: %q", out)
	}
	if out := run(&IO{Terminal: true, Quiet: true}, 200); out != "" {
		t.Errorf("a bar with --quiet: %q", out)
	}
}
