#!/usr/bin/env python3
"""Turns Tabler Icons' filled SVGs into layout/design/icons.go: each icon
as absolute move, line and cubic segments in its 24-unit box, arcs and
quadratics converted to cubics, so that every writer draws them as frame
paths. Usage: scripts/icons.py DIR_OF_FILLED_SVGS | gofmt > layout/design/icons.go
(DIR: the icons/filled folder of the npm package @tabler/icons)."""
import math, re, sys, os

ICONS = ["phone", "home", "heart", "mood-smile"]

def tokens(d):
    for m in re.finditer(r"[MmLlHhVvCcSsQqTtAaZz]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?", d):
        yield m.group(0)

def arc_to_cubics(x1, y1, rx, ry, phi, fa, fs, x2, y2):
    """Endpoint arc (SVG 1.1 F.6.5) to cubic Béziers, one per quarter turn or less."""
    if (x1, y1) == (x2, y2):
        return []
    if rx == 0 or ry == 0:
        return [(x1, y1, x2, y2, x2, y2)]
    rx, ry = abs(rx), abs(ry)
    c, s = math.cos(math.radians(phi)), math.sin(math.radians(phi))
    dx, dy = (x1 - x2) / 2, (y1 - y2) / 2
    x1p, y1p = c * dx + s * dy, -s * dx + c * dy
    lam = x1p**2 / rx**2 + y1p**2 / ry**2
    if lam > 1:
        rx, ry = rx * math.sqrt(lam), ry * math.sqrt(lam)
    num = rx**2 * ry**2 - rx**2 * y1p**2 - ry**2 * x1p**2
    den = rx**2 * y1p**2 + ry**2 * x1p**2
    coef = math.sqrt(max(0, num / den)) * (-1 if fa == fs else 1)
    cxp, cyp = coef * rx * y1p / ry, -coef * ry * x1p / rx
    cx, cy = c * cxp - s * cyp + (x1 + x2) / 2, s * cxp + c * cyp + (y1 + y2) / 2
    def angle(ux, uy, vx, vy):
        a = math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
        return a
    t1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry)
    dt = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry)
    if not fs and dt > 0:
        dt -= 2 * math.pi
    elif fs and dt < 0:
        dt += 2 * math.pi
    n = max(1, math.ceil(abs(dt) / (math.pi / 2) - 1e-9))
    step = dt / n
    k = 4 / 3 * math.tan(step / 4)
    out = []
    def point(t):
        return (cx + rx * math.cos(t) * c - ry * math.sin(t) * s, cy + rx * math.cos(t) * s + ry * math.sin(t) * c)
    def deriv(t):
        return (-rx * math.sin(t) * c - ry * math.cos(t) * s, -rx * math.sin(t) * s + ry * math.cos(t) * c)
    t = t1
    for _ in range(n):
        p0, p3 = point(t), point(t + step)
        d0, d3 = deriv(t), deriv(t + step)
        out.append((p0[0] + k * d0[0], p0[1] + k * d0[1], p3[0] - k * d3[0], p3[1] - k * d3[1], p3[0], p3[1]))
        t += step
    return out

def segments(d):
    toks = list(tokens(d))
    i, cmd = 0, None
    x = y = sx = sy = 0.0
    last_ctrl = None  # for S
    last_q = None     # for T
    out = []
    def num():
        nonlocal i
        v = float(toks[i]); i += 1
        return v
    while i < len(toks):
        if re.match(r"[A-Za-z]", toks[i]):
            cmd = toks[i]; i += 1
        rel = cmd.islower()
        C = cmd.upper()
        ox, oy = (x, y) if rel else (0, 0)
        if C == "Z":
            out.append(("Z",)); x, y = sx, sy; last_ctrl = last_q = None
            continue
        if C == "M":
            x, y = ox + num(), oy + num(); sx, sy = x, y
            out.append(("M", x, y)); cmd = "l" if rel else "L"; last_ctrl = last_q = None
        elif C == "L":
            x, y = ox + num(), oy + num(); out.append(("L", x, y)); last_ctrl = last_q = None
        elif C == "H":
            x = ox + num(); out.append(("L", x, y)); last_ctrl = last_q = None
        elif C == "V":
            y = oy + num(); out.append(("L", x, y)); last_ctrl = last_q = None
        elif C == "C":
            x1, y1, x2, y2, x3, y3 = [v + (ox if j % 2 == 0 else oy) for j, v in enumerate([num() for _ in range(6)])]
            out.append(("C", x1, y1, x2, y2, x3, y3)); x, y = x3, y3; last_ctrl = (x2, y2); last_q = None
        elif C == "S":
            x1, y1 = (2 * x - last_ctrl[0], 2 * y - last_ctrl[1]) if last_ctrl else (x, y)
            x2, y2, x3, y3 = [v + (ox if j % 2 == 0 else oy) for j, v in enumerate([num() for _ in range(4)])]
            out.append(("C", x1, y1, x2, y2, x3, y3)); x, y = x3, y3; last_ctrl = (x2, y2); last_q = None
        elif C in "QT":
            if C == "Q":
                qx, qy = ox + num(), oy + num()
            else:
                qx, qy = (2 * x - last_q[0], 2 * y - last_q[1]) if last_q else (x, y)
            x3, y3 = ox + num(), oy + num()
            out.append(("C", x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y), x3 + 2 / 3 * (qx - x3), y3 + 2 / 3 * (qy - y3), x3, y3))
            x, y = x3, y3; last_q = (qx, qy); last_ctrl = None
        elif C == "A":
            rx, ry, phi, fa, fs = num(), num(), num(), num(), num()
            x2, y2 = ox + num(), oy + num()
            for cb in arc_to_cubics(x, y, rx, ry, phi, int(fa), int(fs), x2, y2):
                out.append(("C",) + cb)
            x, y = x2, y2; last_ctrl = last_q = None
    return out

def go_name(icon):
    return "".join(p.capitalize() for p in icon.split("-"))

def main():
    src = sys.argv[1]
    print("// Code generated by scripts/icons.py from Tabler Icons (MIT); DO NOT EDIT.")
    print("// Licence and origin: layout/design/icons/LICENSE and README.md.\n")
    print("package design\n")
    print('import "github.com/fuwuka/fuwuka/layout/frame"\n')
    for icon in ICONS:
        svg = open(os.path.join(src, icon + ".svg")).read()
        paths = [d for d in re.findall(r'<path[^>]*?\sd="([^"]+)"', svg) if d != "M0 0h24v24H0z"]
        segs = [s for d in paths for s in segments(d)]
        print(f"// icon{go_name(icon)} is Tabler's filled {icon}, in a 24-unit box.")
        print(f"var icon{go_name(icon)} = []frame.Seg{{")
        for s in segs:
            f = lambda v: ("%.4f" % v).rstrip("0").rstrip(".")
            if s[0] == "M":
                print(f"\t{{Op: frame.MoveTo, P: [3]frame.Point{{{{X: {f(s[1])}, Y: {f(s[2])}}}}}}},")
            elif s[0] == "L":
                print(f"\t{{Op: frame.LineTo, P: [3]frame.Point{{{{X: {f(s[1])}, Y: {f(s[2])}}}}}}},")
            elif s[0] == "C":
                print(f"\t{{Op: frame.CubeTo, P: [3]frame.Point{{{{X: {f(s[1])}, Y: {f(s[2])}}}, {{X: {f(s[3])}, Y: {f(s[4])}}}, {{X: {f(s[5])}, Y: {f(s[6])}}}}}}},")
            else:
                print("\t{Op: frame.ClosePath},")
        print("}\n")

main()
