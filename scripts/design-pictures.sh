#!/usr/bin/env bash
# Draws docs/designs/<design>-<size>.png with fuwuka preview: household
# E-001 of the example roster in every design fuwuka designs lists, at 80,
# 100 and 140 mm, and docs/designs/<design>-village-100.png: the crowded
# example (examples/shuangshu: eight officials with long roles) at 100 mm,
# household W-002, whose address is the longest. All at 72 dpi. The 80 mm
# card carries three officials, two pledges and one hotline, which is what
# that size holds in every design with every text at its floor.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp docs/designs
work=$(mktemp -d -p "$PWD/tmp" designs.XXXXXX)
trap 'rm -rf "$work"' EXIT
go build -o "$work/fuwuka" ./cmd/fuwuka
designs=$("$work/fuwuka" designs --json | python3 -c 'import json, sys; print(" ".join(d["name"] for d in json.load(sys.stdin)["result"]["designs"]))')
for design in $designs; do
  for size in 80 100 140; do
    roster="$work/$design-$size.yaml"
    sed -e "s/design: warm/design: $design/" -e "s/size: 100mm/size: ${size}mm/" examples/baicaowa/roster.yaml > "$roster"
    if [ "$size" = 80 ]; then
      # drop the last three officials, the third pledge and the second
      # hotline
      python3 - "$roster" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
a, b = s.index("  - name: 刘德明"), s.index("\npledges:")
s = s[:a] + s[b + 1:]
s = s.replace("  - 村务公开 接受监督\n", "", 1)
a = s.index("  - name: 村委会值班室")
s = s[:a] + s[s.index("\n\n", a) + 1:]
open(p, "w", encoding="utf-8").write(s)
PY
    fi
    "$work/fuwuka" preview "$roster" --household E-001 --dpi 72 -o "$work/$design-$size" -q
    cp "$work/$design-$size/E-001.png" "docs/designs/$design-$size.png"
  done
  roster="$work/$design-village.yaml"
  sed -e "s/design: warm/design: $design/" examples/shuangshu/roster.yaml > "$roster"
  "$work/fuwuka" preview "$roster" --household W-002 --dpi 72 -o "$work/$design-village" -q
  cp "$work/$design-village/W-002.png" "docs/designs/$design-village-100.png"
done
echo "wrote docs/designs/*.png"
