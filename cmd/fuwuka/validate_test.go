package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// roster150 is a roster of 150 households; household(i) writes the i-th.
func roster150(t *testing.T, head string, household func(i int) string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("version: 1\ncommunity: {name: 柳树湾村}\n" + head + "households:\n")
	for i := 1; i <= 150; i++ {
		b.WriteString(household(i) + "\n")
	}
	path := filepath.Join(t.TempDir(), "roster.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A problem 150 households share is one line, with their count and the
// first of them, in both languages; a problem of one household keeps its
// own line.
func TestValidateOneLinePerProblem(t *testing.T) {
	officials := "officials:\n  - {name: 王建国, role: 书记, phone: \"138 0013 8001\", zones: [一组, 五组]}\n"
	path := roster150(t, officials, func(i int) string {
		zone := "5组"
		if i == 150 {
			zone = "6组"
		}
		return fmt.Sprintf("  - {id: H-%03d, address: 东街%d号, zone: %s}", i, i, zone)
	})
	code, _, stderr := runMain("validate", path, "--lang", "en")
	if code != exitInvalid {
		t.Fatalf("exit %d", code)
	}
	want := path + `:6:38: households.zone: 149 households (H-001, H-002, H-003, H-004, H-005, …): unknown zone "5组" (did you mean "五组"? zones officials look after: 一组, 五组)
` + path + `:155:40: households[H-150].zone: unknown zone "6组" (zones officials look after: 一组, 五组)
2 problems; nothing was written
`
	if stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
	}
	_, _, zh := runMain("validate", path, "--lang", "zh")
	if !strings.Contains(zh, `:6:38: households.zone: 149 户（H-001, H-002, H-003, H-004, H-005 等）：没有干部负责片区 "5组"（是不是 "五组"？`) || strings.Count(zh, "\n") != 3 {
		t.Errorf("Chinese:\n%s", zh)
	}
}

// Cards too small for their content: one line for all the households.
func TestValidateCardTooSmallOnce(t *testing.T) {
	data, err := os.ReadFile("../../examples/baicaowa/roster.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "roster.yaml")
	os.WriteFile(path, []byte(strings.Replace(string(data), "  size: 100mm ", "  size: 50mm  ", 1)), 0o644)
	code, _, stderr := runMain("validate", path, "--lang", "en")
	if code != exitInvalid {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// the roster's cards are planned together: each official's too-wide
	// phone is said once for the roster, with the smallest size that
	// holds the content, which validates
	sizes := regexp.MustCompile(`set card.size to (\d+)mm or more`).FindAllStringSubmatch(stderr, -1)
	if strings.Count(stderr, "officials[王建国].phone") != 1 || strings.Count(stderr, "household") != 0 || len(sizes) == 0 {
		t.Fatalf("want each problem once, with the size that holds the content:\n%s", stderr)
	}
	os.WriteFile(path, []byte(strings.Replace(string(data), "  size: 100mm ", "  size: "+sizes[0][1]+"mm ", 1)), 0o644)
	if code, _, stderr := runMain("validate", path, "--lang", "en"); code != exitOK {
		t.Errorf("the suggested %smm: exit %d: %s", sizes[0][1], code, stderr)
	}
}

// init --xlsx writes the example as a workbook that validates as the
// YAML example does, and never overwrites it.
func TestInitWorkbook(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := runMain("init", "--xlsx", dir); code != 0 {
		t.Fatalf("init --xlsx exited %d: %s", code, stderr)
	}
	path := filepath.Join(dir, "roster.xlsx")
	code, stdout, stderr := runMain("validate", path)
	if code != 0 || !strings.Contains(stdout, "valid: 6 households, 6 officials, 3 zones") {
		t.Errorf("validate exited %d: %s%s", code, stdout, stderr)
	}
	if code, _, stderr := runMain("init", "--xlsx", dir); code != exitRuntime || !strings.Contains(stderr, "never overwrites") {
		t.Errorf("second init exited %d: %s", code, stderr)
	}
}

func TestConvertUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"convert", "roster.yaml"},
		{"convert", "roster.yaml", "-o", "roster.txt"},
		{"convert", "a.yaml", "b.yaml", "-o", "c.xlsx"},
	} {
		if code, _, stderr := runMain(args...); code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want %d with a message", args, code, stderr, exitUsage)
		}
	}
	// An existing file is not overwritten without --force.
	dir := t.TempDir()
	yaml, xlsx := filepath.Join(dir, "r.yaml"), filepath.Join(dir, "r.xlsx")
	os.WriteFile(yaml, []byte(exampleYAML(t)), 0o644)
	if code, _, stderr := runMain("convert", yaml, "-o", xlsx); code != 0 {
		t.Fatalf("convert exited %d: %s", code, stderr)
	}
	if code, _, stderr := runMain("convert", yaml, "-o", xlsx); code != exitRuntime || !strings.Contains(stderr, "already exists") {
		t.Errorf("second convert exited %d: %s", code, stderr)
	}
	if code, _, stderr := runMain("convert", yaml, "-o", xlsx, "--force"); code != 0 {
		t.Errorf("convert --force exited %d: %s", code, stderr)
	}
}

func exampleYAML(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../examples/baicaowa/roster.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
