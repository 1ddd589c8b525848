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
	dec := yaml.NewDecoder(strings.NewReader(text))
	var doc yaml.Node
	err := dec.Decode(&doc)
	if err != nil && err != io.EOF {
		d.syntaxError(err, text)
		return nil
	}
	if err == io.EOF || len(doc.Content) == 0 || isNull(doc.Content[0]) {
		d.add(Pos{File: d.file}, "", msg.F("the roster is empty"), msg.F("`fuwuka init` writes an example to start from"))
		return nil
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == io.EOF:
	case err != nil:
		d.syntaxError(err, text)
	default:
		d.add(d.at(&next), "", msg.F("a roster is a single YAML document; this is a second one"), msg.F("remove the --- line, or make it a separate roster"))
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

// syntaxError turns a yaml.v3 error, which gives at most a line, into a
// problem. yaml.v3 gives no line for errors on the first.
func (d *decoder) syntaxError(err error, text string) {
	m := yamlErrorRE.FindStringSubmatch(err.Error())
	if m == nil {
		d.add(Pos{File: d.file}, "", msg.F("not valid YAML: %v", err), msg.Text{})
		return
	}
	line, _ := strconv.Atoi(m[1])
	if line > 0 && slices.Contains(parserErrors, m[2]) {
		line++
	}
	var hint msg.Text
	if lines := strings.Split(text, "\n"); line > 0 && line <= len(lines) && strings.Contains(lines[line-1], "\t") {
		hint = msg.F("indent with spaces; YAML does not allow tabs")
	}
	d.add(Pos{File: d.file, Line: line}, "", msg.F("not valid YAML: %s", m[2]), hint)
}
