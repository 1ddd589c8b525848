package card

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/fuwuka/fuwuka/msg"
)

// Problem is one thing wrong with the input, pointing at where it was written.
type Problem struct {
	Pos   Pos
	Field string // path in the roster, e.g. households[12].phone
	Msg   msg.Text
	Hint  msg.Text // optional: what to do about it
	// Source is the line as written with the place marked, on lines of
	// its own below the problem; empty when the field says enough.
	Source string
}

func (p Problem) String() string { return p.In(msg.EN) }

// In is the problem in language l; the position and the field stay as
// they are written in the input.
func (p Problem) In(l msg.Lang) string {
	var b strings.Builder
	if p.Pos.File != "" && p.Pos.Cell != "" {
		b.WriteString(p.Pos.File + ":" + p.Pos.Cell + ": ")
	} else if p.Pos.File != "" {
		b.WriteString(p.Pos.File)
		if p.Pos.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Pos.Line)
		}
		// yaml.v3 reports syntax errors by line only.
		if p.Pos.Line > 0 && p.Pos.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Pos.Col)
		}
		b.WriteString(": ")
	}
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg.In(l))
	if !p.Hint.IsZero() {
		b.WriteString(aside(p.Hint.In(l), l))
	}
	if p.Source != "" {
		b.WriteString("\n")
		b.WriteString(p.Source)
	}
	return b.String()
}

// aside is a hint in brackets after a message: full-width ones after
// Chinese.
func aside(s string, l msg.Lang) string {
	if l == msg.ZH {
		return "（" + s + "）"
	}
	return " (" + s + ")"
}

// Problems is an invalid input: every problem found, sorted by position.
// Commands exit with status 3 on it.
type Problems []Problem

func (ps Problems) Error() string { return ps.In(msg.EN) }

// In is the problems in language l, one a line.
func (ps Problems) In(l msg.Lang) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.In(l)
	}
	return strings.Join(lines, "\n")
}

// Sort orders problems by file, line, column, then field.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Pos, ps[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return ps[i].Field < ps[j].Field
	})
}

// WarnedError is an error that comes with the warnings found before it,
// which the clerk should see with it.
type WarnedError struct {
	Err      error
	Warnings []msg.Text
}

func warned(err error, ws []msg.Text) error {
	if len(ws) == 0 {
		return err
	}
	return &WarnedError{err, ws}
}

func (e *WarnedError) Error() string        { return e.Err.Error() }
func (e *WarnedError) Unwrap() error        { return e.Err }
func (e *WarnedError) In(l msg.Lang) string { return msg.Err(e.Err, l) }

// Err returns nil when there is no problem, else the sorted problems.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	ps.Sort()
	return ps
}

// hintError is an error that knows what to do about it. Problems built from
// it keep the hint apart, so a terminal can show it differently.
type hintError struct{ msg, hint msg.Text }

func (e *hintError) Error() string { return e.In(msg.EN) }

func (e *hintError) In(l msg.Lang) string { return e.msg.In(l) + aside(e.hint.In(l), l) }

// groupShown is how many households a grouped problem names.
const groupShown = 5

var householdFieldRE = regexp.MustCompile(`^households\[([^\]]*)\]`)

// about splits a problem about one household into the household's id, the
// field with the household left out and what is wrong with it; ok is
// false for a problem about no one household.
func (p Problem) about() (id, field string, what msg.Text, ok bool) {
	if m := householdFieldRE.FindStringSubmatch(p.Field); m != nil {
		return m[1], "households" + p.Field[len(m[0]):], p.Msg, true
	}
	if p.Msg.Format == "household %s: %s" && len(p.Msg.Args) == 2 {
		id, ok1 := p.Msg.Args[0].(string)
		what, ok2 := p.Msg.Args[1].(msg.Text)
		return id, p.Field, what, ok1 && ok2
	}
	return "", "", msg.Text{}, false
}

// Grouped is the problems with those that many households share said
// once: at the first household's place, with their count and the first
// few of their ids. A clerk who set a card size too small, or typed a
// zone wrong in a merged cell, reads one line, not one per household.
// ps must be sorted; the result is too.
func (ps Problems) Grouped() Problems {
	type group struct {
		first int
		ids   []string
	}
	key := func(p Problem) (string, bool) {
		_, field, what, ok := p.about()
		return p.Pos.File + "\x00" + field + "\x00" + what.In(msg.EN) + "\x00" + p.Hint.In(msg.EN), ok
	}
	groups := map[string]*group{}
	for i, p := range ps {
		k, ok := key(p)
		if !ok {
			continue
		}
		id, _, _, _ := p.about()
		if g := groups[k]; g != nil {
			g.ids = append(g.ids, id)
		} else {
			groups[k] = &group{i, []string{id}}
		}
	}
	var out Problems
	for i, p := range ps {
		k, ok := key(p)
		g := groups[k]
		switch {
		case !ok || len(g.ids) < 2:
			out = append(out, p)
		case g.first == i:
			_, field, what, _ := p.about()
			var list any = strings.Join(g.ids, ", ")
			if len(g.ids) > groupShown {
				list = msg.F("%s, …", strings.Join(g.ids[:groupShown], ", "))
			}
			out = append(out, Problem{Pos: p.Pos, Field: field, Hint: p.Hint,
				Msg: msg.F("%d households (%s): %s", len(g.ids), list, what)})
		}
	}
	return out
}
