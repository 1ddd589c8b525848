//go:build unix

package files

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestInterruptRemovesTemporaryFiles runs a child that holds a folder's
// lock, a temporary file and a TempDir, and stops it with SIGTERM and
// with an interrupt: nothing of it may stay.
func TestInterruptRemovesTemporaryFiles(t *testing.T) {
	if dir := os.Getenv("FUWUKA_SIGNAL_DIR"); dir != "" {
		CleanOnSignal()
		if _, err := LockDir(dir, ""); err != nil {
			panic(err)
		}
		tg, _ := Resolve(filepath.Join(dir, "card.pdf"))
		if _, err := tg.Stage(nil); err != nil {
			panic(err)
		}
		if _, _, err := TempDir(); err != nil {
			panic(err)
		}
		os.Stdout.WriteString("ready\n")
		time.Sleep(time.Minute)
		return
	}
	for _, c := range []struct {
		sig  os.Signal
		code int
	}{{syscall.SIGTERM, 143}, {os.Interrupt, 130}} {
		dir, tmp := t.TempDir(), t.TempDir()
		cmd := exec.Command(os.Args[0], "-test.run=^TestInterruptRemovesTemporaryFiles$")
		cmd.Env = append(os.Environ(), "FUWUKA_SIGNAL_DIR="+dir, "TMPDIR="+tmp)
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if line, _ := bufio.NewReader(out).ReadString('\n'); line != "ready\n" {
			cmd.Process.Kill()
			t.Fatalf("the child said %q", line)
		}
		if ents, _ := os.ReadDir(dir); len(ents) != 2 {
			t.Errorf("before %v: %d entries, want the lock and a temporary file", c.sig, len(ents))
		}
		cmd.Process.Signal(c.sig)
		err := cmd.Wait()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != c.code {
			t.Errorf("%v: %v, want exit status %d", c.sig, err, c.code)
		}
		for _, d := range []string{dir, tmp} {
			if ents, _ := os.ReadDir(d); len(ents) > 0 {
				t.Errorf("after %v, %s holds %s", c.sig, d, ents[0].Name())
			}
		}
	}
}
