package main

import (
	"bytes"
	"cmp"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/importer"
	"github.com/fuwuka/fuwuka/msg"
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

// guardOutput refuses an output that is one of the run's inputs, another
// roster (YAML or workbook), or a file of another kind than the command
// writes (writes): writing a PDF over a workbook or a household list over
// a roster loses the clerk's work. --force (force) writes anyway.
func guardOutput(out string, in []string, force bool, writes fileKind) error {
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
	return overKind(out, t.Path, writes)
}

// overKind refuses to write a file of kind writes, called out, over the
// existing file at path when that is a roster or holds another kind.
func overKind(out, path string, writes fileKind) error {
	switch have := kindOf(path); {
	case have == kindRoster:
		return usagef("refusing to write over %s: it is a roster; name another output, or add --force", out)
	case have != writes && have != kindEmpty && !(writes == kindText && have == kindYAML):
		return usagef("refusing to write over %s: it is %s, and this command writes %s; name another output, or add --force", out, have.text(), writes.text())
	}
	return nil
}

// guardKinds is overKind for the files of a job in dir: writes says
// which names the job writes, and what kind of file each is.
func guardKinds(dir string, writes func(name string) (fileKind, bool), force bool) error {
	if force {
		return nil
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	for _, e := range ents {
		kind, ok := writes(e.Name())
		if !ok {
			continue
		}
		out := filepath.Join(dir, e.Name())
		t, err := files.Resolve(out)
		if err != nil || t.Stream || !t.Exists {
			continue
		}
		if err := overKind(out, t.Path, kind); err != nil {
			return err
		}
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

// fileKind is what a file holds, as far as an output may replace it.
type fileKind int

const (
	kindEmpty    fileKind = iota
	kindYAML              // YAML data that is no roster: a household list
	kindText              // other text: CSV, notes
	kindRoster            // a roster, in YAML or a workbook
	kindPDF               // a PDF
	kindWorkbook          // a workbook (or another zip) that is no roster
	kindBinary            // anything else
)

func (k fileKind) text() msg.Text {
	switch k {
	case kindYAML:
		return msg.F("YAML")
	case kindText:
		return msg.F("text")
	case kindRoster:
		return msg.F("a roster")
	case kindPDF:
		return msg.F("a PDF")
	case kindWorkbook:
		return msg.F("a workbook")
	}
	return msg.F("a file of another kind")
}

// kindOf reads the file at path, within the bounds of a roster or a
// workbook, to say what it holds: by its content, never its name.
func kindOf(path string) fileKind {
	f, err := files.Open(path)
	if err != nil {
		return kindEmpty // unreadable: the write will say why
	}
	head := make([]byte, 8<<10)
	n, _ := io.ReadFull(f, head)
	f.Close()
	head = head[:n]
	switch {
	case n == 0:
		return kindEmpty
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return kindPDF
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		data, err := files.ReadLimited(path, importer.MaxWorkbookSize)
		if err == nil && importer.IsRosterWorkbook(data) {
			return kindRoster
		}
		return kindWorkbook
	case bytes.IndexByte(head, 0) >= 0:
		return kindBinary
	}
	data, err := files.ReadLimited(path, card.MaxFileSize)
	if err == nil && card.IsRoster(data) {
		return kindRoster
	}
	if err != nil && card.IsRoster(head) {
		return kindRoster // too large to read whole; its start says enough
	}
	if err == nil && card.IsYAMLData(data) {
		return kindYAML
	}
	return kindText
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
	if err := guardFolder(cmp.Or(dir, "."), re.MatchString, in, force); err != nil {
		return err
	}
	return guardKinds(cmp.Or(dir, "."), func(name string) (fileKind, bool) { return kindPDF, re.MatchString(name) }, force)
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
