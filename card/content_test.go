package card

import (
	"slices"
	"strings"
	"testing"
)

// zoned has officials sharing zones, so that "first in roster order" matters.
const zoned = `version: 1
community: {name: 白草洼村, region: 北京市房山区窦店镇}
officials:
  - {name: 王建国, role: 书记, phone: "13800138001", zones: [东片]}
  - {name: 李秀兰, role: 副主任, phone: "010-69381234", zones: [西片, 东片]}
  - {name: 赵志强, role: 专员, phone: "13800138003", zones: [南片, 西片]}
qr:
  content: "{{slice .Household.ID 0 3}}|{{.Contact.Name}}|{{.Contact.Phone}}|{{.Community.Region}}"
households:
  - {id: E-001, address: 东街1号, zone: 东片}
  - {id: W-001, address: 西一巷1号, zone: 西片}
  - {id: S-001, address: 南排1号, zone: 南片}
  - {id: N-001, address: 北坡1号}
  - {id: N2, address: 北坡2号}
`

func TestFor(t *testing.T) {
	r, err := Parse("roster.yaml", []byte(zoned), t.TempDir(), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id, contact, qr string
	}{
		{"E-001", "王建国", "E-0|王建国|138 0013 8001|北京市房山区窦店镇"},
		{"W-001", "李秀兰", "W-0|李秀兰|010-6938 1234|北京市房山区窦店镇"},
		{"S-001", "赵志强", "S-0|赵志强|138 0013 8003|北京市房山区窦店镇"},
		{"N-001", "", "N-0|||北京市房山区窦店镇"},
	}
	for i, tt := range tests {
		c, err := For(r, r.Households[i])
		if err != nil {
			t.Fatal(err)
		}
		contact := ""
		if c.Contact != nil {
			contact = c.Contact.Name
		}
		if c.Household.ID != tt.id || contact != tt.contact || c.QR != tt.qr {
			t.Errorf("card for %s: contact %q, QR %q; want %q, %q", c.Household.ID, contact, c.QR, tt.contact, tt.qr)
		}
		if c.Community != "北京市房山区窦店镇 白草洼村" || c.Title != "居民服务卡" || len(c.Officials) != 3 || c.QRLevel != "M" {
			t.Errorf("card for %s: %+v", tt.id, c)
		}
	}
	// The template ran for the first household at load; it fails only for
	// an id shorter than its slice.
	_, err = For(r, r.Households[4])
	want := `roster.yaml:14:5: qr.content: at <slice .Household.ID 0 3>: error calling slice: index out of range: 3 (the template can use .Community.Name, .Community.Region, .Household.ID, .Household.Address, .Household.Zone, .Household.Resident, .Contact.Name, .Contact.Phone)`
	if got := errString(err); got != want {
		t.Errorf("For(N2):\n got %s\nwant %s", got, want)
	}
}

func TestForWithoutQR(t *testing.T) {
	r, err := Parse("roster.yaml", []byte(valid), t.TempDir(), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := For(r, r.Households[0])
	if err != nil {
		t.Fatal(err)
	}
	if c.QR != "" || c.QRLevel != "" || c.Community != "白草洼村" {
		t.Errorf("QR %q, level %q, community %q; want no QR and the bare name", c.QR, c.QRLevel, c.Community)
	}
}

func TestSelect(t *testing.T) {
	r, err := Parse("roster.yaml", []byte(zoned), t.TempDir(), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		ids  []string
		want []string
		err  string
	}{
		{nil, []string{"E-001", "W-001", "S-001", "N-001", "N2"}, ""},
		{[]string{"N2", "E-001", "N2"}, []string{"E-001", "N2"}, ""},
		{[]string{"E-01", "X", "E-01"}, nil, `--household: no household "E-01" (did you mean "E-001"?)` + "\n" + `--household: no household "X"`},
	}
	for _, tt := range tests {
		hs, err := r.Select(tt.ids)
		var got []string
		for _, h := range hs {
			got = append(got, h.ID)
		}
		if !slices.Equal(got, tt.want) || errString(err) != tt.err {
			t.Errorf("Select(%q) = %q, %v; want %q, %s", tt.ids, got, err, tt.want, tt.err)
		}
	}
}

func TestZones(t *testing.T) {
	r, err := Parse("roster.yaml", []byte(zoned), t.TempDir(), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(r.Zones(), ","); got != "东片,西片,南片" {
		t.Errorf("Zones() = %s", got)
	}
}
