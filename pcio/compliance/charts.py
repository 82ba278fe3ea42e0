"""Small server-side SVG charts (no JavaScript): horizontal bars and columns."""

from html import escape

_ROW, _LABEL_W, _BAR_W = 26, 230, 300


def bars(title: str, items, total=None) -> str:
    """Horizontal bars: items are (label, value); total scales the bars (default: largest)."""
    items = list(items)
    scale = max([total or 0, *(v for _, v in items)]) or 1
    height = _ROW * len(items) + 8
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {_LABEL_W + _BAR_W + 70} {height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for n, (label, value) in enumerate(items):
        y, width = n * _ROW + 4, round(_BAR_W * value / scale)
        parts.append(
            f'<text x="{_LABEL_W - 6}" y="{y + 16}" text-anchor="end" font-size="13">'
            f'{escape(_short(label))}</text>'
            f'<rect x="{_LABEL_W}" y="{y + 3}" width="{width}" height="18" fill="#2f6f9f"/>'
            f'<text x="{_LABEL_W + width + 6}" y="{y + 16}" font-size="13">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def columns(title: str, items) -> str:
    """Vertical columns over time: items are (label, value) oldest first."""
    items = list(items)
    top = max([v for _, v in items] or [1]) or 1
    col = 60
    width, height = max(col * len(items), 360), 180
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for n, (label, value) in enumerate(items):
        h = round(130 * value / top)
        x = n * col + 10
        parts.append(
            f'<rect x="{x}" y="{150 - h}" width="{col - 20}" height="{h}" fill="#4c9a62"/>'
            f'<text x="{x + (col - 20) / 2}" y="{145 - h}" text-anchor="middle" '
            f'font-size="12">{value}</text>'
            f'<text x="{x + (col - 20) / 2}" y="168" text-anchor="middle" font-size="12">'
            f'{escape(str(label))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _short(label: str, limit=34) -> str:
    label = str(label)
    return label if len(label) <= limit else label[: limit - 1] + "…"
