//go:build !windows

package main

// ownConsole: only Windows starts a console program from the desktop
// without a terminal to type in.
func ownConsole() bool { return false }
