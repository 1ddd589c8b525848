package importer

import (
	"errors"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
)

func TestHouseholdsBadRows(t *testing.T) {
	const src = `

户号,地址,片区,户主,份数
E-001,东街1号,东片,张三,
,东街2号,东片,,
E-003,东街3号,,,2
e-001,东街4号,,,
E/005,东街5号,,,
COM1,东街6号,,,
E-007,,,,
E-008,东街8号,,,三
E-009,东街9号,,,0
,,,,
E-010,"东街
10号",,,
E-011,东街11号,西片,李四,100
`
	res, err := ReadCSV("户籍.csv", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Households {
		ids = append(ids, h.ID)
	}
	if got := strings.Join(ids, ","); got != "E-001,E-003,E-011" {
		t.Errorf("imported %s", got)
	}
	want := []string{
		`户籍.csv:5: id: empty`,
		`户籍.csv:7: id: id "e-001" is already used in row 4`,
		`户籍.csv:8: id: id "E/005" contains '/'`,
		`户籍.csv:9: id: id "COM1" is a device name on Windows`,
		`户籍.csv:10: address: empty`,
		`户籍.csv:11: copies: "三" is not a number of copies from 1 to 100`,
		`户籍.csv:12: copies: "0" is not`,
		`户籍.csv:14: address: "东街\n10号" has a line break`,
	}
	if len(res.Bad) != len(want) {
		t.Fatalf("bad rows:\n%s\nwant %d", res.Bad.Error(), len(want))
	}
	for i, p := range res.Bad {
		if !strings.HasPrefix(p.String(), want[i]) {
			t.Errorf("bad row %d: %q, want %q…", i, p.String(), want[i])
		}
	}
	if h := res.Households[1]; h.Copies != 2 || h.Pos.Line != 6 {
		t.Errorf("E-003: %+v", h)
	}
	if h := res.Households[2]; h.Zone != "西片" || h.Resident != "李四" || h.Copies != 100 {
		t.Errorf("E-011: %+v", h)
	}
}

func TestHouseholdsEmpty(t *testing.T) {
	for _, src := range []string{"", "\n,,\n \n"} {
		_, err := ReadCSV("x.csv", []byte(src), Options{})
		if _, ok := errors.AsType[card.Problems](err); !ok || !strings.Contains(err.Error(), "no rows") {
			t.Errorf("%q: %v", src, err)
		}
	}
}
