package render

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout/design"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/pdf"
	"github.com/fuwuka/fuwuka/msg"
)

// RoundsCSV is the file that lists every round's rows, for a spreadsheet.
const RoundsCSV = "rounds.csv"

// RoundsOptions say where round lists go and what date they carry.
type RoundsOptions struct {
	Dir      string
	Date     time.Time
	Workers  int      // 0: one per core
	Progress Progress // told of the households listed, a zone at a time; nil: nobody
}

// Rounds writes a round list for every zone with households,
// DIR/<zone>.pdf (card.NoZone for the households without one), and
// DIR/rounds.csv with the rows of all of them. It returns the PDF names.
// A zone that cannot name a file and a character no font has are
// card.Problems, found before anything is written.
func Rounds(r *card.Roster, set *fonts.Set, o RoundsOptions) ([]string, error) {
	if err := checkZoneNames(r); err != nil {
		return nil, err
	}
	rounds := card.Rounds(r, o.Date)
	data := make([][]byte, len(rounds))
	errs := make([]error, len(rounds))
	pw := pdf.NewWriter()
	done := newCounter(o.Progress, len(r.Households))
	parallel(len(rounds), o.Workers, func(i int) {
		data[i], errs[i] = RoundPDF(r, pw, set, rounds[i])
		done.add(len(rounds[i].Households))
	})
	if err := mergeProblems(errs); err != nil {
		return nil, err
	}
	if err := files.Folder(o.Dir); err != nil {
		return nil, err
	}
	names := make([]string, len(rounds))
	for i, rd := range rounds {
		names[i] = rd.Zone + ".pdf"
	}
	// The lists and the CSV are one job: all or none replace the last.
	if err := writeAll(o.Dir, append(slices.Clip(names), RoundsCSV), contentOf(append(data, roundsCSV(rounds)))); err != nil {
		return nil, err
	}
	return names, nil
}

// RoundPDF renders one round list; its pages are trimmed as they are.
func RoundPDF(r *card.Roster, pw *pdf.Writer, set *fonts.Set, rd card.Round) ([]byte, error) {
	frames, err := design.RoundPages(rd, set)
	if err != nil {
		return nil, err
	}
	pages := make([]frame.Page, len(frames))
	for i, f := range frames {
		whole := frame.Box{W: f.W, H: f.H}
		pages[i] = frame.Page{Frame: f, Trim: whole, Bleed: whole}
	}
	title := fmt.Sprintf("入户发放登记表 – %s – %s", r.Community.Name, rd.Zone)
	var buf bytes.Buffer
	err = pw.Write(&buf, pdf.Info{Title: title, Creator: Creator(), Date: rd.Date}, pages)
	return buf.Bytes(), err
}

// checkZoneNames refuses zones that cannot be a file name in the output
// folder.
func checkZoneNames(r *card.Roster) error {
	var ps card.Problems
	seen := map[string]bool{}
	for _, o := range r.Officials {
		for _, z := range o.Zones {
			m, hint := card.FileNameProblem(z)
			if seen[z] || m.IsZero() {
				continue
			}
			seen[z] = true
			ps = append(ps, card.Problem{Pos: o.Pos, Field: o.Field("zones"),
				Msg: msg.F("zone %q cannot name a round list (<zone>.pdf): %s", z, m), Hint: hint})
		}
	}
	return ps.Err()
}

// cell keeps a text from being read as a formula: Excel and WPS evaluate a
// cell starting with = + - @ (or a tab or carriage return before one),
// and their full-width forms ＝ ＋ － ＠, which a Chinese input method
// types and Excel reads as the ASCII ones; such a text gets a leading
// apostrophe, which they show as text.
func cell(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	if s != "" && strings.ContainsRune("=+-@\t\r＝＋－＠", r) {
		return "'" + s
	}
	return s
}

// roundsCSV is UTF-8 with a byte-order mark and CRLF line ends, as Excel
// on Chinese Windows needs to open it without garbling.
func roundsCSV(rounds []card.Round) []byte {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	w.Write(append([]string{"片区"}, design.RoundColumns...))
	for _, rd := range rounds {
		for i, h := range rd.Households {
			w.Write([]string{cell(rd.Zone), strconv.Itoa(i + 1), cell(h.ID), cell(h.Address), cell(h.Resident), cell(card.HouseholdPhone(h.Phone)), strconv.Itoa(h.Copies), "", "", cell(h.Note)})
		}
	}
	w.Flush() // writes to a bytes.Buffer do not fail
	return buf.Bytes()
}
