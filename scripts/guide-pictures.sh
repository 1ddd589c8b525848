#!/usr/bin/env bash
# Draws the pictures of the clerk's guide (docs/使用指南.md) from the
# example roster: the first page of a round list (pdftoppm, poppler-utils),
# and the officials' and households' sheets of the workbook fuwuka init
# --xlsx writes, as LibreOffice reads them (soffice, Debian's
# libreoffice-calc-nogui; python3; chromium), drawn like a spreadsheet.
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

"$out/fuwuka" init --xlsx "$out/wb" >/dev/null
soffice --headless --convert-to html --outdir "$out/wb" "$out/wb/roster.xlsx" >/dev/null 2>&1
python3 - "$out/wb/roster.html" "$out/wb/page.html" 干部 住户 <<'PY'
# The named sheets of a LibreOffice HTML export as one page that looks
# like a spreadsheet: grid lines, row numbers and the sheet tabs.
import re, sys
src, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
h = open(src, encoding='utf-8').read()
tables = dict(re.findall(r'<h1>Sheet \d+: <em>(.*?)</em></h1></A>\s*(<table.*?</table>)', h, re.S))
parts = []
for name in names:
    rows = iter(range(1, 10**6))
    tab = re.sub(r'<tr>', lambda m: '<tr><td class="rn">%d</td>' % next(rows), tables[name])
    tab = tab.replace('<colgroup', '<colgroup width="34"></colgroup><colgroup', 1)
    tabs = ''.join('<span class="tab%s">%s</span>' % (' on' if t == name else '', t) for t in tables)
    parts.append('<div class="sheet">%s<div class="tabs">%s</div></div>' % (tab, tabs))
style = """
body { margin: 12px; background: #fff; font-family: "Noto Sans SC"; }
.sheet { display: inline-block; margin: 0 0 18px 0; border: 1px solid #bbb; }
table { border-collapse: collapse; font-size: 13px; }
td { border: 1px solid #d4d4d4; padding: 2px 6px; height: 20px; white-space: nowrap; }
td.rn { background: #f0f0f0; color: #666; text-align: center; }
.tabs { background: #f0f0f0; border-top: 1px solid #bbb; font-size: 12px; padding: 3px 6px; }
.tab { display: inline-block; padding: 2px 10px; color: #555; }
.tab.on { background: #fff; color: #000; border: 1px solid #bbb; border-top: none; font-weight: bold; }
"""
open(out, 'w', encoding='utf-8').write('<!DOCTYPE html><meta charset="utf-8"><style>' + style + '</style>' + ''.join(parts))
PY
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$out/chromium" --hide-scrollbars --window-size=900,456 \
  --screenshot="$PWD/docs/guide-workbook.png" "file://$out/wb/page.html" 2>/dev/null
echo "wrote docs/guide-workbook.png"
