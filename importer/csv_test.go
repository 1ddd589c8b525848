package importer

import (
	"errors"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
	"golang.org/x/text/encoding/simplifiedchinese"
	"gopkg.in/yaml.v3"
)

func TestReadCSVEncodings(t *testing.T) {
	const text = "户号,地址,片区,户主\n东-001,东街1号,东片,张三\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data string
		warn bool
	}{
		{"UTF-8", text, false},
		{"BOM and CRLF", "\uFEFF" + strings.ReplaceAll(text, "\n", "\r\n"), false},
		{"GBK, as Excel on Chinese Windows saves it", gbk, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := readCSV("户籍.csv", []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if (!tab.warning.IsZero()) != tt.warn || tt.warn && !strings.HasPrefix(tab.warning.String(), "户籍.csv: read as GB18030") {
				t.Errorf("warning %q", tab.warning)
			}
			if len(tab.rows) != 2 {
				t.Fatalf("%d rows, want 2", len(tab.rows))
			}
			if got := strings.Join(tab.rows[0].cells, "|"); got != "户号|地址|片区|户主" {
				t.Errorf("header %q", got)
			}
			if got := strings.Join(tab.rows[1].cells, "|"); got != "东-001|东街1号|东片|张三" || tab.rows[1].n != 2 {
				t.Errorf("row %d %q", tab.rows[1].n, got)
			}
		})
	}
}

func TestReadCSVRowNumbers(t *testing.T) {
	// A quoted line break puts the next record two lines further on; a
	// row of bare commas is blank and left out.
	tab, err := readCSV("x.csv", []byte("id,address\n\"a\",\"line\nbreak\"\n,\nb,c\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, r := range tab.rows {
		got = append(got, r.n)
	}
	if want := []int{1, 2, 5}; !equalInts(got, want) {
		t.Errorf("rows at lines %v, want %v", got, want)
	}
}

func TestReadCSVRefuses(t *testing.T) {
	tests := []struct {
		name, data, msg string
	}{
		{"UTF-16", "\xff\xfeid\x00", "UTF-16"},
		{"binary", "id,address\n\x80\x80\xff\xff\n", "neither UTF-8 nor GBK"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readCSV("x.csv", []byte(tt.data))
			if _, ok := errors.AsType[card.Problems](err); !ok || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %v, want problems saying %q", err, tt.msg)
			}
		})
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("户号,地址,片区,户主,份数\nE-001,东街1号,东片,张三,2\n"), "")
	f.Add([]byte("\uFEFFid,address\r\n,\r\nCON,x\r\n\"a\"\"b\",\"c\nd\"\r\n"), "id=id")
	f.Add([]byte("\xbb\xa7\xba\xc5,\xb5\xd8\xd6\xb7\n1,2\n"), "address=地址")
	f.Fuzz(func(t *testing.T, data []byte, mapping string) {
		m := map[string]string{}
		if f, h, ok := strings.Cut(mapping, "="); ok {
			m[f] = h
		}
		res, err := ReadCSV("fuzz.csv", data, Options{Map: m})
		if err != nil {
			return
		}
		for _, h := range res.Households {
			if h.ID == "" || h.Address == "" || !isZero(card.CheckID(h.ID)) || h.Copies < 1 {
				t.Errorf("imported a bad household %+v", h)
			}
		}
		var back struct {
			Households []struct{ ID, Address, Zone, Resident string }
		}
		if err := yaml.Unmarshal(Document(res.Households), &back); err != nil || len(back.Households) != len(res.Households) {
			t.Fatalf("the YAML written does not read back: %v", err)
		}
		for i, b := range back.Households {
			h := res.Households[i]
			if b.ID != h.ID || b.Address != h.Address || b.Zone != h.Zone || b.Resident != h.Resident {
				t.Errorf("%+v reads back as %+v", h, b)
			}
		}
	})
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestColumnsNotRead(t *testing.T) {
	res, err := ReadCSV("x.csv", []byte("户号,地址,片区,民族,籍贯,片 区\nE-1,东街1号,东片,汉,,东片\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].String(), "x.csv: columns not read: 民族, 籍贯, 片 区 (") {
		t.Errorf("warnings %v", res.Warnings)
	}
	res, err = ReadCSV("x.csv", []byte("户号,地址\nE-1,东街1号\n"), Options{})
	if err != nil || len(res.Warnings) != 0 {
		t.Errorf("every column read: %v, warnings %v", err, res.Warnings)
	}
}

func isZero(m, _ msg.Text) bool { return m.IsZero() }
