package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/fuwuka/fuwuka/layout/design"
	"github.com/fuwuka/fuwuka/msg"
)

// designs lists every registered design, the default first, in text and
// as JSON.
func TestDesignsLists(t *testing.T) {
	var out bytes.Buffer
	if err := designsRun(&DesignsOptions{IO: &IO{Out: &out, Lang: msg.ZH}}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	names := design.Names()
	if len(names) < 3 || len(lines) != len(names) {
		t.Fatalf("%d designs listed for %v:\n%s", len(lines), names, out.String())
	}
	for i, name := range names {
		if f := strings.Fields(lines[i]); len(f) < 3 || f[0] != name {
			t.Errorf("line %d: %q, want design %s", i+1, lines[i], name)
		}
	}
	if !strings.Contains(lines[0], "温馨可爱") {
		t.Errorf("the default's line is not warm, in Chinese: %q", lines[0])
	}

	code, stdout, _ := runMain("designs", "--json")
	var doc struct {
		Result DesignsResult `json:"result"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil || code != exitOK {
		t.Fatalf("designs --json: %d %v\n%s", code, err, stdout)
	}
	if got := doc.Result.Designs; len(got) != len(names) || got[0].Name != "warm" || !got[0].Default || got[1].Default || got[0].Version < 1 || got[0].Description == "" {
		t.Errorf("designs --json: %+v", got)
	}
}

// The workbook init --xlsx writes names every design in its note on
// 卡面设计, from the registry.
func TestWorkbookNotesDesigns(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := runMain("init", "--xlsx", dir); code != exitOK {
		t.Fatalf("init --xlsx: %d %s", code, stderr)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "roster.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("基本信息")
	if err != nil {
		t.Fatal(err)
	}
	var note string
	for _, r := range rows {
		if len(r) >= 3 && r[0] == "卡面设计" {
			note = r[2]
		}
	}
	for _, name := range design.Names() {
		if !strings.Contains(note, name+"（") {
			t.Errorf("the note on 卡面设计 does not name %s: %q", name, note)
		}
	}
}
