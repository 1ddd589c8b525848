#!/usr/bin/env bash
# Renders the README's picture, docs/card.png, from the example roster:
# one card at 150 dpi, with its bleed. Needs pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp
out=$(mktemp -d -p "$PWD/tmp" card-png.XXXXXX)
trap 'rm -rf "$out"' EXIT
SOURCE_DATE_EPOCH=1700000000 go run ./cmd/fuwuka cards examples/baicaowa/roster.yaml -o "$out" --household E-001 >/dev/null
pdftoppm -r 150 -png -singlefile "$out/E-001.pdf" docs/card
echo "wrote docs/card.png"
