package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// TestBaseLayer: the base's one layer is the same bytes for the same
// inputs, holds the accounts and folders a non-root fuwuka needs, and
// gives nonroot its home and everyone /tmp.
func TestBaseLayer(t *testing.T) {
	dir := t.TempDir()
	notices := filepath.Join(dir, "notices.txt")
	if err := os.WriteFile(notices, []byte("notices\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	when := time.Unix(1765000000, 0).UTC()
	a, b := filepath.Join(dir, "a.tar"), filepath.Join(dir, "b.tar")
	for _, out := range []string{a, b} {
		if err := write(out, "../../LICENSE", notices, when); err != nil {
			t.Fatal(err)
		}
	}
	ab, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if !bytes.Equal(ab, bb) {
		t.Fatal("two writes of the base layer differ")
	}
	got := map[string]*tar.Header{}
	bodies := map[string]string{}
	tr := tar.NewReader(bytes.NewReader(ab))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(tr)
		got[h.Name], bodies[h.Name] = h, string(body)
		if !h.ModTime.Equal(when) || h.Uname != "" || h.Gname != "" {
			t.Errorf("%s: time %v, names %q %q: want %v and no names", h.Name, h.ModTime, h.Uname, h.Gname, when)
		}
	}
	for name, want := range map[string]struct {
		mode int64
		uid  int
	}{
		"tmp/":                         {0o1777, 0},
		"home/nonroot/":                {0o700, nonroot},
		"etc/passwd":                   {0o644, 0},
		"usr/share/doc/fuwuka/LICENSE": {0o644, 0},
	} {
		h := got[name]
		if h == nil {
			t.Errorf("the base lacks %s", name)
			continue
		}
		if h.Mode != want.mode || h.Uid != want.uid || h.Gid != want.uid {
			t.Errorf("%s: mode %o, owner %d:%d; want %o, %d:%d", name, h.Mode, h.Uid, h.Gid, want.mode, want.uid, want.uid)
		}
	}
	if !strings.Contains(bodies["etc/passwd"], "nonroot:x:65532:65532:") {
		t.Errorf("etc/passwd has no nonroot account:\n%s", bodies["etc/passwd"])
	}
	if bodies["usr/share/doc/fuwuka/THIRD_PARTY_NOTICES.txt"] != "notices\n" {
		t.Error("the notices are not the file given")
	}
}

// layout is an OCI image layout read whole from its tar.
type layout map[string][]byte

type descriptor struct {
	MediaType   string            `json:"mediaType"`
	Digest      string            `json:"digest"`
	Size        int64             `json:"size"`
	Platform    *platform         `json:"platform"`
	Annotations map[string]string `json:"annotations"`
}

type platform struct {
	OS           string `json:"os"`
	Architecture string `json:"architecture"`
}

type index struct {
	Manifests []descriptor `json:"manifests"`
}

type manifest struct {
	Config descriptor   `json:"config"`
	Layers []descriptor `json:"layers"`
}

type imageConfig struct {
	OS           string `json:"os"`
	Architecture string `json:"architecture"`
	Created      string `json:"created"`
	Config       struct {
		User       string   `json:"User"`
		Entrypoint []string `json:"Entrypoint"`
		Env        []string `json:"Env"`
	} `json:"config"`
}

// blob is a descriptor's content, checked against its digest and size.
func (l layout) blob(t *testing.T, d descriptor, into any) []byte {
	t.Helper()
	b, ok := l["blobs/sha256/"+strings.TrimPrefix(d.Digest, "sha256:")]
	if !ok {
		t.Fatalf("the image lacks the blob %s", d.Digest)
	}
	sum := sha256.Sum256(b)
	if "sha256:"+hex.EncodeToString(sum[:]) != d.Digest || int64(len(b)) != d.Size {
		t.Fatalf("the blob %s does not match its digest or size", d.Digest)
	}
	if into != nil {
		if err := json.Unmarshal(b, into); err != nil {
			t.Fatalf("%s: %v", d.Digest, err)
		}
	}
	return b
}

func readLayout(t *testing.T, file string) layout {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l := layout{}
	tr := tar.NewReader(f)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return l
		}
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if h.Typeflag == tar.TypeReg {
			b, err := io.ReadAll(tr)
			if err != nil {
				t.Fatal(err)
			}
			l[strings.TrimPrefix(h.Name, "./")] = b
		}
	}
}

// TestImageMakesCards takes the image scripts/image.sh built (named by
// FUWUKA_IMAGE) as a cluster would: for each platform it checks the
// image runs a static fuwuka as a non-root user; on this machine's
// platform it unpacks the layers into a folder and, as root, runs fuwuka
// chrooted there as the image's user: on the example roster, and as
// docs/scripts.md's Kubernetes Job, pod by pod. What it draws must be the
// bytes this checkout draws.
func TestImageMakesCards(t *testing.T) {
	file := os.Getenv("FUWUKA_IMAGE")
	if file == "" {
		if os.Getenv("FUWUKA_E2E") == "1" {
			t.Fatal("FUWUKA_IMAGE must name the image tarball (bash scripts/image.sh -o FILE)")
		}
		t.Skip("FUWUKA_IMAGE is not set: build the image with bash scripts/image.sh and name it")
	}
	l := readLayout(t, file)
	if !strings.Contains(string(l["oci-layout"]), `"imageLayoutVersion"`) {
		t.Fatalf("%s is not an OCI image layout (oci-layout: %q)", file, l["oci-layout"])
	}
	var top index
	if err := json.Unmarshal(l["index.json"], &top); err != nil || len(top.Manifests) != 1 {
		t.Fatalf("index.json: %v, %d entries; want one image", err, len(top.Manifests))
	}
	if ref := top.Manifests[0].Annotations["org.opencontainers.image.ref.name"]; !strings.HasPrefix(ref, "fuwuka:") {
		t.Errorf("the image's name in index.json is %q, want fuwuka:<version>", ref)
	}
	// A release's image is an index of one image per platform; an image
	// of one platform (CI's) is that image alone.
	var platforms index
	switch d := top.Manifests[0]; d.MediaType {
	case "application/vnd.oci.image.index.v1+json":
		l.blob(t, d, &platforms)
	case "application/vnd.oci.image.manifest.v1+json":
		var m manifest
		var c imageConfig
		l.blob(t, d, &m)
		l.blob(t, m.Config, &c)
		d.Platform = &platform{c.OS, c.Architecture}
		platforms.Manifests = []descriptor{d}
	default:
		t.Fatalf("index.json names a %s, not an OCI image or index", d.MediaType)
	}
	ran := false
	for _, p := range platforms.Manifests {
		if p.Platform == nil || p.Platform.OS != "linux" {
			t.Errorf("%s: not a linux image: %+v", p.Digest, p.Platform)
			continue
		}
		arch := p.Platform.Architecture
		var m manifest
		var c imageConfig
		l.blob(t, p, &m)
		l.blob(t, m.Config, &c)
		if c.Architecture != arch || c.OS != "linux" {
			t.Errorf("%s: config says %s/%s", arch, c.OS, c.Architecture)
		}
		uid, gid, ok := strings.Cut(c.Config.User, ":")
		if !ok || uid == "0" || uid == "" || uid == "root" || gid == "0" {
			t.Errorf("%s: the image runs as %q, not a non-root user and group", arch, c.Config.User)
		}
		if len(c.Config.Entrypoint) != 1 {
			t.Fatalf("%s: entrypoint %q", arch, c.Config.Entrypoint)
		}
		root := tempDir(t)
		if err := os.Chmod(root, 0o755); err != nil { // as a runtime's root
			t.Fatal(err)
		}
		for _, d := range m.Layers {
			unpack(t, l.blob(t, d, nil), root)
		}
		bin := filepath.Join(root, c.Config.Entrypoint[0])
		checkStatic(t, bin, arch)
		if arch != runtime.GOARCH {
			t.Logf("%s: checked, not run (this machine is %s)", arch, runtime.GOARCH)
			continue
		}
		ran = true
		k := newContainer(t, root, c)
		checkout := k.checkout(t)
		runImage(t, k, checkout)
		runJob(t, k, checkout)
	}
	if !ran {
		t.Errorf("the image has no %s platform to run here", runtime.GOARCH)
	}
}

// unpack writes a gzipped layer into root as the runtime would, with
// modes and, as root, owners. The base and ko write no whiteouts, links
// or devices, so any is refused.
func unpack(t *testing.T, layer []byte, root string) {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(layer))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Clean("/" + h.Name)
		if strings.HasPrefix(filepath.Base(name), ".wh.") {
			t.Fatalf("layer entry %s: a whiteout", h.Name)
		}
		path := filepath.Join(root, name)
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(path, 0o755); err != nil {
				t.Fatal(err)
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := io.Copy(f, tr); err != nil {
				t.Fatal(err)
			}
			f.Close()
		default:
			t.Fatalf("layer entry %s: type %c, not a file or folder", h.Name, h.Typeflag)
		}
		if err := os.Chmod(path, os.FileMode(h.Mode&0o777)|modeBits(h.Mode)); err != nil {
			t.Fatal(err)
		}
		if os.Geteuid() == 0 {
			if err := os.Lchown(path, h.Uid, h.Gid); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func modeBits(m int64) os.FileMode {
	var f os.FileMode
	if m&0o1000 != 0 {
		f |= os.ModeSticky
	}
	return f
}

// checkStatic: the entrypoint is an ELF for the platform with no
// program interpreter and no dynamic section, so it needs nothing from
// the image but itself.
func checkStatic(t *testing.T, bin, arch string) {
	t.Helper()
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatalf("%s: %v", arch, err)
	}
	defer f.Close()
	want := map[string]elf.Machine{"amd64": elf.EM_X86_64, "arm64": elf.EM_AARCH64}[arch]
	if f.Machine != want {
		t.Errorf("%s: the binary is for %v", arch, f.Machine)
	}
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP || p.Type == elf.PT_DYNAMIC {
			t.Errorf("%s: the binary is linked dynamically (%v)", arch, p.Type)
		}
	}
}

// container runs commands as the image would: chrooted into its
// unpacked layers as its user with its environment (as root), or, for a
// developer who is not root, its binary alone outside a chroot.
type container struct {
	root     string
	env      []string
	uid, gid int
	fuwuka   string // "fuwuka" as found on the image's PATH
}

func newContainer(t *testing.T, root string, c imageConfig) *container {
	k := &container{root: root, env: c.Config.Env}
	if _, err := fmt.Sscanf(c.Config.User, "%d:%d", &k.uid, &k.gid); err != nil {
		t.Fatalf("the image's user %q: %v", c.Config.User, err)
	}
	// The command as docs/scripts.md's Job names it: "fuwuka", found on
	// the image's PATH.
	k.fuwuka = lookPath(t, root, c.Config.Env, "fuwuka")
	if os.Geteuid() != 0 {
		if os.Getenv("FUWUKA_E2E") == "1" {
			t.Fatal("the image is run in a chroot, which needs root")
		}
		t.Log("not root: the image's binary runs outside a chroot, as this user")
	}
	return k
}

// folder makes dir inside the image, writable as an emptyDir volume is.
func (k *container) folder(t *testing.T, dir string) string {
	p := filepath.Join(k.root, dir)
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, 0o777); err != nil {
		t.Fatal(err)
	}
	return p
}

// run runs prog, a path in the image, with args in the image's folder
// dir, the image's environment and env after it.
func (k *container) run(t *testing.T, prog, dir string, env []string, args ...string) {
	t.Helper()
	cmd := exec.Command(prog, args...)
	cmd.Env = append(append([]string{}, k.env...), env...)
	cmd.Dir = dir
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Chroot: k.root, Credential: &syscall.Credential{Uid: uint32(k.uid), Gid: uint32(k.gid)}}
	} else {
		cmd.Path = filepath.Join(k.root, prog)
		cmd.Dir = filepath.Join(k.root, dir)
		for i, a := range cmd.Args {
			if strings.HasPrefix(a, "/") && i > 0 {
				cmd.Args[i] = filepath.Join(k.root, a)
			}
		}
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", prog, strings.Join(args, " "), err, out)
	}
}

// checkout builds this checkout's fuwuka into the image, static as the
// image's, so that both run with the same paths: a manifest records the
// roster as named.
func (k *container) checkout(t *testing.T) string {
	const bin = "/checkout/fuwuka"
	cmd := exec.Command("go", "build", "-o", filepath.Join(k.root, bin), "../../cmd/fuwuka")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runImage draws the example roster with the image's fuwuka inside the
// unpacked image, as its user, and compares the cards with this
// checkout's.
func runImage(t *testing.T, k *container, checkout string) {
	roster, err := os.ReadFile("../../examples/baicaowa/roster.yaml")
	if err != nil {
		t.Fatal(err)
	}
	work := k.folder(t, "/work")
	if err := os.WriteFile(filepath.Join(work, "roster.yaml"), roster, 0o644); err != nil {
		t.Fatal(err)
	}
	k.run(t, k.fuwuka, "/work", nil, "cards", "roster.yaml", "-o", "cards")
	k.run(t, checkout, "/work", nil, "cards", "roster.yaml", "-o", "checkout")
	same(t, tree(t, filepath.Join(work, "cards")), tree(t, filepath.Join(work, "checkout")), 10)
	if os.Geteuid() == 0 {
		g, err := os.Stat(filepath.Join(work, "cards", "manifest.json"))
		if err != nil {
			t.Fatal(err)
		}
		if st := g.Sys().(*syscall.Stat_t); int(st.Uid) != k.uid {
			t.Errorf("the cards belong to uid %d, not the image's user %d", st.Uid, k.uid)
		}
	}
}

// job is the part of docs/scripts.md's Kubernetes Job that runs fuwuka.
type job struct {
	Spec struct {
		Completions int `yaml:"completions"`
		Template    struct {
			Spec struct {
				InitContainers []struct {
					Command []string `yaml:"command"`
					Env     []struct{ Name, Value string }
				} `yaml:"initContainers"`
			} `yaml:"spec"`
		} `yaml:"template"`
	} `yaml:"spec"`
}

// runJob runs docs/scripts.md's Job as the cluster would, pod by pod:
// each index with JOB_COMPLETION_INDEX, the Job's command and environment
// in the image, a city's list of rosters in /in and an empty /out of its
// own, which the upload step then copies into one bucket. The bucket must
// hold what this checkout draws from the list in one run.
func runJob(t *testing.T, k *container, checkout string) {
	doc, err := os.ReadFile("../../docs/scripts.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(doc), "### As a Kubernetes Indexed Job")
	_, block, _ := strings.Cut(section, "```yaml\n")
	block, _, _ = strings.Cut(block, "```")
	var j job
	if err := yaml.Unmarshal([]byte(block), &j); err != nil {
		t.Fatal(err)
	}
	var command, env []string
	for _, c := range j.Spec.Template.Spec.InitContainers {
		if len(c.Command) > 0 && c.Command[0] == "fuwuka" {
			command = c.Command
			for _, e := range c.Env {
				env = append(env, e.Name+"="+e.Value)
			}
		}
	}
	if command == nil || j.Spec.Completions < 2 {
		t.Fatalf("docs/scripts.md's Job runs no fuwuka in %d completions", j.Spec.Completions)
	}
	list := ""
	for _, a := range command {
		if strings.HasPrefix(a, "/in/") {
			list = a
		}
	}
	if list == "" {
		t.Fatalf("the Job's command %q names no list in /in", command)
	}
	// The city: a roster per village, more villages than pods.
	in := k.folder(t, "/in")
	roster, err := os.ReadFile("../../examples/baicaowa/roster.yaml")
	if err != nil {
		t.Fatal(err)
	}
	head, _, ok := strings.Cut(string(roster), "\nhouseholds:")
	if !ok {
		t.Fatal("the example has no households section")
	}
	names := ""
	for v := range j.Spec.Completions + 3 {
		name := fmt.Sprintf("v%02d/roster.yaml", v)
		os.MkdirAll(filepath.Join(in, filepath.Dir(name)), 0o755)
		text := fmt.Sprintf("%s\nhouseholds:\n  - {id: E-001, address: 东街%d号, zone: 东片}\n  - {id: E-002, address: 东街%d号, zone: 东片}\n", head, 2*v+1, 2*v+2)
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		names += name + "\n"
	}
	if err := os.WriteFile(filepath.Join(k.root, list), []byte(names), 0o644); err != nil {
		t.Fatal(err)
	}
	bucket := map[string][]byte{}
	for index := range j.Spec.Completions {
		out := k.folder(t, "/out")
		k.run(t, k.fuwuka, "/", append(env, fmt.Sprintf("JOB_COMPLETION_INDEX=%d", index)), command[1:]...)
		for name, data := range tree(t, out) {
			if _, ok := bucket[name]; ok {
				t.Errorf("pods %d and another both wrote %s", index, name)
			}
			bucket[name] = data
		}
		if err := os.RemoveAll(out); err != nil {
			t.Fatal(err)
		}
	}
	// One run of this checkout over the same list.
	whole := k.folder(t, "/whole")
	k.run(t, checkout, "/", env, "cards", "--rosters", list, "-o", "/whole")
	same(t, bucket, tree(t, whole), (j.Spec.Completions+3)*4) // 2 cards, a manifest and a ticket each
}

// same compares what the image wrote with what this checkout wrote.
func same(t *testing.T, got, want map[string][]byte, least int) {
	t.Helper()
	if len(want) < least || len(got) != len(want) {
		t.Fatalf("the image wrote %d files, this checkout %d (at least %d expected)", len(got), len(want), least)
	}
	for name, data := range want {
		if g, ok := got[name]; !ok || !bytes.Equal(g, data) {
			t.Errorf("%s: the image's differs from this checkout's (written: %v)", name, ok)
		}
	}
}

// tree reads every file under dir, by its path there.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// lookPath finds name on the PATH of the image's environment, inside
// root, as a container runtime does for a command without a slash.
func lookPath(t *testing.T, root string, env []string, name string) string {
	t.Helper()
	for _, kv := range env {
		if dirs, ok := strings.CutPrefix(kv, "PATH="); ok {
			for _, dir := range filepath.SplitList(dirs) {
				p := filepath.Join(dir, name)
				if fi, err := os.Stat(filepath.Join(root, p)); err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0 {
					return p
				}
			}
		}
	}
	t.Fatalf("%s is not on the image's PATH (%q)", name, env)
	return ""
}

// tempDir is a folder removed after the test, made writable first: the
// image's layers hold folders without write permission.
func tempDir(t *testing.T) string {
	dir, err := os.MkdirTemp("", "fuwuka-image-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
			if err == nil && fi.IsDir() {
				os.Chmod(p, 0o755)
			}
			return nil
		})
		os.RemoveAll(dir)
	})
	return dir
}
