package importer

import (
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"gopkg.in/yaml.v3"
)

func TestDocument(t *testing.T) {
	hs := []card.Household{
		{ID: "E-001", Address: "东街1号", Zone: "东片", Resident: "张三", Copies: 1},
		{ID: "001", Address: "东街2号", Copies: 3},
	}
	want := "households:\n" +
		"  - {id: E-001, address: 东街1号, zone: 东片, resident: 张三}\n" +
		"  - {id: \"001\", address: 东街2号, copies: 3}\n"
	if got := string(Document(hs)); got != want {
		t.Errorf("Document:\n%s\nwant:\n%s", got, want)
	}
}

// Every value must read back as the same string, whatever YAML would
// otherwise make of it.
func TestScalarRoundTrip(t *testing.T) {
	for _, s := range []string{
		"东街1号", "001", "1e3", "true", "no", "null", "~", "-", "- a", "a, b", "a: b", "a #b", "#1",
		"[x]", "{x}", "'q'", `"q"`, "a'b", "@home", "`x", "!tag", "&a", "*a", "%x", "|", ">", "?",
		"西一巷5号（出租户）", "a\\b", "0x1F", ".inf", "2026-11-26",
	} {
		var got struct{ V string }
		src := "{v: " + scalar(s) + "}"
		if err := yaml.Unmarshal([]byte(src), &got); err != nil || got.V != s {
			t.Errorf("%q written as %s reads back as %q (%v)", s, src, got.V, err)
		}
	}
	if scalar("东街1号") != "东街1号" {
		t.Error("plain text got quoted")
	}
}

// What -o writes is a roster's households section.
func TestDocumentLoadsAsRoster(t *testing.T) {
	res, err := ReadCSV("x.csv", []byte("户号,地址,片区,户主,份数\nE-001,东街1号,东片,张三,\n001,\"东街2号, 后院\",东片,,3\nS-001,true,,\"O'Brien: 1\",\n"), Options{})
	if err != nil || len(res.Bad) > 0 {
		t.Fatal(err, res.Bad)
	}
	const header = "version: 1\ncommunity: {name: 白草洼村}\nofficials:\n  - {name: 王建国, role: 书记, phone: \"13800138001\", zones: [东片]}\n"
	r, err := card.Parse("roster.yaml", append([]byte(header), Document(res.Households)...), t.TempDir(), card.LoadOptions{Households: Households})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Households) != len(res.Households) {
		t.Fatalf("%d households loaded, %d imported", len(r.Households), len(res.Households))
	}
	for i, h := range r.Households {
		w := res.Households[i]
		if h.ID != w.ID || h.Address != w.Address || h.Zone != w.Zone || h.Resident != w.Resident || h.Copies != w.Copies {
			t.Errorf("loaded %+v, imported %+v", h, w)
		}
	}
}
