// Command imagebase writes the one layer of the container image's base:
// the accounts a non-root process needs (nonroot, uid and gid 65532), a
// /tmp that anyone may write (workbooks are read through it), the home of
// nonroot, and the licence and third-party notices under
// /usr/share/doc/fuwuka. Nothing else: fuwuka is one static binary that
// embeds its fonts and colour profile, so the image needs no libc, shell
// or certificates.
//
//	go run ./scripts/imagebase -notices build/THIRD_PARTY_NOTICES.txt -o build/image/base.tar
//
// The tar is the same bytes on every machine: entries sorted, owners
// numeric, every time the -date given (the commit's), no user or group
// names. scripts/image.sh makes an image of it with crane and builds
// fuwuka onto it with ko.
package main

import (
	"archive/tar"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// nonroot is the account fuwuka runs as in the image, the one distroless
// images use, so that volume permissions written for those fit.
const nonroot = 65532

func main() {
	out := flag.String("o", "", "the layer to write (a tar)")
	notices := flag.String("notices", "build/THIRD_PARTY_NOTICES.txt", "the third-party notices to ship")
	license := flag.String("license", "LICENSE", "the project's licence")
	date := flag.Int64("date", 0, "every entry's time, in seconds since 1970 (the commit's)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "imagebase: -o FILE is needed")
		os.Exit(2)
	}
	if err := write(*out, *license, *notices, time.Unix(*date, 0).UTC()); err != nil {
		fmt.Fprintln(os.Stderr, "imagebase:", err)
		os.Exit(1)
	}
}

type entry struct {
	name     string
	mode     int64
	uid      int
	body     []byte
	dir      bool
	fromFile string
}

func write(out, license, notices string, when time.Time) error {
	entries := []entry{
		{name: "etc/", mode: 0o755, dir: true},
		{name: "etc/group", mode: 0o644, body: []byte("root:x:0:\nnonroot:x:65532:\n")},
		{name: "etc/passwd", mode: 0o644, body: []byte("root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n")},
		{name: "home/", mode: 0o755, dir: true},
		{name: "home/nonroot/", mode: 0o700, uid: nonroot, dir: true},
		{name: "root/", mode: 0o700, dir: true},
		{name: "tmp/", mode: 0o1777, dir: true},
		{name: "usr/", mode: 0o755, dir: true},
		{name: "usr/share/", mode: 0o755, dir: true},
		{name: "usr/share/doc/", mode: 0o755, dir: true},
		{name: "usr/share/doc/fuwuka/", mode: 0o755, dir: true},
		{name: "usr/share/doc/fuwuka/LICENSE", mode: 0o644, fromFile: license},
		{name: "usr/share/doc/fuwuka/THIRD_PARTY_NOTICES.txt", mode: 0o644, fromFile: notices},
	}
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, e := range entries {
		if e.fromFile != "" {
			b, err := os.ReadFile(e.fromFile)
			if err != nil {
				return err
			}
			e.body = b
		}
		h := &tar.Header{
			Name:    e.name,
			Mode:    e.mode,
			Uid:     e.uid,
			Gid:     e.uid,
			ModTime: when,
			Format:  tar.FormatPAX,
		}
		if e.dir {
			h.Typeflag = tar.TypeDir
		} else {
			h.Typeflag = tar.TypeReg
			h.Size = int64(len(e.body))
		}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := tw.Write(e.body); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}
