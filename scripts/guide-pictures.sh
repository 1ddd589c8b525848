#!/usr/bin/env bash
# Draws the pictures of the clerk's guide (docs/使用指南.md) from the
# example roster: the first page of a round list (pdftoppm, poppler-utils)
# and a validate run that finds a typing mistake, as text.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp
out=$(mktemp -d -p "$PWD/tmp" guide.XXXXXX)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1700000000
go build -o "$out/fuwuka" ./cmd/fuwuka
"$out/fuwuka" rounds examples/baicaowa/roster.yaml -o "$out/rounds" -q
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$out/rounds/东片.pdf" docs/guide-rounds
echo "wrote docs/guide-rounds.png"
