package importer

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
)

var twoHouseholds = []card.Household{
	{ID: "E-001", Address: "东街1号", Zone: "东片", Resident: "张三", Copies: 1},
	{ID: "E-002", Address: "东街2号", Copies: 2},
}

const newList = "  - {id: E-001, address: 东街1号, zone: 东片, resident: 张三}\n  - {id: E-002, address: 东街2号, copies: 2}\n"

// The clerk's roster outside the households section comes back byte for
// byte: comments, odd spacing, quoting, trailing spaces.
func TestIntoKeepsEverythingElse(t *testing.T) {
	const prefix = "# 居民服务卡名单 —— 白草洼村\r\nversion: 1   # 固定写 1\n\ncommunity:\n  name: '白草洼村'  \n" +
		"officials:\n  - name: 王建国   # 书记\n    phone: \"138 0013 8001\"\n    zones: [东片]\n\n" +
		"# 住户，每户一张卡\nhouseholds:   # 按门牌排\n"
	const old = "  - id: X-001\n    address: 旧地址\n    # 这户搬走了\n\n  - {id: X-002,\n     address: \"多行\n       地址\"}\n"
	const suffix = "\n# 住户多时可放在表格里：\n  # households_file: households.csv\n\nqr:\n  content: \"https://example.org/{{.Household.ID}}\"\n# 末尾注释"
	got, err := Into("roster.yaml", []byte(prefix+old+suffix), twoHouseholds)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(got, []byte(prefix)) {
		t.Errorf("the part before households changed:\n%s", got)
	}
	if !bytes.HasSuffix(got, []byte(suffix)) {
		t.Errorf("the part after households changed:\n%s", got)
	}
	if mid := string(got[len(prefix) : len(got)-len(suffix)]); mid != newList {
		t.Errorf("households section:\n%s\nwant:\n%s", mid, newList)
	}
}

func TestInto(t *testing.T) {
	tests := []struct {
		name, roster, want string
	}{
		{"no households: appended",
			"version: 1\n# end\n",
			"version: 1\n# end\n\nhouseholds:\n" + newList},
		{"no households, no final line break",
			"version: 1",
			"version: 1\n\nhouseholds:\n" + newList},
		{"empty roster",
			"",
			"households:\n" + newList},
		{"inline value, with its comment",
			"households: []   # 待填\nqr: {content: x}\n",
			"households: # 待填\n" + newList + "qr: {content: x}\n"},
		{"empty value",
			"households:\nqr: {content: x}\n",
			"households:\n" + newList + "qr: {content: x}\n"},
		{"sequence not indented, a comment between items",
			"households:\n- id: a\n# 西片\n- id: b\n# after\n",
			"households:\n" + newList + "# after\n"},
		{"last in the file without a final line break",
			"version: 1\nhouseholds:\n  - {id: a, address: b}",
			"version: 1\nhouseholds:\n" + strings.TrimSuffix(newList, "\n")},
		{"CRLF and a byte order mark",
			"\uFEFFversion: 1\r\nhouseholds:\r\n  - {id: a}\r\n# 注\r\n",
			"\uFEFFversion: 1\r\nhouseholds:\r\n" + strings.ReplaceAll(newList, "\n", "\r\n") + "# 注\r\n"},
		{"a second document is left alone",
			"households:\n  - {id: a}\n---\nother: 1\n",
			"households:\n" + newList + "---\nother: 1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Into("roster.yaml", []byte(tt.roster), twoHouseholds)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got:\n%q\nwant:\n%q", got, tt.want)
			}
		})
	}
}

func TestIntoRefuses(t *testing.T) {
	tests := []struct {
		name, roster, msg string
	}{
		{"GB18030", "version: 1\nhouseholds:\n  - {id: \xb6\xab}\n", "not UTF-8"},
		{"not YAML", "households: [\n", "not valid YAML"},
		{"not a mapping", "- a\n- b\n", "not a mapping"},
		{"twice", "households: []\nhouseholds: []\n", "roster.yaml:2:1: households appears twice"},
		{"flow", "{version: 1, households: [{id: a}],\n qr: {content: x}}\n", "one {…} mapping"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Into("roster.yaml", []byte(tt.roster), twoHouseholds)
			if _, ok := errors.AsType[card.Problems](err); !ok || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %v, want problems saying %q", err, tt.msg)
			}
		})
	}
}
