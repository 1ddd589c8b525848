package msg

import (
	"errors"
	"syscall"
)

// Windows says a disk is full or write-protected in errors of its own.
const (
	errorWriteProtect   = syscall.Errno(19)
	errorHandleDiskFull = syscall.Errno(39)
	errorDiskFull       = syscall.Errno(112)
	errorSharing        = syscall.Errno(32)
	errorLock           = syscall.Errno(33)
)

func systemDiskFull(err error) bool {
	return errors.Is(err, errorDiskFull) || errors.Is(err, errorHandleDiskFull)
}

func systemReadOnly(err error) bool { return errors.Is(err, errorWriteProtect) }

func systemSharingViolation(err error) bool {
	return errors.Is(err, errorSharing) || errors.Is(err, errorLock)
}
