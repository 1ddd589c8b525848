package card

import (
	"slices"
	"strings"
	"testing"
)

func TestQRProblems(t *testing.T) {
	tests := []struct {
		name, qr string
		want     []string
	}{
		{"unclosed action", `{content: "https://example.org/?h={{.Household.ID"}`, []string{
			`roster.yaml:13:15: qr.content: unclosed action (Go template syntax: https://pkg.go.dev/text/template)`,
		}},
		{"unknown function", `{content: "{{lower .Household.ID}}"}`, []string{
			`roster.yaml:13:15: qr.content: function "lower" not defined (Go template syntax: https://pkg.go.dev/text/template)`,
		}},
		{"unknown field", "\n  content: \"https://example.org/?h={{.Household.Adress}}\"", []string{
			`roster.yaml:14:12: qr.content: at <.Household.Adress>: no field "Adress" (the template can use .Community.Name, .Community.Region, .Household.ID, .Household.Address, .Household.Zone, .Household.Resident, .Contact.Name, .Contact.Phone)`,
		}},
		{"unknown top-level field", `{content: "{{.ID}}"}`, []string{
			`roster.yaml:13:15: qr.content: at <.ID>: no field "ID" (the template can use .Community.Name, .Community.Region, .Household.ID, .Household.Address, .Household.Zone, .Household.Resident, .Contact.Name, .Contact.Phone)`,
		}},
		{"no content", `{caption: 扫码反映诉求}`, []string{
			`roster.yaml:13:5: qr.content: required but missing`,
		}},
		{"bad level", `{content: x, level: S}`, []string{
			`roster.yaml:13:25: qr.level: unknown error correction level "S" (L, M, Q or H: a damaged code still reads with up to 7%, 15%, 25% or 30% of it lost)`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemsOf(t, t.TempDir(), valid+"qr: "+tt.qr+"\n")
			if !slices.Equal(got, tt.want) {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestQR(t *testing.T) {
	tests := []struct {
		qr, payload, level string
	}{
		{`{content: "https://example.org/r?h={{.Household.ID}}"}`, "https://example.org/r?h=E-001", "M"},
		{`{content: "https://example.org/r?a={{urlquery .Household.Address}}", level: h}`, "https://example.org/r?a=%E4%B8%9C%E8%A1%971%E5%8F%B7", "H"},
		// a web address takes its values percent-encoded, as urlquery
		// would have written them
		{`{content: "https://example.org/{{.Community.Name}}?a={{.Household.Address}}&z={{.Household.Zone}}"}`, "https://example.org/%E7%99%BD%E8%8D%89%E6%B4%BC%E6%9D%91?a=%E4%B8%9C%E8%A1%971%E5%8F%B7&z=%E4%B8%9C%E7%89%87", "M"},
		{`{content: "{{.Community.Name}}/{{.Household.Zone}}/{{.Contact.Name}}/{{.Contact.Phone}}/{{.Household.Resident}}"}`, "白草洼村/东片/王建国/138 0013 8001/", "M"},
	}
	for _, tt := range tests {
		r, err := Parse("roster.yaml", []byte(valid+"qr: "+tt.qr+"\n"), t.TempDir(), LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		c, err := For(r, r.Households[0])
		if err != nil {
			t.Fatal(err)
		}
		if c.QR != tt.payload || c.QRLevel != tt.level {
			t.Errorf("qr: %s\n got %q, level %s\nwant %q, level %s", tt.qr, c.QR, c.QRLevel, tt.payload, tt.level)
		}
	}
}

// A QR template cannot run without bound: loops, template calls and
// unbounded functions are refused before it runs, at the template's line,
// and one that writes more than a QR code holds is refused as it writes.
// Each of these hung validate or made gigabytes.
func TestQRTemplateBounds(t *testing.T) {
	tests := []struct {
		name, qr, want string
	}{
		{"a billion steps", `{content: "{{range 1000000000}}{{end}}"}`,
			`roster.yaml:13:15: qr.content: {{range}} is not allowed in a QR code's text: it could loop without end`},
		{"gigabytes", `{content: "{{range 2500}}{{printf \"%01000000d\" 0}}{{end}}"}`,
			`roster.yaml:13:15: qr.content: {{range}} is not allowed in a QR code's text: it could loop without end`},
		{"a megabyte at once", `{content: "{{printf \"%01000000d\" 0}}"}`,
			`roster.yaml:13:15: qr.content: at <printf "%01000000d" 0>: error calling printf: a printf width or precision above 100 is more than a QR code's text needs`},
		{"width from an argument", `{content: "{{printf \"%0*d\" 1000000 0}}"}`,
			`roster.yaml:13:15: qr.content: at <printf "%0*d" 1000000 0>: error calling printf: printf takes no width from its arguments (%*) in a QR code's text`},
		{"growing by nesting", `{content: "{{urlquery (urlquery (urlquery (urlquery (urlquery (urlquery (urlquery (printf \"%100d%100d%100d%100d\" 0 0 0 0)))))))}}"}`,
			`roster.yaml:13:15: qr.content: at <urlquery (urlquery (urlquery (urlquery (urlquery (printf "%100d%100d%100d%100d" 0 0 0 0)))))>: error calling urlquery: it makes more than 2953 bytes, more than a QR code holds`},
		{"template recursion", `{content: "{{define \"a\"}}{{template \"a\"}}{{end}}{{template \"a\"}}"}`,
			`roster.yaml:13:15: qr.content: {{define}} and {{block}} are not allowed in a QR code's text`},
		{"call", `{content: "{{call .Household.ID}}"}`,
			`roster.yaml:13:15: qr.content: the function call is not allowed in a QR code's text`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemsOf(t, t.TempDir(), valid+"qr: "+tt.qr+"\n")
			if len(got) != 1 || !strings.HasPrefix(got[0], tt.want) {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// Output past what a QR code holds stops the template as it writes.
func TestQRTemplateOutputBound(t *testing.T) {
	long := strings.Repeat("{{printf \"%100d\" 0}}", 40)
	got := problemsOf(t, t.TempDir(), valid+"qr: {content: '"+long+"'}\n")
	if len(got) != 1 || !strings.Contains(got[0], "more than 2953 bytes") {
		t.Errorf("got %q", got)
	}
}
