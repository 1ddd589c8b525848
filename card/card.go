package card

// Card is what one household's card says: every text, already formatted
// for print, and the QR payload. Layout decides where each goes.
type Card struct {
	Household Household
	Title     string
	Community string // region and name, e.g. "北京市房山区窦店镇 白草洼村"
	Slogan    string
	// Contact is the household's zone contact (包片联系人): the first official,
	// in roster order, whose zones include the household's zone. Nil when the
	// household has no zone.
	Contact   *Official
	Officials []Official
	Pledges   []string
	Appeal    string
	Hotlines  []Hotline
	QR        string // payload; empty: no QR code
	QRCaption string
	QRLevel   string
	// QRTemplate is qr.content as the roster wrote it, for a message
	// about the codes it makes.
	QRTemplate string
	// Lists is where the roster wrote its lists, for a problem about
	// what they hold together.
	Lists Lists
}
