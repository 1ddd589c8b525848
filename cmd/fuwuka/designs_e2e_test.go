package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/layout/design"
)

// Every design passes the print checks on the example roster and on a
// crowded one: page boxes, CMYK only, the CutContour separation, embedded
// fonts, a QR code that reads at 200 dpi, every glyph at least 3 mm inside
// the trim and phone numbers at or above their floors, as mutool and
// poppler read the PDFs.

// crowdedRoster is the example with twelve officials on a 140 mm card.
func crowdedRoster(t *testing.T, base string) string {
	t.Helper()
	i := strings.Index(base, "officials:\n") + len("officials:\n")
	var more strings.Builder
	for k := range 6 {
		fmt.Fprintf(&more, "  - name: 新干部%c\n    role: 网格员\n    phone: \"139 0013 90%02d\"\n    zones: [东片]\n", '甲'+rune(k), k)
	}
	s := base[:i] + more.String() + base[i:]
	return strings.Replace(s, "size: 100mm", "size: 140mm", 1)
}

var spanRE = regexp.MustCompile(`<span font="[^"]*" wmode="0" bidi="\d+" trm="([-\d.]+) `)
var glyphRE = regexp.MustCompile(`<g unicode="([^"]*)" glyph="\d+" x="([-\d.]+)" y="([-\d.]+)" adv="([-\d.]+)"/>`)

// glyphRun is a run of text as mutool traces it: its size and, in PDF
// points with y up, each glyph's origin and advance.
type glyphRun struct {
	size  float64
	text  string
	boxes [][4]float64 // x0, y0, x1, y1 of each glyph's em box
}

func traceText(t *testing.T, pdf string) []glyphRun {
	t.Helper()
	out, err := exec.Command("mutool", "trace", pdf).Output()
	if err != nil {
		t.Fatalf("mutool trace %s: %v", pdf, err)
	}
	var runs []glyphRun
	for _, line := range strings.Split(string(out), "\n") {
		if m := spanRE.FindStringSubmatch(line); m != nil {
			size, _ := strconv.ParseFloat(m[1], 64)
			runs = append(runs, glyphRun{size: size})
			continue
		}
		if m := glyphRE.FindStringSubmatch(line); m != nil && len(runs) > 0 {
			r := &runs[len(runs)-1]
			x, _ := strconv.ParseFloat(m[2], 64)
			y, _ := strconv.ParseFloat(m[3], 64)
			adv, _ := strconv.ParseFloat(m[4], 64)
			r.text += m[1]
			// the ideographic em box: 0.88 em up, 0.12 em down
			r.boxes = append(r.boxes, [4]float64{x, y - 0.12*r.size, x + adv*r.size, y + 0.88*r.size})
		}
	}
	return runs
}

func TestDesignsPrintChecks(t *testing.T) {
	needTools(t, "pdfinfo", "pdffonts", "pdftoppm", "zbarimg", "qpdf", "mutool")
	base, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	village, err := os.ReadFile("../../examples/shuangshu/roster.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range design.Names() {
		for _, roster := range []struct{ name, text string }{
			{"example", string(base)},
			{"crowded", crowdedRoster(t, string(base))},
			{"example-80", strings.Replace(string(base), "size: 100mm", "size: 80mm", 1)},
			{"village", string(village)},
		} {
			t.Run(name+"/"+roster.name, func(t *testing.T) {
				dir := t.TempDir()
				file := filepath.Join(dir, "roster.yaml")
				text := strings.Replace(roster.text, "design: warm", "design: "+name, 1)
				if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
				r, err := card.Load(file, loadOptions)
				if err != nil {
					t.Fatal(err)
				}
				out := filepath.Join(dir, "out")
				_, stderr, code := fuwuka(t, nil, "cards", file, "-o", out)
				if code == exitInvalid && r.Card.Size < 100 {
					// refused where it does not fit: with the smallest
					// size that does, which must be so
					m := regexp.MustCompile(`set card.size to (\d+)mm or more`).FindStringSubmatch(stderr)
					if m == nil {
						t.Fatalf("refused without a size: %s", stderr)
					}
					for _, size := range []string{m[1], fmt.Sprint(atoi(t, m[1]) - 1)} {
						other := filepath.Join(dir, "at"+size+".yaml")
						if err := os.WriteFile(other, []byte(strings.Replace(text, "size: 80mm", "size: "+size+"mm", 1)), 0o644); err != nil {
							t.Fatal(err)
						}
						_, _, code := fuwuka(t, nil, "validate", other)
						if fits := code == 0; fits != (size == m[1]) {
							t.Errorf("refused with %smm suggested; at %smm validate exits %d", m[1], size, code)
						}
					}
					return
				}
				if code != 0 {
					t.Fatalf("cards exited %d: %s", code, stderr)
				}
				size, bleed := r.Card.Size*ptPerMM, r.Card.Bleed*ptPerMM
				safe := [4]float64{bleed + 3*ptPerMM, bleed + 3*ptPerMM, bleed + size - 3*ptPerMM, bleed + size - 3*ptPerMM}
				for _, h := range []card.Household{r.Households[0], r.Households[len(r.Households)/2], r.Households[len(r.Households)-1]} {
					pdf := filepath.Join(out, h.ID+".pdf")
					b := boxes(t, pdf)
					if !closeTo(b["TrimBox"][0], bleed) || !closeTo(b["TrimBox"][2]-b["TrimBox"][0], size) {
						t.Errorf("%s: TrimBox %v", h.ID, b["TrimBox"])
					}
					qdf := filepath.Join(dir, h.ID+".qdf")
					run(t, "qpdf", "--qdf", "--object-streams=disable", pdf, qdf)
					data, _ := os.ReadFile(qdf)
					if regexp.MustCompile(`(?m) (rg|RG)$`).Match(data) || !regexp.MustCompile(`/Separation\s*/CutContour\s*/DeviceCMYK`).Match(data) {
						t.Errorf("%s: RGB colour or no CutContour separation", h.ID)
					}
					for _, l := range strings.Split(strings.TrimSpace(run(t, "pdffonts", pdf)), "\n")[2:] {
						if f := strings.Fields(l); len(f) < 6 || f[len(f)-5] != "yes" {
							t.Errorf("%s: font not embedded: %s", h.ID, l)
						}
					}
					c, err := card.For(r, h)
					if err != nil {
						t.Fatal(err)
					}
					prefix := filepath.Join(dir, h.ID)
					run(t, "pdftoppm", "-r", "200", "-png", "-singlefile", pdf, prefix)
					if got := decodeQR(t, prefix+".png"); got != c.QR {
						t.Errorf("%s: QR decodes to %q, want %q", h.ID, got, c.QR)
					}
					officials := map[string]bool{}
					for _, o := range r.Officials {
						officials[o.Phone.Display()] = true
					}
					var phones []float64
					for _, run := range traceText(t, pdf) {
						for i, g := range run.boxes {
							if g[0] < safe[0]-0.01 || g[1] < safe[1]-0.01 || g[2] > safe[2]+0.01 || g[3] > safe[3]+0.01 {
								t.Errorf("%s: %q (glyph %d) at %v pt is less than 3 mm inside the trim", h.ID, run.text, i, g)
								break
							}
						}
						if r.Card.Size >= 100 && run.size < 6.5-1e-6 {
							t.Errorf("%s: %q at %.2f pt, under 6.5 pt on a %g mm card", h.ID, run.text, run.size, r.Card.Size)
						}
						if officials[run.text] {
							phones = append(phones, run.size)
						}
					}
					largest := 0.0
					for _, s := range phones {
						largest = max(largest, s)
						if s < 10-1e-9 {
							t.Errorf("%s: a phone number at %.1f pt, under 10 pt", h.ID, s)
						}
					}
					if len(phones) < len(r.Officials) || c.Contact != nil && largest < 14-1e-9 {
						t.Errorf("%s: phones at %v pt; want %d or more, the contact's at least 14 pt", h.ID, phones, len(r.Officials))
					}
				}
			})
		}
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
