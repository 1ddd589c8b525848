// Command notices writes the third-party notices that ship beside every
// release binary: the licence file of each Go module linked into fuwuka on
// any released platform, read from the module cache, then the licences of
// the data fuwuka embeds (fonts, icons, the colour profile).
//
//	go run ./scripts/notices -o build/THIRD_PARTY_NOTICES.txt
//
// It fails when a linked module has no licence file, so a new dependency
// cannot ship without its notice.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// platforms are the release's targets: a module linked on one only (such
// as golang.org/x/sys/windows' users) still ships its notice.
var platforms = []string{"windows/amd64", "windows/arm64", "darwin/amd64", "darwin/arm64", "linux/amd64", "linux/arm64"}

// embedded are the licences of data inside the binary, in the repository.
var embedded = []struct{ what, file string }{
	{"Noto Sans SC (fonts/NotoSansSC_400Regular.ttf, fonts/NotoSansSC_700Bold.ttf), Copyright 2014-2021 Adobe, with Reserved Font Name 'Source'", "fonts/OFL.txt"},
	{"Tabler Icons 3.52.0 by Paweł Kuna (the card designs' icons, layout/design/icons)", "layout/design/icons/LICENSE"},
	{"FOGRA39 characterisation data (layout/pdf/icc/fogra39.icc is built from FOGRA39L.ti3), Copyright Kai-Uwe Behrmann, zlib licence", "layout/pdf/icc/README.md"},
}

type module struct{ path, version, dir string }

func main() {
	out := flag.String("o", "THIRD_PARTY_NOTICES.txt", "file to write")
	flag.Parse()
	mods, err := linked()
	if err != nil {
		fail(err)
	}
	var b bytes.Buffer
	b.WriteString("fuwuka includes the following third-party software and data.\n" +
		"fuwuka itself is under the MIT License (LICENSE).\n")
	for _, m := range mods {
		texts, err := licences(m.dir)
		if err != nil {
			fail(err)
		}
		if len(texts) == 0 {
			fail(fmt.Errorf("%s %s has no licence file in %s", m.path, m.version, m.dir))
		}
		section(&b, m.path+" "+m.version)
		for _, t := range texts {
			b.Write(t)
		}
	}
	section(&b, "The Go standard library and runtime "+goVersion())
	goLicence, err := os.ReadFile(filepath.Join(goRoot(), "LICENSE"))
	if err != nil {
		fail(err)
	}
	b.Write(goLicence)
	for _, e := range embedded {
		section(&b, e.what)
		t, err := os.ReadFile(e.file)
		if err != nil {
			fail(err)
		}
		b.Write(t)
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "notices: %d modules, %d bytes in %s\n", len(mods), b.Len(), *out)
}

func section(b *bytes.Buffer, title string) {
	fmt.Fprintf(b, "\n%s\n%s\n\n", strings.Repeat("=", 78), title)
}

// linked lists the modules whose packages are linked into the command on
// any platform, sorted by path.
func linked() ([]module, error) {
	seen := map[string]module{}
	for _, p := range platforms {
		goos, goarch, _ := strings.Cut(p, "/")
		cmd := exec.Command("go", "list", "-deps", "-f", "{{with .Module}}{{if not .Main}}{{.Path}} {{.Version}} {{.Dir}}{{end}}{{end}}", "./cmd/fuwuka")
		cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch, "CGO_ENABLED=0", "GOFLAGS=-mod=mod")
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("go list for %s: %v", p, err)
		}
		sc := bufio.NewScanner(bytes.NewReader(out))
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) == 3 {
				seen[f[0]] = module{f[0], f[1], f[2]}
			}
		}
	}
	mods := make([]module, 0, len(seen))
	for _, m := range seen {
		mods = append(mods, m)
	}
	sort.Slice(mods, func(i, j int) bool { return mods[i].path < mods[j].path })
	return mods, nil
}

// licences are the texts of a module's licence and notice files, in name
// order.
func licences(dir string) ([][]byte, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var texts [][]byte
	for _, e := range entries {
		n := strings.ToUpper(e.Name())
		if e.IsDir() || !(strings.HasPrefix(n, "LICENSE") || strings.HasPrefix(n, "LICENCE") || strings.HasPrefix(n, "COPYING") || strings.HasPrefix(n, "NOTICE") || strings.HasPrefix(n, "PATENTS")) {
			continue
		}
		t, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		if len(texts) > 0 {
			t = append([]byte("\n-- "+e.Name()+" --\n\n"), t...)
		}
		texts = append(texts, t)
	}
	return texts, nil
}

func goRoot() string    { return goEnv("GOROOT") }
func goVersion() string { return goEnv("GOVERSION") }

func goEnv(name string) string {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		fail(err)
	}
	return strings.TrimSpace(string(out))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "notices:", err)
	os.Exit(1)
}
