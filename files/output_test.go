package files

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/fuwuka/fuwuka/msg"
)

func TestWriteRegularKeepsMode(t *testing.T) {
	dir := tempDir(t)
	p := filepath.Join(dir, "roster.yaml")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Chmod(p, 0o600)
	if err := Write(p, []byte("new"), nil); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(p)
	if got, _ := os.ReadFile(p); string(got) != "new" {
		t.Errorf("content %q", got)
	}
	// Windows keeps no permission bits, only a read-only flag that Write
	// does not change: the new file has its folder's access rules.
	if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 kept", fi.Mode().Perm())
	}
	leftovers(t, dir, 1)
}

func TestWriteThroughLink(t *testing.T) {
	dir := tempDir(t)
	shared := filepath.Join(dir, "shared.yaml")
	os.WriteFile(shared, []byte("old"), 0o644)
	link := filepath.Join(dir, "link.yaml")
	symlink(t, "shared.yaml", link)
	if err := Write(link, []byte("new"), nil); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if got, _ := os.ReadFile(shared); string(got) != "new" {
		t.Errorf("the linked file holds %q", got)
	}
	// A dangling link makes the file it names.
	dang := filepath.Join(dir, "dang.pdf")
	symlink(t, "made.pdf", dang)
	if err := Write(dang, []byte("x"), nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "made.pdf")); string(got) != "x" {
		t.Errorf("made.pdf holds %q", got)
	}
}

func TestWriteStdout(t *testing.T) {
	var out bytes.Buffer
	dir := tempDir(t)
	wd, _ := os.Getwd()
	os.Chdir(dir)
	defer os.Chdir(wd)
	if err := Write("-", []byte("pdf"), &out); err != nil {
		t.Fatal(err)
	}
	if out.String() != "pdf" {
		t.Errorf("stdout got %q", out.String())
	}
	if _, err := os.Lstat(filepath.Join(dir, "-")); err == nil {
		t.Error("a file named - was written")
	}
}

func TestResolveRefuses(t *testing.T) {
	dir := tempDir(t)
	for _, c := range []struct{ name, want string }{
		{dir, "is a folder"},
		{dir + "/", "is a folder"},
		{filepath.Join(dir, "missing", "x.pdf"), "does not exist"},
		{"", "no output"},
	} {
		_, err := Resolve(c.name)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Resolve(%q) = %v, want %q", c.name, err, c.want)
		}
	}
}

func TestFolder(t *testing.T) {
	dir := tempDir(t)
	file := filepath.Join(dir, "f")
	os.WriteFile(file, nil, 0o644)
	if err := Folder(file); err == nil || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("Folder(file) = %v", err)
	}
	if err := Folder(filepath.Join(dir, "a", "b")); err != nil {
		t.Error(err)
	}
	dang := filepath.Join(dir, "dang")
	symlink(t, "nowhere", dang)
	if err := Folder(dang); err == nil || !strings.Contains(err.Error(), "link to nowhere, which does not exist") {
		t.Errorf("Folder(dangling link) = %v", err)
	}
}

// symlink makes a symbolic link, or skips the test where the system makes
// none that it reports as a link: Windows without Developer Mode or an
// administrator refuses them, and Wine shows its links as the files they
// name. The output rule follows what the system reports as a link.
func symlink(t *testing.T, old, name string) {
	t.Helper()
	if err := os.Symlink(old, name); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if fi, err := os.Lstat(name); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Skipf("this system does not report %s as a link", name)
	}
}

func TestReadLimited(t *testing.T) {
	dir := tempDir(t)
	p := filepath.Join(dir, "f")
	os.WriteFile(p, bytes.Repeat([]byte("x"), 100), 0o644)
	if _, err := ReadLimited(p, 99); !errors.Is(err, ErrTooLarge) {
		t.Errorf("100 bytes through a 99-byte limit: %v", err)
	}
	if data, err := ReadLimited(p, 100); err != nil || len(data) != 100 {
		t.Errorf("100 bytes through a 100-byte limit: %d, %v", len(data), err)
	}
	if _, err := ReadLimited(dir, 100); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("a folder: %v", err)
	}
	if _, err := ReadAll("-", strings.NewReader(strings.Repeat("y", 11)), 10); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a stream past its limit: %v", err)
	}
}

func TestShort(t *testing.T) {
	long := strings.Repeat("地", 1<<20)
	s := Short(long)
	if n := len([]rune(s)); n != EchoLimit+1 || !strings.HasSuffix(s, "…") {
		t.Errorf("Short of 1M characters has %d", n)
	}
	if Short("东片") != "东片" {
		t.Error("a short value changed")
	}
}

func TestLockMessageLocalTime(t *testing.T) {
	defer func(l *time.Location) { time.Local = l }(time.Local)
	time.Local = time.FixedZone("CST", 8*3600)
	e := &InUseError{Dir: "cards", Lock: LockName, Holder: "pid 32 on vm since 2026-12-06T19:55:00Z"}
	want := "cards 正被另一个 fuwuka 运行占用（进程 32，计算机 vm，开始于 2026-12-07 03:55:00）；请等它结束，若并无 fuwuka 在运行，可删除 " + filepath.Join("cards", LockName)
	if got := e.In(msg.ZH); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := (&InUseError{Dir: "cards", Lock: LockName, Holder: "garbled"}).Error(); !strings.Contains(got, "(garbled)") {
		t.Errorf("a lock line that cannot be read: %s", got)
	}
}

func TestLockDir(t *testing.T) {
	dir := filepath.Join(tempDir(t), "out")
	l, err := LockDir(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	_, err = LockDir(dir, "")
	var iu *InUseError
	if !errors.As(err, &iu) || !strings.Contains(err.Error(), fmt.Sprintf("(process %d on ", os.Getpid())) {
		t.Fatalf("second lock: %v", err)
	}
	l.Unlock()
	// A lock left by a process that is gone is taken over, and the
	// temporary files of that run are removed.
	os.WriteFile(filepath.Join(dir, LockName), []byte(deadLock(t)), 0o644)
	stale := filepath.Join(dir, TempPrefix+"0123"+TempSuffix)
	os.WriteFile(stale, []byte("half a card"), 0o644)
	l, err = LockDir(dir, "")
	if err != nil {
		t.Fatalf("lock of a dead run not taken over: %v", err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a killed run's temporary file is still there")
	}
	// Shards share the folder; while one holds it, another's temporary
	// files are not stale.
	os.WriteFile(stale, []byte("half a card"), 0o644)
	s, err := LockDir(dir, "-1-of-2")
	if err != nil {
		t.Fatalf("a shard's lock beside the folder's: %v", err)
	}
	if _, err := os.Stat(stale); err != nil {
		t.Error("a shard removed temporary files while another run held the folder")
	}
	s.Unlock()
	l.Unlock()
	// A lock naming this process that this process does not hold is a
	// dead run's whose number the system gave again.
	host, _ := os.Hostname()
	os.WriteFile(filepath.Join(dir, LockName), fmt.Appendf(nil, "pid %d on %s since 2026-01-01T00:00:00Z\n", os.Getpid(), host), 0o644)
	if l, err = LockDir(dir, ""); err != nil {
		t.Fatalf("a dead run's lock with this process's number: %v", err)
	}
	l.Unlock()
	// The takeover removed the temporary file the shard left alone.
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("locks or temporary files left behind: %d entries", len(ents))
	}
}

// leftovers fails unless dir holds n entries: no temporary file stays.
func leftovers(t *testing.T, dir string, n int) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	if len(ents) != n {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("%s holds %v", dir, names)
	}
}

// A write that fails names the file the user named, not the temporary
// file it went through, and leaves neither behind.
func TestWriteErrorNamesTarget(t *testing.T) {
	dir := tempDir(t)
	p := filepath.Join(dir, "job.pdf")
	tgt, err := Resolve(p)
	if err != nil {
		t.Fatal(err)
	}
	err = tgt.WriteFunc(func(w io.Writer) error {
		f := w.(*os.File)
		f.Close()
		_, err := f.Write([]byte("x")) // a *fs.PathError naming the temporary file
		return err
	}, nil)
	pe, ok := errors.AsType[*fs.PathError](err)
	if !ok || pe.Path != p || !errors.Is(err, os.ErrClosed) {
		t.Errorf("error %v, want one naming %s", err, p)
	}
	leftovers(t, dir, 0)
}

// tempDir is t.TempDir, removed without failing the test when the system
// cannot: Wine, which the Windows tests run under, lacks the call Go's
// RemoveAll makes on Windows (scripts/wine-test.sh).
func tempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "fuwuka-files-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}
