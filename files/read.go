package files

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/fuwuka/fuwuka/msg"
)

// ErrTooLarge is what a bounded read returns, wrapped in a
// *TooLargeError, for input past its limit.
var ErrTooLarge = errors.New("too large")

// TooLargeError is input that goes on past the limit it is read through.
type TooLargeError struct {
	Name  string
	Limit int64
}

func (e *TooLargeError) Error() string { return e.Text().String() }

// In is the message in language l.
func (e *TooLargeError) In(l msg.Lang) string { return e.Text().In(l) }

// Text says which input and what limit.
func (e *TooLargeError) Text() msg.Text {
	return msg.F("%s is larger than %s", e.Name, Size(e.Limit))
}

func (e *TooLargeError) Unwrap() error { return ErrTooLarge }

// Size is a byte count the way people read it: 64 MiB.
func Size(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}

// NotFileError is an input that is not a regular file: a folder, a device,
// a FIFO, a socket. Reading one could block for ever or never end.
type NotFileError struct {
	Name string
	Mode fs.FileMode
}

func (e *NotFileError) Error() string { return e.Text().String() }

// In is the message in language l.
func (e *NotFileError) In(l msg.Lang) string { return e.Text().In(l) }

// Text says what the input is instead.
func (e *NotFileError) Text() msg.Text {
	if e.Mode.IsDir() {
		return msg.F("%s is a folder, not a file", e.Name)
	}
	return msg.F("%s is not a regular file (%v)", e.Name, e.Mode.Type())
}

// Open opens the regular file at path, following links, for reading. A
// folder, device, FIFO or socket is a *NotFileError, found before it is
// opened, so that a FIFO cannot block the run, and checked again on the
// file opened, so that it cannot be swapped in between.
func Open(path string) (*os.File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, &NotFileError{Name: path, Mode: fi.Mode()}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if fi, err = f.Stat(); err != nil || !fi.Mode().IsRegular() {
		f.Close()
		if err == nil {
			err = &NotFileError{Name: path, Mode: fi.Mode()}
		}
		return nil, err
	}
	return f, nil
}

// ReadLimited reads the regular file at path whole, or fails with a
// *TooLargeError as soon as it has read more than limit bytes.
func ReadLimited(path string, limit int64) ([]byte, error) {
	f, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return ReadAll(path, f, limit)
	}
	if fi.Size() > limit {
		return nil, &TooLargeError{Name: path, Limit: limit}
	}
	// one buffer of the file's size, not the doublings of io.ReadAll,
	// which take three times the file's size at their peak
	buf := bytes.NewBuffer(make([]byte, 0, fi.Size()+512))
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, &TooLargeError{Name: path, Limit: limit}
	}
	return buf.Bytes(), nil
}

// ReadAll reads r to its end, or fails with a *TooLargeError at limit+1
// bytes; name is what the error calls r. It is for standard input and
// other streams, which have no size to check beforehand.
func ReadAll(name string, r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &TooLargeError{Name: name, Limit: limit}
	}
	return data, nil
}

// EchoLimit is how many characters of a value a message repeats.
const EchoLimit = 60

// Short is s cut to EchoLimit characters, with … where it was cut, so
// that a message about a huge value stays one line.
func Short(s string) string {
	n := 0
	for i := range s {
		if n == EchoLimit {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
