package render

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/msg"
)

// maxManifestSize bounds what is read of a manifest: some 300 bytes a
// card, for hundreds of thousands of cards.
const maxManifestSize = 256 << 20

// manifestFormat is the version of the manifest's own layout.
const manifestFormat = 1

// Manifest is DIR/manifest.json (DIR/manifest-K-of-N.json for a shard):
// what `fuwuka cards` drew into a folder and from what, so that a rerun
// draws again only the cards whose inputs or files changed.
type Manifest struct {
	Format       int    `json:"format"`
	Fuwuka       string `json:"fuwuka"`
	Roster       string `json:"roster"`
	RosterSHA256 string `json:"roster_sha256,omitempty"`
	Shard        string `json:"shard,omitempty"` // "K/N"
	// Cards are sorted by ID.
	Cards []ManifestCard `json:"cards"`
}

// ManifestCard is one household's file.
type ManifestCard struct {
	ID   string `json:"id"`
	File string `json:"file"`
	// Inputs is card.Inputs.Hash of the household with everything else the
	// bytes depend on (see cardExtra).
	Inputs string `json:"inputs"`
	SHA256 string `json:"sha256"`
	// Size and MTime (Unix nanoseconds) are the file's as last seen, with
	// CardsOptions.TrustMTime only.
	Size  int64 `json:"size,omitempty"`
	MTime int64 `json:"mtime_unix_nano,omitempty"`
}

// ManifestName is the manifest's file name for a shard.
func ManifestName(s Shard) string { return "manifest" + s.Suffix() + ".json" }

// readManifest reads dir's manifest. A missing one is (nil, nil); one that
// cannot be read or understood is (nil, error): the caller draws every
// card, as without a manifest, rather than trust it.
func readManifest(dir, name string) (map[string]ManifestCard, error) {
	data, err := files.ReadLimited(filepath.Join(dir, name), maxManifestSize)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, msg.Errorf("%s: %w", name, err)
	}
	if m.Format != manifestFormat {
		return nil, msg.Errorf("%s: format %d, this fuwuka reads %d", name, m.Format, manifestFormat)
	}
	cards := make(map[string]ManifestCard, len(m.Cards))
	for _, c := range m.Cards {
		// Entries name files that a later --prune deletes: anything but
		// the household's own card would make the manifest a way to
		// delete other files.
		if c.File != cardFile(c.ID) || !plainName(c.File) {
			return nil, msg.Errorf("%s: household %q has file %q, want %q", name, c.ID, c.File, cardFile(c.ID))
		}
		cards[c.ID] = c
	}
	return cards, nil
}

// writeManifest writes m with its cards sorted, through WriteFile.
func writeManifest(dir, name string, m Manifest) error {
	m.Format = manifestFormat
	if m.Cards == nil {
		m.Cards = []ManifestCard{} // a list to a reader, even when empty
	}
	slices.SortFunc(m.Cards, func(a, b ManifestCard) int { return strings.Compare(a.ID, b.ID) })
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return WriteFile(dir, name, append(data, '\n'))
}

// cardFile is the name of a household's card in the output folder.
func cardFile(id string) string { return id + ".pdf" }
