package card

import _ "embed"

// Example is a commented roster to start from, as `fuwuka init` writes it.
//
//go:embed example.yaml
var Example []byte
