package card

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestDecodeProblems(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"all at once, in file order", `version: 2
community:
  nmae: 白草洼村
card:
  size: 100
  bleed: 30mm
  corner_radius: 26mm
  colors:
    red: [0, 100, 100]
    yellow: [0, 10, 101, 0]
officials:
  - name: 王建国
    role: 书记
    phone: "1391000"
    zones: 东片
  - name: "王\n建国"
    phone: [13800138002]
    role: 主任
    role: 主任
  - 张三
pledges: [合理诉求24小时内办结, "", b, c, d, e]
hotlines:
  - {name: 热线, phone: 69381234}
qr:
  content: "{{.Household.ID}}"
  level: X
households:
  - id: E-001
    address: 东街1号
    adress: 东街2号
    copies: 0
`, []string{
			`roster.yaml:1:10: version: unknown version "2" (this fuwuka reads version 1)`,
			`roster.yaml:3:3: community.name: required but missing`,
			`roster.yaml:3:3: community.nmae: unknown key (did you mean "name"?)`,
			`roster.yaml:5:9: card.size: "100" has no unit (add one: mm, cm, in or pt, e.g. 100mm)`,
			`roster.yaml:6:10: card.bleed: 30mm is outside 0mm..10mm`,
			`roster.yaml:7:18: card.corner_radius: 26mm is outside 0mm..25mm`,
			`roster.yaml:9:10: card.colors.red: 3 numbers; a CMYK colour has 4 (cyan, magenta, yellow, black) (e.g. [0, 100, 100, 10])`,
			`roster.yaml:10:21: card.colors.yellow[2]: "101" is not a percentage from 0 to 100`,
			`roster.yaml:14:12: officials[王建国].phone: "1391000" is not a phone number (mobile: 11 digits starting 1; landline: area code + number, e.g. 010-6938 1234; service: 3–5 digits)`,
			`roster.yaml:15:12: officials[王建国].zones: expected a list, found a single value (write a list: [东片])`,
			`roster.yaml:16:11: officials[#2].name: contains a control character (U+000A) (keep it on one line)`,
			`roster.yaml:17:12: officials[#2].phone: expected a single value, found a list`,
			`roster.yaml:19:5: officials[#2].role: given twice (first at line 18)`,
			`roster.yaml:20:5: officials[#3]: expected a mapping, found a single value`,
			`roster.yaml:21:24: pledges[#2]: empty pledge`,
			`roster.yaml:21:37: pledges[#6]: more than 5 pledges; they would not fit on the card`,
			`roster.yaml:23:23: hotlines[热线].phone: "69381234" has no area code (add it in front, e.g. 010-6938 1234)`,
			`roster.yaml:26:10: qr.level: unknown error correction level "X" (L, M, Q or H: a damaged code still reads with up to 7%, 15%, 25% or 30% of it lost)`,
			`roster.yaml:30:5: households[E-001].adress: unknown key (did you mean "address"?)`,
			`roster.yaml:31:13: households[E-001].copies: "0" is not a number of copies from 1 to 100`,
		}},
		{"missing sections", "version: 1\n", []string{
			`roster.yaml:1:1: community.name: required but missing`,
			`roster.yaml:1:1: households: no households (list them under households:, or name a spreadsheet (.xlsx or .csv) in households_file:)`,
			`roster.yaml:1:1: officials: at least one official is required`,
		}},
		{"too many officials", strings.Replace(valid, "officials:\n", "officials:\n"+strings.Repeat("  - {name: 张三, role: 委员, phone: \"110\"}\n", 12), 1), []string{
			`roster.yaml:17:5: officials[王建国]: more than 12 officials; they would not fit on the card`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemsOf(t, t.TempDir(), tt.src)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
func TestSettings(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "fonts", "a-folder.ttf"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fonts", "生僻字.ttf"), []byte("ttf"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Relative paths resolve from the roster's folder, given relative too.
	t.Chdir(filepath.Dir(dir))
	rel := filepath.Base(dir)
	defaults := Settings{Title: "居民服务卡", Size: 100, Bleed: 3, CornerRadius: 4, Colors: DefaultColors, Design: DefaultDesign}
	accent := DefaultColors
	accent.Accent = CMYK{0, 95, 90, 5.5}
	roles := Colors{Ground: CMYK{0, 5, 40, 0}, Accent: CMYK{10, 100, 100, 0}, Ink: CMYK{0, 0, 0, 90}}
	tests := []struct {
		name, card string
		want       Settings
		problems   []string
	}{
		{"defaults", "", defaults, nil},
		{"given", "card:\n  title: 服务卡\n  slogan: 有事您就跟我说\n  size: 12cm\n  bleed: 0mm\n  corner_radius: 30mm\n  colors: {red: [0, 95, 90, 5.5]}\n  fonts: [fonts/生僻字.ttf]\n",
			Settings{Title: "服务卡", Slogan: "有事您就跟我说", Size: 120, Bleed: 0, CornerRadius: 30, Colors: accent, Design: DefaultDesign,
				Fonts: []string{filepath.Join(dir, "fonts", "生僻字.ttf")}, FontNames: []string{"fonts/生僻字.ttf"}, FontsPos: []Pos{{"roster.yaml", 20, 11, ""}}},
			nil},
		{"colours by role, and a design", "card:\n  design: classic\n  colors: {ground: [0, 5, 40, 0], accent: [10, 100, 100, 0], ink: [0, 0, 0, 90]}\n",
			Settings{Title: "居民服务卡", Size: 100, Bleed: 3, CornerRadius: 4, Colors: roles, Design: "classic", DesignPos: Pos{"roster.yaml", 14, 11, ""}}, nil},
		{"one colour by two names", "card:\n  colors: {red: [0, 100, 100, 0], accent: [0, 100, 100, 0]}\n", Settings{}, []string{
			`roster.yaml:14:17: card.colors.red: red and accent name the same colour (keep accent)`,
		}},
		{"corner radius bounded by size", "card: {size: 60mm, corner_radius: 16mm}\n", Settings{}, []string{
			`roster.yaml:13:35: card.corner_radius: 16mm is outside 0mm..15mm`,
		}},
		{"fonts that cannot be read", "card:\n  fonts: [fonts/missing.ttf, fonts/a-folder.ttf]\n", Settings{}, []string{
			`roster.yaml:14:11: card.fonts[#1]: cannot read "fonts/missing.ttf": no such file or directory (paths are relative to the roster's folder)`,
			`roster.yaml:14:30: card.fonts[#2]: cannot read "fonts/a-folder.ttf": not a file (paths are relative to the roster's folder)`,
		}},
		{"empty title", "card: {title: ''}\n", Settings{}, []string{
			`roster.yaml:13:15: card.title: required but empty`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse("roster.yaml", []byte(valid+tt.card), rel, LoadOptions{})
			if tt.problems != nil {
				if got, want := errString(err), strings.Join(tt.problems, "\n"); got != want {
					t.Errorf("got:\n%s\nwant:\n%s", got, want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(r.Card, tt.want) {
				t.Errorf("got  %+v\nwant %+v", r.Card, tt.want)
			}
		})
	}
}
