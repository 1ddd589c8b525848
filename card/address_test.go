package card

import "testing"

func TestCompareAddress(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"二街9号", "二街10号", -1},
		{"二街10号", "二街9号", 1},
		{"二街10号", "二街10号", 0},
		{"东街1号", "东街1号（出租户）", -1},
		{"3号楼2单元", "3号楼10单元", -1},
		{"3号楼10单元", "12号楼1单元", -1},
		{"西一巷6号", "西二巷1号", -1}, // by character: 一 before 二
		{"二街９号", "二街10号", -1},  // full-width digits
		{"二街007号", "二街7号", -1}, // equal numbers: a total order all the same
		{"二街7号", "二街007号", 1},
		{"", "二街1号", -1},
		{"A2", "B1", -1},
		{"二街99999999999999999999号", "二街100000000000000000000号", -1},
	}
	for _, tt := range tests {
		if got := CompareAddress(tt.a, tt.b); got != tt.want {
			t.Errorf("CompareAddress(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func FuzzCompareAddress(f *testing.F) {
	f.Add("二街9号", "二街10号", "二街010号")
	f.Add("９", "10", "A")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		if CompareAddress(a, b) != -CompareAddress(b, a) {
			t.Fatalf("not antisymmetric: %q %q", a, b)
		}
		if (CompareAddress(a, b) == 0) != (a == b) {
			t.Fatalf("%q and %q compare equal", a, b)
		}
		if CompareAddress(a, b) < 0 && CompareAddress(b, c) < 0 && CompareAddress(a, c) >= 0 {
			t.Fatalf("not transitive: %q < %q < %q", a, b, c)
		}
	})
}
