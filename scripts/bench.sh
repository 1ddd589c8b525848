#!/usr/bin/env bash
# Measures `fuwuka cards` on a generated roster of N households (default
# 1000): wall time and peak RSS from /usr/bin/time -v, and the PDF sizes;
# then a rerun with nothing changed, which only checks the manifest.
# Usage: scripts/bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
# The output goes under the checkout (tmp/ is ignored by git): on some
# machines /tmp is a slower file system, and file creation dominates.
mkdir -p tmp
work=$(mktemp -d -p "$PWD/tmp" bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

go build -o "$work/fuwuka" ./cmd/fuwuka

# The example's officials, pledges and settings, with n generated households.
sed '/^households:/,$d' examples/baicaowa/roster.yaml > "$work/roster.yaml"
{
  echo "households:"
  zones=(东片 西片 南片)
  streets=(东街 西二巷 南排 前街 后街)
  for ((i = 1; i <= n; i++)); do
    printf '  - {id: H-%04d, address: %s%d号, zone: %s}\n' "$i" "${streets[i % 5]}" "$i" "${zones[i % 3]}"
  done
} >> "$work/roster.yaml"

export SOURCE_DATE_EPOCH=1700000000
/usr/bin/time -v "$work/fuwuka" cards "$work/roster.yaml" -o "$work/out" 2> "$work/time.txt" >/dev/null
wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
files=$(ls "$work/out"/*.pdf | wc -l)
summary=$(/usr/bin/time -v "$work/fuwuka" cards "$work/roster.yaml" -o "$work/out" 2> "$work/time.txt")
rerun=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
bytes=$(cat "$work/out"/*.pdf | wc -c)
echo "households: $n  pdfs: $files"
echo "wall: $wall  peak RSS: $((rss / 1024)) MB"
echo "rerun, nothing changed: wall: $rerun  ($summary)"
echo "total: $((bytes / 1024)) KB  mean per PDF: $((bytes / files / 1024)) KB  largest: $(( $(ls -S "$work/out"/*.pdf | head -1 | xargs wc -c | awk '{print $1}') / 1024 )) KB"

# The same households on A3 press sheets, cut-and-stack.
/usr/bin/time -v "$work/fuwuka" sheets "$work/roster.yaml" -o "$work/sheets/job.pdf" --paper A3 2> "$work/time.txt" >/dev/null
wall=$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')
rss=$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')
echo "sheets: wall: $wall  peak RSS: $((rss / 1024)) MB  file: $(( $(wc -c < "$work/sheets/job.pdf") / 1024 )) KB"
