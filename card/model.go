package card

import (
	"text/template"

	"github.com/fuwuka/fuwuka/msg"
)

// Pos is a place in an input file, 1-based. Line 0 means "the file as a whole".
type Pos struct {
	File string
	Line int
	Col  int
	// Cell is the cell a workbook roster's value was read from, as
	// "sheet!C4"; it is what the clerk is shown instead of line and
	// column, which then only order problems.
	Cell string
}

// Roster is a validated roster: every field already checked, sizes in
// millimetres, phone numbers parsed.
type Roster struct {
	Path       string // as given by the user; "-" for standard input
	SHA256     string // hex sha256 of the roster's bytes
	Dir        string // directory relative paths resolve from
	Version    int
	Community  Community
	Card       Settings
	Officials  []Official
	Pledges    []string
	Appeal     string
	Hotlines   []Hotline
	QR         *QR // nil: no QR code on the card
	Households []Household
	// Lists is where the officials, pledges and hotlines were written,
	// for a problem about a whole list: a card too full for them.
	Lists Lists
	// HouseholdsFile is the households_file read, as a path; "" for none.
	HouseholdsFile string
	Warnings       []msg.Text // things the clerk should know that do not stop the run (for example: read as GB18030)
}

// Lists are the places of the roster's lists: the first entry of each,
// which in a workbook roster is a cell of the list's sheet. A list not
// written is at the zero Pos.
type Lists struct {
	Officials, Pledges, Hotlines Pos
}

// Community is the village or residential community the cards are for.
type Community struct {
	Name   string
	Region string
}

// Settings are the card's design parameters; lengths in millimetres.
type Settings struct {
	Title        string
	Slogan       string
	Size         float64 // side of the square trim
	Bleed        float64
	CornerRadius float64 // of the die-cut outline
	Colors       Colors
	// Design names the card design, DefaultDesign unless the roster
	// names another; DesignPos is where it does, for the message when no
	// design has that name.
	Design    string
	DesignPos Pos
	Fonts     []string // extra TrueType files, absolute paths, tried in order
	FontNames []string // the same, as written in the roster
	FontsPos  []Pos    // where each entry of Fonts was written
}

// Colors are the card's process colours by the part they play; every
// design uses them in its own way.
type Colors struct {
	Ground CMYK // the card's background (the yellow of the red-and-yellow cards)
	Accent CMYK // bands, labels and marks that stand out (the red)
	Ink    CMYK // text on the ground
}

// DefaultDesign is the design of a roster that names none.
const DefaultDesign = "warm"

// DefaultColors are the red-and-yellow of the cards the project started from.
var DefaultColors = Colors{Ground: CMYK{0, 10, 100, 0}, Accent: CMYK{0, 100, 100, 10}, Ink: CMYK{0, 0, 0, 100}}

// CMYK is a process colour in percent, each 0..100.
type CMYK [4]float64

// Official is a committee member printed on every card.
type Official struct {
	Name  string
	Role  string
	Phone Phone
	Zones []string
	Pos   Pos // of the list item
}

// Field names one of the official's fields in a message, by name.
func (o Official) Field(name string) Ref { return Ref{List: "officials", Name: o.Name, Key: name} }

// Hotline is an extra number printed on every card (for example 12345).
type Hotline struct {
	Name  string
	Phone Phone
	Pos   Pos
}

// Field names one of the hotline's fields in a message, by name.
func (h Hotline) Field(name string) Ref { return Ref{List: "hotlines", Name: h.Name, Key: name} }

// QR describes the per-household QR code.
type QR struct {
	Content  string             // template source
	Template *template.Template // parsed Content
	Caption  string
	Level    string // L, M, Q or H
	Pos      Pos    // of qr.content
}

// Household is one door that gets a card.
type Household struct {
	ID       string
	Address  string
	Zone     string
	Resident string
	// Phone and Note (备注) are for the round list and the deliverer: they
	// are not printed on the card.
	Phone  string
	Note   string
	Copies int
	Pos    Pos // of the list item, or the households_file row
}

// Field names one of the household's fields in a message, by its id.
func (h Household) Field(name string) Ref { return Ref{List: "households", Name: h.ID, Key: name} }

// The range of card sizes, in millimetres.
const (
	MinSize = 50.0
	MaxSize = 210.0
)
