package card

import (
	"fmt"
	"sort"
	"strings"

	"github.com/fuwuka/fuwuka/msg"
)

// Problem is one thing wrong with the input, pointing at where it was written.
type Problem struct {
	Pos Pos
	// Field is the value the problem is about; zero for the roster as a
	// whole.
	Field Ref
	// Household is the household a problem about a setting is about (a
	// card size too small for its address); a problem about one of the
	// household's own values says so in Field.
	Household string
	Msg       msg.Text
	Hint      msg.Text // optional: what to do about it
	// Source is the line as written with the place marked, on lines of
	// its own below the problem; empty when the field says enough.
	Source string
}

func (p Problem) String() string { return p.In(msg.EN) }

// In is the problem in language l; the position and the field stay as
// they are written in the input. A workbook roster's problem names the
// sheet, the column head and the cell (干部 › 电话 (C3)), a YAML
// roster's the line, the column and the key path.
func (p Problem) In(l msg.Lang) string {
	var b strings.Builder
	where, _ := p.Where()
	_, atCell, _ := p.Field.workbook(p.Pos.Cell)
	switch {
	case p.Pos.File != "" && p.Pos.Cell != "" && atCell:
		// the name says the cell: 干部 › 电话 (C3)
		b.WriteString(p.Pos.File + ": ")
	case p.Pos.File != "" && p.Pos.Cell != "":
		b.WriteString(p.Pos.File + ":" + p.Pos.Cell + ": ")
	case p.Pos.File != "":
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
	if where != "" {
		b.WriteString(where)
		b.WriteString(": ")
	}
	b.WriteString(p.Message().In(l))
	if h := p.HintText(); !h.IsZero() {
		b.WriteString(aside(h.In(l), l))
	}
	if p.Source != "" {
		b.WriteString("\n")
		b.WriteString(p.Source)
	}
	return b.String()
}

// Where is the value the problem is about as its roster names it: for a
// workbook roster the sheet, the column head or setting and the cell
// (wb is then true), else the YAML key path; "" for the roster as a
// whole.
func (p Problem) Where() (where string, wb bool) {
	if p.Pos.Cell != "" {
		if s, ok := p.Field.Workbook(p.Pos.Cell); ok {
			return s, true
		}
	}
	return p.Field.String(), false
}

// Message is what is wrong, with the household it is about, and with
// the roster's values it names in the roster's own words.
func (p Problem) Message() msg.Text {
	m := p.words(p.Msg)
	if p.Household != "" {
		m = msg.F("household %s: %s", p.Household, m)
	}
	return m
}

// HintText is what to do about it, naming values in the roster's words.
func (p Problem) HintText() msg.Text { return p.words(p.Hint) }

// words is t with every Ref among its arguments named as the roster
// names it: a workbook's sheet and column head, or the YAML key path.
func (p Problem) words(t msg.Text) msg.Text {
	if t.IsZero() {
		return t
	}
	args := make([]any, len(t.Args))
	for i, a := range t.Args {
		switch v := a.(type) {
		case Ref:
			args[i] = v.String()
			if s, ok := v.Workbook(""); ok && p.Pos.Cell != "" {
				args[i] = s
			}
		case msg.Text:
			args[i] = p.words(v)
		default:
			args[i] = a
		}
	}
	return msg.Text{Format: t.Format, Args: args}
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
		return ps[i].Field.String() < ps[j].Field.String()
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

// about splits a problem about one household into the household's id, the
// field with the household left out and what is wrong with it; ok is
// false for a problem about no one household.
func (p Problem) about() (id string, field Ref, what msg.Text, ok bool) {
	if id, ok := p.Field.Household(); ok {
		return id, Ref{List: "households", Key: p.Field.Key}, p.Msg, true
	}
	if p.Household != "" {
		return p.Household, p.Field, p.Msg, true
	}
	return "", Ref{}, msg.Text{}, false
}

// HouseholdID is the id of the household the problem is about; "" for a
// problem about no one household.
func (p Problem) HouseholdID() string {
	id, _, _, _ := p.about()
	return id
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
	type groupKey struct {
		file       string
		field      Ref
		what, hint string
	}
	key := func(p Problem) (groupKey, bool) {
		_, field, what, ok := p.about()
		return groupKey{p.Pos.File, field, what.In(msg.EN), p.Hint.In(msg.EN)}, ok
	}
	groups := map[groupKey]*group{}
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
