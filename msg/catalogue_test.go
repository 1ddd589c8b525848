package msg

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unicode"
)

// use is where code writes a message format.
type use struct {
	format string
	at     string // file:line
}

// formats are the message formats the module's code writes, found by
// reading its source: the string-literal formats of msg.F, msg.Errorf,
// msg.Plural (F, Errorf and Plural within this package), usagef, and the
// methods T, Outf and Errf of any receiver.
func formats(t *testing.T) []use {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var uses []use
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		inMsg := f.Name.Name == "msg"
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			for _, lit := range formatArgs(call, inMsg) {
				s, ok := literal(lit)
				if !ok {
					continue
				}
				p := fset.Position(lit.Pos())
				rel, err := filepath.Rel(root, p.Filename)
				if err != nil {
					rel = p.Filename
				}
				uses = append(uses, use{s, fmt.Sprintf("%s:%d", filepath.ToSlash(rel), p.Line)})
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(uses) == 0 {
		t.Fatal("found no messages in the module's code")
	}
	return uses
}

// formatArgs are the arguments of call that are message formats.
func formatArgs(call *ast.CallExpr, inMsg bool) []ast.Expr {
	var name string
	switch fun := call.Fun.(type) {
	case *ast.Ident:
		name = fun.Name
		switch {
		case name == "usagef":
		case inMsg && (name == "F" || name == "Errorf" || name == "Plural"):
		default:
			return nil
		}
	case *ast.SelectorExpr:
		name = fun.Sel.Name
		switch name {
		case "T", "Outf", "Errf":
		case "F", "Errorf", "Plural":
			if x, ok := fun.X.(*ast.Ident); !ok || x.Name != "msg" {
				return nil
			}
		default:
			return nil
		}
	default:
		return nil
	}
	if name == "Plural" {
		if len(call.Args) < 3 {
			return nil
		}
		return call.Args[1:3]
	}
	if len(call.Args) == 0 {
		return nil
	}
	return call.Args[:1]
}

// literal is the value of a string literal, or of literals joined by +.
func literal(e ast.Expr) (string, bool) {
	switch v := e.(type) {
	case *ast.BasicLit:
		if v.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(v.Value)
		return s, err == nil
	case *ast.ParenExpr:
		return literal(v.X)
	case *ast.BinaryExpr:
		if v.Op != token.ADD {
			return "", false
		}
		a, ok := literal(v.X)
		if !ok {
			return "", false
		}
		b, ok := literal(v.Y)
		return a + b, ok
	}
	return "", false
}

// verb is a formatting verb, which says nothing in any language.
var verb = regexp.MustCompile(`%[-+# 0]*(\[\d+\])?(\d+|\*)?(\.(\[\d+\])?(\d+|\*)?)?(\[\d+\])?[a-zA-Z%]`)

// hasLetter reports whether format has words to translate, beside its
// verbs: "%s: %v" has none.
func hasLetter(format string) bool {
	for _, r := range verb.ReplaceAllString(format, "") {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func TestCatalogueComplete(t *testing.T) {
	var missing []string
	seen := map[string]bool{}
	for _, u := range formats(t) {
		if !hasLetter(u.format) || seen[u.format] {
			continue
		}
		seen[u.format] = true
		if _, ok := zh[u.format]; !ok {
			missing = append(missing, fmt.Sprintf("%s: %q", u.at, u.format))
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d message(s) have no Chinese in zh.go:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

func TestCatalogueNoStale(t *testing.T) {
	used := map[string]bool{}
	for _, u := range formats(t) {
		used[u.format] = true
	}
	var stale []string
	for k := range zh {
		if !used[k] {
			stale = append(stale, strconv.Quote(k))
		}
	}
	sort.Strings(stale)
	if len(stale) > 0 {
		t.Errorf("%d entr(ies) of zh.go are no message of the code:\n%s", len(stale), strings.Join(stale, "\n"))
	}
}

func TestCatalogueVerbs(t *testing.T) {
	for en, z := range zh {
		want, err := verbs(en)
		if err != nil {
			t.Errorf("key %q: %v", en, err)
			continue
		}
		got, err := verbs(z)
		if err != nil {
			t.Errorf("Chinese of %q: %v", en, err)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Chinese of %q takes arguments %v, the English %v:\n%s", en, got, want, z)
		}
		if strings.TrimSpace(z) == "" {
			t.Errorf("Chinese of %q is empty", en)
		}
	}
}

// verbs are the verb letters of format by argument (1-based), as fmt
// reads them: %% takes none, * takes an int, %[n] moves to argument n.
// %w is counted as %v, as Text.In prints it.
func verbs(format string) (map[int]string, error) {
	out := map[int]string{}
	arg := 1
	take := func(n int, v string) error {
		if old, ok := out[n]; ok && old != v {
			return fmt.Errorf("argument %d is both %%%s and %%%s", n, old, v)
		}
		out[n] = v
		return nil
	}
	// index reads an explicit [n] at s[i:], returning the new i.
	index := func(s string, i int) (int, error) {
		if i >= len(s) || s[i] != '[' {
			return i, nil
		}
		end := strings.IndexByte(s[i:], ']')
		if end < 0 {
			return i, fmt.Errorf("unclosed [ in %q", s)
		}
		n, err := strconv.Atoi(s[i+1 : i+end])
		if err != nil || n < 1 {
			return i, fmt.Errorf("bad argument index in %q", s)
		}
		arg = n
		return i + end + 1, nil
	}
	s := format
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		i++
		for i < len(s) && strings.IndexByte("+-# 0", s[i]) >= 0 {
			i++
		}
		var err error
		// width, then precision: each [n]* or digits
		for part := 0; part < 2; part++ {
			if part == 1 {
				if i >= len(s) || s[i] != '.' {
					break
				}
				i++
			}
			if i, err = index(s, i); err != nil {
				return nil, err
			}
			if i < len(s) && s[i] == '*' {
				if err := take(arg, "*"); err != nil {
					return nil, err
				}
				arg++
				i++
				continue
			}
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				i++
			}
		}
		if i, err = index(s, i); err != nil {
			return nil, err
		}
		if i >= len(s) {
			return nil, fmt.Errorf("format %q ends in %%", format)
		}
		if s[i] == '%' {
			continue
		}
		v := string(s[i])
		if v == "w" {
			v = "v"
		}
		if err := take(arg, v); err != nil {
			return nil, err
		}
		arg++
	}
	return out, nil
}

func TestVerbs(t *testing.T) {
	for _, c := range []struct {
		f    string
		want map[int]string
	}{
		{"no verbs, 100%%", map[int]string{}},
		{"%s and %d", map[int]string{1: "s", 2: "d"}},
		{"%[2]d then %[1]s", map[int]string{1: "s", 2: "d"}},
		{"%-*s|%6.2f", map[int]string{1: "*", 2: "s", 3: "f"}},
		{"%w", map[int]string{1: "v"}},
		{"%[1]q %[1]q", map[int]string{1: "q"}},
	} {
		got, err := verbs(c.f)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("verbs(%q) = %v, %v; want %v", c.f, got, err, c.want)
		}
	}
	for _, bad := range []string{"%[1]s %[1]d", "trailing %", "%[x]s"} {
		if _, err := verbs(bad); err == nil {
			t.Errorf("verbs(%q) gives no error", bad)
		}
	}
}

func TestNestedTranslated(t *testing.T) {
	saved := zh
	defer func() { zh = saved }()
	zh = map[string]string{
		"%s; %s":             "%s；%s",
		"outer %q":           "外 %q",
		"inner %d":           "内 %d",
		"failed: %w":         "失败：%w",
		"second %[2]s %[1]d": "第二 %[2]s %[1]d",
	}
	inner := F("inner %d", 3)
	wrapped := Errorf("failed: %w", Errorf("outer %q", "x"))
	got := F("%s; %s", inner, wrapped).In(ZH)
	if want := `内 3；失败：外 "x"`; got != want {
		t.Errorf("ZH: got %q, want %q", got, want)
	}
	if got, want := F("%s; %s", inner, wrapped).In(EN), `inner 3; failed: outer "x"`; got != want {
		t.Errorf("EN: got %q, want %q", got, want)
	}
	// A system error is printed as it is, and errors.Join's lines each
	// translated.
	joined := errors.Join(Errorf("inner %d", 1), os.ErrNotExist)
	if got, want := F("%s; %s", F("second %[2]s %[1]d", 2, "x"), joined).In(ZH), "第二 x 2；内 1\nfile does not exist"; got != want {
		t.Errorf("ZH joined: got %q, want %q", got, want)
	}
}

// What the system says of a full or read-only disk is said in the
// clerk's words, with the file it concerns, or alone after a message
// that names the folder.
func TestSystemErrorsTranslated(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{&fs.PathError{Op: "write", Path: "job.pdf", Err: syscall.ENOSPC}, "job.pdf：磁盘已满"},
		{&fs.PathError{Op: "open", Path: "job.pdf", Err: syscall.EROFS}, "job.pdf：磁盘只读，不能写入"},
		{syscall.ENOSPC, "磁盘已满"},
		{Errorf("cannot write in %s: %v", "cards", syscall.ENOSPC), "无法在 cards 中写入：磁盘已满"},
	} {
		if got := Err(tc.err, ZH); got != tc.want {
			t.Errorf("%v: got %q, want %q", tc.err, got, tc.want)
		}
	}
}

func TestDetect(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	for _, c := range []struct {
		name string
		flag string
		env  func(string) string
		want Lang
	}{
		{"flag zh beats env", "zh", env("LC_ALL", "en_US.UTF-8"), ZH},
		{"flag en beats env", "en", env("LC_ALL", "zh_CN.UTF-8", "LANG", "zh_CN.UTF-8"), EN},
		{"flag Chinese name", "中文", env(), ZH},
		{"LC_ALL beats LC_MESSAGES", "", env("LC_ALL", "zh_CN.UTF-8", "LC_MESSAGES", "C"), ZH},
		{"LC_ALL beats LANG", "", env("LC_ALL", "C", "LANG", "zh_CN.UTF-8"), EN},
		{"LC_MESSAGES beats LANG", "", env("LC_MESSAGES", "zh_CN.UTF-8", "LANG", "en_US.UTF-8"), ZH},
		{"LC_MESSAGES beats LANG, English", "", env("LC_MESSAGES", "en_US.UTF-8", "LANG", "zh_CN.UTF-8"), EN},
		{"LANG Chinese", "", env("LANG", "zh_CN.UTF-8"), ZH},
		{"LANG zh_TW", "", env("LANG", "zh_TW.UTF-8"), ZH},
		{"LANG C", "", env("LANG", "C"), EN},
		{"LANG English", "", env("LANG", "en_US.UTF-8"), EN},
		{"empty LC_ALL is unset", "", env("LC_ALL", "", "LANG", "zh_CN.UTF-8"), ZH},
	} {
		got, err := Detect(c.flag, c.env)
		if err != nil || got != c.want {
			t.Errorf("%s: Detect = %v, %v; want %v", c.name, got, err, c.want)
		}
	}
	for _, bad := range []string{"fr", "zh-TW-x", "chinese?"} {
		if _, err := Detect(bad, env("LANG", "zh_CN.UTF-8")); err == nil {
			t.Errorf("Detect(%q) gives no error", bad)
		} else if got := Err(err, ZH); !strings.Contains(got, bad) {
			t.Errorf("Detect(%q) error %q does not say what was given", bad, got)
		}
	}
}

// Every Chinese entry, formatted with arguments of the kinds its English
// entry takes, says no %!: the verbs test compares verb letters, and
// missed that %[3].2f is BADINDEX to fmt.
func TestCatalogueFormats(t *testing.T) {
	sample := map[string]any{
		"s": "x", "v": "x", "q": "x", "d": 7, "f": 1.5, "g": 1.5, "e": 1.5,
		"c": '字', "U": '字', "x": 255, "X": 255, "t": true, "*": 3, "o": 8,
	}
	for en, z := range zh {
		vs, err := verbs(en)
		if err != nil {
			t.Errorf("key %q: %v", en, err)
			continue
		}
		args := make([]any, len(vs))
		for n, v := range vs {
			a, ok := sample[v]
			if !ok {
				t.Errorf("key %q: no sample argument for %%%s", en, v)
			}
			args[n-1] = a
		}
		for _, f := range []string{en, z} {
			if s := fmt.Sprintf(strings.ReplaceAll(f, "%w", "%v"), args...); strings.Contains(s, "%!") {
				t.Errorf("%q formats as %q", f, s)
			}
		}
	}
}

// The roster is 名单 in Chinese everywhere a clerk reads: the messages,
// the help, the page and the guide say one word, the guide's.
func TestOneWordForTheRoster(t *testing.T) {
	for en, z := range zh {
		if strings.Contains(z, "花名册") {
			t.Errorf("Chinese of %q says 花名册: %s", en, z)
		}
	}
	paths, _ := filepath.Glob("../docs/*.md")
	more, _ := filepath.Glob("../serve/assets/*")
	for _, p := range append(append(paths, "../README.md"), more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), "花名册") {
			t.Errorf("%s says 花名册", p)
		}
	}
}
