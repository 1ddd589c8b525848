package card

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// MaxFileSize bounds what the loader reads, and any roster fuwuka reads. A roster for every household
// of a large town is well under a megabyte; anything near this is the
// wrong file, and reading it whole would only make the mistake slow.
const MaxFileSize = 64 << 20

var saveAsUTF8 = msg.F("in Notepad, File > Save As > Encoding: UTF-8")

func tooLarge(file string) Problems {
	return Problems{{Pos: Pos{File: file}, Msg: msg.F("the file is larger than 64 MiB"), Hint: msg.F("a roster is a few kilobytes; is this the right file?")}}
}

// readFile reads the file at path, named file in problems, refusing an
// oversized file before reading any of it. The error is the *PathError of
// os.Open, or Problems.
func readFile(path, file string) ([]byte, error) {
	f, err := files.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > MaxFileSize {
		return nil, tooLarge(file)
	}
	return readLimited(file, f)
}

// readLimited reads r to the end, or refuses at MaxFileSize bytes: a pipe
// has no size to check beforehand.
func readLimited(file string, r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	if len(data) > MaxFileSize {
		return nil, tooLarge(file)
	}
	return data, nil
}

// decodeText turns a file's bytes into text. UTF-8 is expected, with or
// without a byte order mark. Chinese Windows saves "ANSI" text, and Excel
// saves CSV, as GB18030 (code page 936); such a file is read too, with a
// warning, since refusing it would leave a clerk with no idea why.
func decodeText(file string, data []byte) (text string, warning msg.Text, err error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if utf8.Valid(data) {
		return string(data), msg.Text{}, nil
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return "", msg.Text{}, Problems{{Pos: Pos{File: file}, Msg: msg.F(`the file is UTF-16 (Notepad's "Unicode"), not UTF-8`), Hint: msg.F("save it as UTF-8: %s", saveAsUTF8)}}
	}
	// The decoder turns invalid bytes into U+FFFD rather than failing.
	gb, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(gb, utf8.RuneError) {
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		return "", msg.Text{}, Problems{{Pos: Pos{File: file, Line: line}, Msg: msg.F("the file is neither UTF-8 nor GB18030 text"), Hint: msg.F("save it as UTF-8: %s", saveAsUTF8)}}
	}
	return string(gb), msg.F(`%s: read as GB18030 (Windows "ANSI"); save it as UTF-8 to silence this: %s`, file, saveAsUTF8), nil
}

// firstInvalid is the offset of the first byte that is not UTF-8.
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}
