#!/usr/bin/env bash
# wine-test.sh: fuwuka's Windows behaviour, tried under Wine on Linux.
#
#   scripts/wine-test.sh        # installs wine, mingw-w64 and the zh_CN locale if missing
#
# What it checks, with fuwuka.exe built for windows/amd64:
#   1. the files package's tests (the output rule, the folder lock) as a
#      Windows program;
#   2. a card open in a "PDF reader" (holdopen.exe opens it with share
#      mode 0) is named with what to do, in Chinese, the run exits 1, the
#      card keeps its old content, the others are replaced, and no
#      temporary file is left; in a folder with Chinese and a space;
#   3. a workbook held open with share mode 0 (as Excel holds one) is named
#      in Chinese with what to do, and read once it is closed;
#   4. a run killed while it writes leaves its lock, which the next run
#      takes over (the holder's process is gone) and finishes;
#   5. fuwuka.exe started as Explorer starts it (explorer-start.exe: a
#      console of its own, no arguments) writes the example workbook beside
#      itself, serves its page and opens the browser at it, and tells the
#      clerk so, and how to stop it, in Chinese.
# It ends with "N passed, N failed" and exits non-zero on any failure.
#
# Wine 8 (Debian 12) lacks bcryptprimitives.dll!ProcessPrng, which the Go
# runtime calls at start; scripts/wine/prng.c supplies it in the prefix's
# system32. Wine also lacks the call Go's os.RemoveAll makes on Windows, so
# the tests' own folders are removed as well as Wine can.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# Wine reads Unix file names in the locale's encoding: without a UTF-8
# locale (a bare CI environment has none) the Chinese folders below turn
# to garbage on the Windows side.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *UTF-8* | *utf8*) ;;
  *) unset LC_ALL LC_CTYPE; export LANG=C.UTF-8 ;;
esac
W=${FUWUKA_WINE_DIR:-/tmp/fuwuka-wine}
export WINEPREFIX=$W/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
mkdir -p "$W"

need=()
command -v wine >/dev/null || need+=(wine wine64)
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
locale -a 2>/dev/null | grep -qi '^zh_CN.utf8$' || need+=(locales)
if ((${#need[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if ! locale -a | grep -qi '^zh_CN.utf8$'; then
  grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null || echo 'zh_CN.UTF-8 UTF-8' >>/etc/locale.gen
  locale-gen >/dev/null
fi

cc=x86_64-w64-mingw32-gcc
$cc -O2 -shared -s -Wl,--enable-stdcall-fixup -o "$W/bcryptprimitives.dll" "$repo/scripts/wine/prng.c" "$repo/scripts/wine/prng.def"
$cc -O2 -municode -s -o "$W/holdopen.exe" "$repo/scripts/wine/holdopen.c"
$cc -O2 -municode -s -o "$W/explorer-start.exe" "$repo/scripts/wine/explorer-start.c"
(cd "$repo" && GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go build -o "$W/fuwuka.exe" ./cmd/fuwuka &&
  GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go test -c -o "$W/files.test.exe" ./files)
if [ ! -d "$WINEPREFIX/drive_c/windows/system32" ]; then
  wine wineboot -i >/dev/null 2>&1 || true
fi
cp -f "$W/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
wineserver -k 2>/dev/null || true

passed=0 failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }
zh() { LANG=zh_CN.UTF-8 "$@"; }

# while_held FILE ERR CMD...: runs CMD while holdopen.exe holds FILE open
# with share mode 0 (as a PDF reader or Excel holds it), its standard error
# in ERR; sets held ("held" once the file was held) and code (CMD's exit).
while_held() {
  local file=$1 err=$2
  shift 2
  coproc HOLD { wine "$W/holdopen.exe" "$file"; }
  local hold_pid=$HOLD_PID hold_in=${HOLD[1]}
  read -r held <&"${HOLD[0]}" || held="holdopen failed"
  held=${held%$'\r'}
  set +e
  "$@" >/dev/null 2>"$err"
  code=$?
  set -e
  exec {hold_in}>&-
  wait "$hold_pid" 2>/dev/null || true
}

# 1. the files package as a Windows program
if wine "$W/files.test.exe" -test.v >"$W/files.log" 2>&1; then
  pass "files tests under Windows ($(grep -c '^--- PASS' "$W/files.log") passed, $(grep -c '^--- SKIP' "$W/files.log") skipped)"
else
  grep -v '^=== ' "$W/files.log" | tail -20
  fail "files tests under Windows"
fi

# 2. a card held open, in a folder with Chinese and a space
work="$W/村委会 文件"
rm -rf "$work"; mkdir -p "$work"
cp "$repo/examples/baicaowa/roster.yaml" "$work/roster.yaml"
cd "$work"
zh wine "$W/fuwuka.exe" cards roster.yaml -o cards -q >/dev/null 2>&1
sed -i 's/白草洼村/白草洼新村/' roster.yaml
before1=$(sha256sum cards/E-001.pdf) before2=$(sha256sum cards/E-002.pdf)
while_held 'cards\E-001.pdf' "$W/held.err" zh wine "$W/fuwuka.exe" cards roster.yaml -o cards
if [ "$held" = held ] && [ $code = 1 ] &&
  grep -q '请先在 PDF 阅读器中关闭 cards\\E-001.pdf，再运行一次' "$W/held.err" &&
  [ "$before1" = "$(sha256sum cards/E-001.pdf)" ] && [ "$before2" != "$(sha256sum cards/E-002.pdf)" ] &&
  ! ls -a cards | grep -q '\.tmp$'; then
  pass "a card open in a reader: named in Chinese, exit 1, kept, the others replaced"
else
  cat "$W/held.err"; fail "a card open in a reader (exit $code)"
fi
zh wine "$W/fuwuka.exe" cards roster.yaml -o cards -q 2>"$W/held2.err" && [ "$before1" != "$(sha256sum cards/E-001.pdf)" ] &&
  pass "once the reader is closed, the next run replaces the card" || fail "the run after the reader closed"

# 3. a workbook open in Excel, which lets no other program read it
zh wine "$W/fuwuka.exe" init --xlsx -q xl >/dev/null 2>&1
while_held 'xl\roster.xlsx' "$W/xl.err" zh wine "$W/fuwuka.exe" validate 'xl\roster.xlsx'
if [ "$held" = held ] && [ $code = 1 ] &&
  grep -q 'xl\\roster.xlsx 正被其他程序独占打开，无法读取：请先在那个程序（工作簿则是 Excel 或 WPS）中关闭它，再运行一次' "$W/xl.err" &&
  ! grep -q '[A-Za-z]\{4,\}' <(sed -e 's/roster\.xlsx//g' -e 's/Excel//g' -e 's/^fuwuka//' "$W/xl.err"); then
  pass "a workbook held open by another program: named in Chinese with what to do, exit 1"
else
  cat "$W/xl.err"; fail "a workbook held open (exit $code)"
fi
zh wine "$W/fuwuka.exe" validate 'xl\roster.xlsx' >/dev/null 2>&1 &&
  pass "once the workbook is closed, validate reads it" || fail "validate after the workbook closed"

# 4. a killed run's lock is taken over
python3 "$repo/scripts/roster.py" 600 "$repo/examples/baicaowa/roster.yaml" >big.yaml
rm -rf big
wine "$W/fuwuka.exe" cards big.yaml -o big -q >/dev/null 2>&1 &
run=$!
for _ in $(seq 600); do [ -e big/.fuwuka.lock ] && break; sleep 0.1; done
kill -KILL $run 2>/dev/null || true
wait $run 2>/dev/null || true
wineserver -w 2>/dev/null || true
if [ -e big/.fuwuka.lock ] && zh wine "$W/fuwuka.exe" cards big.yaml -o big -q 2>"$W/lock.err" &&
  [ ! -e big/.fuwuka.lock ] && [ "$(ls big/*.pdf | wc -l)" = 600 ] && ! ls -a big | grep -q '\.tmp$'; then
  pass "a killed run's lock is taken over; the rerun finishes all 600 cards"
else
  cat "$W/lock.err" 2>/dev/null; ls -a big | head; fail "lock takeover after a killed run"
fi

# 5. started as Explorer starts it, in a folder with Chinese and a space
desk="$W/D/服务卡 2026"
rm -rf "$W/D"; mkdir -p "$desk"
cp "$W/fuwuka.exe" "$desk/"
printf '#!/bin/sh\necho "$1" >"%s/url"\n' "$W" >"$W/browser.sh"; chmod +x "$W/browser.sh"
rm -f "$W/url"
console="$W/console.txt"
rm -f "$console"
BROWSER="$W/browser.sh" zh wine "$W/explorer-start.exe" -log "$(winepath -w "$console")" "$(winepath -w "$desk/fuwuka.exe")" >/dev/null 2>&1 &
starter=$!
for _ in $(seq 900); do [ -s "$W/url" ] && grep -q '关闭这个窗口' "$console" 2>/dev/null && break; sleep 0.1; done
url=$(cat "$W/url" 2>/dev/null || true)
state=$(curl -s --max-time 20 "${url}api/state" || true)
if [ -f "$desk/roster.xlsx" ] && [[ $state == *'"roster":"roster.xlsx"'* ]] && [[ $state == *白草洼村* ]]; then
  pass "double-click: example workbook written beside fuwuka.exe, page served at $url and opened"
else
  echo "url=$url state=${state:0:200}"; ls "$desk"; fail "double-click start"
fi
# What the clerk reads in the window: Chinese only, but for the file's
# path, the address, and the names fuwuka, Excel and WPS.
if grep -q '已写出一份示例工作簿' "$console" && grep -q '要停止 fuwuka，关闭这个窗口即可' "$console" &&
  ! sed -e 's/[A-Z]:\\[^：]*roster\.xlsx//g' -e 's|http://[0-9.:/]*||g' -e 's/fuwuka\|Excel\|WPS//g' "$console" | grep -q '[A-Za-z]\{3,\}'; then
  pass "double-click: the window speaks Chinese ($(wc -l <"$console") lines)"
else
  cat "$console" 2>/dev/null; fail "double-click: the window's words"
fi
wineserver -k 2>/dev/null || true
wait $starter 2>/dev/null || true

cd "$repo"
echo "$passed passed, $failed failed"
[ $failed = 0 ]
