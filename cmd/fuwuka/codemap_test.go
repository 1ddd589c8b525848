package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/fuwuka/fuwuka/"

// docs/code.md's table says which of fuwuka's packages each package may
// import; this holds every package's imports (its own files, not its
// tests') to it, and every package to having a row.
func TestCodeMapImports(t *testing.T) {
	doc, err := os.ReadFile("../../docs/code.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("^\\| `([a-z/]+)` \\|.*\\| (.*) \\|$")
	name := regexp.MustCompile("`([a-z/]+)`")
	var order []string
	allowed := map[string][]string{}
	for _, line := range strings.Split(string(doc), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		pkg := m[1]
		allowed[pkg] = []string{}
		switch {
		case strings.Contains(m[2], "all of the above"):
			allowed[pkg] = slices.Clone(order)
		default:
			for _, n := range name.FindAllStringSubmatch(m[2], -1) {
				allowed[pkg] = append(allowed[pkg], n[1])
			}
		}
		order = append(order, pkg)
	}
	if len(order) < 10 {
		t.Fatalf("found %d rows in docs/code.md's table", len(order))
	}
	// a name in the last column is a package's path, or its last element
	resolve := func(n string) string {
		if slices.Contains(order, n) {
			return n
		}
		for _, p := range order {
			if filepath.Base(p) == n {
				return p
			}
		}
		return n
	}
	root := "../.."
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && path != root || d.Name() == "testdata" || d.Name() == "examples" {
			return filepath.SkipDir
		}
		pkg, _ := filepath.Rel(root, path)
		pkg = filepath.ToSlash(pkg)
		srcs, _ := filepath.Glob(filepath.Join(path, "*.go"))
		var own []string
		for _, src := range srcs {
			if !strings.HasSuffix(src, "_test.go") {
				own = append(own, src)
			}
		}
		if len(own) == 0 {
			return nil
		}
		may, listed := allowed[pkg]
		if !listed {
			t.Errorf("package %s has no row in docs/code.md", pkg)
			return nil
		}
		ok := map[string]bool{}
		for _, n := range may {
			ok[resolve(n)] = true
		}
		for _, src := range own {
			f, err := parser.ParseFile(token.NewFileSet(), src, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if dep, ours := strings.CutPrefix(p, module); ours && !ok[dep] {
					t.Errorf("%s imports %s, which docs/code.md does not let it", filepath.ToSlash(src[len(root)+1:]), dep)
				}
			}
		}
		return nil
	})
}
