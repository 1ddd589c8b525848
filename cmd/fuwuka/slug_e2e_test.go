package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// The slug a press operator reads is in the run's language.
func TestSlugInChinese(t *testing.T) {
	needTools(t, "pdftotext")
	dir := t.TempDir()
	env := []string{"SOURCE_DATE_EPOCH=1700000000"}
	sheets := filepath.Join(dir, "印刷版.pdf")
	if _, stderr, code := fuwuka(t, env, "sheets", exampleRoster, "-o", sheets, "--lang", "zh"); code != 0 {
		t.Fatalf("sheets exited %d: %s", code, stderr)
	}
	if txt := run(t, "pdftotext", sheets, "-"); !strings.Contains(txt, "白草洼村 · 印刷版.pdf · 印张 1/7 · 100×100 mm，出血 3 mm · 半切 CutContour · cut-stack · 6 张卡片 · 2023-11-14 · fuwuka ") {
		t.Errorf("no Chinese slug on the sheets:\n%s", txt)
	}
	out := filepath.Join(dir, "cards")
	if _, stderr, code := fuwuka(t, env, "cards", exampleRoster, "-o", out, "--marks", "--household", "E-001", "--lang", "zh"); code != 0 {
		t.Fatalf("cards exited %d: %s", code, stderr)
	}
	if txt := run(t, "pdftotext", filepath.Join(out, "E-001.pdf"), "-"); !strings.Contains(txt, "白草洼村 · E-001 · 东街1号 · ×1 · 100×100 mm，出血 3 mm · 半切 CutContour · 2023-11-14 · fuwuka ") {
		t.Errorf("no Chinese slug on the card:\n%s", txt)
	}
}
