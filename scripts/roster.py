#!/usr/bin/env python3
"""roster.py N [FIRST_ROSTER] > roster.yaml: the example village's officials,
pledges, hotlines and QR settings with N generated households, for
scripts/bench.sh."""
import sys

n = int(sys.argv[1])
src = sys.argv[2] if len(sys.argv) > 2 else "examples/baicaowa/roster.yaml"
with open(src, encoding="utf-8") as f:
    head = f.read().split("\nhouseholds:", 1)[0]
out = sys.stdout
out.write(head + "\nhouseholds:\n")
zones = ["东片", "西片", "南片"]
streets = ["东街", "西二巷", "南排", "前街", "后街"]
for i in range(1, n + 1):
    out.write(f"  - {{id: H-{i:06d}, address: {streets[i % 5]}{i}号, zone: {zones[i % 3]}}}\n")
