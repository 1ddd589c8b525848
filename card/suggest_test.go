package card

import "testing"

func TestSuggest(t *testing.T) {
	keys := []string{"title", "slogan", "size", "bleed", "corner_radius", "colors", "fonts"}
	tests := []struct {
		w     string
		known []string
		want  string
	}{
		{"titel", keys, "title"},          // swap: one edit
		{"Size", keys, "size"},            // case
		{"sizes", keys, "size"},           // insertion
		{"blead", keys, "bleed"},          // substitution
		{"corner", keys, "corner_radius"}, // prefix
		{"colours", keys, "colors"},
		{"radius", keys, ""},
		{"xyz", keys, ""},
		{"东边", []string{"东片", "西片", "南片"}, "东片"},
		{"南", []string{"东片", "西片", "南片"}, "南片"},
		{"北", []string{"东片", "西片", "南片"}, ""},
		{"E-01", []string{"E-001", "W-001"}, "E-001"},
		{"ab", []string{"id"}, ""}, // two edits of two letters is everything
	}
	for _, tt := range tests {
		if got := suggest(tt.w, tt.known); got != tt.want {
			t.Errorf("suggest(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"name", "nmae", 1},
		{"kitten", "sitting", 3},
		{"ca", "abc", 3}, // optimal string alignment: no edit of a swapped pair
		{"东片", "东边", 1},
	}
	for _, tt := range tests {
		if got := editDistance([]rune(tt.a), []rune(tt.b)); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSuggestZone(t *testing.T) {
	zones := []string{"一组", "五组", "十二组", "东片", "三网格"}
	for z, want := range map[string]string{
		"5组":  "五组",
		"５组":  "五组",
		"第5组": "五组",
		"五小组": "五组",
		"12组": "十二组",
		"东片区": "东片",
		"3网格": "三网格",
		"一 组": "一组",
		"西片":  "",
		"6组":  "",
		"东边":  "东片",
		"三网络": "三网格",
		"北坡":  "",
	} {
		if got := suggestZone(z, zones); got != want {
			t.Errorf("suggestZone(%q) = %q, want %q", z, got, want)
		}
	}
}
