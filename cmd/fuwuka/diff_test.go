package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// editedExample writes the example roster, passed through edit, to a
// temporary file and returns its path.
func editedExample(t *testing.T, edit func(string) string) string {
	t.Helper()
	data, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "roster.yaml")
	if err := os.WriteFile(path, []byte(edit(string(data))), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDiffFlags(t *testing.T) {
	var got *DiffOptions
	cmd := NewCmdDiff(&IO{}, func(o *DiffOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"old.yaml", "-"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Old != "old.yaml" || got.New != "-" {
		t.Errorf("options %+v", *got)
	}
}

func TestDiffUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"diff"},
		{"diff", exampleRoster},
		{"diff", exampleRoster, exampleRoster, exampleRoster},
		{"diff", "-", "-"},
	} {
		if code, out, stderr := runMain(args...); code != exitUsage || stderr == "" || out != "" {
			t.Errorf("%v: exit %d, out %q, stderr %q; want %d with a message", args, code, out, stderr, exitUsage)
		}
	}
}

func TestDiffSameCards(t *testing.T) {
	// Comments and blank lines move every line of the file, but no card.
	moved := editedExample(t, func(s string) string { return "# 2026年修订\n\n" + s })
	code, out, stderr := runMain("diff", exampleRoster, moved)
	if code != exitOK || out != "36 households: 0 changed, 0 added, 0 removed, 36 unchanged\n" || stderr != "" {
		t.Errorf("exit %d, out %q, err %q", code, out, stderr)
	}
}

func TestDiffFromStandardInput(t *testing.T) {
	data, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	changed := editedExample(t, func(s string) string { return strings.Replace(s, "address: 北坡2号", "address: 北坡3号", 1) })
	var out, errOut bytes.Buffer
	code := Main([]string{"diff", "-", changed}, bytes.NewReader(data), &out, &errOut)
	if code != exitChanges || !strings.HasPrefix(out.String(), "N-002 北坡3号: address 北坡2号 → 北坡3号\n") {
		t.Errorf("exit %d, out %q, err %q", code, out.String(), errOut.String())
	}
}

func TestDiffChanges(t *testing.T) {
	changed := editedExample(t, func(s string) string {
		// 赵志强 gives up 南片, so 孙立新, next in the list, becomes its contact.
		s = strings.Replace(s, "phone: \"138 0013 8003\"\n    zones: [南片]", "phone: \"138 0013 8003\"\n    zones: []", 1)
		s = strings.Replace(s, "address: 东街3号\n", "address: 东街3号院\n", 1)
		s = strings.Replace(s, "  - id: N-002\n    address: 北坡2号\n", "", 1)
		return s + "  - id: N-003\n    address: 北坡3号\n"
	})
	code, out, stderr := runMain("diff", exampleRoster, changed)
	if code != exitChanges || stderr != "" {
		t.Fatalf("exit %d, err %q; want %d and no message", code, stderr, exitChanges)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	var want []string
	want = append(want, "E-003 东街3号院: address 东街3号 → 东街3号院")
	for i := 1; i <= 11; i++ {
		want = append(want, "S-0") // the address follows; checked below
	}
	want = append(want,
		"added: N-003 北坡3号",
		"removed: N-002 北坡2号",
		"36 households: 12 changed, 1 added, 1 removed, 23 unchanged")
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, l := range lines {
		if want[i] == "S-0" {
			if !strings.HasPrefix(l, "S-0") || !strings.HasSuffix(l, ": contact 赵志强 → 孙立新") {
				t.Errorf("line %d: %q", i+1, l)
			}
		} else if l != want[i] {
			t.Errorf("line %d: %q, want %q", i+1, l, want[i])
		}
	}
}

func TestDiffInvalidRoster(t *testing.T) {
	for name, edit := range map[string]func(string) string{
		"a bad phone": func(s string) string { return strings.Replace(s, "138 0013 8001", "138 0013", 1) },
		// Loading fills in the template for the first household only.
		"a QR template that fails for a later household": func(s string) string {
			return strings.Replace(s, "fw?h={{.Household.ID}}", "fw?h={{if not .Household.Zone}}{{.Household.Nope}}{{end}}", 1)
		},
	} {
		t.Run(name, func(t *testing.T) {
			bad := editedExample(t, edit)
			for _, args := range [][]string{{"diff", exampleRoster, bad}, {"diff", bad, exampleRoster}} {
				code, out, stderr := runMain(args...)
				if code != exitInvalid || out != "" || !strings.Contains(stderr, bad+":") {
					t.Errorf("%v: exit %d, out %q, err %q; want %d and problems pointing at %s", args, code, out, stderr, exitInvalid, bad)
				}
			}
		})
	}
}

func TestDiffHelpSaysExitStatus(t *testing.T) {
	if code, out, _ := runMain("diff", "--help"); code != exitOK || !strings.Contains(out, "10 diff:") {
		t.Errorf("exit %d, help %q", code, out)
	}
}
