package card

import "testing"

func TestParsePhone(t *testing.T) {
	tests := []struct {
		in      string
		kind    PhoneKind
		digits  string
		display string
	}{
		{"13800138000", Mobile, "13800138000", "138 0013 8000"},
		{"138 0013 8000", Mobile, "13800138000", "138 0013 8000"},
		{"138-0013-8000", Mobile, "13800138000", "138 0013 8000"},
		{"+86 138 0013 8000", Mobile, "13800138000", "138 0013 8000"},
		{"008613800138000", Mobile, "13800138000", "138 0013 8000"},
		{"１３８００１３８０００", Mobile, "13800138000", "138 0013 8000"}, // full-width, as a Chinese IME types
		{"19912345678", Mobile, "19912345678", "199 1234 5678"},
		{"010-69381234", Landline, "01069381234", "010-6938 1234"},
		{"01069381234", Landline, "01069381234", "010-6938 1234"},
		{"010 6938 1234", Landline, "01069381234", "010-6938 1234"},
		{"+86 10 6938 1234", Landline, "01069381234", "010-6938 1234"},
		{"021-5555 1234", Landline, "02155551234", "021-5555 1234"},
		{"0571-8881234", Landline, "05718881234", "0571-888 1234"},
		{"0898-66661234", Landline, "089866661234", "0898-6666 1234"},
		{"12345", Service, "12345", "12345"},
		{"110", Service, "110", "110"},
		{" 95598 ", Service, "95598", "95598"},
	}
	for _, tt := range tests {
		p, err := ParsePhone(tt.in)
		if err != nil {
			t.Errorf("ParsePhone(%q): %v", tt.in, err)
			continue
		}
		if p.Kind != tt.kind || p.Digits != tt.digits || p.Raw != tt.in {
			t.Errorf("ParsePhone(%q) = %+v, want kind %d, digits %s", tt.in, p, tt.kind, tt.digits)
		}
		if got := p.Display(); got != tt.display {
			t.Errorf("ParsePhone(%q).Display() = %q, want %q", tt.in, got, tt.display)
		}
	}
}

func TestParsePhoneRefuses(t *testing.T) {
	const forms = " (mobile: 11 digits starting 1; landline: area code + number, e.g. 010-6938 1234; service: 3–5 digits)"
	tests := []struct{ in, err string }{
		{"1391000", `"1391000" is not a phone number` + forms},
		{"69381234", `"69381234" has no area code (add it in front, e.g. 010-6938 1234)`},
		{"6938123", `"6938123" has no area code (add it in front, e.g. 010-6938 1234)`},
		{"", `"" is not a phone number` + forms},
		{"12", `"12" is not a phone number` + forms},
		{"123456", `"123456" is not a phone number` + forms},
		{"12800138000", `"12800138000" is not a phone number` + forms}, // no mobile starts 12
		{"138001380001", `"138001380001" is not a phone number` + forms},
		{"010-693812", `"010-693812" is not a phone number` + forms},       // local part too short
		{"010-693812345", `"010-693812345" is not a phone number` + forms}, // too long
		{"0012345678", `"0012345678" is not a phone number` + forms},       // no area code starts 00
		{"+86 12345", `"+86 12345" is not a phone number` + forms},         // service numbers are not dialled from abroad
		{"138 0013 800O", `"138 0013 800O" is not a phone number` + forms},
		{"(010) 6938 1234", `"(010) 6938 1234" is not a phone number` + forms},
	}
	for _, tt := range tests {
		p, err := ParsePhone(tt.in)
		if err == nil {
			t.Errorf("ParsePhone(%q) = %+v, want an error", tt.in, p)
			continue
		}
		if err.Error() != tt.err {
			t.Errorf("ParsePhone(%q) error:\n got %s\nwant %s", tt.in, err, tt.err)
		}
	}
}
