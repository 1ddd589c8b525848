package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
)

// The sheets Chinese presses take, by name, and SRA3 holding more than A3.
func TestSheetsPapers(t *testing.T) {
	needTools(t, "pdfinfo")
	dir := t.TempDir()
	per := map[string]int{}
	for _, tt := range []struct {
		paper string
		w, h  float64 // mm, portrait
	}{
		{"大度16开", 210, 285},
		{"正度8开", 260, 370},
		{"zhengdu8kai", 260, 370},
		{"A3", 297, 420},
		{"SRA3", 320, 450},
	} {
		file := filepath.Join(dir, tt.paper+".pdf")
		stdout, stderr, code := fuwuka(t, nil, "sheets", exampleRoster, "-o", file, "--paper", tt.paper, "--json")
		if code != 0 {
			t.Errorf("--paper %s: exit %d: %s", tt.paper, code, stderr)
			continue
		}
		var doc struct {
			Result SheetsResult `json:"result"`
		}
		if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
			t.Fatal(err)
		}
		r := doc.Result
		per[tt.paper] = r.Columns * r.Rows
		w, h := tt.w*ptPerMM, tt.h*ptPerMM
		if r.Orientation == "landscape" {
			w, h = h, w
		}
		if b := boxes(t, file)["MediaBox"]; !closeTo(b[2], w) || !closeTo(b[3], h) {
			t.Errorf("--paper %s: MediaBox %v, want %.1f×%.1f pt", tt.paper, b, w, h)
		}
	}
	if per["SRA3"] <= per["A3"] {
		t.Errorf("SRA3 holds %d 100 mm cards a sheet, A3 %d", per["SRA3"], per["A3"])
	}
	if per["大度16开"] < 1 || per["正度8开"] < 2 {
		t.Errorf("大度16开 holds %d, 正度8开 %d", per["大度16开"], per["正度8开"])
	}
}
