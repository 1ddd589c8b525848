package card

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// valid is a small roster that loads; tests append to it or break it.
const valid = `version: 1
community:
  name: 白草洼村
officials:
  - name: 王建国
    role: 书记
    phone: "138 0013 8001"
    zones: [东片, 西片]
households:
  - id: E-001
    address: 东街1号
    zone: 东片
`

// problemsOf parses src as roster.yaml in dir and returns its problems as
// printed; it fails the test on an error that is not Problems.
func problemsOf(t *testing.T, dir, src string) []string {
	t.Helper()
	_, err := Parse("roster.yaml", []byte(src), dir, LoadOptions{})
	if err == nil {
		return nil
	}
	ps, ok := errors.AsType[Problems](err)
	if !ok {
		t.Fatalf("error is not Problems: %v", err)
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

func TestParseSyntax(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"valid", valid, nil},
		{"tab indent", "version: 1\ncommunity:\n\tname: 白草洼村\n", []string{
			"roster.yaml:3:1: line 3: a tab in the indentation (indent with spaces; YAML does not allow tabs)\n    →name: 白草洼村\n    ^",
		}},
		{"parser error line", "version: 1\ncommunity:\n  name: 白草洼村\n- a\n", []string{
			`roster.yaml:4: not valid YAML: a line indented out of step with its entry (check this line and the one above it: a half-width colon and a space after each key, quotes in pairs, the keys of one entry indented alike)`,
		}},
		{"empty", "", []string{"roster.yaml: the roster is empty (`fuwuka init` writes an example to start from)"}},
		{"comments only", "# 名单\n", []string{"roster.yaml: the roster is empty (`fuwuka init` writes an example to start from)"}},
		{"a list", "- 王建国\n", []string{"roster.yaml:1:1: expected a mapping, found a list"}},
		{"second document", valid + "---\nversion: 1\n", []string{
			"roster.yaml:13:1: a roster is a single YAML document; this is a second one (remove the --- line, or make it a separate roster)",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemsOf(t, t.TempDir(), tt.src)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestLoadEncodings(t *testing.T) {
	dir := t.TempDir()
	// "东边" is no zone: the problem's column must count characters of the
	// file as written, whatever its encoding.
	// A household in each zone: a zone without one is warned of.
	valid := valid + "  - {id: W-001, address: 西街1号, zone: 西片}\n"
	unknownZone := strings.Replace(valid, "zone: 东片", "zone: 东边", 1)
	const zoneProblem = `:12:11: households[E-001].zone: unknown zone "东边" (did you mean "东片"? zones officials look after: 东片, 西片)`
	tests := []struct {
		name    string
		data    string
		warning string // "" for none; the file's path goes in front
		err     string // the file's path goes in front
	}{
		{"UTF-8", valid, "", ""},
		{"BOM and CRLF", "\uFEFF" + strings.ReplaceAll(valid, "\n", "\r\n"), "", ""},
		{"GB18030", gb18030(t, valid), `: read as GB18030 (Windows "ANSI"); save it as UTF-8 to silence this: in Notepad, File > Save As > Encoding: UTF-8`, ""},
		{"GB18030 with a problem", gb18030(t, unknownZone), "", zoneProblem},
		{"BOM, CRLF with a problem", "\uFEFF" + strings.ReplaceAll(unknownZone, "\n", "\r\n"), "", zoneProblem},
		{"Latin-1", "version: 1\ncommunity:\n  name: Caf\xe9\xff\n", "", ":3: the file is neither UTF-8 nor GB18030 text (save it as UTF-8: in Notepad, File > Save As > Encoding: UTF-8)"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("roster%d.yaml", i))
			if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			r, err := Load(path, LoadOptions{})
			if tt.err != "" {
				if got := errString(err); got != path+tt.err {
					t.Fatalf("error %q, want %q", got, path+tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Community.Name + "|" + r.Households[0].Address; got != "白草洼村|东街1号" {
				t.Errorf("read %q", got)
			}
			if want := (Pos{path, 10, 5, ""}); r.Households[0].Pos != want {
				t.Errorf("household at %v, want %v", r.Households[0].Pos, want)
			}
			var want []string
			if tt.warning != "" {
				want = []string{path + tt.warning}
			}
			var got []string
			for _, w := range r.Warnings {
				got = append(got, w.String())
			}
			if !slices.Equal(got, want) {
				t.Errorf("warnings %q, want %q", got, want)
			}
		})
	}
}

func TestLoadRefusesLargeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "roster.yaml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: the size is checked before anything is read.
	if err := errors.Join(f.Truncate(64<<20+1), f.Close()); err != nil {
		t.Fatal(err)
	}
	_, err = Load(path, LoadOptions{})
	if got, want := errString(err), path+": the file is larger than 64 MiB (a roster is a few kilobytes; is this the right file?)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestLoadRefusesAliasBomb(t *testing.T) {
	// Expanded, x29 would be 9^30 strings; refused, it costs its own size.
	var b strings.Builder
	b.WriteString(valid)
	b.WriteString("x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < 30; i++ {
		fmt.Fprintf(&b, "x%d: &x%d [%s*x%d]\n", i, i, strings.Repeat(fmt.Sprintf("*x%d, ", i-1), 8), i-1)
	}
	b.WriteString("pledges: *x29\n")
	got := problemsOf(t, t.TempDir(), b.String())
	want := "roster.yaml:43:10: pledges: anchors and aliases are not supported in a roster (write the value out in full)"
	if len(got) != 31 || got[30] != want {
		t.Errorf("got %d problems ending %q; want 30 unknown keys, then %q", len(got), got[len(got)-1], want)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.yaml")
	_, err := Load(missing, LoadOptions{})
	if _, ok := errors.AsType[Problems](err); ok || !errors.Is(err, fs.ErrNotExist) || !strings.Contains(errString(err), missing) {
		t.Errorf("missing file: %v; want an error naming it that is not Problems", err)
	}
	_, err = Load(dir, LoadOptions{})
	if _, ok := errors.AsType[Problems](err); ok || !strings.Contains(errString(err), dir) {
		t.Errorf("directory: %v; want an error naming it that is not Problems", err)
	}
}

func TestLoadStdin(t *testing.T) {
	stdin := filepath.Join(t.TempDir(), "stdin")
	if err := os.WriteFile(stdin, []byte(valid), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(stdin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	saved := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = saved }()
	r, err := Load("-", LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if r.Path != "-" || r.Dir != wd || r.Households[0].Pos.File != "<stdin>" {
		t.Errorf("Path %q, Dir %q, household in %q; want -, %q, <stdin>", r.Path, r.Dir, r.Households[0].Pos.File, wd)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(valid))
	f.Add(Example)
	f.Add([]byte("version: 1\nqr: {content: '{{.Household.ID}'}\nhouseholds: [{id: a, address: b, zone: c}]\n"))
	f.Add([]byte("a: &a [*a]\n<<: *a\n"))
	f.Add([]byte("\xef\xbb\xbfversion: 1\r\n\xb0\xd7: \xff\n"))
	// Typing mistakes of a Chinese input method.
	f.Add([]byte("version: 1\nofficials:\n  － name：王\n\t role:主任\n\u3000 phone: “138”\n    zones: ['东片\n      x: 1\n"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse("f.yaml", data, dir, LoadOptions{})
		if err != nil {
			ps, ok := errors.AsType[Problems](err)
			if !ok || len(ps) == 0 {
				t.Fatalf("error %v is not Problems", err)
			}
			for _, p := range ps {
				if p.Pos.Line < 0 || p.Pos.Col < 0 || p.Msg.IsZero() {
					t.Fatalf("bad problem %#v", p)
				}
			}
			return
		}
		if len(r.Officials) == 0 || len(r.Households) == 0 {
			t.Fatalf("loaded without officials or households: %+v", r)
		}
		for _, h := range r.Households {
			For(r, h)
		}
	})
}

// A valid roster warns of what is seldom meant: a zone no household is
// in, households at one address.
func TestOddities(t *testing.T) {
	src := strings.Replace(valid, "zones: [东片, 西片]", "zones: [东片, 西片, 南片]", 1) +
		"  - {id: W-001, address: 西街1号, zone: 西片}\n  - {id: W-002, address: 西街 1号, zone: 西片}\n"
	r, err := Parse("roster.yaml", []byte(src), t.TempDir(), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range r.Warnings {
		got = append(got, w.String())
	}
	want := []string{
		`roster.yaml:5:5: officials[王建国].zones: no household is in zone "南片"`,
		"roster.yaml:14:5: households[W-002].address: households W-001, W-002 share the address 西街1号; if they are one door, list it once with households[W-001].copies: 2",
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
