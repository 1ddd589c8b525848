package card

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/msg"
	"gopkg.in/yaml.v3"
)

// Load reads and checks the roster at path; "-" reads standard input and
// resolves relative paths from the working directory. A file that cannot
// be read is an ordinary error naming it; anything wrong with what the file
// says is Problems, all of them at once. opts.Households reads the
// roster's households_file, if it names one.
func Load(path string, opts LoadOptions) (*Roster, error) {
	if path == "-" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		return LoadReader(path, os.Stdin, wd, opts)
	}
	data, err := readFile(path, path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data, filepath.Dir(path), opts)
}

// LoadReader is Load for a roster that is not a file. name is what
// problems call it ("-" for standard input); dir is where relative paths
// in it (households_file, card.fonts) resolve from.
func LoadReader(name string, r io.Reader, dir string, opts LoadOptions) (*Roster, error) {
	data, err := readLimited(fileLabel(name), r)
	if err != nil {
		return nil, err
	}
	return Parse(name, data, dir, opts)
}

// Parse checks a roster's bytes, as Load does.
func Parse(name string, data []byte, dir string, opts LoadOptions) (*Roster, error) {
	file := fileLabel(name)
	if len(data) > MaxFileSize {
		return nil, tooLarge(file)
	}
	text, warning, err := decodeText(file, data)
	if err != nil {
		return nil, err
	}
	d := newDecoder(file, dir, opts)
	if !warning.IsZero() {
		d.warnings = append(d.warnings, warning)
	}
	root := d.parse(text)
	var r *Roster
	if root != nil {
		r = d.roster(root)
	}
	if err := d.probs.Err(); err != nil || r == nil {
		// The warnings often explain the problems (a column not read, a
		// file read as GB18030), so they travel with them.
		return nil, warned(err, d.warnings)
	}
	sum := sha256.Sum256(data)
	r.Path, r.Dir, r.SHA256 = name, dir, hex.EncodeToString(sum[:])
	return r, nil
}

func fileLabel(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

// parse reads the one YAML document in text, or records why it cannot.
// Decoding into a yaml.Node keeps every value's position and never expands
// aliases, so an alias bomb costs no more than its own bytes.
func (d *decoder) parse(text string) *yaml.Node {
	mistakes := typingMistakes(text)
	for _, m := range mistakes {
		if m.sure {
			d.typingMistake(m)
		}
	}
	dec := yaml.NewDecoder(strings.NewReader(text))
	var doc yaml.Node
	err := dec.Decode(&doc)
	if err != nil && err != io.EOF {
		// The parser stops at the first mistake, often lines after it; the
		// mistakes found line by line say where and what, in the clerk's
		// words, so its own words are only a last resort.
		for _, m := range mistakes {
			if !m.sure {
				d.typingMistake(m)
			}
		}
		if len(mistakes) == 0 {
			d.syntaxError(err, text)
		}
		return nil
	}
	if len(d.probs) > 0 {
		return nil // sure typing mistakes: what the parser made of them is not what was meant
	}
	if err == io.EOF || len(doc.Content) == 0 || isNull(doc.Content[0]) {
		d.add(Pos{File: d.file}, Ref{}, msg.F("the roster is empty"), msg.F("`fuwuka init` writes an example to start from"))
		return nil
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == io.EOF:
	case err != nil:
		d.syntaxError(err, text)
	default:
		d.add(d.at(&next), Ref{}, msg.F("a roster is a single YAML document; this is a second one"), msg.F("remove the --- line, or make it a separate roster"))
	}
	return doc.Content[0]
}

var yamlErrorRE = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// parserErrors are the yaml.v3 errors that count lines from 0, unlike its
// scanner's, which count from 1; the line is that of the enclosing block.
var parserErrors = []string{
	"did not find expected <document start>",
	"did not find expected node content",
	"did not find expected '-' indicator",
	"did not find expected key",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"found undefined tag handle",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found duplicate %TAG directive",
}

func (d *decoder) typingMistake(m typingMistake) {
	d.probs = append(d.probs, Problem{Pos: Pos{File: d.file, Line: m.line, Col: m.col}, Msg: m.msg, Hint: m.hint, Source: marked(m.text, m.col)})
}

// syntaxError turns a yaml.v3 error, which gives at most a line, into a
// problem. yaml.v3 gives no line for errors on the first.
func (d *decoder) syntaxError(err error, text string) {
	m := yamlErrorRE.FindStringSubmatch(err.Error())
	if m == nil {
		d.add(Pos{File: d.file}, Ref{}, msg.F("not valid YAML: %v", err), msg.Text{})
		return
	}
	line, _ := strconv.Atoi(m[1])
	if line > 0 && slices.Contains(parserErrors, m[2]) {
		line++
	}
	hint := msg.F("check this line and the one above it: a half-width colon and a space after each key, quotes in pairs, the keys of one entry indented alike")
	if lines := strings.Split(text, "\n"); line > 0 && line <= len(lines) && strings.Contains(lines[line-1], "\t") {
		hint = msg.F("indent with spaces; YAML does not allow tabs")
	}
	var what any = m[2]
	if w, ok := parserWords[m[2]]; ok {
		what = w
	}
	d.add(Pos{File: d.file, Line: line}, Ref{}, msg.F("not valid YAML: %s", what), hint)
}

// parserWords say the parser's commonest errors the way a clerk sees the
// mistake.
var parserWords = map[string]msg.Text{
	"could not find expected ':'":                                  msg.F("a key without its colon, or a line that belongs to the one above"),
	"did not find expected key":                                    msg.F("a line indented out of step with its entry"),
	"did not find expected '-' indicator":                          msg.F("a list item that does not start with \"- \""),
	"found character that cannot start any token":                  msg.F("a character a value cannot start with, such as a tab, @ or `"),
	"found a tab character that violates indentation":              msg.F("a tab where spaces should indent"),
	"mapping values are not allowed in this context":               msg.F("a colon and a space inside a value; put the value in quotes"),
	"found unexpected end of stream":                               msg.F("the file ends inside quotes or brackets"),
	"did not find expected node content":                           msg.F("a key or a dash with no value where one is needed"),
	"did not find expected ',' or ']'":                             msg.F("a list in brackets [ ] that is not closed"),
	"did not find expected ',' or '}'":                             msg.F("a mapping in braces { } that is not closed"),
	"found unknown escape character while parsing a quoted scalar": msg.F("a backslash inside double quotes; use single quotes around the value"),
}
