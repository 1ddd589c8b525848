package main

import (
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/design"
	"github.com/fuwuka/fuwuka/layout/frame"
	"golang.org/x/image/tiff"
)

// PDF/X-4 as a print shop's preflight reads it: a strict validator, qpdf's
// structure check, the output intent and metadata read back with qpdf's
// parser, overprint seen on Ghostscript's separations, and a white ring
// round every QR code.

// pressFiles writes a card, a press sheet file and a round list of the
// example roster, once per test binary.
var pressDir string

func pressFiles(t *testing.T) []string {
	t.Helper()
	if pressDir == "" {
		dir := filepath.Join(workDir, "press")
		env := []string{"SOURCE_DATE_EPOCH=1700000000"}
		for _, args := range [][]string{
			{"sheets", exampleRoster, "-o", filepath.Join(dir, "sheets.pdf"), "--paper", "A3"},
			{"rounds", exampleRoster, "-o", filepath.Join(dir, "rounds")},
		} {
			if _, stderr, code := fuwuka(t, env, args...); code != 0 {
				t.Fatalf("%v exited %d: %s", args, code, stderr)
			}
		}
		pressDir = dir
	}
	rounds, _ := filepath.Glob(filepath.Join(pressDir, "rounds", "*.pdf"))
	if len(rounds) == 0 {
		t.Fatal("no round lists")
	}
	return []string{filepath.Join(renderExample(t), "E-001.pdf"), filepath.Join(pressDir, "sheets.pdf"), rounds[0]}
}

func TestPDFXValidates(t *testing.T) {
	needTools(t, "pdfcpu", "qpdf")
	for _, f := range pressFiles(t) {
		if out, err := exec.Command("pdfcpu", "validate", "-m", "strict", f).CombinedOutput(); err != nil {
			t.Errorf("pdfcpu validate -m strict %s: %v\n%s", filepath.Base(f), err, out)
		}
		if out, err := exec.Command("qpdf", "--check", f).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check %s: %v\n%s", filepath.Base(f), err, out)
		}
	}
}

// qpdfObjects reads a PDF's objects with qpdf's JSON, stream data inline.
type qpdfObject struct {
	Value  any `json:"value"`
	Stream *struct {
		Dict map[string]any `json:"dict"`
		Data string         `json:"data"`
	} `json:"stream"`
}

func qpdfObjects(t *testing.T, file string) map[string]qpdfObject {
	t.Helper()
	out, err := exec.Command("qpdf", "--json=2", "--json-stream-data=inline", "--decode-level=generalized", file).Output()
	if err != nil {
		t.Fatalf("qpdf --json %s: %v", file, err)
	}
	var doc struct {
		QPDF []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal(out, &doc); err != nil || len(doc.QPDF) < 2 {
		t.Fatalf("qpdf JSON: %v", err)
	}
	objs := map[string]qpdfObject{}
	if err := json.Unmarshal(doc.QPDF[1], &objs); err != nil {
		t.Fatal(err)
	}
	return objs
}

// resolve follows an indirect reference ("5 0 R") to the object.
func resolve(objs map[string]qpdfObject, v any) qpdfObject {
	if ref, ok := v.(string); ok && strings.HasSuffix(ref, " R") {
		return objs["obj:"+ref]
	}
	return qpdfObject{Value: v}
}

func dict(v any) map[string]any { m, _ := v.(map[string]any); return m }

// text is a PDF string as qpdf's JSON gives it: u: for Unicode.
func pdfText(v any) string { s, _ := v.(string); return strings.TrimPrefix(s, "u:") }

func TestPDFXIdentity(t *testing.T) {
	needTools(t, "qpdf")
	for _, f := range pressFiles(t) {
		name := filepath.Base(f)
		head, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(head), "%PDF-1.6") {
			t.Errorf("%s: header %q, want %%PDF-1.6", name, head[:8])
		}
		objs := qpdfObjects(t, f)
		trailer := dict(objs["trailer"].Value)
		root := dict(resolve(objs, trailer["/Root"]).Value)
		info := dict(resolve(objs, trailer["/Info"]).Value)
		if ids, _ := trailer["/ID"].([]any); len(ids) != 2 {
			t.Errorf("%s: trailer /ID %v", name, trailer["/ID"])
		}

		intents, _ := root["/OutputIntents"].([]any)
		if len(intents) != 1 {
			t.Fatalf("%s: %d output intents, want 1", name, len(intents))
		}
		oi := dict(resolve(objs, intents[0]).Value)
		for key, want := range map[string]string{"/S": "/GTS_PDFX", "/OutputConditionIdentifier": "FOGRA39", "/RegistryName": "http://www.color.org"} {
			if got := pdfText(oi[key]); got != want {
				t.Errorf("%s: output intent %s = %q, want %q", name, key, got, want)
			}
		}
		if pdfText(oi["/Info"]) == "" {
			t.Errorf("%s: output intent without /Info", name)
		}
		prof := resolve(objs, oi["/DestOutputProfile"])
		if prof.Stream == nil {
			t.Fatalf("%s: no embedded output profile", name)
		}
		icc, err := base64.StdEncoding.DecodeString(prof.Stream.Data)
		if err != nil || len(icc) < 128 {
			t.Fatalf("%s: profile data: %v", name, err)
		}
		if n, _ := prof.Stream.Dict["/N"].(float64); n != 4 || string(icc[12:16]) != "prtr" || string(icc[16:20]) != "CMYK" || string(icc[36:40]) != "acsp" {
			t.Errorf("%s: profile /N %v, class %q, space %q, signature %q; want 4, prtr, CMYK, acsp", name, prof.Stream.Dict["/N"], icc[12:16], icc[16:20], icc[36:40])
		}

		if pdfText(info["/Title"]) == "" || info["/Trapped"] != "/False" {
			t.Errorf("%s: Info %v lacks a title or /Trapped /False", name, info)
		}
		created := pdfText(info["/CreationDate"])
		if created != "D:20231114221320+00'00'" || pdfText(info["/ModDate"]) != created {
			t.Errorf("%s: dates %q, %q", name, created, info["/ModDate"])
		}

		meta := resolve(objs, root["/Metadata"])
		if meta.Stream == nil {
			t.Fatalf("%s: no XMP metadata", name)
		}
		xmp, _ := base64.StdEncoding.DecodeString(meta.Stream.Data)
		x := parseXMP(t, xmp)
		for key, want := range map[string]string{
			"GTS_PDFXVersion": "PDF/X-4",
			"title":           pdfText(info["/Title"]),
			"CreateDate":      "2023-11-14T22:13:20+00:00",
			"ModifyDate":      "2023-11-14T22:13:20+00:00",
			"MetadataDate":    "2023-11-14T22:13:20+00:00",
			"Trapped":         "False",
			"RenditionClass":  "default",
		} {
			if x[key] != want {
				t.Errorf("%s: XMP %s = %q, want %q", name, key, x[key], want)
			}
		}
		if !strings.HasPrefix(x["DocumentID"], "uuid:") || x["VersionID"] == "" {
			t.Errorf("%s: XMP DocumentID %q, VersionID %q", name, x["DocumentID"], x["VersionID"])
		}
		if ocp := dict(root["/OCProperties"]); ocp != nil {
			if d := dict(ocp["/D"]); pdfText(d["/Name"]) == "" || d["/AS"] != nil {
				t.Errorf("%s: optional content configuration %v, want a /Name and no /AS", name, d)
			}
		}
	}
}

// parseXMP reads an XMP packet's simple properties, by local name, with
// an XML parser; dc:title gives its x-default text.
func parseXMP(t *testing.T, data []byte) map[string]string {
	t.Helper()
	type node struct {
		XMLName  xml.Name
		Text     string `xml:",chardata"`
		Children []node `xml:",any"`
	}
	var root node
	if err := xmlUnmarshal(data, &root); err != nil {
		t.Fatalf("XMP is not XML: %v", err)
	}
	out := map[string]string{}
	var walk func(n node, prop string)
	walk = func(n node, prop string) {
		if len(n.Children) == 0 {
			if prop != "" {
				out[prop] = strings.TrimSpace(n.Text)
			}
			return
		}
		for _, c := range n.Children {
			p := c.XMLName.Local
			if p == "Alt" || p == "li" || p == "Seq" || p == "Bag" {
				p = prop
			}
			walk(c, p)
		}
	}
	walk(root, "")
	return out
}

// plate reads one separation of gs -sDEVICE=tiffsep as ink coverage, 0 to
// 255 (the TIFF has 0 for full ink).
func plate(t *testing.T, file string) (*image.Gray, func(x, y int) int) {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := tiff.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	g, ok := img.(*image.Gray)
	if !ok {
		t.Fatalf("%s: %T, want 8-bit grey", file, img)
	}
	return g, func(x, y int) int { return 255 - int(g.GrayAt(x, y).Y) }
}

func TestOverprintSeparations(t *testing.T) {
	needTools(t, "gs")
	dir := t.TempDir()
	card := filepath.Join(renderExample(t), "E-001.pdf")
	run(t, "gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=tiffsep", "-r150", "-sOutputFile="+filepath.Join(dir, "s.tif"), card)
	cut, inkCut := plate(t, filepath.Join(dir, "s(CutContour).tif"))
	_, inkY := plate(t, filepath.Join(dir, "s(Yellow).tif"))
	_, inkK := plate(t, filepath.Join(dir, "s(Black).tif"))
	var line, yellowUnder, black, groundUnder int
	b := cut.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if inkCut(x, y) > 128 {
				line++
				if inkY(x, y) > 128 {
					yellowUnder++
				}
			}
			if inkK(x, y) > 250 {
				black++
				// the ground or a tile of it: knocked out, there is none
				if inkY(x, y) > 20 {
					groundUnder++
				}
			}
		}
	}
	// The die line runs round the trim, over yellow ground and red bands
	// (magenta and yellow): all of it has yellow under it.
	if line == 0 || yellowUnder < line*95/100 {
		t.Errorf("the die line covers %d pixels, %d with yellow under it: it knocks the artwork out", line, yellowUnder)
	}
	// Most black text stands on the yellow ground (the rest on the white
	// contact box): overprinted, the ground's ink stays under it.
	if black == 0 || groundUnder < black/3 {
		t.Errorf("100 %% K covers %d pixels, %d with yellow under it: black knocks out", black, groundUnder)
	}
}

// At 1200 dpi the QR code has 4 modules of white on every side, corners
// included, on 80, 100 and 150 mm cards.
func TestQRWhiteRing(t *testing.T) {
	needTools(t, "pdftoppm")
	base, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{80, 100, 150} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			dir := t.TempDir()
			roster := filepath.Join(dir, "roster.yaml")
			text := strings.Replace(string(base), "size: 100mm", fmt.Sprintf("size: %dmm", size), 1)
			if size < 90 {
				// an 80 mm card holds three officials, two pledges and a
				// hotline at their floors
				from, to := strings.Index(text, "  - name: 刘德明"), strings.Index(text, "\npledges:")
				text = text[:from] + text[to+1:]
				text = strings.Replace(text, "  - 村务公开 接受监督\n", "", 1)
				from = strings.Index(text, "  - name: 村委会值班室")
				text = text[:from] + text[from+strings.Index(text[from:], "\n\n")+1:]
			}
			if err := os.WriteFile(roster, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			r, err := card.Load(roster, loadOptions)
			if err != nil {
				t.Fatal(err)
			}
			h := r.Households[0]
			if _, stderr, code := fuwuka(t, nil, "cards", roster, "-o", dir, "--household", h.ID); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			set, err := fonts.Load(r.Card.Fonts)
			if err != nil {
				t.Fatal(err)
			}
			// the card as cards lays it out: with the plan of the whole roster
			var cs []card.Card
			for _, h := range r.Households {
				c, err := card.For(r, h)
				if err != nil {
					t.Fatal(err)
				}
				cs = append(cs, c)
			}
			arts, err := design.Lay(cs, r.Card, set)
			if err != nil {
				t.Fatal(err)
			}
			var qr frame.Modules
			frame.Walk(arts[0].Frame(), func(it frame.Item, _ frame.Box) {
				if m, ok := it.(frame.Modules); ok {
					qr = m
				}
			})
			const dpi = 1200
			px := func(mm float64) int { return int(mm / 25.4 * dpi) }
			ring := qr.Bounds().Inset(-design.QRQuiet * qr.Module)
			// render the ring and a little around it
			x0, y0 := px(ring.X)-20, px(ring.Y)-20
			w, hgt := px(ring.W)+40, px(ring.H)+40
			prefix := filepath.Join(dir, "qr")
			run(t, "pdftoppm", "-r", fmt.Sprint(dpi), "-x", fmt.Sprint(x0), "-y", fmt.Sprint(y0), "-W", fmt.Sprint(w), "-H", fmt.Sprint(hgt),
				"-png", "-singlefile", filepath.Join(dir, h.ID+".pdf"), prefix)
			img := readPNG(t, prefix+".png")
			sym := qr.Bounds()
			dark := 0
			for y := 0; y < hgt; y++ {
				for x := 0; x < w; x++ {
					// the pixel's centre in mm on the card
					mx, my := (float64(x0+x)+0.5)/dpi*25.4, (float64(y0+y)+0.5)/dpi*25.4
					inRing := mx > ring.X+0.02 && mx < ring.X+ring.W-0.02 && my > ring.Y+0.02 && my < ring.Y+ring.H-0.02
					inSym := mx > sym.X-0.02 && mx < sym.X+sym.W+0.02 && my > sym.Y-0.02 && my < sym.Y+sym.H+0.02
					if !inRing || inSym {
						continue
					}
					r, g, b, _ := img.At(x, y).RGBA()
					if r < 0xf000 || g < 0xf000 || b < 0xf000 {
						dark++
					}
				}
			}
			if dark > 0 {
				t.Errorf("%d mm card: %d pixels inside the 4-module quiet zone are not white", size, dark)
			}
			if side := sym.W; side < 20 {
				t.Errorf("%d mm card: QR symbol %.1f mm, want at least 20 mm", size, side)
			}
		})
	}
}

func xmlUnmarshal(data []byte, v any) error { return xml.Unmarshal(data, v) }

func readPNG(t *testing.T, file string) image.Image {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return img
}
