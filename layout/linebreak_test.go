package layout

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// oneMMPerRune measures every character as 1 mm wide, so widths are counts.
func oneMMPerRune(s string) float64 { return float64(utf8.RuneCountInString(s)) }

func TestBreak(t *testing.T) {
	tests := []struct {
		text  string
		width float64
		want  []string
	}{
		{"合理诉求24小时内办结", 4, []string{"合理诉求", "24小时", "内办结"}},
		// a closing mark never starts a line: it goes with the character before
		{"爱护家园，共建美好家园", 4, []string{"爱护家", "园，共建", "美好家园"}},
		{"您好。谢谢", 2, []string{"您", "好。", "谢谢"}},
		// an opening mark never ends a line: it goes with the character after
		{"请拨打（电话）", 3, []string{"请拨打", "（电", "话）"}},
		// phone numbers and Latin words are never split
		{"热线 138 0013 8000", 8, []string{"热线 138", "0013", "8000"}},
		{"拨12345", 3, []string{"拨", "12345"}},
		{"", 5, nil},
		{"短", 5, []string{"短"}},
	}
	for _, tt := range tests {
		got := Break(tt.text, tt.width, oneMMPerRune)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Break(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}

func TestBreakKinsoku(t *testing.T) {
	text := "居民服务卡，有事您就跟我说。（合理诉求）「二十四小时」内办结、定期走访！"
	for w := 2.0; w <= 12; w++ {
		lines := Break(text, w, oneMMPerRune)
		if strings.Join(lines, "") != text {
			t.Fatalf("width %v: lines %q lose text", w, lines)
		}
		for _, l := range lines {
			first, _ := utf8.DecodeRuneInString(l)
			last, _ := utf8.DecodeLastRuneInString(l)
			if strings.ContainsRune(noLineStart, first) {
				t.Errorf("width %v: line %q starts with %q", w, l, first)
			}
			if strings.ContainsRune(noLineEnd, last) {
				t.Errorf("width %v: line %q ends with %q", w, l, last)
			}
		}
	}
}

func FuzzBreak(f *testing.F) {
	f.Add("爱护家园，共建美好家园 138 0013 8000", 5.0)
	f.Fuzz(func(t *testing.T, text string, width float64) {
		if !utf8.ValidString(text) || width != width {
			return
		}
		lines := Break(text, width, oneMMPerRune)
		joined := strings.Join(lines, "")
		if strings.ReplaceAll(joined, " ", "") != strings.ReplaceAll(text, " ", "") {
			t.Fatalf("Break(%q, %v) = %q: text lost or changed", text, width, lines)
		}
	})
}
