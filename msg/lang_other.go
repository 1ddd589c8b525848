//go:build !windows

package msg

// systemLang is English where no locale variable is set: the C locale.
func systemLang() Lang { return EN }
