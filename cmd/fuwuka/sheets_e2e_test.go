package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/layout/impose"
)

// The sheets end-to-end tests print the example roster onto A4, two cards
// a sheet, and read every slot's QR code back from the rendered pages, the
// way a print shop would check a job before cutting.

var layoutLineRE = regexp.MustCompile(`(?m)^(.+), (\d+) sheets?, (\d+) empty slots?$`)

// sheetsJob runs fuwuka sheets and returns its stdout and the sheets it
// says it printed.
func sheetsJob(t *testing.T, args ...string) (string, int) {
	t.Helper()
	stdout, stderr, code := fuwuka(t, []string{"SOURCE_DATE_EPOCH=1700000000"}, append([]string{"sheets", exampleRoster}, args...)...)
	if code != exitOK {
		t.Fatalf("sheets %v: exit %d: %s", args, code, stderr)
	}
	m := layoutLineRE.FindStringSubmatch(stdout)
	if m == nil {
		t.Fatalf("no layout line in %q", stdout)
	}
	n, _ := strconv.Atoi(m[2])
	return stdout, n
}

func pdfPages(t *testing.T, file string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(run(t, "pdfinfo", file))
	if m == nil {
		t.Fatalf("pdfinfo gives no page count for %s", file)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// slotCodes renders every page at 200 dpi, cuts each slot's art out of it
// and decodes the QR code there: codes[s][p] is what slot p of sheet s
// holds, "" for no code. zbarimg here gives no positions, so the slots are
// decoded one by one.
func slotCodes(t *testing.T, file string, g impose.Grid) [][]string {
	t.Helper()
	dir := t.TempDir()
	run(t, "pdftoppm", "-r", "200", "-png", file, filepath.Join(dir, "page"))
	pages, _ := filepath.Glob(filepath.Join(dir, "page-*.png"))
	const dpmm = 200 / 25.4
	var tiles []string
	for s, page := range pages {
		f, err := os.Open(page)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for p := range g.PerSheet() {
			b := g.Slot(p)
			r := image.Rect(int(b.X*dpmm), int(b.Y*dpmm), int((b.X+b.W)*dpmm), int((b.Y+b.H)*dpmm))
			tile := img.(interface {
				SubImage(image.Rectangle) image.Image
			}).SubImage(r)
			name := filepath.Join(dir, fmt.Sprintf("tile-%03d-%d.png", s, p))
			var buf bytes.Buffer
			if err := png.Encode(&buf, tile); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(name, buf.Bytes(), 0o644)
			tiles = append(tiles, name)
		}
	}
	// zbarimg exits non-zero when some tile (an empty slot) has no code,
	// and may warn on stderr (no D-Bus here): read stdout only.
	out, _ := exec.Command("zbarimg", append([]string{"--xml", "-Sdisable", "-Sqrcode.enable"}, tiles...)...).Output()
	var doc struct {
		Sources []struct {
			Href    string `xml:"href,attr"`
			Symbols []struct {
				Data string `xml:"data"`
			} `xml:"index>symbol"`
		} `xml:"source"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("zbarimg --xml: %v\n%s", err, out)
	}
	found := map[string]string{}
	for _, src := range doc.Sources {
		if len(src.Symbols) > 1 {
			t.Errorf("%s: %d codes in one slot", src.Href, len(src.Symbols))
		}
		for _, sym := range src.Symbols {
			found[filepath.Base(src.Href)] = sym.Data
		}
	}
	codes := make([][]string, len(pages))
	for s := range codes {
		codes[s] = make([]string, g.PerSheet())
		for p := range codes[s] {
			codes[s][p] = found[fmt.Sprintf("tile-%03d-%d.png", s, p)]
		}
	}
	return codes
}

type exampleCard struct {
	qr, zone string
}

// exampleCards are the example's cards in roster order, each household
// once per copy.
func exampleCards(t *testing.T, r *card.Roster) []exampleCard {
	var out []exampleCard
	for _, h := range r.Households {
		c, err := card.For(r, h)
		if err != nil {
			t.Fatal(err)
		}
		for range h.Copies {
			out = append(out, exampleCard{c.QR, h.Zone})
		}
	}
	return out
}

var (
	pileRE  = regexp.MustCompile(`(?m)^pile \d+ \(sheets? (\d+)(?:–(\d+))?\), cut on its own: stacks (.*)$`)
	stackRE = regexp.MustCompile(`(\d+)(?:–(\d+))? (\S+)`)
)

// zonePiles reads the piles fuwuka printed: each pile's first sheet and
// sheets (from 0), and its stacks' zones.
func zonePiles(t *testing.T, stdout string, sheets, perSheet int) (piles [][2]int, stacks [][]string) {
	t.Helper()
	ms := pileRE.FindAllStringSubmatch(stdout, -1)
	if ms == nil {
		m := regexp.MustCompile(`(?m)^stacks (.*)$`).FindStringSubmatch(stdout)
		if m == nil {
			t.Fatalf("zone order printed no stacks: %q", stdout)
		}
		ms = [][]string{{"", "1", strconv.Itoa(sheets), m[1]}}
	}
	for _, m := range ms {
		first, _ := strconv.Atoi(m[1])
		last := first
		if m[2] != "" {
			last, _ = strconv.Atoi(m[2])
		}
		piles = append(piles, [2]int{first - 1, last - first + 1})
		zones := make([]string, perSheet)
		for _, s := range stackRE.FindAllStringSubmatch(m[3], -1) {
			from, _ := strconv.Atoi(s[1])
			to := from
			if s[2] != "" {
				to, _ = strconv.Atoi(s[2])
			}
			for p := from; p <= to; p++ {
				if z := strings.TrimSuffix(s[3], ","); z != "empty" {
					zones[p-1] = z
				}
			}
		}
		stacks = append(stacks, zones)
	}
	return piles, stacks
}

// zoneExpectation is what zone order promises: within each pile, every
// stack holds the next cards of one zone, down the sheets; zones come in
// the roster's zone order, households without a zone last, each zone's
// cards in address order, and a pile has the fewest sheets its zones'
// stacks allow.
func zoneExpectation(t *testing.T, r *card.Roster, cards []exampleCard, stdout string, sheets, perSheet int) [][]string {
	t.Helper()
	// The example lists every zone's addresses in natural order already
	// (东街9号 before 东街10号, which byte order would swap), so the
	// address order within a zone is the roster's order.
	byZone := map[string][]string{}
	for _, c := range cards {
		z := c.zone
		if z == "" {
			z = card.NoZone
		}
		byZone[z] = append(byZone[z], c.qr)
	}
	order := append(r.Zones(), card.NoZone)
	want := make([][]string, sheets)
	for s := range want {
		want[s] = make([]string, perSheet)
	}
	total := map[string]int{}
	for z, qrs := range byZone {
		total[z] = len(qrs)
	}
	piles, stacks := zonePiles(t, stdout, sheets, perSheet)
	var seen []string // zones in stack order
	for i, pile := range piles {
		first, n := pile[0], pile[1]
		need := map[string]int{}
		for p, z := range stacks[i] {
			if z == "" {
				continue
			}
			if len(seen) == 0 || seen[len(seen)-1] != z {
				seen = append(seen, z)
			}
			need[z]++
			for s := range min(n, len(byZone[z])) {
				want[first+s][p] = byZone[z][s]
			}
			byZone[z] = byZone[z][min(n, len(byZone[z])):]
		}
		// each zone takes the stacks it needs, and one sheet fewer would
		// need more stacks than a sheet has positions
		fewer := 0
		for z, stacks := range need {
			if want := (total[z] + n - 1) / n; stacks != want {
				t.Errorf("pile %d: %s on %d stacks, want ceil(%d/%d) = %d", i+1, z, stacks, total[z], n, want)
			}
			if n > 1 {
				fewer += (total[z] + n - 2) / (n - 1)
			}
		}
		if n > 1 && fewer <= perSheet {
			t.Errorf("pile %d: %d sheets where %d would do", i+1, n, n-1)
		}
	}
	var zonesWithCards []string
	for _, z := range order {
		for _, c := range cards {
			if c.zone == z || z == card.NoZone && c.zone == "" {
				zonesWithCards = append(zonesWithCards, z)
				break
			}
		}
	}
	if strings.Join(seen, ",") != strings.Join(zonesWithCards, ",") {
		t.Errorf("zones in stack order %v, want %v", seen, zonesWithCards)
	}
	for z, left := range byZone {
		if len(left) > 0 {
			t.Errorf("%d cards of %s are on no stack", len(left), z)
		}
	}
	return want
}

func TestSheetsOrders(t *testing.T) {
	needTools(t, "pdfinfo", "pdftoppm", "zbarimg", "qpdf")
	r := loadExample(t)
	cards := exampleCards(t, r)
	a4, _ := impose.ParsePaper("A4")
	g, err := impose.FitGrid(impose.Press{Paper: a4, Margin: 10, Gap: 6, Marks: true}, r.Card.Size+2*r.Card.Bleed, r.Card.Size+2*r.Card.Bleed, r.Card.Bleed)
	if err != nil {
		t.Fatal(err)
	}
	n := g.PerSheet()
	for _, order := range []string{"sequential", "cut-stack", "zone"} {
		t.Run(order, func(t *testing.T) {
			t.Parallel()
			file := filepath.Join(t.TempDir(), "sheets.pdf")
			stdout, sheets := sheetsJob(t, "-o", file, "--paper", "A4", "--order", order)
			if !strings.HasPrefix(stdout, g.String()+",") {
				t.Errorf("layout line %q, want it to start %q", stdout, g.String())
			}
			if pages := pdfPages(t, file); pages != sheets {
				t.Fatalf("%d pages, stdout says %d sheets", pages, sheets)
			}
			if min := (len(cards) + n - 1) / n; sheets < min {
				t.Fatalf("%d sheets hold no %d cards", sheets, len(cards))
			}
			want := make([][]string, sheets)
			for s := range want {
				want[s] = make([]string, n)
			}
			switch order {
			case "sequential":
				for k, c := range cards {
					want[k/n][k%n] = c.qr
				}
			case "cut-stack":
				for s := range sheets {
					for p := range n {
						if k := p*sheets + s; k < len(cards) {
							want[s][p] = cards[k].qr
						}
					}
				}
			case "zone":
				want = zoneExpectation(t, r, cards, stdout, sheets, n)
			}
			got := slotCodes(t, file, g)
			times := map[string]int{}
			for s := range want {
				for p := range want[s] {
					if got[s][p] != want[s][p] {
						t.Errorf("sheet %d position %d holds %q, want %q", s+1, p+1, got[s][p], want[s][p])
					}
					times[got[s][p]]++
				}
			}
			for _, h := range r.Households {
				c, _ := card.For(r, h)
				if times[c.QR] != h.Copies {
					t.Errorf("%s is on the sheets %d times, want %d", h.ID, times[c.QR], h.Copies)
				}
			}
		})
	}
}

func TestSheetsPressChecks(t *testing.T) {
	needTools(t, "pdfinfo", "qpdf", "pdftotext")
	file := filepath.Join(t.TempDir(), "sheets.pdf")
	_, sheets := sheetsJob(t, "-o", file, "--paper", "A4")

	// MediaBox is the sheet; TrimBox and BleedBox the sheet inside its
	// 10 mm margins.
	b := boxes(t, file)
	w, h, m := 210*ptPerMM, 297*ptPerMM, 10*ptPerMM
	want := map[string][4]float64{"MediaBox": {0, 0, w, h}, "TrimBox": {m, m, w - m, h - m}, "BleedBox": {m, m, w - m, h - m}}
	for name, box := range want {
		for i := range 4 {
			if !closeTo(b[name][i], box[i]) {
				t.Errorf("%s %v, want %v", name, b[name], box)
				break
			}
		}
	}

	qdf := filepath.Join(t.TempDir(), "q.pdf")
	run(t, "qpdf", "--qdf", "--object-streams=disable", file, qdf)
	data, _ := os.ReadFile(qdf)
	s := string(data)
	if m := regexp.MustCompile(`(?m) (rg|RG)$`).FindString(s); m != "" {
		t.Errorf("an RGB operator %q", m)
	}
	if !regexp.MustCompile(`/Separation\s*/CutContour\s*/DeviceCMYK`).MatchString(s) || !regexp.MustCompile(`/Name\s*\(CutContour\)`).MatchString(s) {
		t.Error("no CutContour separation on its own layer")
	}
	// marks in process black, on every process plate and not on the
	// die line's: no separation All
	if regexp.MustCompile(`/Separation\s*/All`).MatchString(s) || !regexp.MustCompile(`(?m)^1 1 1 1 K$`).MatchString(s) {
		t.Error("the marks are not in process black (1 1 1 1 K), or a separation All is left")
	}
	// every copy of a household draws one form: 36 households, 36
	// household forms (plus the artwork they share)
	if forms := strings.Count(s, "/Subtype /Form"); forms < 36 || forms > 36+8 {
		t.Errorf("%d form XObjects for 36 households", forms)
	}
	run(t, "qpdf", "--check", qdf)

	txt := run(t, "pdftotext", "-f", "2", "-l", "2", file, "-")
	for _, want := range []string{"白草洼村", "sheets.pdf", fmt.Sprintf("sheet 2/%d", sheets), "cut-stack", "2 cards", "2023-11-14"} {
		if !strings.Contains(txt, want) {
			t.Errorf("slug of sheet 2 lacks %q:\n%s", want, txt)
		}
	}
}

func TestSheetsVolumesAndOptions(t *testing.T) {
	needTools(t, "pdfinfo", "pdftotext", "qpdf")
	dir := t.TempDir()
	stdout, sheets := sheetsJob(t, "-o", filepath.Join(dir, "job.pdf"), "--paper", "A4", "--order", "zone", "--max-sheets", "5")
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	var names []string
	pages := 0
	for _, f := range files {
		names = append(names, filepath.Base(f))
		pages += pdfPages(t, f)
	}
	if want := "job-001.pdf job-002.pdf job-003.pdf job-004.pdf"; strings.Join(names, " ") != want || pages != sheets {
		t.Fatalf("wrote %v with %d pages in all; want %s with %d (%s)", names, pages, want, sheets, stdout)
	}
	// the slug counts sheets across volumes
	txt := run(t, "pdftotext", "-f", "2", "-l", "2", filepath.Join(dir, "job-002.pdf"), "-")
	if want := fmt.Sprintf("sheet 7/%d", sheets); !strings.Contains(txt, want) || !strings.Contains(txt, "job-002.pdf") || !strings.Contains(txt, "zone 东片") {
		t.Errorf("slug of volume 2's second sheet lacks %q, its file or its zone:\n%s", want, txt)
	}

	// the same roster gives the same bytes, on one core or many
	again := t.TempDir()
	if _, stderr, code := fuwuka(t, []string{"SOURCE_DATE_EPOCH=1700000000", "GOMAXPROCS=1"}, "sheets", exampleRoster,
		"-o", filepath.Join(again, "job.pdf"), "--paper", "A4", "--order", "zone", "--max-sheets", "5"); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, name := range names {
		x, _ := os.ReadFile(filepath.Join(dir, name))
		y, _ := os.ReadFile(filepath.Join(again, name))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between runs", name)
		}
	}

	bare := filepath.Join(dir, "bare.pdf")
	sheetsJob(t, "-o", bare, "--paper", "A4", "--no-marks", "--no-cut-contour", "--copies", "1", "--household", "E-010")
	if txt := run(t, "pdftotext", bare, "-"); strings.Contains(txt, "sheet 1/1") {
		t.Errorf("--no-marks printed a slug:\n%s", txt)
	}
	qdf := filepath.Join(dir, "q")
	run(t, "qpdf", "--qdf", "--object-streams=disable", bare, qdf)
	if data, _ := os.ReadFile(qdf); bytes.Contains(data, []byte("CutContour")) || bytes.Contains(data, []byte("/All")) {
		t.Error("--no-marks --no-cut-contour left a die line or a mark")
	}
}
