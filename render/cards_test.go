package render

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/pdf"
)

const exampleRoster = "../examples/baicaowa/roster.yaml"

// builtinFonts parses the embedded fonts once for all tests of the package.
var builtinFonts = sync.OnceValues(fonts.Builtin)

// load reads the example roster and the embedded fonts.
func load(t testing.TB) (*card.Roster, *fonts.Set) {
	t.Helper()
	r, err := card.Load(exampleRoster, card.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	set, err := builtinFonts()
	if err != nil {
		t.Fatal(err)
	}
	return r, set
}

func TestCardsWritesOnePDFPerHousehold(t *testing.T) {
	r, set := load(t)
	dir := filepath.Join(t.TempDir(), "out")
	res, err := Cards(r, set, CardsOptions{Dir: dir, CutContour: true, Date: time.Unix(0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(res.Files) != len(r.Households) || len(entries) != len(r.Households) {
		t.Fatalf("%d names, %d files for %d households", len(res.Files), len(entries), len(r.Households))
	}
	for _, e := range entries {
		data, _ := os.ReadFile(e)
		if !strings.HasPrefix(string(data), "%PDF-") || !strings.HasSuffix(string(data), "%%EOF\n") {
			t.Errorf("%s is not a whole PDF", e)
		}
	}
}

func TestCardsWritesNothingWhenAHouseholdIsInvalid(t *testing.T) {
	r, set := load(t)
	r.Households[3].Address = "东街𪚥号" // no font has U+2A6A5
	dir := filepath.Join(t.TempDir(), "out")
	_, err := Cards(r, set, CardsOptions{Dir: dir, Date: time.Unix(0, 0)})
	var ps card.Problems
	if !errors.As(err, &ps) || !strings.Contains(err.Error(), "U+2A6A5") {
		t.Fatalf("err = %v, want a problem naming U+2A6A5", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Error("output folder created for an invalid roster")
	}
}

func TestWriteFileStaysInDir(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"../x.pdf", "a/b.pdf", ".hidden", ""} {
		if err := WriteFile(dir, name, []byte("x")); err == nil {
			t.Errorf("WriteFile accepted %q", name)
		}
	}
	if err := WriteFile(dir, "ok.pdf", []byte("data")); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "ok.pdf" {
		t.Errorf("folder holds %v, want only ok.pdf (no temporary files)", entries)
	}
}

func TestDocumentDate(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	d, err := DocumentDate(exampleRoster)
	if err != nil || d.Unix() != 1700000000 {
		t.Errorf("with SOURCE_DATE_EPOCH: %v %v", d, err)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "yesterday")
	if _, err := DocumentDate(exampleRoster); err == nil {
		t.Error("a SOURCE_DATE_EPOCH that is not a number was accepted")
	}
}

// BenchmarkCard measures one household: content, layout and PDF bytes.
func BenchmarkCard(b *testing.B) {
	r, set := load(b)
	o := CardsOptions{CutContour: true, Date: time.Unix(0, 0)}
	pw := pdf.NewWriter()
	var size int
	for b.Loop() {
		laid, err := Lay(r, set, []string{r.Households[0].ID}, 1)
		if err != nil {
			b.Fatal(err)
		}
		data, err := CardPDF(r, set, pw, laid[0], o)
		if err != nil {
			b.Fatal(err)
		}
		size = len(data)
	}
	b.ReportMetric(float64(size), "bytes/pdf")
}

// BenchmarkExampleRoster draws and writes every card of the example roster
// (Force: a rerun would otherwise find them all up to date).
func BenchmarkExampleRoster(b *testing.B) {
	r, set := load(b)
	benchCards(b, r, set)
}

// benchCards draws and writes every card of r, as fuwuka cards --force does.
func benchCards(b *testing.B, r *card.Roster, set *fonts.Set) {
	dir := b.TempDir()
	for b.Loop() {
		if _, err := Cards(r, set, CardsOptions{Dir: dir, CutContour: true, Date: time.Unix(0, 0), Force: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// A character missing from a text every card prints is one problem, not
// one per household.
func TestSharedProblemReportedOnce(t *testing.T) {
	r, set := load(t)
	r.Officials[0].Name = "王𪚥国"
	_, err := Lay(r, set, nil, 0)
	var ps card.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("err = %v", err)
	}
	if len(ps) != 1 || !strings.Contains(ps[0].String(), "officials[王𪚥国].name") || !strings.Contains(ps[0].String(), "U+2A6A5") {
		t.Errorf("got %d problems, want one naming officials[王𪚥国].name and U+2A6A5:\n%v", len(ps), ps)
	}
}

// BenchmarkCards1000 lays out and writes the cards of 1,000 households, as
// fuwuka cards --force does.
func BenchmarkCards1000(b *testing.B) {
	r, set := loadBench(b, 1000)
	benchCards(b, r, set)
}

// Cards are drawn into temporary files before the last household is laid
// out; a problem found late must leave the folder as it was.
func TestCardsProblemLeavesFolderAsItWas(t *testing.T) {
	r, set := load(t)
	dir := t.TempDir()
	if _, err := Cards(r, set, CardsOptions{Dir: dir, Date: time.Unix(0, 0)}); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(filepath.Join(dir, cardFile(r.Households[0].ID)))
	// The bad household is of the same kind as the one before it (zone,
	// address width, QR length), so the roster's plan, made from one card
	// of each kind, passes it, and the problem is found only when its own
	// card is laid out, after the others were staged.
	last := len(r.Households) - 1
	r.Households[last-1].Address, r.Households[last].Address = "东街一号", "东街𪚥号"
	r.Households[last].Zone = r.Households[last-1].Zone
	if _, err := Cards(r, set, CardsOptions{Dir: dir, Date: time.Unix(1, 0), Force: true, Workers: 1}); err == nil {
		t.Fatal("a household whose address no font has was drawn")
	}
	after, _ := os.ReadDir(dir)
	if len(after) != len(before) {
		t.Errorf("%d entries in the folder after the failed run, %d before", len(after), len(before))
	}
	if again, _ := os.ReadFile(filepath.Join(dir, cardFile(r.Households[0].ID))); !bytes.Equal(again, first) {
		t.Error("a card of the failed run replaced the earlier one")
	}
}

// BenchmarkCheck1000 lays out 1,000 households and keeps nothing, as
// fuwuka validate does.
func BenchmarkCheck1000(b *testing.B) {
	r, err := card.Parse("bench.yaml", benchRoster(1000), ".", card.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	set, err := builtinFonts()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Check(r, set, nil, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// A panic on a worker goroutine reaches the caller's goroutine, where
// fuwuka's main turns it into one line and status 1; on the worker it
// would kill the process with a Go trace.
func TestWorkerPanicReachesTheCaller(t *testing.T) {
	got := func() (v any) {
		defer func() { v = recover() }()
		parallel(8, 3, func(i int) {
			if i == 5 {
				panic("five")
			}
		})
		return nil
	}()
	if got != "five" {
		t.Errorf("parallel: recovered %v, want the worker's panic", got)
	}
	for _, err := range ahead(4, 2, func(i int) (int, error) {
		if i == 2 {
			panic("two")
		}
		return i, nil
	}) {
		if err != nil {
			if pe, ok := err.(*PanicError); !ok || pe.Value != "two" {
				t.Errorf("ahead: %v, want the worker's panic as an error", err)
			}
			return
		}
	}
	t.Error("ahead: the worker's panic was lost")
}
