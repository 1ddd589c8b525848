package design

import (
	"fmt"
	"os"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/layout/frame"
	"github.com/fuwuka/fuwuka/layout/raster"
)

func TestDebugNearest(t *testing.T) {
	path := os.Getenv("DEBUG_ROSTER")
	if path == "" {
		t.Skip()
	}
	r, err := card.Load(path, card.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var h card.Household
	for _, x := range r.Households {
		if x.ID == os.Getenv("DEBUG_ID") {
			h = x
		}
	}
	c, _ := card.For(r, h)
	d, _ := For(r.Card)
	l, err := d.(*engine).layout(c, r.Card, builtin(t))
	if err != nil {
		t.Fatal(err)
	}
	n := l.nearest()
	n.compose(minScale, 0)
	fmt.Println(n.arr, n.room)
	a := &Art{Shared: n.shared, Own: n.own}
	img := raster.Render(a.Frame(), frame.Box{W: a.Shared.W, H: a.Shared.H}, 150)
	f, _ := os.Create("/tmp/i18/nearest.png")
	raster.Encode(f, img)
	f.Close()
}

func TestDebugLight(t *testing.T) {
	if os.Getenv("DEBUG_LIGHT") == "" {
		t.Skip()
	}
	st := settings(140)
	st.Design = os.Getenv("DEBUG_LIGHT")
	arts, err := Lay([]card.Card{lightCard(t)}, st, builtin(t))
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	img := raster.Render(a.Frame(), frame.Box{W: a.Shared.W, H: a.Shared.H}, 100)
	f, _ := os.Create("/tmp/i18/light.png")
	raster.Encode(f, img)
	f.Close()
}

func TestDebugPlan(t *testing.T) {
	if os.Getenv("DEBUG_LIGHT") == "" {
		t.Skip()
	}
	st := settings(140)
	st.Design = os.Getenv("DEBUG_LIGHT")
	c := lightCard(t)
	d, _ := For(st)
	l, _ := d.(*engine).layout(c, st, builtin(t))
	for _, a := range l.style.arrangements(c) {
		l.arr = a
		s, ok := l.best(maxScale)
		l.compose(s, 0)
		fmt.Println(a, s, ok, l.room)
	}
}

func TestDebugBand(t *testing.T) {
	if os.Getenv("DEBUG_LIGHT") == "" {
		t.Skip()
	}
	st := settings(140)
	st.Design = os.Getenv("DEBUG_LIGHT")
	arts, _ := Lay([]card.Card{lightCard(t)}, st, builtin(t))
	frame.Walk(arts[0].Frame(), func(it frame.Item, b frame.Box) {
		switch it := it.(type) {
		case frame.Text:
			fmt.Printf("%6.1f %6.1f %s\n", b.Y, b.Y+b.H, it.String())
		case frame.Modules:
			fmt.Printf("%6.1f %6.1f QR\n", b.Y, b.Y+b.H)
		}
	})
}
