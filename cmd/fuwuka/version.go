package main

import (
	"runtime"
	"runtime/debug"
	"time"

	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/render"
	"github.com/spf13/cobra"
)

// commit and date are the release's commit and its commit time (RFC 3339),
// set by the release build (-ldflags "-X main.commit=… -X main.date=…").
// A build from a checkout leaves them empty and the Go toolchain's own
// record of the checkout (vcs.revision, vcs.time) is used instead. Neither
// is written into any output: PDFs and manifests carry render.Version
// alone, so a rebuild of the same release redraws no card.
var commit, date string

// build is what `fuwuka version` says about this binary.
type build struct {
	Version  string `json:"version"`
	Commit   string `json:"commit"`   // full hash; "" when not known
	Date     string `json:"date"`     // the commit's time, RFC 3339 in UTC; "" when not known
	Modified bool   `json:"modified"` // built from a checkout with uncommitted changes
	Go       string `json:"go"`
	Platform string `json:"platform"`
}

// thisBuild reads the linker's values, then the toolchain's build record.
func thisBuild() build {
	b := build{Version: render.Version, Commit: commit, Date: date, Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	if info, ok := debug.ReadBuildInfo(); ok {
		b = fromBuildInfo(b, info)
	}
	if t, err := time.Parse(time.RFC3339, b.Date); err == nil {
		b.Date = t.UTC().Format(time.RFC3339)
	}
	return b
}

func fromBuildInfo(b build, info *debug.BuildInfo) build {
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			if b.Commit == "" {
				b.Commit = s.Value
			}
		case "vcs.time":
			if b.Date == "" {
				b.Date = s.Value
			}
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}

// NewCmdVersion prints fuwuka's version, commit and date.
func NewCmdVersion(io *IO) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "version",
		Short: io.T("Print fuwuka's version"),
		Args:  maxArgs(0),
		RunE: func(*cobra.Command, []string) error {
			b := thisBuild()
			io.Result(b)
			if io.JSON {
				return nil
			}
			io.Outln(versionLine(b))
			return nil
		},
	}
	jsonFlag(io, cmd)
	return cmd
}

// versionLine is the version, then the commit and date a bug report needs.
func versionLine(b build) msg.Text {
	commit, date := b.Commit, b.Date
	if len(commit) > 12 {
		commit = commit[:12]
	}
	switch {
	case commit == "":
		return msg.F("fuwuka %s (commit unknown)", b.Version)
	case b.Modified:
		return msg.F("fuwuka %s (commit %s with uncommitted changes, %s, %s)", b.Version, commit, date, b.Platform)
	default:
		return msg.F("fuwuka %s (commit %s, %s, %s)", b.Version, commit, date, b.Platform)
	}
}
