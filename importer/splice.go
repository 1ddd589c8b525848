package importer

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
	"gopkg.in/yaml.v3"
)

// Into replaces the households section of a roster's bytes with hs, and
// leaves every other byte as the clerk wrote it: comments, order, quoting,
// blank lines. Re-encoding the whole document through yaml.v3 would lose
// much of that, so the new list is spliced into the text instead. The
// lines replaced run from the one after `households:` to the last line of
// its value; comments after that value belong to what follows and stay. A
// roster without households gets them at the end. name is what problems
// call the roster.
func Into(name string, roster []byte, hs []card.Household) ([]byte, error) {
	out, err := splice(name, roster, hs)
	if err != nil {
		return nil, err
	}
	if err := check(out, len(hs)); err != nil {
		return nil, msg.Errorf("%s: could not replace its households section (%v); the roster was left as it was", name, err)
	}
	return out, nil
}

func splice(name string, roster []byte, hs []card.Household) ([]byte, error) {
	body := bytes.TrimPrefix(roster, []byte("\uFEFF"))
	if !utf8.Valid(body) {
		return nil, card.Problems{{Pos: card.Pos{File: name}, Msg: msg.F("the roster is not UTF-8 text; households would be written in another encoding than the rest"),
			Hint: msg.F("save the roster as UTF-8 first (Notepad: File > Save As > Encoding: UTF-8)")}}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(roster, &doc); err != nil {
		return nil, card.Problems{{Pos: card.Pos{File: name}, Msg: msg.F("the roster is not valid YAML: %s", err.Error()), Hint: msg.F("fuwuka validate shows where")}}
	}
	if len(doc.Content) == 0 {
		return appendSection(roster, hs), nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, card.Problems{{Pos: card.Pos{File: name, Line: root.Line, Col: root.Column}, Msg: msg.F("the roster is not a mapping of sections (community:, officials:, households: …)")}}
	}
	if root.Style&yaml.FlowStyle != 0 {
		// Its sections share lines, so no lines are the households' alone.
		return nil, card.Problems{{Pos: card.Pos{File: name, Line: root.Line, Col: root.Column}, Msg: msg.F("the roster is one {…} mapping; households can only be replaced in a roster with one section per line"),
			Hint: msg.F("write households with -o and paste them in")}}
	}
	var key, val *yaml.Node
	next := 0 // line of the key after households; 0: none
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := root.Content[i]
		switch {
		case k.Value == "households" && key != nil:
			return nil, card.Problems{{Pos: card.Pos{File: name, Line: k.Line, Col: k.Column}, Msg: msg.F("households appears twice"), Hint: msg.F("first at line %d", key.Line)}}
		case k.Value == "households":
			key, val = k, root.Content[i+1]
		case key != nil && next == 0:
			next = k.Line
		}
	}
	if key == nil {
		return appendSection(roster, hs), nil
	}
	lines := bytes.SplitAfter(roster, []byte("\n"))
	// New lines end as the households line does, should the file mix them.
	eol := lineEnd(lines[key.Line-1], roster)
	if next == 0 {
		next = len(lines) + 1
	}
	// The value's last line is the last line before the next key that is
	// not blank, a comment or the end of the document.
	last := key.Line
	for l := key.Line + 1; l < next && l <= len(lines); l++ {
		s := strings.TrimSpace(string(lines[l-1]))
		if s == "---" || s == "..." || strings.HasPrefix(s, "--- ") {
			break
		}
		if s != "" && !strings.HasPrefix(s, "#") {
			last = l
		}
	}
	indent := strings.Repeat(" ", key.Column-1)
	head := lines[key.Line-1]
	if val.Line == key.Line && !(val.Kind == yaml.ScalarNode && val.Tag == "!!null" && val.Value == "") {
		// households: [] — the value starts on the key's line, which is
		// rewritten, keeping its comment.
		h := indent + "households:"
		if c := val.LineComment + key.LineComment; c != "" {
			h += " " + c
		}
		head = []byte(h + eol)
	} else if !bytes.HasSuffix(head, []byte("\n")) {
		head = append(bytes.Clone(head), eol...)
	}
	var out bytes.Buffer
	for _, l := range lines[:key.Line-1] {
		out.Write(l)
	}
	out.Write(head)
	list := items(hs, indent+"  ", eol)
	if len(hs) == 0 {
		list = []byte(indent + "  []" + eol)
	}
	out.Write(list)
	rest := lines[last:]
	if len(rest) == 0 && last == len(lines) && !bytes.HasSuffix(roster, []byte("\n")) {
		// The old value ended the file without a line break; so does the new one.
		out.Truncate(out.Len() - len(eol))
	}
	for _, l := range rest {
		out.Write(l)
	}
	return out.Bytes(), nil
}

// check makes sure a spliced roster reads back with n households, so that
// a roster laid out in a way Into did not foresee is refused, not broken.
func check(roster []byte, n int) error {
	var r struct {
		Households []yaml.Node `yaml:"households"`
	}
	if err := yaml.Unmarshal(roster, &r); err != nil {
		return err
	}
	if len(r.Households) != n {
		return msg.Errorf("%d households read back, %d written", len(r.Households), n)
	}
	return nil
}

// lineEnd is how line ends: with CRLF or LF; a last line without a
// break ends as the file's others.
func lineEnd(line, file []byte) string {
	if !bytes.HasSuffix(line, []byte("\n")) {
		line = file[:bytes.LastIndexByte(file, '\n')+1]
	}
	if bytes.HasSuffix(line, []byte("\r\n")) {
		return "\r\n"
	}
	return "\n"
}

// appendSection adds a households section at the end of a roster.
func appendSection(roster []byte, hs []card.Household) []byte {
	eol := lineEnd(nil, roster)
	out := bytes.Clone(roster)
	if len(out) > 0 && !bytes.HasSuffix(out, []byte("\n")) {
		out = append(out, eol...)
	}
	if len(out) > 0 && !bytes.HasSuffix(out, []byte(eol+eol)) {
		out = append(out, eol...)
	}
	if len(hs) == 0 {
		return append(out, "households: []"+eol...)
	}
	out = append(out, "households:"+eol...)
	return append(out, items(hs, "  ", eol)...)
}
