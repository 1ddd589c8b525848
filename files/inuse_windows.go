package files

import (
	"errors"

	"golang.org/x/sys/windows"
)

// heldOpen says whether a rename onto an existing file failed because a
// program holds that file: a reader that opened it without
// FILE_SHARE_DELETE makes Windows refuse, with a sharing violation or,
// for MoveFileEx, access denied.
func heldOpen(err error) bool {
	return errors.Is(err, windows.ERROR_SHARING_VIOLATION) || errors.Is(err, windows.ERROR_LOCK_VIOLATION) ||
		errors.Is(err, windows.ERROR_ACCESS_DENIED)
}
