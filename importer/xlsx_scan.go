package importer

import (
	"archive/zip"
	"bufio"
	"bytes"
	"io"
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
)

// Limits on the XML inside a workbook. The library that reads workbooks
// keeps a stack entry for every open element and parses every shared
// string before the first cell, so a small file of deep nesting or of
// millions of empty strings would take minutes and hundreds of megabytes.
// scanXLSX checks these first, in one streaming pass over the parts.
const (
	maxDepth         = 64       // elements open at once; a sheet's cell text is 6 deep
	maxSharedStrings = maxCells // the sheet's own limit: no more texts than cells
)

// scanXLSX checks the workbook's XML parts, as unpacked, against the
// limits, and that every cell naming a shared string names one the
// workbook has: the library would read such a cell as empty and say
// nothing. A damaged zip is left for the library to name.
func scanXLSX(data []byte, file string) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	budget := int64(maxUnpacked)
	strs := -1
	var parts []*zip.File
	for _, zf := range zr.File {
		name := strings.ToLower(zf.Name)
		if !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".rels") {
			continue
		}
		if name == "xl/sharedstrings.xml" {
			// strings first: the sheets' cells are checked against them
			parts = append([]*zip.File{zf}, parts...)
			strs = 0
		} else {
			parts = append(parts, zf)
		}
	}
	for _, zf := range parts {
		rc, err := zf.Open()
		if err != nil {
			return nil
		}
		sc := &xmlScan{r: bufio.NewReaderSize(io.LimitReader(rc, budget+1), 64<<10)}
		name := strings.ToLower(zf.Name)
		switch {
		case name == "xl/sharedstrings.xml":
			sc.start = func(tag []byte) error {
				if sc.depth == 2 && localName(tag) == "si" {
					if strs++; strs > maxSharedStrings {
						return sc.refuse(msg.F("the workbook has more than %d texts", maxSharedStrings))
					}
				}
				return nil
			}
		case strings.HasPrefix(name, "xl/worksheets/"):
			var shared bool
			var ref string
			sc.start = func(tag []byte) error {
				switch localName(tag) {
				case "c":
					t, _ := attr(tag, "t")
					shared = t == "s"
					ref, _ = attr(tag, "r")
				case "v":
					if shared {
						sc.text = sc.text[:0]
						sc.keep = true
					}
				}
				return nil
			}
			sc.end = func(tag []byte) error {
				if localName(tag) != "v" || !shared {
					return nil
				}
				sc.keep, shared = false, false
				text := strings.TrimSpace(string(sc.text))
				if text == "" {
					return nil // an empty cell, as the library reads it too
				}
				i, err := strconv.Atoi(text)
				if err != nil || i < 0 || i >= max(strs, 0) {
					return card.Problems{{Pos: card.Pos{File: file}, Msg: msg.F("cell %s names text %q that the workbook does not have: the file is damaged", ref, string(sc.text)),
						Hint: msg.F("open it in Excel or WPS and save it again as .xlsx (Excel 工作簿)")}}
				}
				return nil
			}
		}
		sc.file, sc.part = file, zf.Name
		err = sc.run()
		rc.Close()
		budget -= sc.read
		switch {
		case err == nil && budget < 0:
			return card.Problems{{Pos: card.Pos{File: file}, Msg: msg.F("the workbook unpacks to more than %s", files.Size(maxUnpacked)), Hint: msg.F("a household list is a few hundred kilobytes; is this the right file?")}}
		case err != nil:
			if _, ok := err.(card.Problems); ok {
				return err
			}
			return nil // a damaged part: the library names it
		}
	}
	return nil
}

// xmlScan is a streaming reader of XML that knows only tags, their depth
// and the length of text runs: enough to bound a part, at a few
// nanoseconds a byte and no memory that grows with the part.
type xmlScan struct {
	r          *bufio.Reader
	file, part string
	depth      int
	read       int64
	start, end func(tag []byte) error
	tag        []byte
	text       []byte // the text of the element being kept
	keep       bool
}

func (s *xmlScan) refuse(m msg.Text) error {
	return card.Problems{{Pos: card.Pos{File: s.file}, Msg: m, Hint: tooBigHint}}
}

func (s *xmlScan) byte() (byte, error) {
	b, err := s.r.ReadByte()
	if err == nil {
		s.read++
	}
	return b, err
}

func (s *xmlScan) run() error {
	run := 0 // characters of the current text run
	for {
		b, err := s.byte()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if b != '<' {
			if b&0xC0 != 0x80 && b != ' ' && b != '\n' && b != '\r' && b != '\t' {
				if run++; run > 4*maxCellSize {
					// entities make a cell's text up to a few times longer
					return s.refuse(msg.F("the workbook has a text of more than %d characters", maxCellSize))
				}
			}
			if s.keep && len(s.text) < 32 {
				s.text = append(s.text, b)
			}
			continue
		}
		run = 0
		if err := s.markup(); err != nil {
			return err
		}
	}
}

// markup reads what follows a '<'.
func (s *xmlScan) markup() error {
	b, err := s.byte()
	if err != nil {
		return err
	}
	switch b {
	case '?':
		return s.skipTo("?>")
	case '!':
		head, _ := s.r.Peek(7)
		switch {
		case bytes.HasPrefix(head, []byte("--")):
			return s.skipTo("-->")
		case bytes.HasPrefix(head, []byte("[CDATA[")):
			return s.skipTo("]]>")
		}
		return s.skipTo(">")
	case '/':
		tag, _, err := s.readTag()
		if err != nil {
			return err
		}
		if s.end != nil {
			if err := s.end(tag); err != nil {
				return err
			}
		}
		s.depth--
		return nil
	}
	s.r.UnreadByte()
	s.read--
	tag, empty, err := s.readTag()
	if err != nil {
		return err
	}
	if s.depth++; s.depth > maxDepth {
		return s.refuse(msg.F("the workbook's part %s nests more than %d elements deep", s.part, maxDepth))
	}
	if s.start != nil {
		if err := s.start(tag); err != nil {
			return err
		}
	}
	if empty {
		if s.end != nil {
			if err := s.end(tag); err != nil {
				return err
			}
		}
		s.depth--
	}
	return nil
}

// readTag reads a tag up to its '>', quotes respected; empty says it
// ended in "/>". Attributes past the first 512 bytes are dropped.
func (s *xmlScan) readTag() (tag []byte, empty bool, err error) {
	s.tag = s.tag[:0]
	var quote, prev byte
	for {
		b, err := s.byte()
		if err != nil {
			return nil, false, err
		}
		switch {
		case quote != 0:
			if b == quote {
				quote = 0
			}
		case b == '"' || b == '\'':
			quote = b
		case b == '>':
			return s.tag, prev == '/', nil
		}
		if len(s.tag) < 512 {
			s.tag = append(s.tag, b)
		}
		prev = b
	}
}

func (s *xmlScan) skipTo(end string) error {
	var last [3]byte // the bytes last read, the newest at the end
	for n := 0; ; n++ {
		b, err := s.byte()
		if err != nil {
			return err
		}
		last[0], last[1], last[2] = last[1], last[2], b
		if n+1 >= len(end) && string(last[3-len(end):]) == end {
			return nil
		}
	}
}

// localName is a tag's element name without its namespace prefix.
func localName(tag []byte) string {
	end := bytes.IndexAny(tag, " \t\r\n/")
	if end < 0 {
		end = len(tag)
	}
	name := tag[:end]
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	return string(name)
}

// attr is the value of a tag's attribute name.
func attr(tag []byte, name string) (string, bool) {
	for i := 0; ; {
		j := bytes.Index(tag[i:], []byte(name+"="))
		if j < 0 {
			return "", false
		}
		j += i
		if j > 0 && (tag[j-1] == ' ' || tag[j-1] == '\t' || tag[j-1] == '\n' || tag[j-1] == '\r') && j+len(name)+1 < len(tag) {
			rest := tag[j+len(name)+1:]
			q := rest[0]
			if k := bytes.IndexByte(rest[1:], q); k >= 0 {
				return string(rest[1 : 1+k]), true
			}
		}
		i = j + 1
	}
}
