#!/usr/bin/env bash
# Measures fuwuka against its peers side by side, in one run on this
# machine, and prints the ratios issue 15 asks for:
#   N households (default 1,000), best wall time of REPS rounds (default 3),
#   each round running every command once, so that load from elsewhere
#   falls on all of them alike:
#     fuwuka cards       / glabels-3-batch, ONE card
#     fuwuka cards       / Typst, N files
#     fuwuka sheets A3   / Typst, one N-page PDF
#     fuwuka validate    / glabels-3-batch, ONE card
#   BIG households (default 100,000; 0 skips): validate, cards and sheets
#   once each, with peak RSS and time per household against the N run.
# Then the Go benchmarks of each stage: QR, layout, PDF write, compression.
# The peers are found in PEERS (default /tmp/fuwuka-peers) or installed
# there with ../shared/peers/setup.sh; never into the checkout.
# Usage: scripts/bench.sh [N] [BIG]      env: REPS, PEERS, PEERS_SETUP
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
big=${2:-100000}
reps=${REPS:-3}
peers=${PEERS:-/tmp/fuwuka-peers}
setup=${PEERS_SETUP:-../shared/peers/setup.sh}

if [ ! -x "$peers/run_glabels.sh" ] || [ ! -d "$peers/typst/node_modules" ] || ! command -v glabels-3-batch >/dev/null; then
  echo "installing the peers into $peers"
  mkdir -p "$peers"
  "$setup" "$peers" >/dev/null
fi

# The output goes under the checkout (tmp/ is ignored by git): on some
# machines /tmp is a slower file system, and file creation dominates.
mkdir -p tmp
work=$(mktemp -d -p "$PWD/tmp" bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
go build -o "$work/fuwuka" ./cmd/fuwuka
export SOURCE_DATE_EPOCH=1700000000
python3 scripts/roster.py "$n" > "$work/roster.yaml"

# run NAME CMD...: runs CMD once; appends "NAME ms rss_kb" to $work/runs.
# The disk is synced first, so that no command pays for writing back what
# the one before it wrote.
run() {
  local name=$1
  shift
  local t0 t1
  sync
  t0=$(date +%s%N)
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>"$work/err" || {
    echo "$name failed:" >&2
    cat "$work/err" >&2
    exit 1
  }
  t1=$(date +%s%N)
  echo "$name $(((t1 - t0) / 1000000)) $(tail -1 "$work/rss")" >> "$work/runs"
}

# best NAME: the best wall time in ms; rss NAME: that run's peak RSS in KB.
best() { awk -v n="$1" '$1 == n && (b == "" || $2 < b) { b = $2 } END { print b }' "$work/runs"; }
rss() { awk -v n="$1" '$1 == n && (b == "" || $2 < b) { b = $2; r = $3 } END { print r }' "$work/runs"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $n households, best of $reps rounds"
for ((r = 1; r <= reps; r++)); do
  # every round writes into new folders, as the first does: replacing the
  # files of the round before measures the file system's deletes
  rm -rf "$work/typst-each" "$work/typst-one" "$work/cards" "$work/sheets"
  run glabels-1 "$peers/run_glabels.sh" 1 "$work/glabels.pdf"
  run typst-each node "$peers/typst/run.js" each "$n" "$work/typst-each"
  run typst-one node "$peers/typst/run.js" one "$n" "$work/typst-one"
  run cards "$work/fuwuka" cards "$work/roster.yaml" -o "$work/cards"
  run sheets "$work/fuwuka" sheets "$work/roster.yaml" -o "$work/sheets/job.pdf" --paper A3
  run validate "$work/fuwuka" validate "$work/roster.yaml"
done

printf '%-34s %9s %9s   %s\n' "" "wall ms" "RSS MB" "every round, ms"
for name in glabels-1 typst-each typst-one cards sheets validate; do
  printf '%-34s %9d %9d   %s\n' "$name" "$(best $name)" "$(($(rss $name) / 1024))" \
    "$(awk -v n="$name" '$1 == n { printf "%s ", $2 }' "$work/runs")"
done
bytes=$(cat "$work/cards"/*.pdf | wc -c)
echo "cards: $((bytes / n / 1024)) KB per PDF; sheets: $(($(wc -c < "$work/sheets/job.pdf") / 1024)) KB"
echo
printf '%-44s %7s %7s\n' "ratio (issue 15)" "got" "target"
printf '%-44s %7s %7s\n' "cards $n / glabels one card" "$(ratio "$(best cards)" "$(best glabels-1)")" "≤ 0.45"
printf '%-44s %7s %7s\n' "cards $n / Typst $n files" "$(ratio "$(best cards)" "$(best typst-each)")" "≤ 0.25"
printf '%-44s %7s %7s\n' "sheets A3 $n / Typst one $n-page PDF" "$(ratio "$(best sheets)" "$(best typst-one)")" "≤ 0.5"
printf '%-44s %7s %7s\n' "validate $n / glabels one card" "$(ratio "$(best validate)" "$(best glabels-1)")" "≤ 0.15"

if [ "$big" -gt 0 ]; then
  echo
  python3 scripts/roster.py "$big" > "$work/big.yaml"
  run big-validate "$work/fuwuka" validate "$work/big.yaml"
  run big-cards "$work/fuwuka" cards "$work/big.yaml" -o "$work/big-cards" --force
  rm -rf "$work/big-cards"
  run big-sheets "$work/fuwuka" sheets "$work/big.yaml" -o "$work/big-sheets/job.pdf" --paper A3
  printf '%-10s %9s %9s %12s %12s %9s\n' "$big" "wall s" "RSS MB" "µs/household" "at $n" "ratio"
  for cmd in validate cards sheets; do
    ms=$(best big-$cmd)
    per=$(awk -v a="$ms" -v b="$big" 'BEGIN { printf "%.0f", a * 1000 / b }')
    small=$(awk -v a="$(best $cmd)" -v b="$n" 'BEGIN { printf "%.0f", a * 1000 / b }')
    printf '%-10s %9.1f %9d %12s %12s %9s\n' "$cmd" "$(awk -v a="$ms" 'BEGIN { print a / 1000 }')" \
      "$(($(rss big-$cmd) / 1024))" "$per" "$small" "$(ratio "$per" "$small")"
  done
  echo "targets: RSS ≤ 300 MB, time per household ≤ 1.3× the $n run"
fi

echo
echo "Go benchmarks per stage"
go test -run '^$' -bench 'Encode|GoQRCode' -benchmem ./layout/qr | grep '^Benchmark'
go test -run '^$' -bench '^BenchmarkCard(Alone)?$' -benchmem ./layout/design | grep '^Benchmark' | sed 's/^BenchmarkCard/BenchmarkLayoutCard/'
go test -run '^$' -bench 'WriteCard|CompressContent' -benchmem ./layout/pdf | grep '^Benchmark'
