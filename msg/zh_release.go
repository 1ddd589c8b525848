package msg

// The Chinese of the messages about releases, the version, double-click
// start, files in use on Windows and runs over many rosters, kept apart
// from zh.go so that they can change without touching it.
func init() {
	for en, z := range zhRelease {
		zh[en] = z
	}
}

var zhRelease = map[string]string{
	"fuwuka %s (commit unknown)":                             "fuwuka %s（提交未知）",
	"fuwuka %s (commit %s with uncommitted changes, %s, %s)": "fuwuka %s（提交 %s，含未提交的改动，%s，%s）",
	"fuwuka %s (commit %s, %s, %s)":                          "fuwuka %s（提交 %s，%s，%s）",
}
