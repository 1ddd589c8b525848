package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSameErrorInBothLanguages checks that a problem keeps its position
// and field in both languages and changes only its words.
func TestSameErrorInBothLanguages(t *testing.T) {
	path := filepath.Join(t.TempDir(), "roster.yaml")
	roster := "version: 1\ncommunity: {name: 村}\nofficials:\n  - {name: 王, role: 主任, phone: \"1391000\", zones: [东片]}\nhouseholds:\n  - {id: A-1, address: 一街1号, zone: 西片}\n"
	if err := os.WriteFile(path, []byte(roster), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, en := runMain("validate", path, "--lang", "en")
	code, _, zh := runMain("--lang=zh", "validate", path)
	if code != exitInvalid {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		path + `:4:32: officials[王].phone: "1391000" is not a phone number (mobile: 11 digits`,
		path + `:6:36: households[A-1].zone: unknown zone "西片" (zones officials look after: 东片)`,
		"2 problems; nothing was written",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English lacks %q:\n%s", want, en)
		}
	}
	for _, want := range []string{
		path + `:4:32: officials[王].phone: "1391000" 不是电话号码（手机：`,
		path + `:6:36: households[A-1].zone: 没有干部负责片区 "西片"（`,
		"共 2 个问题；没有写入任何文件",
	} {
		if !strings.Contains(zh, want) {
			t.Errorf("Chinese lacks %q:\n%s", want, zh)
		}
	}
}

func TestLanguageFromLocale(t *testing.T) {
	defer func(g func(string) string) { getenv = g }(getenv)
	for _, tt := range []struct {
		env  map[string]string
		args []string
		zh   bool
	}{
		{map[string]string{"LANG": "zh_CN.UTF-8"}, nil, true},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, nil, false},
		{map[string]string{"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, nil, true},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, []string{"--lang", "en"}, false},
		{map[string]string{}, []string{"--lang", "zh"}, true},
	} {
		getenv = func(k string) string { return tt.env[k] }
		_, out, _ := runMain(append(tt.args, "version", "--help")...)
		if got := strings.Contains(out, "用法"); got != tt.zh {
			t.Errorf("env %v, args %v: Chinese help %v, want %v:\n%s", tt.env, tt.args, got, tt.zh, out)
		}
	}
	getenv = func(string) string { return "" }
	if code, _, errOut := runMain("--lang", "fr", "version"); code != exitUsage || !strings.Contains(errOut, "--lang takes zh or en") {
		t.Errorf("--lang fr: exit %d, %q", code, errOut)
	}
}

func TestCommandLineErrorsInChinese(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"cards", "--foo"}, "没有这个选项：--foo"},
		{[]string{"cards", "r.yaml", "-o"}, "选项 -o 后面需要一个值"},
		{[]string{"carrds"}, `没有 "carrds" 这个命令；是不是 "cards"？`},
		{[]string{"sheets", "r.yaml", "-o", "s.pdf", "--copies", "abc"}, `--copies 需要一个整数，"abc" 不是`},
	} {
		code, _, errOut := runMain(append([]string{"--lang", "zh"}, tt.args...)...)
		if code != exitUsage || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, %q; want %q", tt.args, code, errOut, tt.want)
		}
	}
}

// Warnings that explain a problem are shown with it, in text and in JSON.
func TestWarningsWithProblems(t *testing.T) {
	dir := t.TempDir()
	roster := "version: 1\ncommunity: {name: 村}\nofficials:\n  - {name: 王, role: 主任, phone: \"139 1000 2001\", zones: [东片]}\nhouseholds_file: hh.csv\n"
	if err := os.WriteFile(filepath.Join(dir, "roster.yaml"), []byte(roster), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "hh.csv"), []byte("户号,地址,片取\nE-1,东街1号,东片\nE-2,东街2号,西片\n,东街3号,东片\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runMain("validate", filepath.Join(dir, "roster.yaml"))
	if code != exitInvalid || !strings.Contains(errOut, "warning: ") || !strings.Contains(errOut, "columns not read: 片取") || !strings.Contains(errOut, "hh.csv:4: id: empty") {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
	code, out, _ := runMain("validate", filepath.Join(dir, "roster.yaml"), "--json")
	if code != exitInvalid || !strings.Contains(out, `"warnings": [`+"\n"+`    "`) || !strings.Contains(out, "columns not read: 片取") {
		t.Errorf("exit %d, JSON:\n%s", code, out)
	}
}

// The built program takes its language from the locale.
func TestBinaryFollowsLocale(t *testing.T) {
	_, stderr, code := fuwuka(t, []string{"LC_ALL=", "LANG=zh_CN.UTF-8"}, "validate", "no-such-roster.yaml")
	if code != exitRuntime || !strings.Contains(stderr, "no-such-roster.yaml：没有这个文件或文件夹") {
		t.Errorf("exit %d: %q", code, stderr)
	}
	_, stderr, _ = fuwuka(t, []string{"LC_ALL=", "LANG=en_US.UTF-8"}, "validate", "no-such-roster.yaml")
	if !strings.Contains(stderr, "no-such-roster.yaml: no such file or folder") {
		t.Errorf("English: %q", stderr)
	}
}
