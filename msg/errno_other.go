//go:build !windows

package msg

func systemDiskFull(error) bool { return false }

func systemReadOnly(error) bool { return false }

func systemSharingViolation(error) bool { return false }
