#!/usr/bin/env bash
# Draws the README's pictures, docs/card.png (the default design) and
# docs/classic.png, from the example roster with fuwuka preview: one
# trimmed card at 150 dpi.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp
out=$(mktemp -d -p "$PWD/tmp" card-png.XXXXXX)
trap 'rm -rf "$out"' EXIT
go run ./cmd/fuwuka preview examples/baicaowa/roster.yaml --household E-001 --dpi 150 -o "$out" -q
cp "$out/E-001.png" docs/card.png
sed "s/design: warm/design: classic/" examples/baicaowa/roster.yaml > "$out/classic.yaml"
go run ./cmd/fuwuka preview "$out/classic.yaml" --household E-001 --dpi 150 -o "$out/classic" -q
cp "$out/classic/E-001.png" docs/classic.png
echo "wrote docs/card.png and docs/classic.png"
