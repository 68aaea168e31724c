#!/usr/bin/env python3
"""Daily-run time against service count, as an SVG (no libraries needed).

Reads the lines DailyRunBenchmark appends to target/bench/daily-run.csv
(services, first-run s, peak heap MB, round trips, actions, second-run s) and keeps the
last line per size:
    python3 bench/plot.py target/bench/daily-run.csv > docs/bench/daily-run.svg
"""
import csv
import sys

rows = {}
with open(sys.argv[1] if len(sys.argv) > 1 else "target/bench/daily-run.csv") as f:
    for r in csv.reader(f):
        rows[int(r[0])] = (float(r[1]), float(r[5]))
sizes = sorted(rows)
W, H, L, B, T, R = 640, 400, 70, 50, 30, 170
x_max = max(sizes) * 1.05
y_max = max(60.0, max(v[0] for v in rows.values()) * 1.1)


def x(n):
    return L + (W - L - R) * n / x_max


def y(s):
    return H - B - (H - B - T) * s / y_max


out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<line x1="{L}" y1="{H - B}" x2="{W - R}" y2="{H - B}" stroke="black"/>',
       f'<line x1="{L}" y1="{T}" x2="{L}" y2="{H - B}" stroke="black"/>',
       f'<text x="{(W - R + L) / 2}" y="{H - 12}" text-anchor="middle">services</text>',
       f'<text x="16" y="{(H - B + T) / 2}" transform="rotate(-90 16 {(H - B + T) / 2})" text-anchor="middle">seconds</text>']
for n in sizes:
    out.append(f'<text x="{x(n)}" y="{H - B + 16}" text-anchor="middle">{n // 1000}k</text>')
step = 10 if y_max <= 100 else 50
for s in range(0, int(y_max) + 1, step):
    out.append(f'<text x="{L - 6}" y="{y(s) + 4}" text-anchor="end">{s}</text>')
    out.append(f'<line x1="{L}" y1="{y(s)}" x2="{W - R}" y2="{y(s)}" stroke="#eee"/>')
out.append(f'<line x1="{L}" y1="{y(60)}" x2="{W - R}" y2="{y(60)}" stroke="#c00" stroke-dasharray="6 4"/>')
out.append(f'<text x="{W - R + 6}" y="{y(60) + 4}" fill="#c00">target 60 s</text>')
for i, (label, colour) in enumerate((("first run", "#1565c0"), ("same day again", "#2e7d32"))):
    points = " ".join(f"{x(n)},{y(rows[n][i])}" for n in sizes)
    out.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
    for n in sizes:
        out.append(f'<circle cx="{x(n)}" cy="{y(rows[n][i])}" r="3" fill="{colour}"/>')
        out.append(f'<text x="{x(n) + 5}" y="{y(rows[n][i]) - 6}" fill="{colour}">{rows[n][i]:.1f}</text>')
    out.append(f'<text x="{W - R + 6}" y="{T + 20 + 18 * i}" fill="{colour}">{label}</text>')
out.append("</svg>")
print("\n".join(out))
