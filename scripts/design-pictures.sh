#!/usr/bin/env bash
# Draws docs/designs/<design>-<size>.png with fuwuka preview: household
# E-001 of the example roster in every design at 80, 100 and 140 mm, at
# 72 dpi. The 80 mm card carries four officials and two pledges, which is
# what that size holds with phone numbers at their floors.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp docs/designs
work=$(mktemp -d -p "$PWD/tmp" designs.XXXXXX)
trap 'rm -rf "$work"' EXIT
go build -o "$work/fuwuka" ./cmd/fuwuka
for design in warm classic; do
  for size in 80 100 140; do
    roster="$work/$design-$size.yaml"
    sed -e "s/design: warm/design: $design/" -e "s/size: 100mm/size: ${size}mm/" examples/baicaowa/roster.yaml > "$roster"
    if [ "$size" = 80 ]; then
      # drop the last two officials and the third pledge
      python3 - "$roster" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
a, b = s.index("  - name: 陈桂芳"), s.index("\npledges:")
s = s[:a] + s[b + 1:]
s = s.replace("  - 村务公开 接受监督\n", "", 1)
open(p, "w", encoding="utf-8").write(s)
PY
    fi
    "$work/fuwuka" preview "$roster" --household E-001 --dpi 72 -o "$work/$design-$size" -q
    cp "$work/$design-$size/E-001.png" "docs/designs/$design-$size.png"
  done
done
echo "wrote docs/designs/*.png"
