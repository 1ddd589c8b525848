package importer

import "testing"

func TestRow(t *testing.T) {
	tests := []struct {
		cells []string
		blank bool
		cell1 string
	}{
		{nil, true, ""},
		{[]string{"", " ", "\u3000\t"}, true, ""},
		{[]string{"", "\u3000东街1号 "}, false, "东街1号"},
		{[]string{"a"}, false, ""},
	}
	for _, tt := range tests {
		r := row{cells: tt.cells}
		if r.blank() != tt.blank || r.cell(1) != tt.cell1 {
			t.Errorf("%q: blank %v, cell(1) %q", tt.cells, r.blank(), r.cell(1))
		}
	}
}
