package msg

import (
	"errors"
	"syscall"
)

// diskFull and readOnly say whether the system said a disk is full or
// cannot be written, in the words of any system fuwuka runs on.
func diskFull(err error) bool { return errors.Is(err, syscall.ENOSPC) || systemDiskFull(err) }

func readOnly(err error) bool { return errors.Is(err, syscall.EROFS) || systemReadOnly(err) }

// sharingViolation says whether the system refused a file because another
// program holds it open without sharing it (Windows' word for it).
func sharingViolation(err error) bool { return systemSharingViolation(err) }
