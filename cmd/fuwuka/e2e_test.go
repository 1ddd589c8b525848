package main

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/fuwuka/fuwuka/card"
)

// The end-to-end tests check the PDFs the way a print shop would, with
// poppler-utils, zbar-tools, qpdf, Ghostscript and pdfcpu, and pictures
// with Chromium. Without those tools they skip, unless
// FUWUKA_E2E=1 (CI), where a missing tool fails.

const exampleRoster = "../../examples/baicaowa/roster.yaml"

func needTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("FUWUKA_E2E") == "1" {
				t.Fatalf("FUWUKA_E2E=1 but %s is missing (apt-get install poppler-utils zbar-tools qpdf ghostscript chromium; go install github.com/pdfcpu/pdfcpu/cmd/pdfcpu@v0.15.0)", tool)
			}
			t.Skipf("%s not installed; skipping the print-shop checks (set FUWUKA_E2E=1 to require them)", tool)
		}
	}
}

var binary, workDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "fuwuka-e2e")
	if err != nil {
		panic(err)
	}
	workDir = dir
	// Messages are asserted in English whatever this machine's locale;
	// tests of Chinese say --lang zh.
	getenv = func(string) string { return "" }
	binary = filepath.Join(dir, "fuwuka")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building fuwuka: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	if os.Getenv("KEEP") == "" {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// fuwuka runs the built binary and returns stdout, stderr and the exit status.
func fuwuka(t *testing.T, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(append(os.Environ(), "LC_ALL=C"), env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// renderExample writes the example roster's cards once per test binary.
var exampleDir string

func renderExample(t *testing.T) string {
	t.Helper()
	if exampleDir != "" {
		return exampleDir
	}
	dir := filepath.Join(workDir, "example")
	if _, stderr, code := fuwuka(t, []string{"SOURCE_DATE_EPOCH=1700000000"}, "cards", exampleRoster, "-o", dir); code != 0 {
		t.Fatalf("cards exited %d: %s", code, stderr)
	}
	exampleDir = dir
	return dir
}

func loadExample(t *testing.T) *card.Roster {
	t.Helper()
	r, err := card.Load(exampleRoster, loadOptions)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

var boxRE = regexp.MustCompile(`(?m)^(\w+Box):\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)`)

func boxes(t *testing.T, file string) map[string][4]float64 {
	t.Helper()
	out := run(t, "pdfinfo", "-box", file)
	m := map[string][4]float64{}
	for _, g := range boxRE.FindAllStringSubmatch(out, -1) {
		var b [4]float64
		for i := range b {
			b[i], _ = strconv.ParseFloat(g[i+2], 64)
		}
		m[g[1]] = b
	}
	return m
}

const ptPerMM = 72 / 25.4

func closeTo(a, b float64) bool { return math.Abs(a-b) < 0.02 }

func TestCardBoxes(t *testing.T) {
	needTools(t, "pdfinfo")
	r := loadExample(t)
	dir := renderExample(t)
	size, bleed := r.Card.Size*ptPerMM, r.Card.Bleed*ptPerMM
	for _, h := range r.Households {
		b := boxes(t, filepath.Join(dir, h.ID+".pdf"))
		wantTrim := [4]float64{bleed, bleed, bleed + size, bleed + size}
		wantBleed := [4]float64{0, 0, size + 2*bleed, size + 2*bleed}
		for i := range 4 {
			if !closeTo(b["TrimBox"][i], wantTrim[i]) || !closeTo(b["BleedBox"][i], wantBleed[i]) || !closeTo(b["MediaBox"][i], wantBleed[i]) {
				t.Fatalf("%s: boxes %v, want trim %v, bleed = media %v", h.ID, b, wantTrim, wantBleed)
			}
		}
	}
}

func TestCardWithMarks(t *testing.T) {
	needTools(t, "pdfinfo", "pdftotext")
	r := loadExample(t)
	dir := t.TempDir()
	id := r.Households[0].ID
	if _, stderr, code := fuwuka(t, nil, "cards", exampleRoster, "-o", dir, "--household", id, "--marks"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	entries, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(entries) != 1 {
		t.Fatalf("--household %s wrote %d PDFs, want 1", id, len(entries))
	}
	file := filepath.Join(dir, id+".pdf")
	b := boxes(t, file)
	trim, bl, media := b["TrimBox"], b["BleedBox"], b["MediaBox"]
	if !closeTo(trim[2]-trim[0], r.Card.Size*ptPerMM) {
		t.Errorf("trim width %.3f pt, want %.3f", trim[2]-trim[0], r.Card.Size*ptPerMM)
	}
	if !closeTo(trim[0]-bl[0], r.Card.Bleed*ptPerMM) {
		t.Errorf("bleed %.3f pt, want %.3f", trim[0]-bl[0], r.Card.Bleed*ptPerMM)
	}
	if bl[0]-media[0] < 10*ptPerMM {
		t.Errorf("no slug for marks: bleed box %v inside media box %v", bl, media)
	}
	if txt := run(t, "pdftotext", file, "-"); !strings.Contains(txt, id) {
		t.Errorf("slug line does not name household %s:\n%s", id, txt)
	}
}

func TestFontsEmbedded(t *testing.T) {
	needTools(t, "pdffonts")
	dir := renderExample(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	for _, f := range files[:3] {
		out := run(t, "pdffonts", f)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) < 3 {
			t.Fatalf("%s: no fonts listed:\n%s", f, out)
		}
		for _, l := range lines[2:] {
			fields := strings.Fields(l)
			// name type... encoding emb sub uni object ID
			if n := len(fields); n < 6 || fields[n-5] != "yes" {
				t.Errorf("%s: font not embedded: %s", f, l)
			}
		}
	}
}

func TestQRCodesDecode(t *testing.T) {
	needTools(t, "pdftoppm", "zbarimg")
	r := loadExample(t)
	dir := renderExample(t)
	png := t.TempDir()
	for _, h := range r.Households {
		c, err := card.For(r, h)
		if err != nil {
			t.Fatal(err)
		}
		prefix := filepath.Join(png, h.ID)
		run(t, "pdftoppm", "-r", "200", "-png", "-singlefile", filepath.Join(dir, h.ID+".pdf"), prefix)
		// zbarimg may warn on stderr (no D-Bus here); the code is on stdout
		out, err := exec.Command("zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", prefix+".png").Output()
		if err != nil {
			t.Fatalf("%s: zbarimg found no QR code: %v", h.ID, err)
		}
		got := strings.TrimSpace(string(out))
		if got != c.QR {
			t.Errorf("%s: QR decodes to %q, want %q", h.ID, got, c.QR)
		}
	}
}

func TestCMYKAndCutContour(t *testing.T) {
	needTools(t, "qpdf")
	r := loadExample(t)
	dir := renderExample(t)
	qdf := filepath.Join(t.TempDir(), "q.pdf")
	run(t, "qpdf", "--qdf", "--object-streams=disable", filepath.Join(dir, r.Households[0].ID+".pdf"), qdf)
	data, err := os.ReadFile(qdf)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	if m := regexp.MustCompile(`(?m) (rg|RG)$`).FindString(s); m != "" {
		t.Errorf("page content has an RGB operator %q", m)
	}
	if !regexp.MustCompile(`(?m) k$`).MatchString(s) {
		t.Error("no DeviceCMYK fill operator in the page content")
	}
	if !regexp.MustCompile(`/Separation\s*/CutContour\s*/DeviceCMYK`).MatchString(s) {
		t.Error("no Separation colour space named CutContour")
	}
	if !regexp.MustCompile(`/Name\s*\(CutContour\)`).MatchString(s) ||
		!regexp.MustCompile(`/Type\s*/OCG`).MatchString(s) {
		t.Error("no optional-content layer named CutContour")
	}
	if !regexp.MustCompile(`/OC /OC\d+ BDC`).MatchString(s) {
		t.Error("the die line is not marked as belonging to the layer")
	}
	// Black text is 100 % K only.
	if !strings.Contains(s, "0 0 0 1 k") {
		t.Error("no 100 % K fill for black text")
	}
	run(t, "qpdf", "--check", qdf)
}

func TestTextHasEveryOfficial(t *testing.T) {
	needTools(t, "pdftotext")
	r := loadExample(t)
	dir := renderExample(t)
	for _, h := range r.Households[:4] {
		txt := run(t, "pdftotext", filepath.Join(dir, h.ID+".pdf"), "-")
		for _, o := range r.Officials {
			if !strings.Contains(txt, o.Name) || !strings.Contains(txt, o.Phone.Display()) {
				t.Errorf("%s: card text lacks official %s %s:\n%s", h.ID, o.Name, o.Phone.Display(), txt)
			}
		}
		if !strings.Contains(txt, h.Address) {
			t.Errorf("%s: card text lacks the address %s", h.ID, h.Address)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a := renderExample(t)
	b := t.TempDir()
	// One worker instead of one per core: same bytes.
	if _, stderr, code := fuwuka(t, []string{"SOURCE_DATE_EPOCH=1700000000", "GOMAXPROCS=1"}, "cards", exampleRoster, "-o", b); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(a, "*.pdf"))
	if len(files) == 0 {
		t.Fatal("no cards written")
	}
	for _, f := range files {
		x, _ := os.ReadFile(f)
		y, err := os.ReadFile(filepath.Join(b, filepath.Base(f)))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between runs (%s, %s)", filepath.Base(f), f, filepath.Join(b, filepath.Base(f)))
		}
	}
	leftovers, _ := filepath.Glob(filepath.Join(b, ".fuwuka-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

func TestExitStatuses(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("version: 1\ncommunity: {name: 村}\nofficials:\n  - {name: 张三, role: 书记, phone: \"1391000\"}\nhouseholds:\n  - {id: A1, address: 东街1号, zone: 北片}\n"), 0o644)
	out := filepath.Join(dir, "out")
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"invalid roster", []string{"cards", bad, "-o", out}, exitInvalid, "bad.yaml:4:"},
		{"missing output", []string{"cards", exampleRoster}, exitUsage, "-o DIR"},
		{"unknown flag", []string{"cards", exampleRoster, "-o", out, "--bogus"}, exitUsage, "bogus"},
		{"missing roster", []string{"validate", filepath.Join(dir, "nope.yaml")}, exitRuntime, "nope.yaml"},
		{"valid", []string{"validate", exampleRoster}, exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := fuwuka(t, nil, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, stderr, tt.code, tt.msg)
			}
		})
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("an invalid roster wrote output: %v", err)
	}
}

// hanaMinB is a Debian font (fonts-hanazono) with CJK Extension B, which
// Noto Sans SC lacks: it stands in for a clerk's font for rare characters.
const hanaMinB = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"

func TestRareCharacterFromExtraFont(t *testing.T) {
	needTools(t, "pdffonts", "pdftotext")
	if _, err := os.Stat(hanaMinB); err != nil {
		if os.Getenv("FUWUKA_E2E") == "1" {
			t.Fatalf("FUWUKA_E2E=1 but %s is missing (apt-get install fonts-hanazono)", hanaMinB)
		}
		t.Skipf("%s not installed; skipping", hanaMinB)
	}
	dir := t.TempDir()
	roster := func(fonts string) string {
		path := filepath.Join(dir, "roster.yaml")
		os.WriteFile(path, []byte("version: 1\ncommunity: {name: 白草洼村}\ncard: {fonts: ["+fonts+"]}\n"+
			"officials:\n  - {name: 王𪚥国, role: 书记, phone: \"138 0013 8001\", zones: [东片]}\n"+
			"households:\n  - {id: E-1, address: 东街𪚥号, zone: 东片}\n"), 0o644)
		return path
	}
	out := filepath.Join(dir, "out")
	_, stderr, code := fuwuka(t, nil, "cards", roster(""), "-o", out)
	if code != exitInvalid || !strings.Contains(stderr, "U+2A6A5") || !strings.Contains(stderr, "officials[王𪚥国].name") || !strings.Contains(stderr, "card.fonts") {
		t.Fatalf("without an extra font: exit %d, %q; want 3 naming the field, U+2A6A5 and card.fonts", code, stderr)
	}
	if _, stderr, code := fuwuka(t, nil, "cards", roster(hanaMinB), "-o", out); code != exitOK {
		t.Fatalf("with %s: exit %d: %s", hanaMinB, code, stderr)
	}
	file := filepath.Join(out, "E-1.pdf")
	if fonts := run(t, "pdffonts", file); !regexp.MustCompile(`\+HanaMinB\s+CID TrueType\s+Identity-H\s+yes`).MatchString(fonts) {
		t.Errorf("HanaMinB not embedded:\n%s", fonts)
	}
	txt := run(t, "pdftotext", file, "-")
	for _, want := range []string{"王𪚥国", "东街𪚥号"} {
		if !strings.Contains(txt, want) {
			t.Errorf("text lacks %s (the character must map back to U+2A6A5):\n%s", want, txt)
		}
	}
}

// The date printed comes from the roster's modification time, but an edit
// that changes no card must not draw them all again.
func TestRerunAfterTouchingRoster(t *testing.T) {
	dir := t.TempDir()
	roster := filepath.Join(dir, "roster.yaml")
	data, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(roster, data, 0o644)
	out := filepath.Join(dir, "out")
	env := []string{"SOURCE_DATE_EPOCH="}
	if _, stderr, code := fuwuka(t, env, "cards", roster, "-o", out); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	later := time.Now().Add(72 * time.Hour)
	os.Chtimes(roster, later, later)
	stdout, stderr, code := fuwuka(t, env, "cards", roster, "-o", out)
	if code != exitOK || !strings.Contains(stdout, ": 0 rendered, 36 unchanged, 0 removed") {
		t.Errorf("after touching the roster: exit %d, %q, %q", code, stdout, stderr)
	}
}
