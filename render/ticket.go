package render

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/layout/impose"
)

// The job ticket is what a print shop needs to know of each file beside
// the files themselves: how many of each card to print, at what size, with
// what bleed, cut how. Nothing in the PDFs has to be opened to plan the job.

// TicketName is the ticket of a folder of cards: DIR/job.csv, or
// DIR/job-K-of-N.csv for a shard.
func TicketName(s Shard) string { return "job" + s.Suffix() + ".csv" }

// TicketFor is the ticket of an output file: FILE.job.csv beside FILE.pdf,
// so that two jobs in one folder keep a ticket each.
func TicketFor(file string) string {
	return strings.TrimSuffix(file, ".pdf") + ".job.csv"
}

// CardTicket is one card file of a job: its household and how to print it.
type CardTicket struct {
	File      string  `json:"file"`
	Page      int     `json:"page"`  // the card's first page in the file, from 1
	Pages     int     `json:"pages"` // its pages: 1 (print it Copies times), or one per copy
	Household string  `json:"household"`
	Address   string  `json:"address"`
	Zone      string  `json:"zone"`
	Copies    int     `json:"copies"` // cards to print of this household
	Size      float64 `json:"card_mm"`
	Bleed     float64 `json:"bleed_mm"`
	Cut       string  `json:"cut"`      // kiss, through or none
	CutName   string  `json:"cut_name"` // the die line's spot colour; "" with none
}

// SheetTicket is one slot of a press sheet that holds a card.
type SheetTicket struct {
	File      string  `json:"file"`
	Sheet     int     `json:"sheet"`    // from 1, counted across the files of a job
	Position  int     `json:"position"` // from 1, row by row from the top left
	Row       int     `json:"row"`      // from 1
	Column    int     `json:"column"`   // from 1
	Pile      int     `json:"pile"`     // from 1: the run of sheets cut and stacked together
	Stack     int     `json:"stack"`    // from 1: the position through the pile, one stack after the guillotine
	Household string  `json:"household"`
	Address   string  `json:"address"`
	Zone      string  `json:"zone"`
	Copy      int     `json:"copy"`   // this card is copy Copy of Copies
	Copies    int     `json:"copies"` // of this household's card in the job
	Size      float64 `json:"card_mm"`
	Bleed     float64 `json:"bleed_mm"`
	Cut       string  `json:"cut"`
	CutName   string  `json:"cut_name"`
}

// cutColumns are the ticket's words for a cut: its kind and spot colour,
// or none when the file has no die line (printed only).
func cutColumns(on bool, c impose.Cut) (kind, name string) {
	if !on {
		return "none", ""
	}
	return c.Kind.String(), c.SpotName()
}

// writeTicket writes a job ticket by the output rule, unless the file
// already holds these bytes: a rerun that changes no card touches no file.
func writeTicket(dir, name string, data []byte) error {
	if old, err := files.ReadLimited(filepath.Join(dir, name), int64(len(data))+1); err == nil && bytes.Equal(old, data) {
		return nil
	}
	return WriteFile(dir, name, data)
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// cardsTicketCSV and sheetsTicketCSV are UTF-8 with a byte-order mark and
// CRLF line ends, as rounds.csv, so that Excel on Chinese Windows opens
// them as they are.
func cardsTicketCSV(rows []CardTicket) []byte {
	return ticketCSV([]string{"file", "page", "pages", "household", "address", "zone", "copies", "card_mm", "bleed_mm", "cut", "cut_name"},
		len(rows), func(i int) []string {
			r := rows[i]
			return []string{cell(r.File), strconv.Itoa(r.Page), strconv.Itoa(r.Pages), cell(r.Household), cell(r.Address), cell(r.Zone), strconv.Itoa(r.Copies),
				num(r.Size), num(r.Bleed), r.Cut, r.CutName}
		})
}

func sheetsTicketCSV(rows []SheetTicket) []byte {
	return ticketCSV([]string{"file", "sheet", "position", "row", "column", "pile", "stack", "household", "address", "zone", "copy", "copies",
		"card_mm", "bleed_mm", "cut", "cut_name"},
		len(rows), func(i int) []string {
			r := rows[i]
			return []string{cell(r.File), strconv.Itoa(r.Sheet), strconv.Itoa(r.Position), strconv.Itoa(r.Row), strconv.Itoa(r.Column),
				strconv.Itoa(r.Pile), strconv.Itoa(r.Stack), cell(r.Household), cell(r.Address), cell(r.Zone), strconv.Itoa(r.Copy),
				strconv.Itoa(r.Copies), num(r.Size), num(r.Bleed), r.Cut, r.CutName}
		})
}

func ticketCSV(header []string, n int, row func(int) []string) []byte {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	w.Write(header)
	for i := range n {
		w.Write(row(i))
	}
	w.Flush() // writes to a bytes.Buffer do not fail
	return buf.Bytes()
}
