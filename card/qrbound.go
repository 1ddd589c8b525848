package card

import (
	"fmt"
	"strings"
	"text/template"
	"text/template/parse"

	"github.com/fuwuka/fuwuka/msg"
)

// MaxQRContent is the most a QR template may write: a version 40 symbol
// at level L, the largest there is, holds 2953 bytes.
const MaxQRContent = 2953

// maxQRWidth bounds a printf width or precision in a QR template: a
// %01000000d would otherwise make a megabyte from one action.
const maxQRWidth = 100

// errQRTooLong is a template that writes more than a QR code holds.
var errQRTooLong = msg.Errorf("it makes more than %d bytes, more than a QR code holds", MaxQRContent)

// qrFuncs replace the template functions whose output can grow without
// bound: each refuses a result longer than a QR code holds, so that even
// nested calls ({{urlquery (urlquery …)}}) stay small.
var qrFuncs = template.FuncMap{
	"printf":   func(format string, args ...any) (string, error) { return bounded(qrPrintf(format, args...)) },
	"print":    func(args ...any) (string, error) { return bounded(fmt.Sprint(args...), nil) },
	"println":  func(args ...any) (string, error) { return bounded(fmt.Sprintln(args...), nil) },
	"urlquery": func(args ...any) (string, error) { return bounded(template.URLQueryEscaper(args...), nil) },
	"html":     func(args ...any) (string, error) { return bounded(template.HTMLEscaper(args...), nil) },
	"js":       func(args ...any) (string, error) { return bounded(template.JSEscaper(args...), nil) },
}

func bounded(s string, err error) (string, error) {
	if err == nil && len(s) > MaxQRContent {
		err = errQRTooLong
	}
	return s, err
}

// qrPrintf is fmt.Sprintf with widths and precisions bounded.
func qrPrintf(format string, args ...any) (string, error) {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		n := 0
		for i++; i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0; i++ {
		}
		for ; i < len(format) && (format[i] >= '0' && format[i] <= '9' || format[i] == '.' || format[i] == '*' || format[i] == '[' || format[i] == ']'); i++ {
			switch c := format[i]; {
			case c == '*':
				return "", msg.Errorf("printf takes no width from its arguments (%%*) in a QR code's text")
			case c >= '0' && c <= '9':
				n = n*10 + int(c-'0')
				if n > maxQRWidth {
					return "", msg.Errorf("a printf width or precision above %d is more than a QR code's text needs", maxQRWidth)
				}
			default:
				n = 0
			}
		}
	}
	return fmt.Sprintf(format, args...), nil
}

// qrAllowed are the template's own functions a QR template may call,
// besides those of qrFuncs: none of them loops or grows its input.
var qrAllowed = map[string]bool{
	"and": true, "or": true, "not": true, "eq": true, "ne": true, "lt": true, "le": true, "gt": true, "ge": true,
	"len": true, "index": true, "slice": true,
}

// qrLimit says what, in a parsed QR template, could run without bound;
// nothing when nothing could. A
// template without loops, template calls or unbounded functions runs
// each of its actions at most once, and so in time its length bounds.
func qrLimit(t *template.Template) msg.Text {
	for _, other := range t.Templates() {
		if other.Name() != t.Name() {
			return msg.F("{{define}} and {{block}} are not allowed in a QR code's text")
		}
	}
	var bad parse.Node
	var why msg.Text
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		if bad != nil || n == nil {
			return
		}
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil {
				return
			}
			for _, c := range n.Nodes {
				walk(c)
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.IfNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			bad, why = n, msg.F("{{range}} is not allowed in a QR code's text: it could loop without end")
		case *parse.TemplateNode:
			bad, why = n, msg.F("{{template}} is not allowed in a QR code's text")
		case *parse.PipeNode:
			if n == nil {
				return
			}
			for _, c := range n.Cmds {
				walk(c)
			}
		case *parse.CommandNode:
			for _, a := range n.Args {
				walk(a)
			}
		case *parse.ChainNode:
			walk(n.Node)
		case *parse.IdentifierNode:
			if !qrAllowed[n.Ident] && qrFuncs[n.Ident] == nil {
				bad, why = n, msg.F("the function %s is not allowed in a QR code's text", n.Ident)
			}
		}
	}
	walk(t.Tree.Root)
	return why
}

// qrWriter is a strings.Builder that refuses to grow past MaxQRContent.
type qrWriter struct{ strings.Builder }

func (w *qrWriter) Write(p []byte) (int, error) {
	if w.Len()+len(p) > MaxQRContent {
		return 0, errQRTooLong
	}
	return w.Builder.Write(p)
}
