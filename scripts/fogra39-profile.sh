#!/usr/bin/env bash
# Rebuilds layout/pdf/icc/fogra39.icc, the CMYK output profile every PDF
# names as its PDF/X output intent, from the FOGRA39 characterisation data
# Debian's icc-profiles-free ships (FOGRA39L.ti3, copyright Kai-Uwe
# Behrmann, zlib licence), with ArgyllCMS's colprof (Debian: argyll).
# The separation tables keep to the ink limits of the FOGRA39 printing
# condition as ISO Coated v2 (ECI) applies them: 330 % total area
# coverage and 95 % black (-l330 -L95). Without them the Lab→CMYK table
# reached 353 % total ink. Low quality (-ql) keeps the profile small,
# since every card file carries it: 28 KB, 23 KB deflated, average ΔE76
# 0.50 against the data (profcheck); -qm would make it 71 KB (65 KB
# deflated, ΔE76 0.16), larger than the card it rides with.
# The ICC registry asks that a profile made from registered data say so:
# the description says "based on FOGRA39" and the characterisation target
# tag (targ) reads "ICCHDAT FOGRA39".
set -euo pipefail
cd "$(dirname "$0")/.."
ti3=/usr/share/color/icc/FOGRA39L.ti3
if [ ! -f "$ti3" ] || ! command -v colprof >/dev/null; then
  echo "needs $ti3 and colprof: apt-get install icc-profiles-free argyll" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ti3" "$work/fogra39.ti3"
colprof -ql -bl -nc -Zr -l330 -L95 \
  -D "fuwuka CMYK, based on FOGRA39 (ISO 12647-2:2004/Amd 1, coated paper)" \
  -C "Data: FOGRA39L.ti3, Copyright Kai-Uwe Behrmann, zlib licence" \
  "$work/fogra39" >/dev/null
python3 - "$work/fogra39.icc" layout/pdf/icc/fogra39.icc <<'PY'
# Append a 'targ' tag of type 'text' and fix the header's size.
import struct, sys
src, dst = sys.argv[1], sys.argv[2]
d = bytearray(open(src, 'rb').read())
n = struct.unpack('>I', d[128:132])[0]
tags = [struct.unpack('>4sII', d[132 + 12*i:144 + 12*i]) for i in range(n)]
assert b'targ' not in [t[0] for t in tags]
body = d[132 + 12*n:]
base = 132 + 12*(n + 1)
# every offset moves by one tag table entry
tags = [(sig, off + 12, size) for sig, off, size in tags]
text = b'text' + b'\0'*4 + b'ICCHDAT FOGRA39\0'
while len(body) % 4:
    body += b'\0'
tags.append((b'targ', base + len(body), len(text)))
body += text
while len(body) % 4:
    body += b'\0'
out = d[:128] + struct.pack('>I', n + 1) + b''.join(struct.pack('>4sII', *t) for t in tags) + body
out[0:4] = struct.pack('>I', len(out))
assert out[12:16] == b'prtr' and out[16:20] == b'CMYK' and out[36:40] == b'acsp'
open(dst, 'wb').write(out)
PY
echo "wrote layout/pdf/icc/fogra39.icc ($(wc -c < layout/pdf/icc/fogra39.icc) bytes)"
