package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/layout/impose"
	"github.com/fuwuka/fuwuka/msg"
)

func TestSheetsFlags(t *testing.T) {
	tests := []struct {
		args  []string
		check func(o *SheetsOptions) bool
	}{
		{[]string{"r.yaml", "-o", "s.pdf"}, func(o *SheetsOptions) bool {
			p := o.Press
			return o.Roster == "r.yaml" && o.File == "s.pdf" && p.Paper.Name == "A3" && p.Orientation == impose.AutoOrientation &&
				p.Margin == 10 && p.Gap == 6 && p.Marks && o.Order == impose.OrderCutStack && o.Copies == 0 && o.MaxSheets == 0 && o.CutOn && o.Cut == (impose.Cut{Name: "CutContour"})
		}},
		{[]string{"r.yaml", "-o", "s.pdf", "--paper", "12x18in", "--orientation", "landscape", "--margin", "1cm", "--gap", "0mm",
			"--order", "zone", "--copies", "2", "--household", "E-001", "--household", "W-101", "--max-sheets", "50", "--no-cut-contour", "--no-marks"},
			func(o *SheetsOptions) bool {
				p := o.Press
				return math.Abs(p.Paper.W-304.8) < 1e-9 && math.Abs(p.Paper.H-457.2) < 1e-9 && p.Orientation == impose.Landscape && p.Margin == 10 && p.Gap == 0 &&
					!p.Marks && o.Order == impose.OrderZone && o.Copies == 2 && strings.Join(o.Households, ",") == "E-001,W-101" &&
					o.MaxSheets == 50 && !o.CutOn
			}},
		{[]string{"r.yaml", "-o", "s.pdf", "--cut", "through", "--cut-name", "Thru-cut"}, func(o *SheetsOptions) bool {
			return o.CutOn && o.Cut == (impose.Cut{Kind: impose.ThroughCut, Name: "Thru-cut"})
		}},
		{[]string{"r.yaml", "-o", "s.pdf", "--print-only"}, func(o *SheetsOptions) bool { return !o.CutOn }},
	}
	for _, tt := range tests {
		var got *SheetsOptions
		cmd := NewCmdSheets(&IO{}, func(o *SheetsOptions) error { got = o; return nil })
		cmd.SetArgs(tt.args)
		if err := cmd.Execute(); err != nil {
			t.Errorf("%v: %v", tt.args, err)
			continue
		}
		if !tt.check(got) {
			t.Errorf("%v: options %+v", tt.args, *got)
		}
	}
}

func TestSheetsUsageErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "s.pdf")
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"sheets", exampleRoster}, "-o FILE.pdf"},
		{[]string{"sheets", exampleRoster, "-o", out, "--paper", "A5"}, "--paper"},
		{[]string{"sheets", exampleRoster, "-o", out, "--paper", "300x400"}, "no unit"},
		{[]string{"sheets", exampleRoster, "-o", out, "--orientation", "up"}, "--orientation"},
		{[]string{"sheets", exampleRoster, "-o", out, "--margin", "10"}, "--margin"},
		{[]string{"sheets", exampleRoster, "-o", out, "--gap", "-1mm"}, "negative"},
		{[]string{"sheets", exampleRoster, "-o", out, "--order", "random"}, "--order"},
		{[]string{"sheets", exampleRoster, "-o", out, "--copies", "0"}, "--copies"},
		{[]string{"sheets", exampleRoster, "-o", out, "--max-sheets", "0"}, "--max-sheets"},
		// nothing is laid out: the card is known not to fit from the roster
		{[]string{"sheets", exampleRoster, "-o", out, "--paper", "100x200mm"}, "largest card 100x200mm takes is 62.0 mm"},
	} {
		var stdout, errOut bytes.Buffer
		code := Main(tt.args, strings.NewReader(""), &stdout, &errOut)
		if code != exitUsage || !strings.Contains(errOut.String(), tt.msg) {
			t.Errorf("%v: exit %d, stderr %q; want %d mentioning %q", tt.args, code, errOut.String(), exitUsage, tt.msg)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a usage error wrote %s", out)
	}
}

func TestStackZones(t *testing.T) {
	if got := stackZones([]string{"东片", "东片", "西片", "南片", "", ""}, msg.EN); got != "1–2 东片, 3 西片, 4 南片, 5–6 empty" {
		t.Errorf("got %q", got)
	}
}
