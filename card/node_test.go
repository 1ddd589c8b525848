package card

import (
	"slices"
	"strings"
	"testing"
)

func TestNodeProblems(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"unknown top-level key", valid + "househlods_file: h.csv\nslogan: 有事您就跟我说\n", []string{
			`roster.yaml:13:1: househlods_file: unknown key (did you mean "households_file"?)`,
			`roster.yaml:14:1: slogan: unknown key (known keys: version, community, card, officials, pledges, appeal, hotlines, qr, households, households_file, households_file_outside)`,
		}},
		{"anchors and aliases", valid + "pledges:\n  - &p 合理诉求24小时内办结\n  - *p\nappeal: *p\n<<: {}\n", []string{
			`roster.yaml:14:5: pledges[#1]: anchors and aliases are not supported in a roster (write the value out in full)`,
			`roster.yaml:15:5: pledges[#2]: anchors and aliases are not supported in a roster (write the value out in full)`,
			`roster.yaml:16:9: appeal: anchors and aliases are not supported in a roster (write the value out in full)`,
			`roster.yaml:17:1: anchors and aliases are not supported in a roster (write the value out in full)`,
		}},
		{"empty sections mean defaults", valid + "card:\npledges:\nhotlines: []\nqr:\n", nil},
		{"given twice", valid + "appeal: 共建美好家园\nappeal: 爱护家园\n", []string{
			`roster.yaml:14:1: appeal: given twice (first at line 13)`,
		}},
		{"wrong kinds", valid + "appeal: [共建, 美好家园]\npledges: {a: b}\ncard: 100mm\nhotlines:\n  - [12345]\n", []string{
			`roster.yaml:13:9: appeal: expected a single value, found a list`,
			`roster.yaml:14:10: pledges: expected a list, found a mapping`,
			`roster.yaml:15:7: card: expected a mapping, found a single value`,
			`roster.yaml:17:5: hotlines[#1]: expected a mapping, found a list`,
		}},
		{"control characters", valid + "appeal: |\n  共建\n  美好家园\npledges: [\"定期\\t走访\"]\n", []string{
			`roster.yaml:13:9: appeal: contains a control character (U+000A) (keep it on one line)`,
			`roster.yaml:16:11: pledges[#1]: contains a control character (U+0009)`,
		}},
		{"a block scalar's final line break is trimmed", valid + "appeal: |\n  共建美好家园\n", nil},
		{"missing fields", "version: 1\ncommunity:\nofficials:\n  -\nhouseholds:\n  - {id: E-001}\n", []string{
			`roster.yaml:2:11: community.name: required but missing`,
			`roster.yaml:4:4: officials[#1].name: required but missing`,
			`roster.yaml:4:4: officials[#1].phone: required but missing`,
			`roster.yaml:4:4: officials[#1].role: required but missing`,
			`roster.yaml:6:5: households[E-001].address: required but missing`,
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
