package render

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/layout"
	"github.com/fuwuka/fuwuka/layout/pdf"
)

// Version is fuwuka's version; it is written into every PDF, so output is
// byte-identical only between runs of the same version.
var Version = "0.1.0"

// Creator is the PDF creator string.
func Creator() string { return "fuwuka " + Version }

// CardsOptions select households and what goes on their pages.
type CardsOptions struct {
	Dir        string
	Households []string // ids; all when empty
	Marks      bool
	CutContour bool
	Date       time.Time
	Workers    int // 0: one per core
}

// Laid is one household's finished card art.
type Laid struct {
	Household card.Household
	Art       *layout.CardArt
}

// Lay builds the card art of the selected households in parallel. It
// returns every problem of every household (card.Problems) before any
// output is written.
func Lay(r *card.Roster, set *fonts.Set, ids []string, workers int) ([]Laid, error) {
	hs, err := r.Select(ids)
	if err != nil {
		return nil, err
	}
	out := make([]Laid, len(hs))
	errs := make([]error, len(hs))
	parallel(len(hs), workers, func(i int) {
		c, err := card.For(r, hs[i])
		if err == nil {
			out[i].Art, err = layout.Card(c, r.Card, set)
		}
		out[i].Household, errs[i] = hs[i], err
	})
	if err := mergeProblems(errs); err != nil {
		return nil, err
	}
	return out, nil
}

// Cards writes one PDF per selected household, DIR/<id>.pdf, and returns
// the file names written.
func Cards(r *card.Roster, set *fonts.Set, o CardsOptions) ([]string, error) {
	laid, err := Lay(r, set, o.Households, o.Workers)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return nil, err
	}
	names := make([]string, len(laid))
	errs := make([]error, len(laid))
	pw := pdf.NewWriter(set)
	parallel(len(laid), o.Workers, func(i int) {
		names[i] = laid[i].Household.ID + ".pdf"
		data, err := CardPDF(r, pw, laid[i], o)
		if err == nil {
			err = WriteFile(o.Dir, names[i], data)
		}
		errs[i] = err
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return names, nil
}

// CardPDF renders one household's card page as a PDF file.
func CardPDF(r *card.Roster, pw *pdf.Writer, l Laid, o CardsOptions) ([]byte, error) {
	title := fmt.Sprintf("%s – %s – %s", r.Card.Title, r.Community.Name, l.Household.ID)
	page := layout.NewCardPage(l.Art, layout.PageOptions{
		CutContour: o.CutContour,
		Radius:     r.Card.CornerRadius,
		Marks:      o.Marks,
		SlugText: fmt.Sprintf("%s · %s · %s · %g×%g mm, %g mm bleed · %s", r.Community.Name, l.Household.ID,
			l.Household.Address, r.Card.Size, r.Card.Size, r.Card.Bleed, o.Date.Format("2006-01-02")),
	})
	var buf bytes.Buffer
	err := pw.Write(&buf, pdf.Info{Title: title, Creator: Creator(), Date: o.Date},
		[]pdf.Page{{Frame: page.Frame, Trim: page.Trim, Bleed: page.Bleed}})
	return buf.Bytes(), err
}

// parallel calls fn(0..n-1) on workers goroutines.
func parallel(n, workers int, fn func(int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < min(workers, n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// mergeProblems joins the problems of many households into one sorted
// list, each distinct problem once; any other error wins.
func mergeProblems(errs []error) error {
	var all card.Problems
	seen := map[string]bool{}
	for _, err := range errs {
		if err == nil {
			continue
		}
		var ps card.Problems
		if !errors.As(err, &ps) {
			return err
		}
		for _, p := range ps {
			if key := p.String(); !seen[key] {
				seen[key] = true
				all = append(all, p)
			}
		}
	}
	return all.Err()
}
