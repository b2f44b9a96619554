"""Inline SVG charts: drawn from numbers alone, so a report needs nothing from outside itself."""

from __future__ import annotations

from markupsafe import Markup, escape

from reports.document import Chart

_WIDTH, _HEIGHT = 640, 260
_LEFT, _RIGHT, _TOP, _BOTTOM = 48, 12, 12, 56
# Colour-blind-safe (Okabe–Ito) so the series can be told apart in print and on screen.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def _scale(chart: Chart) -> float:
    values = [v for _, series in chart.series for v in series if v is not None]
    top = max(values, default=0.0)
    if chart.unit == "%":
        return 100.0
    return max(top, 1.0)


def _axes(top: float, unit: str) -> list[str]:
    plot_h = _HEIGHT - _TOP - _BOTTOM
    parts = []
    for step in range(5):
        value = top * step / 4
        y = _TOP + plot_h - plot_h * step / 4
        parts.append(
            f'<line x1="{_LEFT}" y1="{y:.1f}" x2="{_WIDTH - _RIGHT}" y2="{y:.1f}" '
            'stroke="#ddd" stroke-width="1"/>'
            f'<text x="{_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">'
            f"{value:.0f}{escape(unit)}</text>"
        )
    return parts


def _legend(chart: Chart) -> list[str]:
    parts = []
    x = _LEFT
    for index, (name, _) in enumerate(chart.series):
        colour = PALETTE[index % len(PALETTE)]
        parts.append(
            f'<rect x="{x}" y="{_HEIGHT - 16}" width="10" height="10" fill="{colour}"/>'
            f'<text x="{x + 14}" y="{_HEIGHT - 7}" font-size="11">{escape(name[:40])}</text>'
        )
        x += 24 + 7 * min(len(name), 40)
    return parts


def svg(chart: Chart, title: str) -> Markup:
    """The chart as an ``<svg>`` element with a title for screen readers."""
    top = _scale(chart)
    plot_w = _WIDTH - _LEFT - _RIGHT
    plot_h = _HEIGHT - _TOP - _BOTTOM
    slot = plot_w / max(len(chart.labels), 1)
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {_WIDTH} {_HEIGHT}" width="{_WIDTH}" '
        f'height="{_HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
        *_axes(top, chart.unit),
    ]
    for index, label in enumerate(chart.labels):
        x = _LEFT + slot * (index + 0.5)
        parts.append(
            f'<text x="{x:.1f}" y="{_HEIGHT - _BOTTOM + 16}" text-anchor="middle" '
            f'font-size="11">{escape(label[:18])}</text>'
        )
    if chart.kind == "bar":
        width = slot * 0.8 / max(len(chart.series), 1)
        for s_index, (name, values) in enumerate(chart.series):
            colour = PALETTE[s_index % len(PALETTE)]
            for index, value in enumerate(values):
                if value is None:
                    continue
                height = plot_h * value / top
                x = _LEFT + slot * index + slot * 0.1 + width * s_index
                parts.append(
                    f'<rect x="{x:.1f}" y="{_TOP + plot_h - height:.1f}" width="{width:.1f}" '
                    f'height="{height:.1f}" fill="{colour}"><title>{escape(name)}: '
                    f"{value:g}{escape(chart.unit)}</title></rect>"
                )
    else:
        for s_index, (name, values) in enumerate(chart.series):
            colour = PALETTE[s_index % len(PALETTE)]
            points = [
                (_LEFT + slot * (i + 0.5), _TOP + plot_h - plot_h * v / top)
                for i, v in enumerate(values)
                if v is not None
            ]
            if len(points) > 1:
                path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
                parts.append(
                    f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>'
                )
            for x, y in points:
                parts.append(
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}">'
                    f"<title>{escape(name)}</title></circle>"
                )
    parts += _legend(chart)
    parts.append("</svg>")
    # Every piece of text above went through escape(); the numbers are formatted floats.
    return Markup("".join(parts))
