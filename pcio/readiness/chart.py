"""A radar chart of the seven pillars as a standalone SVG, drawn on the server (no JS)."""

import math
from html import escape

COLORS = ("#1565c0", "#9e9e9e", "#e65100")


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
                     f'font-size="10" fill="#888">{ring}</text>')
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
        x, y = _point(cx, cy, radius + 16, i, len(labels), 100)
        anchor = "middle" if abs(x - cx) < 10 else ("start" if x > cx else "end")
        lines = _wrap(label)
        top = y + 4 - 7 * (len(lines) - 1)
        spans = "".join(f'<tspan x="{x:.1f}" y="{top + 14 * n:.1f}">{escape(line)}</tspan>'
                        for n, line in enumerate(lines))
        parts.append(f'<text font-size="12" text-anchor="{anchor}">{spans}</text>')
    return parts


def radar(labels, series, title="", size=460) -> str:
    """labels: one per axis; series: [(name, [values 0-100])], drawn in order."""
    pad = 110  # room for the axis labels left and right
    cx, cy, radius = size / 2 + pad, size / 2 - 10, size / 2 - 70
    width = size + 2 * pad
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {size + 40}" '
             f'role="img" aria-label="{escape(title)}" font-family="Sarabun, sans-serif">',
             f"<title>{escape(title)}</title>",
             f'<rect width="{width}" height="{size + 40}" fill="#fff"/>']
    parts += _grid(cx, cy, radius, len(labels))
    for index, (_name, values) in enumerate(series):
        parts.append(_polygon(cx, cy, radius, values, COLORS[index % 3], dashed=index > 0))
    parts += _labels(cx, cy, radius, labels)
    for index, (name, _) in enumerate(series):
        x = pad + index * size / max(1, len(series))
        parts.append(f'<rect x="{x:.1f}" y="{size + 12}" width="14" height="14" '
                     f'fill="{COLORS[index % 3]}"/>')
        parts.append(f'<text x="{x + 20:.1f}" y="{size + 24}" font-size="12">'
                     f"{escape(name)}</text>")
    parts.append("</svg>")
    return "\n".join(parts)
