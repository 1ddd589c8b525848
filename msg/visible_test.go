package msg

import "testing"

func TestVisible(t *testing.T) {
	for in, want := range map[string]string{
		"东街1号":                      "东街1号",
		"E-\u202e004":               `E-\u202e004`,
		"a\u2066b\u2069c\u200fd":    `a\u2066b\u2069c\u200fd`,
		"line\nnext\tcell":          "line\nnext\tcell",
		"over\rwrite\x1b[2J":        `over\u000dwrite\u001b[2J`,
		"\U000E0041 tag":            `\U000e0041 tag`,
		"sep\u2028arator\ufeffmark": `sep\u2028arator\ufeffmark`,
	} {
		if got := Visible(in); got != want {
			t.Errorf("Visible(%q) = %q, want %q", in, got, want)
		}
	}
}
