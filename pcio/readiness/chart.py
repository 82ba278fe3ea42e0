"""A radar chart of the seven pillars as a standalone SVG, drawn on the server (no JS).

The chart is drawn for a phone first: scaled to 288 px (a 320 px screen) its type must stay
about 11 px or more, so the axes carry short labels (the pillar number; the table beside the
chart names each pillar) in large type, and the legend takes one line per series."""

import math
from html import escape

COLORS = ("#1565c0", "#757575", "#e65100")
LABEL, SMALL = 28, 21  # font sizes in chart units: 540 units shown 288 px wide ≈ 15 and 11 px
LINE = 32  # legend line height


def _point(cx, cy, radius, index, count, value):
    angle = -math.pi / 2 + 2 * math.pi * index / count
    r = radius * max(0.0, min(100.0, float(value or 0))) / 100
    return cx + r * math.cos(angle), cy + r * math.sin(angle)


def _polygon(cx, cy, radius, values, color, dashed=False):
    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in
                      (_point(cx, cy, radius, i, len(values), v) for i, v in enumerate(values)))
    dash = ' stroke-dasharray="5 3"' if dashed else ""
    return (f'<polygon points="{points}" fill="{color}" fill-opacity="0.12" stroke="{color}" '
            f'stroke-width="2"{dash}/>')


def _grid(cx, cy, radius, count):
    parts = []
    for ring in (20, 40, 60, 80, 100):
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in
                          (_point(cx, cy, radius, i, count, ring) for i in range(count)))
        parts.append(f'<polygon points="{points}" fill="none" stroke="#ddd"/>')
        parts.append(f'<text x="{cx + 3:.1f}" y="{cy - radius * ring / 100:.1f}" '
                     f'font-size="{SMALL}" fill="#666">{ring}</text>')
    for i in range(count):
        x, y = _point(cx, cy, radius, i, count, 100)
        parts.append(f'<line x1="{cx}" y1="{cy}" x2="{x:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
    return parts


def _wrap(label, width=20):
    lines = [""]
    for word in label.split():
        if lines[-1] and len(lines[-1]) + len(word) >= width:
            lines.append("")
        lines[-1] = f"{lines[-1]} {word}".strip()
    return lines


def _labels(cx, cy, radius, labels):
    parts = []
    for i, label in enumerate(labels):
        x, y = _point(cx, cy, radius + LABEL * 0.8, i, len(labels), 100)
        anchor = "middle" if abs(x - cx) < 10 else ("start" if x > cx else "end")
        lines = _wrap(label, 8)
        top = y + LABEL / 3 - LABEL / 2 * (len(lines) - 1)
        spans = "".join(f'<tspan x="{x:.1f}" y="{top + LABEL * n:.1f}">{escape(line)}</tspan>'
                        for n, line in enumerate(lines))
        parts.append(f'<text font-size="{LABEL}" font-weight="700" text-anchor="{anchor}">'
                     f"{spans}</text>")
    return parts


def radar(labels, series, title="", size=460) -> str:
    """labels: one per axis, short (a number or a code); series: [(name, [values 0-100])],
    drawn in order."""
    pad = 40  # room for the short axis labels left and right
    cx, cy, radius = size / 2 + pad, size / 2, size / 2 - 50
    width, height = size + 2 * pad, size + 20 + LINE * len(series)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'role="img" aria-label="{escape(title)}" font-family="Sarabun, sans-serif">',
             f"<title>{escape(title)}</title>",
             f'<rect width="{width}" height="{height}" fill="#fff"/>']
    parts += _grid(cx, cy, radius, len(labels))
    for index, (_name, values) in enumerate(series):
        parts.append(_polygon(cx, cy, radius, values, COLORS[index % 3], dashed=index > 0))
    parts += _labels(cx, cy, radius, labels)
    for index, (name, _) in enumerate(series):
        y = size + 10 + LINE * index
        parts.append(f'<rect x="{pad}" y="{y}" width="{SMALL}" height="{SMALL}" '
                     f'fill="{COLORS[index % 3]}"/>')
        parts.append(f'<text x="{pad + SMALL + 8}" y="{y + SMALL - 3}" font-size="{SMALL + 1}">'
                     f"{escape(name)}</text>")
    parts.append("</svg>")
    return "\n".join(parts)
