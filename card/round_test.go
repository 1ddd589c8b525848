package card

import (
	"slices"
	"testing"
	"time"
)

func TestRounds(t *testing.T) {
	hh := func(id, addr, zone string) Household {
		return Household{ID: id, Address: addr, Zone: zone, Copies: 1}
	}
	r := &Roster{
		Community: Community{Name: "白草洼村", Region: "北京市房山区窦店镇"},
		Officials: []Official{
			{Name: "甲", Zones: []string{"西片"}},
			{Name: "乙", Zones: []string{"东片", "空片"}},
			{Name: "丙", Zones: []string{"西片"}},
		},
		Households: []Household{
			hh("E10", "二街10号", "东片"),
			hh("N1", "北坡1号", ""),
			hh("E9", "二街9号", "东片"),
			hh("W2", "2排10号", "西片"),
			hh("W1", "2排9号", "西片"),
			hh("E9b", "二街9号", "东片"), // same address: roster order
		},
	}
	tests := []struct {
		zone     string
		ids      []string
		contacts []string
	}{
		{"西片", []string{"W1", "W2"}, []string{"甲", "丙"}},
		{"东片", []string{"E9", "E9b", "E10"}, []string{"乙"}},
		{NoZone, []string{"N1"}, nil},
	}
	rounds := Rounds(r, time.Unix(0, 0))
	if len(rounds) != len(tests) {
		t.Fatalf("%d rounds, want %d (zones without households left out)", len(rounds), len(tests))
	}
	for i, tt := range tests {
		rd := rounds[i]
		var ids, contacts []string
		for _, h := range rd.Households {
			ids = append(ids, h.ID)
		}
		for _, o := range rd.Contacts {
			contacts = append(contacts, o.Name)
		}
		if rd.Zone != tt.zone || !slices.Equal(ids, tt.ids) || !slices.Equal(contacts, tt.contacts) {
			t.Errorf("round %d: %s %v %v, want %s %v %v", i, rd.Zone, ids, contacts, tt.zone, tt.ids, tt.contacts)
		}
		if rd.Community != "北京市房山区窦店镇白草洼村" {
			t.Errorf("community %q", rd.Community)
		}
	}
}
