package card

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// Inputs is everything of the roster that one household's card shows, in
// the form it is printed: the card's content without source positions, and
// the design settings. Two rosters give a household the same card exactly
// when its Inputs are equal, so Inputs decides both what a rerun renders
// again and what `fuwuka diff` reports.
//
// Officials' zones are left out on purpose: they decide the contact, which
// is in Inputs, but are not printed, so moving a zone changes only the cards
// of that zone.
type Inputs struct {
	ID        string   `json:"id"`
	Address   string   `json:"address"`
	Zone      string   `json:"zone"`
	Title     string   `json:"title"`
	Community string   `json:"community"`
	Slogan    string   `json:"slogan"`
	Appeal    string   `json:"appeal"`
	Contact   *Person  `json:"contact"`
	Officials []Person `json:"officials"`
	Pledges   []string `json:"pledges"`
	Hotlines  []Person `json:"hotlines"`
	QR        string   `json:"qr"`
	QRCaption string   `json:"qr_caption"`
	QRLevel   string   `json:"qr_level"`
	Design    Design   `json:"design"`
}

// Person is a name, an optional role and a phone number as printed.
type Person struct {
	Name  string `json:"name"`
	Role  string `json:"role,omitempty"`
	Phone string `json:"phone"`
}

// Design is the card settings that change how every card looks.
type Design struct {
	Size         float64 `json:"size"`
	Bleed        float64 `json:"bleed"`
	CornerRadius float64 `json:"corner_radius"`
	Colors       Colors  `json:"colors"`
	// Name is the design's name; its version is the caller's to hash
	// with the fuwuka version.
	Name  string   `json:"name"`
	Fonts []string `json:"fonts"`
}

// InputsOf is what h's card depends on. Its error is For's: a QR template
// that cannot be filled in for h.
func InputsOf(r *Roster, h Household) (Inputs, error) {
	c, err := For(r, h)
	if err != nil {
		return Inputs{}, err
	}
	return c.Inputs(r.Card), nil
}

// Inputs is what the card c, drawn with settings s, depends on.
func (c Card) Inputs(s Settings) Inputs {
	h := c.Household
	in := Inputs{
		ID:        h.ID,
		Address:   h.Address,
		Zone:      h.Zone,
		Title:     c.Title,
		Community: c.Community,
		Slogan:    c.Slogan,
		Appeal:    c.Appeal,
		Pledges:   c.Pledges,
		QR:        c.QR,
		QRCaption: c.QRCaption,
		QRLevel:   c.QRLevel,
		Design: Design{
			Size:         s.Size,
			Bleed:        s.Bleed,
			CornerRadius: s.CornerRadius,
			Colors:       s.Colors,
			Name:         s.Design,
			// As written: the same roster in another folder is the same
			// card. The files' contents are the caller's to hash.
			Fonts: s.FontNames,
		},
	}
	if c.Contact != nil {
		p := person(c.Contact.Name, c.Contact.Role, c.Contact.Phone)
		in.Contact = &p
	}
	for _, o := range c.Officials {
		in.Officials = append(in.Officials, person(o.Name, o.Role, o.Phone))
	}
	for _, ht := range c.Hotlines {
		in.Hotlines = append(in.Hotlines, person(ht.Name, "", ht.Phone))
	}
	return in
}

// normal is in with empty lists for missing ones: a roster without
// pledges and one with an empty list print the same card.
func (in Inputs) normal() Inputs {
	orEmpty := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	in.Pledges, in.Design.Fonts = orEmpty(in.Pledges), orEmpty(in.Design.Fonts)
	if in.Officials == nil {
		in.Officials = []Person{}
	}
	if in.Hotlines == nil {
		in.Hotlines = []Person{}
	}
	return in
}

func person(name, role string, p Phone) Person {
	return Person{Name: name, Role: role, Phone: p.Display()}
}

// Hash is a hex sha256 of the inputs and of extra, which names what else
// the output depends on (the program's version, the page options). Equal
// hashes mean the same card.
func (in Inputs) Hash(extra ...string) string {
	h := sha256.New()
	// Marshalling a struct of strings, numbers and slices cannot fail, and
	// encoding/json writes fields in declaration order, so the bytes are
	// stable.
	data, _ := json.Marshal(struct {
		Inputs Inputs   `json:"inputs"`
		Extra  []string `json:"extra"`
	}{in.normal(), extra})
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}
