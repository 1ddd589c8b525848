package design

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/fuwuka/fuwuka/card"
)

// Every design but the default is one file: the project builds without
// it, and the design is then gone from fuwuka designs. The file is left
// out with go build -overlay, which reads an empty replacement as a
// deleted file. It builds the project once per design, so it runs with
// FUWUKA_E2E=1.
func TestDesignFileRemovable(t *testing.T) {
	if os.Getenv("FUWUKA_E2E") == "" {
		t.Skip("builds the project once per design; set FUWUKA_E2E=1")
	}
	if testDesign != card.DefaultDesign {
		t.Skip("once, not once per design")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range registered {
		if name == card.DefaultDesign {
			continue
		}
		t.Run(name, func(t *testing.T) {
			if filepath.Dir(r.file) != mustAbs(t, ".") {
				t.Fatalf("design %s is registered from %s, not a file of its own in layout/design", name, r.file)
			}
			// the file registers this design and nothing else does
			overlay := filepath.Join(t.TempDir(), "overlay.json")
			data, _ := json.Marshal(map[string]map[string]string{"Replace": {r.file: ""}})
			if err := os.WriteFile(overlay, data, 0o644); err != nil {
				t.Fatal(err)
			}
			build := exec.Command(goTool, "build", "-overlay", overlay, "./...")
			build.Dir = root
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("without %s: go build: %v\n%s", filepath.Base(r.file), err, out)
			}
			list := exec.Command(goTool, "run", "-overlay", overlay, "./cmd/fuwuka", "designs", "--json")
			list.Dir = root
			out, err := list.Output()
			if err != nil {
				t.Fatalf("without %s: fuwuka designs: %v", filepath.Base(r.file), err)
			}
			var doc struct {
				Result struct {
					Designs []struct{ Name string } `json:"designs"`
				} `json:"result"`
			}
			if err := json.Unmarshal(out, &doc); err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, d := range doc.Result.Designs {
				names = append(names, d.Name)
			}
			if slices.Contains(names, name) || len(names) != len(registered)-1 {
				t.Errorf("without %s, fuwuka designs lists %v", filepath.Base(r.file), names)
			}
		})
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
