#!/usr/bin/env bash
# Measures how poppler shows DeviceCMYK colours on screen, for the table in
# layout/frame/color.go: the PNG and SVG writers must agree with what a
# print shop sees when it opens our PDFs (the acceptance test compares with
# pdftoppm).
#
# With no arguments, fills a patch with each of the 16 corners of the CMYK
# cube (`c m y k k` at 0 or 1), renders the page with pdftoppm and prints
# the centre pixels as a Go table. With arguments C/M/Y/K (percentages,
# e.g. 0/100/100/10), or --random N for N colours in 5 % steps drawn from
# a fixed seed, prints how pdftoppm shows those colours instead, one
# "C/M/Y/K R G B" a line, as layout/frame/color_test.go reads them.
# With --intent FILE first, the page names the ICC profile FILE as its
# PDF/X output intent, as fuwuka's PDFs do, to see whether poppler uses it.
# Needs pdftoppm (poppler-utils) and python3.
# Usage: scripts/cmyk-corners.sh [--intent FILE] [C/M/Y/K ... | --random N]
set -euo pipefail
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install poppler-utils" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$@" <<'EOF'
import subprocess, sys

work, args = sys.argv[1], sys.argv[2:]
profile = None
if args[:1] == ["--intent"]:
    profile = open(args[1], "rb").read()
    args = args[2:]
if args[:1] == ["--random"]:
    import random
    rng = random.Random(1)
    args = ["/".join(str(rng.randrange(0, 101, 5)) for _ in range(4)) for _ in range(int(args[1]))]
corners = not args
if corners:
    # Index bits: C is 8, M 4, Y 2, K 1, as color.go reads the table.
    colours = [[(i >> b) & 1 for b in (3, 2, 1, 0)] for i in range(16)]
else:
    colours = [[float(v) / 100 for v in a.split("/")] for a in args]
    for a, c in zip(args, colours):
        if len(c) != 4 or not all(0 <= v <= 1 for v in c):
            sys.exit(f"{a}: want C/M/Y/K, each a percentage")

# Patches of 36 pt on a 4-column grid; at 72 dpi a point is a pixel, so a
# patch's centre pixel is far from any anti-aliased edge.
side, cols = 36, 4
rows = (len(colours) + cols - 1) // cols
w, h = side * cols, side * rows
ops = []
for i, c in enumerate(colours):
    x, y = side * (i % cols), h - side * (i // cols + 1)
    ops.append("%s %s %s %s k %d %d %d %d re f" % (*("%g" % v for v in c), x, y, side, side))
content = "\n".join(ops).encode()

intent = b""
if profile:
    intent = b" /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier (measured) /DestOutputProfile 5 0 R >>]"
objs = [
    b"<< /Type /Catalog /Pages 2 0 R%s >>" % intent,
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R /Resources << >> >>" % (w, h),
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
]
if profile:
    objs.append(b"<< /N 4 /Length %d >>\nstream\n" % len(profile) + profile + b"\nendstream")
pdf = bytearray(b"%PDF-1.4\n")
offsets = []
for n, body in enumerate(objs, 1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % n + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for off in offsets:
    pdf += b"%010d 00000 n \n" % off
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
with open(f"{work}/patches.pdf", "wb") as f:
    f.write(pdf)

subprocess.run(["pdftoppm", "-r", "72", "-singlefile", f"{work}/patches.pdf", f"{work}/patches"], check=True)

# A binary PPM (P6) is a text header, "P6 width height maxval", then RGB bytes.
data = open(f"{work}/patches.ppm", "rb").read()
fields, pos = [], 0
while len(fields) < 4:
    while data[pos:pos + 1].isspace():
        pos += 1
    if data[pos:pos + 1] == b"#":
        pos = data.index(b"\n", pos)
        continue
    end = pos
    while not data[end:end + 1].isspace():
        end += 1
    fields.append(data[pos:end])
    pos = end
pos += 1
pw, ph, maxval = int(fields[1]), int(fields[2]), int(fields[3])
assert fields[0] == b"P6" and maxval == 255 and (pw, ph) == (w, h), fields

def pixel(i):
    # The PDF's y runs up from the bottom, the image's down from the top.
    x = side * (i % cols) + side // 2
    y = side * (i // cols) + side // 2
    at = pos + 3 * (y * pw + x)
    return tuple(data[at:at + 3])

version = subprocess.run(["pdftoppm", "-v"], capture_output=True, text=True).stderr.split("\n")[0]
if corners:
    print(f"// Measured by scripts/cmyk-corners.sh ({version}).")
    print("var rgbCorners = [16][3]uint8{")
    for i, c in enumerate(colours):
        # Padded so that the comments line up as gofmt would have them.
        entry = "{%d, %d, %d}," % pixel(i)
        name = " ".join(f"{p}{v}" for p, v in zip("CMYK", c))
        print(f"\t{entry:<17}// {name}")
    print("}")
else:
    print(f"# Measured by scripts/cmyk-corners.sh ({version}).")
    for i, c in enumerate(colours):
        print("%s %d %d %d" % ("/".join("%g" % round(v * 100, 4) for v in c), *pixel(i)))
EOF
