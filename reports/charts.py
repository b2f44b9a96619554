"""Inline SVG charts: drawn from numbers alone, so a report needs nothing from outside itself.

Axes tick on round numbers; long category labels wrap onto several lines instead of running
into each other; a suppressed value is drawn as a "c" where its bar or point would be (a gap
would read as zero). Red/amber/green series are drawn in those colours, each with its own
pattern, so they can be told apart without colour too.
"""

from __future__ import annotations

import math
import textwrap

from markupsafe import Markup, escape

from reports.document import Chart, Point

_WIDTH = 640
_LEFT, _RIGHT, _TOP = 48, 12, 12
_PLOT_H = 192
_LINE = 13  # height of one line of a category label
# Colour-blind-safe (Okabe–Ito) so the series can be told apart in print and on screen.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
# Red / amber / green as readers expect them, from the same safe palette, plus a pattern each.
RAG_FILLS = {"Red": ("#D55E00", "hatch"), "Amber": ("#E69F00", "dots"), "Green": ("#009E73", "")}
_PATTERNS = (
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="6" height="6" fill="#D55E00"/>'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/></pattern>'
    '<pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse">'
    '<rect width="6" height="6" fill="#E69F00"/><circle cx="3" cy="3" r="1.3" fill="#fff"/>'
    "</pattern></defs>"
)


def nice_ticks(top: float, *, most: int = 6) -> list[float]:
    """Round tick values from 0 to at least ``top`` (steps of 1, 2 or 5 × a power of ten)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / (most - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if power >= 1:
        step = max(step, 1.0)
    count = math.ceil(top / step - 1e-9)
    return [round(step * i, 10) for i in range(count + 1)]


def _numbers(chart: Chart) -> list[float]:
    return [v for _, series in chart.series for v in series if isinstance(v, float | int)]


def _ticks(chart: Chart) -> list[float]:
    if chart.unit == "%":
        return [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    return nice_ticks(max(_numbers(chart), default=0.0))


def _wrap(label: str, slot: float) -> list[str]:
    width = max(int(slot / 6.2), 6)
    lines = textwrap.wrap(label, width) or [""]
    if len(lines) > 4:
        lines = [*lines[:3], lines[3][: width - 1] + "…"]
    return lines


def _fill(name: str, index: int) -> tuple[str, str]:
    colour, pattern = RAG_FILLS.get(name, (PALETTE[index % len(PALETTE)], ""))
    return colour, f"url(#{pattern})" if pattern else colour


def _marker(x: float, y: float) -> str:
    return (
        f'<text class="suppressed" x="{x:.1f}" y="{y:.1f}" text-anchor="middle" '
        'font-size="12" font-style="italic" fill="#444">c<title>suppressed</title></text>'
    )


def svg(chart: Chart, title: str) -> Markup:
    """The chart as an ``<svg>`` element with a title for screen readers."""
    ticks = _ticks(chart)
    top = ticks[-1]
    plot_w = _WIDTH - _LEFT - _RIGHT
    slot = plot_w / max(len(chart.labels), 1)
    wrapped = [_wrap(label, slot) for label in chart.labels]
    label_lines = max((len(lines) for lines in wrapped), default=1)
    base = _TOP + _PLOT_H
    legend_y = base + 10 + label_lines * _LINE + 8
    height = legend_y + 22
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {_WIDTH} {height}" width="{_WIDTH}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
        _PATTERNS,
    ]
    for value in ticks:
        y = base - _PLOT_H * value / top
        parts.append(
            f'<line x1="{_LEFT}" y1="{y:.1f}" x2="{_WIDTH - _RIGHT}" y2="{y:.1f}" '
            'stroke="#ddd" stroke-width="1"/>'
            f'<text x="{_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">'
            f"{value:g}{escape(chart.unit)}</text>"
        )
    for index, lines in enumerate(wrapped):
        x = _LEFT + slot * (index + 0.5)
        spans = "".join(
            f'<tspan x="{x:.1f}" dy="{0 if n == 0 else _LINE}">{escape(line)}</tspan>'
            for n, line in enumerate(lines)
        )
        parts.append(
            f'<text class="category" x="{x:.1f}" y="{base + 16}" text-anchor="middle" '
            f'font-size="11">{spans}</text>'
        )
    if chart.kind == "bar":
        parts += _bars(chart, slot, top, base)
    else:
        parts += _lines(chart, slot, top, base)
    parts += _legend(chart, legend_y)
    parts.append("</svg>")
    # Every piece of text above went through escape(); the numbers are formatted floats.
    return Markup("".join(parts))


def _bars(chart: Chart, slot: float, top: float, base: float) -> list[str]:
    parts = []
    width = slot * 0.8 / max(len(chart.series), 1)
    for s_index, (name, values) in enumerate(chart.series):
        _, fill = _fill(name, s_index)
        for index, value in enumerate(values):
            x = _LEFT + slot * index + slot * 0.1 + width * s_index
            if isinstance(value, str):
                parts.append(_marker(x + width / 2, base - 4))
                continue
            if value is None:
                continue
            height = _PLOT_H * value / top
            parts.append(
                f'<rect x="{x:.1f}" y="{base - height:.1f}" width="{width:.1f}" '
                f'height="{height:.1f}" fill="{fill}" stroke="#333" stroke-width="0.5">'
                f"<title>{escape(name)}: {value:g}{escape(chart.unit)}</title></rect>"
            )
    return parts


def _lines(chart: Chart, slot: float, top: float, base: float) -> list[str]:
    parts = []
    for s_index, (name, values) in enumerate(chart.series):
        colour, _ = _fill(name, s_index)
        points = _points(values, slot, top, base)
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
        for index, value in enumerate(values):
            if isinstance(value, str):
                parts.append(_marker(_LEFT + slot * (index + 0.5), base - 4))
    return parts


def _points(
    values: tuple[Point, ...], slot: float, top: float, base: float
) -> list[tuple[float, float]]:
    return [
        (_LEFT + slot * (i + 0.5), base - _PLOT_H * v / top)
        for i, v in enumerate(values)
        if isinstance(v, float | int)
    ]


def _legend(chart: Chart, y: float) -> list[str]:
    parts = []
    x = float(_LEFT)
    for index, (name, _) in enumerate(chart.series):
        _, fill = _fill(name, index)
        label = name if len(name) <= 40 else name[:39] + "…"
        if x + 24 + 6.5 * len(label) > _WIDTH:
            break  # the table below names every series
        parts.append(
            f'<rect x="{x:.1f}" y="{y}" width="12" height="12" fill="{fill}" stroke="#333" '
            f'stroke-width="0.5"/><text x="{x + 16:.1f}" y="{y + 10}" font-size="11">'
            f"{escape(label)}</text>"
        )
        x += 28 + 6.5 * len(label)
    if any(isinstance(v, str) for _, values in chart.series for v in values):
        parts.append(
            f'<text x="{_WIDTH - _RIGHT}" y="{y + 10}" text-anchor="end" font-size="11">'
            "c = suppressed</text>"
        )
    return parts
