package card

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/msg"
)

// TestTypingMistakes breaks one line of a valid roster the way a Chinese
// input method or an editor does, and checks that the problem is on that
// line, names the character in both languages, and is the only one.
func TestTypingMistakes(t *testing.T) {
	tests := []struct {
		name     string
		old, new string // replaced once in valid
		line     int
		en, zh   string // in the message or its hint
	}{
		{"full-width colon", "    role: 书记", "    role：书记", 6, `colon "：" after role is full-width`, "冒号“：”是全角的"},
		{"full-width colon and space", "    role: 书记", "    role：　书记", 6, `write a half-width ":" and a space after it: role: 书记`, "请改成半角“:”，后面加一个空格：role: 书记"},
		{"full-width dash", "  - name: 王建国", "  － name: 王建国", 5, `the dash "－" starting a list item is full-width`, `横线 "－" 是全角的`},
		{"em dash", "  - id: E-001", "  —id: E-001", 10, `the dash "—"`, `横线 "—"`},
		{"full-width space", "  - id: E-001", "\u3000- id: E-001", 10, "a full-width space in the indentation", "缩进里有全角空格“　”"},
		{"tab", "    zone: 东片", "\tzone: 东片", 12, "a tab in the indentation", "缩进里有 Tab"},
		{"no space after colon", "    address: 东街1号", "    address:东街1号", 11, `no space after the colon of address`, "address 的冒号“:”后面少了一个空格"},
		{"full-width quotes", `    phone: "138 0013 8001"`, "    phone: “138 0013 8001”", 7, "quotes around the value of phone are full-width", "引号“”是全角的"},
		{"unclosed quote", `    phone: "138 0013 8001"`, `    phone: "138 0013 8001`, 7, `the quote " opened here is not closed`, `引号 " 在这一行里没有配对`},
		{"unclosed single quote", "    address: 东街1号", "    address: '东街1号", 11, `the quote ' opened here is not closed`, `引号 ' 在这一行里没有配对`},
		{"indented too far", "    zone: 东片", "      zone: 东片", 12, "zone is indented more than the line above", "zone 比上一行多缩进了"},
		{"full-width comma in a list", "zones: [东片, 西片]", "zones: [东片，西片]", 8, `write a half-width comma and a space: zones: [东片, 西片]`, `用 "，" 隔开，不是半角逗号`},
		{"、 in a list", "zones: [东片, 西片]", "zones: [东片、西片]", 8, `"、" between the entries of zones`, "请改成半角逗号加一个空格：zones: [东片, 西片]"},
		{"full-width brackets", "zones: [东片, 西片]", "zones: 【东片，西片】", 8, `write half-width brackets and commas: zones: [东片, 西片]`, `zones 的列表用了全角括号 "【"`},
		{"no colon in a list item", "  - name: 王建国", "  - name 王建国", 5, `no colon after name (write a half-width ":" and a space after it: name: 王建国)`, "第 5 行：name 后面缺少冒号"},
		{"no colon", "  name: 白草洼村", "  name 白草洼村", 3, `no colon after name`, "第 3 行：name 后面缺少冒号（请改成半角“:”，后面加一个空格：name: 白草洼村）"},
		{"no colon nor space", "    address: 东街1号", "    address东街1号", 11, `no colon after address`, "address: 东街1号"},
		{"indented too little", "    phone: \"138 0013 8001\"", "   phone: \"138 0013 8001\"", 7, "phone lines up with no line above it", "phone 的缩进和上面哪一行都对不齐"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(valid, tt.old) {
				t.Fatalf("valid has no line %q", tt.old)
			}
			src := strings.Replace(valid, tt.old, tt.new, 1)
			_, err := Parse("roster.yaml", []byte(src), t.TempDir(), LoadOptions{})
			ps, ok := errors.AsType[Problems](err)
			if !ok || len(ps) != 1 {
				t.Fatalf("want one problem, got %v", err)
			}
			p := ps[0]
			if p.Pos.Line != tt.line {
				t.Errorf("line %d, want %d: %s", p.Pos.Line, tt.line, p)
			}
			if got := p.In(msg.EN); !strings.Contains(got, tt.en) {
				t.Errorf("English %q does not say %q", got, tt.en)
			}
			zh := p.In(msg.ZH)
			if !strings.Contains(zh, tt.zh) {
				t.Errorf("Chinese %q does not say %q", zh, tt.zh)
			}
			if want := "第 " + strconv.Itoa(tt.line) + " 行"; !strings.Contains(zh, want) {
				t.Errorf("Chinese %q does not name %s", zh, want)
			}
			// The line as written, with a mark under the mistake.
			if !strings.Contains(p.Source, strings.ReplaceAll(tt.new, "\t", "→")) || !strings.HasSuffix(p.Source, "^") {
				t.Errorf("source not shown and marked:\n%s", p.Source)
			}
		})
	}
}

// A full-width colon inside text is the community's own punctuation, not
// a mistake; nor is a quote that a later line closes once the roster
// parses.
func TestTypingNotMistakes(t *testing.T) {
	for _, src := range []string{
		strings.Replace(valid, "  name: 白草洼村", "  name: 白草洼村：东区", 1),
		valid + "appeal: “爱护家园”\n",
		valid + "pledges: [\"a: b\", 'it''s']\nqr: {content: \"https://example.org/r?h={{.Household.ID}}\"}\n",
	} {
		if ps := problemsOf(t, t.TempDir(), src); ps != nil {
			t.Errorf("%s\nproblems:\n%s", src, strings.Join(ps, "\n"))
		}
	}
}

// The mark sits under the character, Chinese characters taking two
// columns of a terminal.
func TestMarked(t *testing.T) {
	got := marked("  名字：王", 5)
	want := "      名字：王\n          ^"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A roster typed with a Chinese input method left on, as a clerk does:
// every mistake on its own line, with its fix, in one run.
func TestTypingMistakesTogether(t *testing.T) {
	src := `version: 1
community:
  name 白草洼村
officials:
  - name: 王建国
    role: 书记
    phone: "138 0013 8001"
    zones: [一组，二组]
  - name 吴秀兰
    role: 委员
    phone: "139 3312 4567"
    zones: 【三组】
households:
  - id: E-001
    address: 东街1号
    zone: 一组
`
	_, err := Parse("roster.yaml", []byte(src), t.TempDir(), LoadOptions{})
	ps, ok := errors.AsType[Problems](err)
	if !ok {
		t.Fatalf("want problems, got %v", err)
	}
	var got []string
	for _, p := range ps {
		zh, _, _ := strings.Cut(p.In(msg.ZH), "\n")
		got = append(got, zh)
	}
	want := []string{
		"roster.yaml:3:7: 第 3 行：name 后面缺少冒号（请改成半角“:”，后面加一个空格：name: 白草洼村）",
		`roster.yaml:8:15: 第 8 行：zones 的列表里用 "，" 隔开，不是半角逗号，会被当成一项（请改成半角逗号加一个空格：zones: [一组, 二组]）`,
		"roster.yaml:9:9: 第 9 行：name 后面缺少冒号（请改成半角“:”，后面加一个空格：name: 吴秀兰）",
		`roster.yaml:12:12: 第 12 行：zones 的列表用了全角括号 "【"（请改成半角的方括号和逗号：zones: [三组]）`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// 5组 where the officials look after 一组 and 二组 is not a slip for 一组:
// the hint lists the zones rather than guess.
func TestZoneNotClose(t *testing.T) {
	src := strings.Replace(valid, "zones: [东片, 西片]", "zones: [一组, 二组]", 1)
	src = strings.Replace(src, "zone: 东片", "zone: 5组", 1)
	_, err := Parse("roster.yaml", []byte(src), t.TempDir(), LoadOptions{})
	want := `roster.yaml:12:11: households[E-001].zone: unknown zone "5组" (zones officials look after: 一组, 二组)`
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}

// zones: 西片，东片 without brackets is one value where a list belongs:
// the hint writes the list with half-width commas.
func TestListWithoutBrackets(t *testing.T) {
	src := strings.Replace(valid, "zones: [东片, 西片]", "zones: 东片，西片", 1)
	_, err := Parse("roster.yaml", []byte(src), t.TempDir(), LoadOptions{})
	want := "roster.yaml:8:12: officials[王建国].zones: expected a list, found a single value (write a list: [东片, 西片])"
	if err == nil || !strings.HasPrefix(err.Error(), want+"\n") {
		t.Errorf("got  %v\nwant first %s", err, want)
	}
}
