package files

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/fuwuka/fuwuka/msg"
)

// Stdout is the output name that means standard output.
const Stdout = "-"

// TempPrefix and TempSuffix frame the names of the temporary files an
// output is written through; a later run removes any a killed run left.
const (
	TempPrefix = ".fuwuka-"
	TempSuffix = ".tmp"
)

// Target is where a named output lands, decided by the output rule:
//   - a regular file, or a path where nothing is, is written through a
//     temporary file beside it and a rename, keeping the mode it had; a new
//     file gets the mode the umask leaves of 0666;
//   - a symbolic link is followed to the file it names, which is written by
//     the rule above, so the link stays a link;
//   - a character device, a FIFO or "-" (standard output) is written
//     straight through, as a shell's > would;
//   - anything else, a folder or a socket, is refused.
type Target struct {
	Name   string // as the user gave it
	Path   string // after links; "" for standard output
	Stream bool   // written straight through: a device, a FIFO, standard output
	Exists bool   // Path is an existing regular file
	mode   fs.FileMode
}

// maxLinks bounds the links followed from one name, as the kernel does.
const maxLinks = 40

// Resolve applies the output rule to name.
func Resolve(name string) (Target, error) {
	t := Target{Name: name}
	if name == Stdout {
		t.Stream = true
		return t, nil
	}
	if name == "" {
		return t, msg.Errorf("no output named")
	}
	path := name
	for range maxLinks {
		fi, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			dir := filepath.Dir(path)
			if di, err := os.Stat(dir); err != nil || !di.IsDir() {
				if path != name {
					return t, msg.Errorf("%s is a link to %s, in a folder that does not exist", name, path)
				}
				return t, msg.Errorf("%s: the folder %s does not exist", name, dir)
			}
			t.Path = path
			return t, nil
		}
		if err != nil {
			return t, err
		}
		switch m := fi.Mode(); {
		case m&fs.ModeSymlink != 0:
			to, err := os.Readlink(path)
			if err != nil {
				return t, err
			}
			if !filepath.IsAbs(to) {
				to = filepath.Join(filepath.Dir(path), to)
			}
			if strings.HasPrefix(filepath.Base(to), "pipe:[") || strings.HasPrefix(filepath.Base(to), "socket:[") {
				// /proc/self/fd/N names an open pipe or socket, not a
				// path: open it through the link.
				return streamThroughLink(t, path)
			}
			path = to
		case m.IsRegular():
			t.Path, t.Exists, t.mode = path, true, m.Perm()
			return t, nil
		case m&fs.ModeCharDevice != 0, m&fs.ModeNamedPipe != 0:
			t.Path, t.Stream = path, true
			return t, nil
		case m.IsDir():
			return t, msg.Errorf("%s is a folder; name a file in it", name)
		default:
			return t, msg.Errorf("%s is neither a file nor a device (%v); fuwuka writes only to files, devices and FIFOs", name, m.Type())
		}
	}
	return t, msg.Errorf("%s: too many links", name)
}

// streamThroughLink decides on a link that the kernel resolves but a path
// cannot name, such as /proc/self/fd/1.
func streamThroughLink(t Target, link string) (Target, error) {
	fi, err := os.Stat(link)
	if err != nil {
		return t, err
	}
	if m := fi.Mode(); m&(fs.ModeNamedPipe|fs.ModeCharDevice) == 0 {
		return t, msg.Errorf("%s is neither a file nor a device (%v); fuwuka writes only to files, devices and FIFOs", t.Name, m.Type())
	}
	t.Path, t.Stream = link, true
	return t, nil
}

// Write puts data at name by the output rule; stdout is standard output,
// for the name "-".
func Write(name string, data []byte, stdout io.Writer) error {
	t, err := Resolve(name)
	if err != nil {
		return err
	}
	return t.Write(data, stdout)
}

// Write puts data at t. A file is replaced only once its temporary file is
// complete; a stream gets the bytes as they are.
func (t Target) Write(data []byte, stdout io.Writer) error {
	return t.WriteFunc(Bytes(data), stdout)
}

// WriteFunc is Write with the content written by write, as it is made: a
// file is replaced only once write returned without an error, and a
// stream gets what write wrote until then.
func (t Target) WriteFunc(write func(io.Writer) error, stdout io.Writer) error {
	if t.Stream {
		return t.writeStream(write, stdout)
	}
	tmp, err := t.StageFunc(write)
	if err != nil {
		return err
	}
	return tmp.Commit()
}

// Bytes is a content for WriteFunc and StageFunc that writes data.
func Bytes(data []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}
}

func (t Target) writeStream(write func(io.Writer) error, stdout io.Writer) error {
	if t.Path == "" {
		return write(stdout)
	}
	// No O_CREATE: a device or FIFO that vanished since Resolve is not
	// made into a file.
	f, err := os.OpenFile(t.Path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Temp is a temporary file beside a target, renamed onto it by Commit.
type Temp struct {
	target Target
	path   string
}

// Stage makes the temporary file that t is written through, with data in
// it, written through the one open that creates it. It is created with
// mode 0666, which the umask trims, or given the mode of the file it
// replaces, so that a private file stays private.
func (t Target) Stage(data []byte) (*Temp, error) { return t.StageFunc(Bytes(data)) }

// StageFunc is Stage with the content written by write, as it is made;
// when write fails, the temporary file is removed.
func (t Target) StageFunc(write func(io.Writer) error) (*Temp, error) {
	if t.Stream {
		return nil, msg.Errorf("%s is written straight through", t.Name)
	}
	dir := filepath.Dir(t.Path)
	for range 10 {
		var b [8]byte
		rand.Read(b[:])
		p := filepath.Join(dir, TempPrefix+hex.EncodeToString(b[:])+TempSuffix)
		var f *os.File
		_, err := registered(func() (string, error) {
			var err error
			f, err = os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
			return p, err
		})
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, t.named(err, p)
		}
		tmp := &Temp{target: t, path: p}
		if t.Exists {
			err = f.Chmod(t.mode)
		}
		if err == nil {
			err = write(f)
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			tmp.Remove()
			return nil, t.named(err, p)
		}
		return tmp, nil
	}
	return nil, msg.Errorf("cannot make a temporary file in %s", dir)
}

// named is err with the file the user named in place of the temporary
// file p it was written through: what the user can act on.
func (t Target) named(err error, p string) error {
	if pe, ok := err.(*fs.PathError); ok && pe.Path == p {
		return &fs.PathError{Op: pe.Op, Path: t.Name, Err: pe.Err}
	}
	return err
}

// Commit renames the temporary file onto its target.
func (tmp *Temp) Commit() error {
	err := os.Rename(tmp.path, tmp.target.Path)
	if err != nil {
		tmp.Remove()
		if tmp.target.Exists && heldOpen(err) {
			return &FileInUseError{Name: tmp.target.Name}
		}
		return err
	}
	untrack(tmp.path)
	return nil
}

// Remove deletes the temporary file, leaving the target as it was.
func (tmp *Temp) Remove() {
	os.Remove(tmp.path)
	untrack(tmp.path)
}
