package pdf

import (
	"sync"

	"github.com/fuwuka/fuwuka/layout/frame"
)

// The cards of a run share their artwork, and each card's file draws it
// as a form. A form's content depends on the frame, on the font subsets
// the file embeds and on the names the file gave the resources the form
// uses, which follow the order they were first asked for. formCache keeps
// each form's compressed content with the resources its drawing asked
// for, in order, and their names: a file that embeds the same subsets and
// gives the same names when asked again in that order gets the same
// bytes, so it writes them without drawing and compressing the form.
type formCache struct {
	mu sync.Mutex
	m  map[string]*cachedForm
}

// maxForms bounds the forms a Writer keeps (some kilobytes each); the
// rest are drawn each time.
const maxForms = 512

type cachedForm struct {
	data []byte // the compressed content stream
	uses []use
}

// use is a resource a form's drawing asked for, and the name it got.
type use struct {
	kind         useKind
	color        frame.Color // a spot colour
	fill, stroke bool        // an overprint state
	layer        string
	group        frame.Group // a nested form
	name         string
}

type useKind int

const (
	useSeparation useKind = iota
	useGState
	useLayer
	useForm
)

func (c *formCache) get(key string) *cachedForm {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func (c *formCache) put(key string, f *cachedForm) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*cachedForm{}
	}
	if len(c.m) < maxForms {
		c.m[key] = f
	}
}

// note records a resource the form being drawn asked for.
func (r *resources) note(u use) {
	if r.rec != nil {
		*r.rec = append(*r.rec, u)
	}
}

// replay asks for the resources a cached form's drawing asked for, in its
// order, and says whether each got the name it got then.
func (r *resources) replay(uses []use) bool {
	for _, u := range uses {
		var got string
		switch u.kind {
		case useSeparation:
			got = r.separation(u.color)
		case useGState:
			got = r.gstate(u.fill, u.stroke)
		case useLayer:
			got = r.layer(u.layer)
		case useForm:
			got = r.form(u.group)
		}
		if got != u.name {
			return false
		}
	}
	return true
}
