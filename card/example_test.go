package card

import (
	"testing"
)

func TestExamplesLoad(t *testing.T) {
	tests := []struct {
		name       string
		load       func() (*Roster, error)
		households int
	}{
		{"Example", func() (*Roster, error) { return Parse("example.yaml", Example, ".", LoadOptions{}) }, 6},
		{"baicaowa", func() (*Roster, error) { return Load("../examples/baicaowa/roster.yaml", LoadOptions{}) }, 36},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := tt.load()
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Households) != tt.households {
				t.Errorf("%d households, want %d", len(r.Households), tt.households)
			}
			if len(r.Officials) != 6 || len(r.Warnings) != 0 {
				t.Errorf("%d officials, warnings %q; want 6 and none", len(r.Officials), r.Warnings)
			}
			// Every zone is looked after, and every household gets its card.
			if z := r.Zones(); len(z) != 3 {
				t.Errorf("zones %q, want 3", z)
			}
			for _, h := range r.Households {
				c, err := For(r, h)
				if err != nil {
					t.Fatal(err)
				}
				if (c.Contact == nil) != (h.Zone == "") {
					t.Errorf("%s: zone %q but contact %v", h.ID, h.Zone, c.Contact)
				}
				if want := "https://example.org/baicaowa/fw?h=" + h.ID; c.QR != want {
					t.Errorf("%s: QR %q, want %q", h.ID, c.QR, want)
				}
			}
		})
	}
}
