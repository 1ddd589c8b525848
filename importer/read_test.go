package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSupported(t *testing.T) {
	tests := []struct {
		path, msg string
	}{
		{"户籍.xlsx", ""},
		{"户籍.CSV", ""},
		{"户籍.xls", "save it as .xlsx"},
		{"户籍.et", "save it as .xlsx"},
		{"户籍.yaml", "not a .xlsx or .csv"},
		{"户籍", "not a .xlsx or .csv"},
	}
	for _, tt := range tests {
		err := Supported(tt.path)
		if (err == nil) != (tt.msg == "") || err != nil && !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Supported(%q) = %v, want %q", tt.path, err, tt.msg)
		}
	}
}

func TestReadCSVFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "名单.CSV")
	if err := os.WriteFile(path, []byte("ID,Address\nE-1,东街1号\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Read(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Households) != 1 || res.Households[0].Pos.File != path || res.Households[0].Pos.Line != 2 || res.Sheet != "" {
		t.Errorf("result %+v", res)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "none.csv"), Options{}); !os.IsNotExist(err) {
		t.Errorf("a missing file: %v", err)
	}
}
