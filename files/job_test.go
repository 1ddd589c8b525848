package files

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A job of three files is killed at every step of its commit: before its
// job file is in place, before each rename, and before the job file goes. Whenever the folder holds
// old and new files together, a job file says so; and the next run that
// takes the folder's lock leaves all old files (killed before the commit
// point) or all new ones (after it), and no temporary file.
func TestJobCommitSurvivesKill(t *testing.T) {
	names := []string{"s-001.pdf", "s-002.pdf", "s-003.pdf"}
	defer func() { beforeRename = nil }()
	for step := -1; step <= len(names); step++ {
		t.Run(fmt.Sprintf("killed before step %d", step), func(t *testing.T) {
			dir := tempDir(t)
			for _, n := range names {
				if err := os.WriteFile(filepath.Join(dir, n), []byte("old "+n), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			temps := stageNew(t, dir, names)
			beforeRename = func(s int) bool { return s == step }
			if err := CommitAll(temps); !errors.Is(err, errKilled) {
				t.Fatalf("the commit was not stopped: %v", err)
			}
			beforeRename = nil
			forgetAll() // the killed process held them

			state := contents(t, dir, names)
			if mixed(state) && !PendingJob(dir) {
				t.Errorf("old and new files together, and no job file says so: %v", state)
			}
			l, err := LockDir(dir, "")
			if err != nil {
				t.Fatal(err)
			}
			l.Unlock()
			want := "new "
			if step < 0 {
				want = "old "
			}
			for n, c := range contents(t, dir, names) {
				if c != want+n {
					t.Errorf("after the next run, %s holds %q, want %q", n, c, want+n)
				}
			}
			ents, _ := os.ReadDir(dir)
			if len(ents) != len(names) {
				var left []string
				for _, e := range ents {
					left = append(left, e.Name())
				}
				t.Errorf("after the next run the folder holds %v", left)
			}
		})
	}
}

// forgetAll drops what this process tracks for cleanup, as a kill would.
func forgetAll() {
	live.Lock()
	clear(live.paths)
	live.Unlock()
}

func contents(t *testing.T, dir string, names []string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		out[n] = string(data)
	}
	return out
}

func mixed(state map[string]string) bool {
	old, new := false, false
	for _, c := range state {
		if strings.HasPrefix(c, "old ") {
			old = true
		} else {
			new = true
		}
	}
	return old && new
}

// A signal during the renames waits for them: its cleanup would otherwise
// remove the temporary files a job file in place still names.
func TestSignalDuringJobCommitWaits(t *testing.T) {
	dir := tempDir(t)
	names := []string{"r-1.pdf", "r-2.pdf"}
	temps := stageNew(t, dir, names)
	done, reached := make(chan struct{}), make(chan struct{})
	beforeCleanup = func(string) { close(reached) }
	beforeRename = func(step int) bool {
		if step == 1 {
			go func() {
				cleanupForExit()
				close(done)
			}()
			select {
			case <-reached:
			case <-done:
			}
		}
		return false
	}
	defer func() {
		beforeRename, beforeCleanup = nil, nil
		creating.Unlock()
	}()
	if err := CommitAll(temps); err != nil {
		t.Fatal(err)
	}
	<-done
	for n, c := range contents(t, dir, names) {
		if c != "new "+n {
			t.Errorf("%s holds %q", n, c)
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != len(names) {
		t.Errorf("the folder holds %d entries, want %d", len(ents), len(names))
	}
}

// stageNew stages "new NAME" for each of names in dir, as a job's files
// are before their commit.
func stageNew(t *testing.T, dir string, names []string) []*Temp {
	t.Helper()
	var temps []*Temp
	for _, n := range names {
		tg, err := Resolve(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		tmp, err := tg.Stage([]byte("new " + n))
		if err != nil {
			t.Fatal(err)
		}
		temps = append(temps, tmp)
	}
	return temps
}
