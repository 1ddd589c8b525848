package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/fonts"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/fuwuka/fuwuka/serve"
)

// exampleServer serves a copy of the example roster, in a folder of its
// own, in language l, looking for changes every poll.
func exampleServer(t *testing.T, l msg.Lang, poll time.Duration) (*serve.Server, string) {
	t.Helper()
	data, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	roster := filepath.Join(t.TempDir(), "roster.yaml")
	if err := os.WriteFile(roster, data, 0o644); err != nil {
		t.Fatal(err)
	}
	quiet := &IO{Err: io.Discard, Lang: l}
	s, err := serve.New(serve.Options{Roster: roster, Lang: l, Poll: poll,
		Load: func(p string) (*card.Roster, *fonts.Set, error) { return loadRoster(quiet, p) }})
	if err != nil {
		t.Fatal(err)
	}
	return s, roster
}

// The serve page in a real browser: every household listed, a card that
// is the preview, an edit on disk shown without a reload, a problem shown
// with its line, and the write action writing the cards fuwuka cards
// writes. FUWUKA_SCREENSHOT=1 also saves the page as docs/serve.png.
func TestServePage(t *testing.T) {
	needTools(t, "chromium")
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	// in Chinese, as a clerk sees it; what is checked does not depend on
	// the words
	s, roster := exampleServer(t, msg.ZH, 100*time.Millisecond)
	dir := filepath.Dir(roster)
	data, err := os.ReadFile(roster)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	stop := make(chan struct{})
	defer close(stop)
	go s.Watch(stop)

	chrome, _ := exec.LookPath("chromium")
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chrome), chromedp.NoSandbox,
		chromedp.Flag("disable-quic", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1300, 1000))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	// The page is waited on for what it shows, re-checked on each change
	// of its document, never against a clock: a loaded machine is slow,
	// not wrong. A page that never gets there is ended by go test's own
	// timeout.
	wait := func(js string) error {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingMutation(), chromedp.WithPollingTimeout(0)))
		return err
	}
	eval := func(js string) string {
		v, _ := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		return v
	}

	r := loadExample(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL), chromedp.WaitVisible(chromedp.CSS(`#card svg`))); err != nil {
		t.Fatal(err)
	}
	listed, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".zone li").length`))
	if err != nil {
		t.Fatal(err)
	}
	if listed != len(r.Households) {
		t.Errorf("the page lists %d households, the roster has %d", listed, len(r.Households))
	}

	// Selecting a household shows its card: the preview's SVG.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.zone li[data-id="W-101"]`))); err != nil {
		t.Fatal(err)
	}
	if err := wait(`document.getElementById("card").dataset.id === "W-101" && document.querySelector("#card svg") !== null`); err != nil {
		t.Fatalf("no card for W-101: %v", err)
	}
	pics := filepath.Join(dir, "pics")
	if _, stderr, code := fuwuka(t, []string{"SOURCE_DATE_EPOCH=1700000000"}, "preview", roster, "--household", "W-101", "--format", "svg", "-o", pics); code != 0 {
		t.Fatalf("preview: %s", stderr)
	}
	want, _ := os.ReadFile(filepath.Join(pics, "W-101.svg"))
	resp, err := http.Get(ts.URL + "/card/W-101.svg")
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Equal(got, want) {
		t.Errorf("the page's card is %d bytes, fuwuka preview's %d; want the same", len(got), len(want))
	}

	// An edit on disk shows, without a reload.
	contact := r.Officials[1].Phone.Display() // W-101's zone contact
	chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.notReloaded = true`))
	edited := strings.Replace(string(data), `"`+contact+`"`, `"138 0013 8099"`, 1)
	if err := os.WriteFile(roster, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := wait(`document.getElementById("card").innerHTML.includes("138 0013 8099")`); err != nil {
		t.Errorf("the edited phone is not on the page: %v", err)
	}
	if eval(`String(window.notReloaded === true)`) != "true" {
		t.Error("the page was reloaded")
	}
	if eval(`document.getElementById("card").dataset.id`) != "W-101" {
		t.Error("the selection was lost")
	}

	// A roster made invalid shows the problem with its line.
	line := strings.Count(edited[:strings.Index(edited, "138 0013 8003")], "\n") + 1
	bad := strings.Replace(edited, `"138 0013 8003"`, `"1391000"`, 1)
	if err := os.WriteFile(roster, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := wait(`document.getElementById("problems").textContent.includes("roster.yaml:` + itoa(line) + `:")`); err != nil {
		t.Errorf("the problem on line %d is not shown: %v (%q)", line, err, eval(`document.getElementById("problems").textContent`))
	}
	if err := wait(`!document.getElementById("stale").hidden`); err != nil {
		t.Error("the cards are not marked stale")
	}

	// Fixed again, the write action writes what fuwuka cards writes.
	if err := os.WriteFile(roster, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := wait(`document.getElementById("stale").hidden && document.querySelector("#problems li.ok") !== null`); err != nil {
		t.Fatalf("the fixed roster is not live again: %v", err)
	}
	if os.Getenv("FUWUKA_SCREENSHOT") == "1" {
		if err := wait(`document.querySelectorAll("#thumbs figure svg").length === document.querySelectorAll("#thumbs figure").length`); err != nil {
			t.Fatal(err)
		}
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("../../docs/serve.png", png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#write`))); err != nil {
		t.Fatal(err)
	}
	if err := wait(`document.getElementById("write-status").dataset.done === "ok"`); err != nil {
		t.Fatalf("write all: %v (%q)", err, eval(`document.getElementById("write-status").textContent`))
	}
	cards := filepath.Join(dir, "cards")
	if _, stderr, code := fuwuka(t, []string{"SOURCE_DATE_EPOCH=1700000000"}, "cards", roster, "-o", cards); code != 0 {
		t.Fatalf("cards: %s", stderr)
	}
	for _, h := range r.Households {
		a, _ := os.ReadFile(filepath.Join(cards, h.ID+".pdf"))
		b, err := os.ReadFile(filepath.Join(serve.OutputDir(roster), "cards", h.ID+".pdf"))
		if err != nil || len(a) == 0 || !bytes.Equal(a, b) {
			t.Fatalf("%s: the page wrote another card than fuwuka cards (%v)", h.ID, err)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
