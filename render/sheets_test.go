package render

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/impose"
)

func a4(t testing.TB) impose.Press {
	p, err := impose.ParsePaper("A4")
	if err != nil {
		t.Fatal(err)
	}
	return impose.Press{Paper: p, Margin: 10, Gap: 6, Marks: true}
}

func TestSheetsVolumes(t *testing.T) {
	r, set := load(t)
	dir := t.TempDir()
	job, err := Sheets(r, set, SheetsOptions{File: filepath.Join(dir, "job.pdf"), Press: a4(t), Order: impose.OrderSequential,
		MaxSheets: 5, CutContour: true, Date: time.Unix(1700000000, 0)})
	if err != nil {
		t.Fatal(err)
	}
	// 36 households, one with 2 copies; 2 cards per A4 sheet
	if job.Cards != 37 || job.Sheets != 19 || job.Empty != 1 || job.Grid.PerSheet() != 2 {
		t.Errorf("job %d cards, %d sheets, %d empty, %d per sheet; want 37, 19, 1, 2", job.Cards, job.Sheets, job.Empty, job.Grid.PerSheet())
	}
	want := []string{"job-001.pdf", "job-002.pdf", "job-003.pdf", "job-004.pdf"}
	if !slices.Equal(job.Files, want) {
		t.Errorf("files %v, want %v", job.Files, want)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, append(slices.Clone(want), "job.job.csv")) || job.Ticket != "job.job.csv" {
		t.Errorf("folder holds %v, ticket %q; want %v and job.job.csv (and no temporary files)", names, job.Ticket, want)
	}
	// The ticket has a row per card: its volume follows its sheet, and
	// the household with two copies has copy 1 and copy 2.
	if len(job.Job) != 37 {
		t.Fatalf("ticket has %d rows, want 37", len(job.Job))
	}
	var e010 []int
	for _, row := range job.Job {
		if wantFile := want[(row.Sheet-1)/5]; row.File != wantFile || row.Position != (row.Row-1)*job.Grid.Cols+row.Column {
			t.Errorf("ticket row %+v: want file %s and position from row and column", row, wantFile)
		}
		if row.Household == "E-010" {
			e010 = append(e010, row.Copy)
			if row.Copies != 2 {
				t.Errorf("E-010 row %+v: copies %d, want 2", row, row.Copies)
			}
		}
	}
	if !slices.Equal(e010, []int{1, 2}) {
		t.Errorf("E-010's rows are copies %v, want [1 2]", e010)
	}
	csv, _ := os.ReadFile(filepath.Join(dir, "job.job.csv"))
	if lines := bytes.Count(csv, []byte("\r\n")); lines != 38 || !bytes.HasPrefix(csv, []byte("\uFEFFfile,sheet,position,")) {
		t.Errorf("job.job.csv has %d lines, want a header and 37 rows:\n%s", lines, csv)
	}
	for i, name := range want {
		data, _ := os.ReadFile(filepath.Join(dir, name))
		pages := bytes.Count(data, []byte("/Type/Page/"))
		if wantPages := min(5, 19-5*i); pages != wantPages {
			t.Errorf("%s has %d pages, want %d", name, pages, wantPages)
		}
	}
}

func TestSheetsDeterministic(t *testing.T) {
	r, set := load(t)
	var files [2][]byte
	for i, workers := range []int{1, 0} {
		file := filepath.Join(t.TempDir(), "s.pdf")
		if _, err := Sheets(r, set, SheetsOptions{File: file, Press: a4(t), Order: impose.OrderZone, CutContour: true,
			Date: time.Unix(1700000000, 0), Workers: workers}); err != nil {
			t.Fatal(err)
		}
		files[i], _ = os.ReadFile(file)
	}
	if len(files[0]) == 0 || !bytes.Equal(files[0], files[1]) {
		t.Error("the same roster gave different sheets")
	}
}

func TestSheetsCopiesAndSelection(t *testing.T) {
	r, set := load(t)
	job, err := Sheets(r, set, SheetsOptions{File: filepath.Join(t.TempDir(), "s.pdf"), Press: a4(t),
		Households: []string{"E-010", "N-001"}, Copies: 3})
	if err != nil {
		t.Fatal(err)
	}
	if job.Cards != 6 || job.Sheets != 3 {
		t.Errorf("2 households × 3 copies: %d cards on %d sheets", job.Cards, job.Sheets)
	}
}

func TestSheetsCardTooLarge(t *testing.T) {
	r, set := load(t)
	r.Card.Size = 200
	dir := t.TempDir()
	_, err := Sheets(r, set, SheetsOptions{File: filepath.Join(dir, "s.pdf"), Press: a4(t)})
	var nf *impose.NoFitError
	if !errors.As(err, &nf) || !strings.Contains(err.Error(), "largest card") {
		t.Fatalf("200 mm card on A4: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("wrote %v", entries)
	}
}

// A problem only one household's card has, which the plan's one card
// per kind does not see, is found while the sheets are laid out: the
// job stops before a byte is written, to a file or to standard output,
// and the problem names the household.
func TestSheetsProblemFoundWhileWriting(t *testing.T) {
	r, set := load(t)
	hs := r.Households
	// one kind for the plan: same zone, same address width, same id length
	hs[1].Zone = hs[0].Zone
	hs[0].Address, hs[1].Address = "东街甲号", "东街\uE000号"
	if len(hs[0].ID) != len(hs[1].ID) {
		t.Fatalf("ids %s and %s differ in length", hs[0].ID, hs[1].ID)
	}
	if _, err := prepare(r, set, hs, 1); err != nil {
		t.Fatalf("the plan saw the problem: %v", err)
	}
	dir := t.TempDir()
	for _, file := range []string{filepath.Join(dir, "job.pdf"), "-"} {
		var stdout bytes.Buffer
		_, err := Sheets(r, set, SheetsOptions{File: file, Press: a4(t), Stdout: &stdout, Date: time.Unix(1700000000, 0)})
		if _, ok := errors.AsType[card.Problems](err); !ok || !strings.Contains(err.Error(), hs[1].ID) {
			t.Fatalf("%s: %v, want the problem of %s", file, err, hs[1].ID)
		}
		if stdout.Len() > 0 {
			t.Errorf("%s: wrote %d bytes to standard output", file, stdout.Len())
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("wrote %v", entries)
	}
}

// benchRoster is a roster of n households in 3 zones, looked after by 6
// officials, with the example's pledges and QR code.
func benchRoster(n int) []byte {
	var b strings.Builder
	b.WriteString(`version: 1
community: {name: 白草洼村, region: 北京市房山区窦店镇}
card: {slogan: 有事您就跟我说}
officials:
  - {name: 王建国, role: 党支部书记兼村委会主任, phone: "138 0013 8001", zones: [东片]}
  - {name: 李秀兰, role: 村委会副主任, phone: "138 0013 8002", zones: [西片]}
  - {name: 赵志强, role: 接诉即办专员, phone: "138 0013 8003", zones: [南片]}
  - {name: 刘德明, role: 治保主任, phone: "138 0013 8004", zones: [东片]}
  - {name: 陈桂芳, role: 妇女主任, phone: "138 0013 8005", zones: [西片]}
  - {name: 孙立新, role: 村务监督委员会主任, phone: "010-6938 1234", zones: [南片]}
pledges: [合理诉求24小时内办结, 定期入户走访 未诉先办, 村务公开 接受监督]
appeal: 爱护家园 邻里守望 共建美好家园
hotlines:
  - {name: 市民服务热线, phone: "12345"}
qr: {content: "https://example.org/baicaowa/fw?h={{.Household.ID}}", caption: 扫码反映诉求}
households:
`)
	zones := []string{"东片", "西片", "南片"}
	streets := []string{"东街", "西二巷", "南排", "前街", "后街"}
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "  - {id: H-%04d, address: %s%d号, zone: %s}\n", i, streets[i%5], i, zones[i%3])
	}
	return []byte(b.String())
}

// loadBench is a generated roster of n households and the embedded fonts.
func loadBench(b *testing.B, n int) (*card.Roster, *fonts.Set) {
	r, err := card.Parse("bench.yaml", benchRoster(n), ".", card.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	set, err := builtinFonts()
	if err != nil {
		b.Fatal(err)
	}
	return r, set
}

// BenchmarkSheets1000 lays out 1,000 households and writes them on A3
// sheets in cut-stack order, as fuwuka sheets does.
func BenchmarkSheets1000(b *testing.B) {
	r, set := loadBench(b, 1000)
	a3, _ := impose.ParsePaper("A3")
	file := filepath.Join(b.TempDir(), "sheets.pdf")
	o := SheetsOptions{File: file, Press: impose.Press{Paper: a3, Margin: 10, Gap: 6, Marks: true},
		Order: impose.OrderCutStack, CutContour: true, Date: time.Unix(1700000000, 0)}
	var job *SheetsJob
	var err error
	for b.Loop() {
		if job, err = Sheets(r, set, o); err != nil {
			b.Fatal(err)
		}
	}
	st, err := os.Stat(file)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(st.Size()), "pdf-bytes")
	b.ReportMetric(float64(job.Sheets), "sheets")
}

// Shards of one command line write files of their own, and together print
// every card once.
func TestSheetsShards(t *testing.T) {
	r, set := load(t)
	dir := t.TempDir()
	whole, err := Sheets(r, set, SheetsOptions{File: filepath.Join(dir, "all.pdf"), Press: a4(t)})
	if err != nil {
		t.Fatal(err)
	}
	cards := 0
	for k := 1; k <= 3; k++ {
		job, err := Sheets(r, set, SheetsOptions{File: filepath.Join(dir, "job.pdf"), Press: a4(t), MaxSheets: 100, Shard: Shard{K: k, N: 3}})
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("job-%d-of-3-001.pdf", k); !slices.Equal(job.Files, []string{want}) {
			t.Errorf("shard %d/3 wrote %v, want %s", k, job.Files, want)
		}
		cards += job.Cards
	}
	if cards != whole.Cards {
		t.Errorf("the shards printed %d cards, one run %d", cards, whole.Cards)
	}
}

// With more shards than households, some shard holds none: it writes
// nothing and is not an error, and the shards still print every card.
func TestSheetsEmptyShard(t *testing.T) {
	r, set := load(t)
	dir := t.TempDir()
	empty, cards := 0, 0
	for k := 1; k <= 40; k++ {
		job, err := Sheets(r, set, SheetsOptions{File: filepath.Join(dir, "job.pdf"), Press: a4(t), Shard: Shard{K: k, N: 40}})
		if err != nil {
			t.Fatalf("shard %d/40: %v", k, err)
		}
		if job.Cards == 0 {
			empty++
			if len(job.Files) != 0 {
				t.Errorf("an empty shard wrote %v", job.Files)
			}
		}
		cards += job.Cards
	}
	var want int
	for _, h := range r.Households {
		want += h.Copies
	}
	if empty == 0 || cards != want {
		t.Errorf("%d empty shards, %d cards printed, want %d", empty, cards, want)
	}
}
