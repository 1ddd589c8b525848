#!/usr/bin/env bash
# The files a release archive carries beside the binary, made from the
# checkout into build/ (goreleaser's before-hook; no network):
#   build/THIRD_PARTY_NOTICES.txt   every linked module's and embedded data's licence
#   build/windows/guide.html        docs/使用指南.md as one offline page
#   build/windows/example-roster.xlsx   the example workbook of `fuwuka init --xlsx`
#   build/windows/make-cards.bat    the clerk's batch file (release/windows/)
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf build
mkdir -p build/windows
go run ./scripts/notices -o build/THIRD_PARTY_NOTICES.txt
go run ./scripts/guide -o build/windows/guide.html
go run ./cmd/fuwuka init --xlsx --lang zh build/windows >/dev/null
mv build/windows/roster.xlsx build/windows/example-roster.xlsx
cp release/windows/make-cards.bat build/windows/
