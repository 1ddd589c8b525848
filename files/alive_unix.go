//go:build unix

package files

import (
	"errors"
	"syscall"
)

// alive reports whether process pid runs; one of another user still runs.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
