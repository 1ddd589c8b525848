package card

import (
	"errors"
	"strings"
	"testing"
)

func TestCompare(t *testing.T) {
	wang := Person{Name: "王建国", Role: "书记", Phone: "138 0013 8001"}
	li := Person{Name: "李秀兰", Role: "副主任", Phone: "138 0013 8002"}
	zhao := Person{Name: "赵志强", Role: "专员", Phone: "138 0013 8003"}
	base := func() Inputs {
		return Inputs{
			ID: "E-001", Address: "东街1号", Zone: "东片", Title: "居民服务卡",
			Contact:   &Person{Name: "王建国", Role: "书记", Phone: "138 0013 8001"},
			Officials: []Person{wang, li, zhao},
			Pledges:   []string{"24小时办结", "入户走访"},
			Hotlines:  []Person{{Name: "市民服务热线", Phone: "12345"}},
			QR:        "https://example.org/?h=E-001", QRLevel: "M",
			Design: Design{Size: 100, Bleed: 3, Colors: DefaultColors, Name: "warm"},
		}
	}
	tests := []struct {
		name string
		edit func(*Inputs)
		want []string // Change.String(), in order
		keys []string // Change.Field, in order
	}{
		{"nothing", func(*Inputs) {}, nil, nil},
		{"an official's phone is a phone change, not a new official",
			func(in *Inputs) { in.Officials[1].Phone = "139 1000 2099" },
			[]string{"official 李秀兰 phone 138 0013 8002 → 139 1000 2099"},
			[]string{"official.phone"}},
		{"the contact's phone shows twice on the card",
			func(in *Inputs) { in.Contact.Phone = "139 1000 2099"; in.Officials[0].Phone = "139 1000 2099" },
			[]string{"contact phone 138 0013 8001 → 139 1000 2099", "official 王建国 phone 138 0013 8001 → 139 1000 2099"},
			[]string{"contact.phone", "official.phone"}},
		{"another contact",
			func(in *Inputs) { in.Contact = &Person{Name: "刘德明", Phone: "138 0013 8004"} },
			[]string{"contact 王建国 → 刘德明"}, []string{"contact"}},
		{"no contact any more",
			func(in *Inputs) { in.Contact = nil },
			[]string{"contact 王建国 → (none)"}, []string{"contact"}},
		{"added and removed officials",
			func(in *Inputs) { in.Officials = []Person{wang, zhao, {Name: "张三", Phone: "139 1000 2001"}} },
			[]string{"official added: 张三 139 1000 2001", "official removed: 李秀兰 (副主任) 138 0013 8002"},
			[]string{"official.added", "official.removed"}},
		{"a name corrected in place",
			func(in *Inputs) { in.Officials[1].Name = "李秀蘭" },
			[]string{"official 李秀兰 → 李秀蘭"}, []string{"official.name"}},
		{"a role",
			func(in *Inputs) { in.Officials[2].Role = "治保主任" },
			[]string{"official 赵志强 role 专员 → 治保主任"}, []string{"official.role"}},
		{"officials reordered",
			func(in *Inputs) { in.Officials = []Person{li, wang, zhao} },
			[]string{"officials order 王建国、李秀兰、赵志强 → 李秀兰、王建国、赵志强"}, []string{"officials.order"}},
		{"pledges", func(in *Inputs) { in.Pledges = in.Pledges[:1] }, []string{"pledges"}, []string{"pledges"}},
		{"a hotline", func(in *Inputs) { in.Hotlines[0].Phone = "12315" },
			[]string{"hotline 市民服务热线 phone 12345 → 12315"}, []string{"hotline.phone"}},
		{"address and qr",
			func(in *Inputs) { in.Address = "东街3号"; in.QR = "https://example.org/?h=E-003" },
			[]string{"address 东街1号 → 东街3号", "qr https://example.org/?h=E-001 → https://example.org/?h=E-003"},
			[]string{"address", "qr"}},
		{"design",
			func(in *Inputs) {
				in.Design.Size = 110
				in.Design.Colors.Accent[3] = 0
				in.Design.Fonts = []string{"/f.ttf"}
			},
			[]string{"size 100mm → 110mm", "accent colour C0 M100 Y100 K10 → C0 M100 Y100 K0", "fonts"},
			[]string{"design.size", "design.accent", "design.fonts"}},
		{"a slogan from nothing", func(in *Inputs) { in.Slogan = "有事您就跟我说" },
			[]string{"slogan (none) → 有事您就跟我说"}, []string{"slogan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := base()
			tt.edit(&b)
			cs := Compare(base(), b)
			var got, keys []string
			for _, c := range cs {
				got = append(got, c.String())
				keys = append(keys, c.Field)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if strings.Join(keys, " ") != strings.Join(tt.keys, " ") {
				t.Errorf("keys %v, want %v", keys, tt.keys)
			}
			if (len(cs) == 0) != (base().Hash() == b.Hash()) {
				t.Errorf("%d changes but hashes equal: %v", len(cs), base().Hash() == b.Hash())
			}
		})
	}
}

func TestCompareOfficialsOfOneName(t *testing.T) {
	a := Inputs{Officials: []Person{{Name: "王伟", Phone: "138 0013 8001"}, {Name: "王伟", Phone: "138 0013 8002"}}}
	b := Inputs{Officials: []Person{{Name: "王伟", Phone: "138 0013 8001"}, {Name: "王伟", Phone: "138 0013 8009"}}}
	got := joinChanges(Compare(a, b))
	if want := "official 王伟 phone 138 0013 8002 → 138 0013 8009"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// No list and an empty list print the same card.
func TestCompareEmptyLists(t *testing.T) {
	a := Inputs{ID: "E-001"}
	b := Inputs{ID: "E-001", Pledges: []string{}, Officials: []Person{}, Hotlines: []Person{}, Design: Design{Fonts: []string{}}}
	if cs := Compare(a, b); len(cs) != 0 || a.Hash() != b.Hash() {
		t.Errorf("got %v", cs)
	}
}

func exampleRoster(t *testing.T, edit func(string) string) *Roster {
	t.Helper()
	r, err := Parse("roster.yaml", []byte(edit(string(Example))), t.TempDir(), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestDiff(t *testing.T) {
	base := exampleRoster(t, func(s string) string { return s })
	n := len(base.Households)

	t.Run("comments and blank lines change nothing", func(t *testing.T) {
		d, err := Diff(base, exampleRoster(t, func(s string) string {
			return "# 新注释\n\n" + strings.Replace(s, "households:\n", "households:\n  # 东片\n\n", 1)
		}))
		if err != nil || !d.Empty() || d.Unchanged != n {
			t.Errorf("%+v, %v", d, err)
		}
	})

	t.Run("an official's phone changes every card, and the contact of that official's zone", func(t *testing.T) {
		d, err := Diff(base, exampleRoster(t, func(s string) string { return strings.Replace(s, "138 0013 8002", "139 1000 2099", 1) }))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Changed) != n || d.Unchanged != 0 {
			t.Fatalf("%d changed, %d unchanged, want all %d", len(d.Changed), d.Unchanged, n)
		}
		for _, hc := range d.Changed {
			want := "official 李秀兰 phone 138 0013 8002 → 139 1000 2099"
			if strings.HasPrefix(hc.ID, "W-") {
				// 李秀兰 looks after 西片.
				want = "contact phone 138 0013 8002 → 139 1000 2099; " + want
			}
			if got := joinChanges(hc.Changes); got != want {
				t.Errorf("%s: %s, want %s", hc.ID, got, want)
			}
		}
	})

	t.Run("moving a zone changes only that zone's contact", func(t *testing.T) {
		d, err := Diff(base, exampleRoster(t, func(s string) string {
			s = strings.Replace(s, "phone: \"138 0013 8003\"\n    zones: [南片]", "phone: \"138 0013 8003\"\n    zones: []", 1)
			return strings.Replace(s, "phone: \"138 0013 8004\"\n    zones: [东片]", "phone: \"138 0013 8004\"\n    zones: [东片, 南片]", 1)
		}))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Changed) == 0 || d.Unchanged+len(d.Changed) != n {
			t.Fatalf("%+v", d)
		}
		for _, hc := range d.Changed {
			if !strings.HasPrefix(hc.ID, "S-") || len(hc.Changes) != 1 || hc.Changes[0] != (Change{Field: "contact", Old: "赵志强", New: "刘德明"}) {
				t.Errorf("%s: %v", hc.ID, hc.Changes)
			}
		}
	})

	t.Run("households added and removed", func(t *testing.T) {
		d, err := Diff(base, exampleRoster(t, func(s string) string {
			s = strings.Replace(s, "  - id: E-002\n    address: 东街2号\n    zone: 东片\n", "", 1)
			return strings.Replace(s, "  - id: X-001\n", "  - id: N-001\n    address: 北坡1号\n  - id: X-001\n", 1)
		}))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Changed) != 0 || d.Unchanged != n-1 ||
			len(d.Added) != 1 || d.Added[0] != (HouseholdRef{"N-001", "北坡1号"}) ||
			len(d.Removed) != 1 || d.Removed[0] != (HouseholdRef{"E-002", "东街2号"}) {
			t.Errorf("%+v", d)
		}
	})

	t.Run("changes in the new roster's order", func(t *testing.T) {
		d, err := Diff(base, exampleRoster(t, func(s string) string {
			s = strings.Replace(s, "address: 东街1号", "address: 东街9号", 1)
			return strings.Replace(s, "address: 村委会大院", "address: 村委会", 1)
		}))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Changed) != 2 || d.Changed[0].ID != "E-001" || d.Changed[1].ID != "X-001" ||
			d.Changed[0].Address != "东街9号" || joinChanges(d.Changed[1].Changes) != "address 村委会大院 → 村委会" {
			t.Errorf("%+v", d.Changed)
		}
	})

	t.Run("a QR template that cannot be filled in is a problem of that household", func(t *testing.T) {
		// Only households with no zone fail, so loading (which tries the
		// first household) lets it through.
		bad := exampleRoster(t, func(s string) string {
			return strings.Replace(s, "fw?h={{.Household.ID}}", "fw?h={{if not .Household.Zone}}{{.Household.Nope}}{{end}}", 1)
		})
		_, err := Diff(base, bad)
		var ps Problems
		if !errors.As(err, &ps) || len(ps) != 1 || !strings.Contains(ps[0].String(), "Nope") || ps[0].Pos.Line == 0 {
			t.Errorf("got %v", err)
		}
	})
}

func joinChanges(cs []Change) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	return strings.Join(s, "; ")
}
