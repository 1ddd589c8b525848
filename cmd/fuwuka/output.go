package main

import (
	"cmp"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
)

// inputs are the files a run reads that an output must never replace
// unless --force: the roster and its households file.
func inputs(roster string, r *card.Roster) []string {
	var in []string
	if roster != "-" {
		in = append(in, roster)
	}
	if r != nil && r.HouseholdsFile != "" {
		in = append(in, r.HouseholdsFile)
	}
	return in
}

// guardOutput refuses an output that is one of the run's inputs, or
// another roster: writing a PDF or a household list over a roster loses
// the clerk's work. --force (force) writes anyway.
func guardOutput(out string, in []string, force bool) error {
	if force {
		return nil
	}
	t, err := files.Resolve(out)
	if err != nil || t.Stream || !t.Exists {
		return nil // the write reports it, or there is nothing to lose
	}
	if err := overInput(out, in); err != nil {
		return err
	}
	if isRoster(t.Path) {
		return usagef("refusing to write over %s: it is a roster; name another output, or add --force", out)
	}
	return nil
}

// overInput refuses an output that is one of the files in, whatever the
// names or links that lead to them.
func overInput(out string, in []string) error {
	ot, err := os.Stat(out)
	if err != nil {
		return nil
	}
	for _, p := range in {
		if it, err := os.Stat(p); err == nil && os.SameFile(ot, it) {
			return usagef("refusing to write over %s: this run reads it; name another output, or add --force", out)
		}
	}
	return nil
}

// rosterKeyRE finds a roster's required top-level keys.
var rosterKeyRE = regexp.MustCompile(`(?m)^(community|officials):`)

// isRoster says whether the file at path reads as a roster: YAML with both
// of a roster's required top-level keys within its first 64 KiB.
func isRoster(path string) bool {
	f, err := files.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, 64<<10)
	n, _ := io.ReadFull(f, buf)
	keys := map[string]bool{}
	for _, m := range rosterKeyRE.FindAllSubmatch(buf[:n], -1) {
		keys[string(m[1])] = true
	}
	return len(keys) == 2
}

// lockOutput takes the lock of the folder the output file lands in, the
// folder of the file a link names; a device, FIFO or standard output
// takes none. It returns the function that releases it.
func lockOutput(file, tag string) (func(), error) {
	dir := filepath.Dir(file)
	if t, err := files.Resolve(file); err == nil {
		if t.Stream {
			return func() {}, nil
		}
		dir = filepath.Dir(t.Path)
	}
	return lockFolder(dir, tag)
}

// lockFolder takes an output folder's lock, making the folder if it is
// missing; tag is a shard's suffix, "" for a whole job.
func lockFolder(dir, tag string) (func(), error) {
	l, err := files.LockDir(dir, tag)
	if err != nil {
		return nil, err
	}
	return l.Unlock, nil
}

// checkOutputFile refuses, before any work, an output file that names a
// folder.
func checkOutputFile(command, file string) error {
	if fi, err := os.Stat(file); (err == nil && fi.IsDir()) || strings.HasSuffix(file, "/") || strings.HasSuffix(file, string(filepath.Separator)) {
		return usagef("%s is a folder; %s writes a file: name one in it, as %s", file, command, filepath.Join(file, "out.pdf"))
	}
	return nil
}

// guardVolumes is guardOutput for the files of a job split into volumes or
// shards, FILE-001.pdf or FILE-1-of-4.pdf, whose number is known only once
// the job is laid out: no input may have such a name beside FILE.
func guardVolumes(file string, in []string, force bool) error {
	dir, base := filepath.Split(file)
	ext := filepath.Ext(base)
	re := regexp.MustCompile(`^` + regexp.QuoteMeta(strings.TrimSuffix(base, ext)) + `(-\d+-of-\d+)?(-\d{3,})?` + regexp.QuoteMeta(ext) + `$`)
	return guardFolder(cmp.Or(dir, "."), re.MatchString, in, force)
}

// guardFolder refuses a folder output where an input is a file the job
// writes (writes says which names it does).
func guardFolder(dir string, writes func(name string) bool, in []string, force bool) error {
	if force {
		return nil
	}
	od, err := os.Stat(dir)
	if err != nil {
		return nil
	}
	for _, p := range in {
		id, err := os.Stat(filepath.Dir(p))
		if err == nil && os.SameFile(od, id) && writes(filepath.Base(p)) {
			return usagef("refusing to write over %s: this run reads it; name another output, or add --force", p)
		}
	}
	return nil
}

// writeOutput writes one file by the output rule, holding the lock of the
// folder it lands in.
func writeOutput(file string, data []byte, stdout io.Writer) error {
	unlock, err := lockOutput(file, "")
	if err != nil {
		return err
	}
	defer unlock()
	return files.Write(file, data, stdout)
}
