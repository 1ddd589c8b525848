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
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
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
	MediaType string `json:"mediaType"`
	Digest    string `json:"digest"`
	Size      int64  `json:"size"`
	Platform  *struct {
		OS           string `json:"os"`
		Architecture string `json:"architecture"`
	} `json:"platform"`
	Annotations map[string]string `json:"annotations"`
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
// platform it unpacks the layers into a folder and, as root, runs the
// image's entrypoint chrooted there as the image's user, drawing the
// example roster; the cards must be the bytes this checkout draws.
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
		d.Platform = &struct {
			OS           string `json:"os"`
			Architecture string `json:"architecture"`
		}{c.OS, c.Architecture}
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
		runImage(t, root, c)
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

// runImage draws the example roster with the image's binary inside the
// unpacked image, as its user, and compares the cards with this
// checkout's.
func runImage(t *testing.T, root string, c imageConfig) {
	example := "../../examples/baicaowa/roster.yaml"
	work := filepath.Join(root, "work")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	roster, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	// The cards' dates are the roster's modification time: both copies
	// get the same.
	stamp := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	if err := os.WriteFile(filepath.Join(work, "roster.yaml"), roster, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(filepath.Join(work, "roster.yaml"), stamp, stamp); err != nil {
		t.Fatal(err)
	}
	var uid, gid int
	fmt.Sscanf(c.Config.User, "%d:%d", &uid, &gid)
	// Paths relative to the working folder in both runs: the manifest
	// records the roster as named.
	// The command as docs/scripts.md's Job names it: "fuwuka", found on
	// the image's PATH.
	bin := lookPath(t, root, c.Config.Env, "fuwuka")
	cmd := exec.Command(bin, "cards", "roster.yaml", "-o", "cards")
	cmd.Env = c.Config.Env
	cmd.Dir = "/work"
	if os.Geteuid() == 0 {
		if err := os.Lchown(work, uid, gid); err != nil {
			t.Fatal(err)
		}
		cmd.SysProcAttr = &syscall.SysProcAttr{Chroot: root, Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
	} else {
		if os.Getenv("FUWUKA_E2E") == "1" {
			t.Fatal("the image is run in a chroot, which needs root")
		}
		t.Log("not root: the image's binary runs outside a chroot, as this user")
		cmd.Path = filepath.Join(root, bin)
		cmd.Dir = work
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the image's fuwuka cards: %v\n%s", err, out)
	}

	// The same roster drawn by this checkout.
	here := tempDir(t)
	bin = filepath.Join(here, "fuwuka")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/fuwuka").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if err := os.WriteFile(filepath.Join(here, "roster.yaml"), roster, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(filepath.Join(here, "roster.yaml"), stamp, stamp); err != nil {
		t.Fatal(err)
	}
	host := exec.Command(bin, "cards", "roster.yaml", "-o", "cards")
	host.Dir = here
	if out, err := host.CombinedOutput(); err != nil {
		t.Fatalf("fuwuka cards: %v\n%s", err, out)
	}
	want, _ := filepath.Glob(filepath.Join(here, "cards", "*"))
	got, _ := filepath.Glob(filepath.Join(work, "cards", "*"))
	if len(want) < 10 || len(got) != len(want) {
		t.Fatalf("the image wrote %d files, this checkout %d", len(got), len(want))
	}
	for _, w := range want {
		g := filepath.Join(work, "cards", filepath.Base(w))
		wb, _ := os.ReadFile(w)
		gb, err := os.ReadFile(g)
		if err != nil || !bytes.Equal(wb, gb) {
			t.Errorf("%s: the image's differs from this checkout's (%v)", filepath.Base(w), err)
		}
	}
	if os.Geteuid() == 0 {
		g, err := os.Stat(filepath.Join(work, "cards", filepath.Base(want[0])))
		if err != nil {
			t.Fatal(err)
		}
		if st := g.Sys().(*syscall.Stat_t); int(st.Uid) != uid {
			t.Errorf("the cards belong to uid %d, not the image's user %d", st.Uid, uid)
		}
	}
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
