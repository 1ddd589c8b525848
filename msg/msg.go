// Package msg is what fuwuka says to people: every message is written once,
// in English, as a format string, and the catalogue (zh.go) gives its
// Chinese. Messages stay Texts (a format and its arguments) until they are
// printed, so the language is chosen once, at the edge.
package msg

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"
)

// Lang is a language fuwuka speaks.
type Lang int

const (
	EN Lang = iota
	ZH
)

func (l Lang) String() string {
	if l == ZH {
		return "zh"
	}
	return "en"
}

// Text is a message not yet put into words: an English format for
// fmt.Sprintf and its arguments. Arguments that are Texts or errors are
// translated too.
type Text struct {
	Format string
	Args   []any
}

// F is a message; format is its English text and the catalogue's key.
func F(format string, args ...any) Text { return Text{Format: format, Args: args} }

// IsZero reports whether t says nothing.
func (t Text) IsZero() bool { return t.Format == "" }

// String is the English text.
func (t Text) String() string { return t.In(EN) }

// In is the text in language l. A format missing from the catalogue is
// printed in English; a test keeps the catalogue complete.
func (t Text) In(l Lang) string {
	format := t.Format
	if l == ZH {
		if z, ok := zh[format]; ok {
			format = z
		}
	}
	// %w is Errorf's; the error is printed, translated, as a string.
	format = strings.ReplaceAll(format, "%w", "%v")
	args := make([]any, len(t.Args))
	for i, a := range t.Args {
		switch v := a.(type) {
		case Text:
			args[i] = v.In(l)
		case error:
			args[i] = Err(v, l)
		default:
			args[i] = a
		}
	}
	return fmt.Sprintf(format, args...)
}

// Error is an error that says a Text.
type Error struct{ Text Text }

// Errorf is an error with a translatable message. An error among args is
// what Unwrap returns.
func Errorf(format string, args ...any) error { return &Error{F(format, args...)} }

func (e *Error) Error() string { return e.Text.String() }

func (e *Error) Unwrap() error {
	for _, a := range e.Text.Args {
		if err, ok := a.(error); ok {
			return err
		}
	}
	return nil
}

// Localizer is an error that can say itself in another language.
type Localizer interface {
	In(Lang) string
}

// Err is err's message in language l: translated where fuwuka wrote it,
// as it is where the system or a library did. A wrapper that adds no words
// of its own is looked through, and errors.Join's lines are each
// translated.
func Err(err error, l Lang) string {
	if lz, ok := err.(Localizer); ok {
		return lz.In(l)
	}
	if pe, ok := err.(*fs.PathError); ok {
		switch {
		case errors.Is(pe.Err, fs.ErrNotExist):
			return F("%s: no such file or folder", pe.Path).In(l)
		case sharingViolation(pe.Err):
			return F("%s is open in another program that lets no other read it: close it there (in Excel or WPS, for a workbook) first, then run again", pe.Path).In(l)
		case errors.Is(pe.Err, fs.ErrPermission):
			return F("%s: permission denied", pe.Path).In(l)
		case diskFull(pe.Err):
			return F("%s: the disk is full", pe.Path).In(l)
		case readOnly(pe.Err):
			return F("%s: the disk is read-only", pe.Path).In(l)
		}
	}
	// what the system says of a file or folder, named by the message
	// around it
	if _, ok := err.(syscall.Errno); ok {
		switch {
		case diskFull(err):
			return F("the disk is full").In(l)
		case readOnly(err):
			return F("the disk is read-only").In(l)
		case errors.Is(err, fs.ErrPermission):
			return F("permission denied").In(l)
		}
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var lines []string
		for _, e := range j.Unwrap() {
			lines = append(lines, Err(e, l))
		}
		return strings.Join(lines, "\n")
	}
	if u := errors.Unwrap(err); u != nil && u.Error() == err.Error() {
		return Err(u, l)
	}
	return err.Error()
}

// In is the error's message in language l.
func (e *Error) In(l Lang) string { return e.Text.In(l) }

// Plural is one's message for n == 1 and other's otherwise, each a format
// taking n and then args: two entries of the catalogue, since English
// counts in two forms and Chinese in one.
func Plural(n int, one, other string, args ...any) Text {
	args = append([]any{n}, args...)
	if n == 1 {
		return F(one, args...)
	}
	return F(other, args...)
}
