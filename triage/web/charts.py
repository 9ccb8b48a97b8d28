"""Charts drawn server-side as SVG: nothing to download, nothing run in the browser."""
from __future__ import annotations

from markupsafe import Markup, escape

PALETTE = ("#2f6db5", "#e0823d", "#3c9a5f", "#c0392b", "#8e6bbf", "#7f8c8d")
# French labels are long: room for the longest situation title (« Optimisation hebdomadaire de
# la base de données », 47 characters) without cutting it.
LABEL_W, LABEL_CHARS = 340, 56
GOOD, MIXED, BAD = "#3c9a5f", "#e0823d", "#c0392b"   # approved as is / edited / rejected


def _short(label: str) -> str:
    """The label cut to fit the label column (the full text stays in the bar's tooltip)."""
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "…"


def _nice(value: float) -> float:
    """An axis top at or above `value` whose half is a round number too (2, 4, 10, 20, 50…)."""
    for step in (2, 4, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000):
        if value <= step:
            return step
    return float(value)


def bars(points: list[tuple[str, float]], width: int = 720, height: int = 200,
         label_every: int = 1, title: str = "") -> Markup:
    """A vertical bar chart of (label, value) points, with a value on hover."""
    if not points:
        return Markup('<p class="muted">Aucune donnée sur la période.</p>')
    top = _nice(max(v for _, v in points))
    left, bottom = 34, 22
    plot_w, plot_h = width - left - 6, height - bottom - 8
    step = plot_w / len(points)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">']
    for frac in (0, 0.5, 1):
        y = 8 + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" class="axis" text-anchor="end">'
                     f'{top * frac:g}</text>')
    for i, (label, value) in enumerate(points):
        h = plot_h * value / top
        x = left + i * step
        parts.append(f'<rect x="{x + step * 0.1:.1f}" y="{8 + plot_h - h:.1f}" '
                     f'width="{max(step * 0.8, 1):.1f}" height="{h:.1f}" fill="{PALETTE[0]}">'
                     f'<title>{escape(label)} : {value}</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{height - 6}" class="axis" '
                         f'text-anchor="middle">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def hbars(points: list[tuple[str, float]], width: int = 700, row: int = 22,
          title: str = "") -> Markup:
    """A horizontal bar chart (for categories with long names)."""
    if not points:
        return Markup('<p class="muted">Aucune donnée sur la période.</p>')
    top = max(v for _, v in points) or 1
    label_w, height = LABEL_W, row * len(points) + 4
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">']
    for i, (label, value) in enumerate(points):
        y, w = 2 + i * row, (width - label_w - 40) * value / top
        parts.append(f'<text x="{label_w - 6}" y="{y + row * 0.7:.1f}" class="axis" '
                     f'text-anchor="end">{escape(_short(str(label)))}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{max(w, 1):.1f}" '
                     f'height="{row - 6}" fill="{PALETTE[i % len(PALETTE)]}">'
                     f'<title>{escape(label)} : {value}</title></rect>'
                     f'<text x="{label_w + w + 4:.1f}" y="{y + row * 0.7:.1f}" '
                     f'class="axis">{value}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def stacked(rows: list[tuple[str, list[float]]], legend: list[str], width: int = 700,
            row: int = 22, colors: tuple[str, ...] = PALETTE) -> Markup:
    """Horizontal 100 % bars (e.g. approved unchanged / edited / rejected per template), one
    colour per part (`colors`: green for what went well, red for what did not)."""
    if not rows:
        return Markup('<p class="muted">Aucune donnée sur la période.</p>')
    label_w, height = LABEL_W, row * len(rows) + 26
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg">']
    for i, (label, shares) in enumerate(rows):
        y, x = 2 + i * row, float(label_w)
        parts.append(f'<text x="{label_w - 6}" y="{y + row * 0.7:.1f}" class="axis" '
                     f'text-anchor="end">{escape(_short(str(label)))}</text>')
        for j, share in enumerate(shares):
            w = (width - label_w - 4) * share
            parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
                         f'fill="{colors[j]}"><title>{escape(legend[j])} : '
                         f'{share * 100:.0f} %</title></rect>')
            x += w
    y = height - 8
    for j, name in enumerate(legend):
        x0 = label_w + j * (width - label_w) / len(legend)
        parts.append(f'<rect x="{x0:.0f}" y="{y - 9}" width="10" height="10" '
                     f'fill="{colors[j]}"/><text x="{x0 + 14:.0f}" y="{y}" '
                     f'class="axis">{escape(name)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
