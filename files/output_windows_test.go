package files

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
)

func deadLock(t *testing.T) string {
	// A process that has exited: Windows no longer runs its pid.
	cmd := exec.Command("cmd", "/c", "exit")
	if err := cmd.Run(); err != nil {
		t.Skipf("cannot run cmd: %v", err)
	}
	host, _ := os.Hostname()
	return fmt.Sprintf("pid %d on %s since 2026-01-01T00:00:00Z\n", cmd.Process.Pid, host)
}
