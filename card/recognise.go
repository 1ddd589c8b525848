package card

import (
	"bytes"
	"regexp"

	"gopkg.in/yaml.v3"
)

// IsRoster says whether data reads as a roster in YAML: a mapping with a
// roster's two required sections, community and officials, however their
// keys are quoted and whatever comes before them. A roster that does not
// parse (a clerk's file half edited) is still one when both keys start a
// line, so that an output never replaces it.
func IsRoster(data []byte) bool {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err == nil {
		if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
			return false
		}
		m := doc.Content[0]
		keys := map[string]bool{}
		for i := 0; i+1 < len(m.Content); i += 2 {
			keys[m.Content[i].Value] = true
		}
		return keys["community"] && keys["officials"]
	}
	found := map[string]bool{}
	for _, m := range rosterKeyRE.FindAllSubmatch(data, -1) {
		found[string(bytes.Trim(m[1], `"'`))] = true
	}
	return found["community"] && found["officials"]
}

var rosterKeyRE = regexp.MustCompile(`(?m)^(community|officials|"community"|"officials"|'community'|'officials')[ \t]*:`)

// IsYAMLData says whether data is YAML whose document is a mapping or a
// sequence: a household list fuwuka import wrote, say, and not a CSV file
// or notes, which read as one string.
func IsYAMLData(data []byte) bool {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
		return false
	}
	k := doc.Content[0].Kind
	return k == yaml.MappingNode || k == yaml.SequenceNode
}
