"""Benchmark figures as rows: a value, the baseline measured beside it, their ratio and the goal.

Absolute times on shared machines are noise, so every goal that can be is stated as a ratio
against a baseline measured in the same run. A few goals are absolute (memory in MB, a count of
429 answers); for those ``baseline`` is still shown as context.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

# How a row's goal is judged:
#   ratio_at_least / ratio_at_most: value ÷ baseline against ``limit``;
#   value_below / value_at_most / value_at_least: the value itself against ``limit``;
#   info: shown for context, no goal.
GoalKind = Literal[
    "ratio_at_least", "ratio_at_most", "value_below", "value_at_most", "value_at_least", "info"
]


@dataclass(frozen=True)
class Goal:
    """What a figure must reach, e.g. ``Goal("ratio_at_least", 0.6)``."""

    kind: GoalKind
    limit: float = 0.0

    def describe(self, unit: str) -> str:
        if self.kind == "ratio_at_least":
            return f"ratio >= {self.limit:g}"
        if self.kind == "ratio_at_most":
            return f"ratio <= {self.limit:g}"
        if self.kind == "value_below":
            return f"< {self.limit:g} {unit}".rstrip()
        if self.kind == "value_at_most":
            return f"<= {self.limit:g} {unit}".rstrip()
        if self.kind == "value_at_least":
            return f">= {self.limit:g} {unit}".rstrip()
        return "-"


INFO = Goal("info")


@dataclass(frozen=True)
class Row:
    """One measured figure beside its baseline."""

    figure: str
    value: float
    baseline: float | None
    unit: str
    goal: Goal = INFO
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline

    @property
    def holds(self) -> bool | None:
        """Whether the goal is met; None for a row without a goal."""
        kind, limit = self.goal.kind, self.goal.limit
        if kind == "info":
            return None
        if kind == "value_below":
            return self.value < limit
        if kind == "value_at_most":
            return self.value <= limit
        if kind == "value_at_least":
            return self.value >= limit
        ratio = self.ratio
        if ratio is None or math.isnan(ratio):
            return False
        return ratio >= limit if kind == "ratio_at_least" else ratio <= limit

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["goal"] = self.goal.describe(self.unit)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 4)
        data["holds"] = self.holds
        return data


def number(value: float | None) -> str:
    """A figure for the table: three significant digits, thousands separated."""
    if value is None:
        return "-"
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.3g}"


def _verdict(holds: bool | None) -> str:
    return "n/a" if holds is None else ("yes" if holds else "NO")


HEADINGS = ("figure", "value", "baseline", "ratio", "goal", "holds")


def format_table(rows: Sequence[Row]) -> str:
    """The rows as a plain-text table with aligned columns, then the goals that were missed."""
    cells = [
        (
            row.figure,
            f"{number(row.value)} {row.unit}".rstrip(),
            "-" if row.baseline is None else f"{number(row.baseline)} {row.unit}".rstrip(),
            number(row.ratio),
            row.goal.describe(row.unit),
            _verdict(row.holds),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [HEADINGS, *cells]) for i in range(len(HEADINGS))]

    def line(values: Sequence[str]) -> str:
        first = values[0].ljust(widths[0])
        rest = [v.rjust(w) for v, w in zip(values[1:-2], widths[1:-2], strict=True)]
        goal, verdict = values[-2].ljust(widths[-2]), values[-1].ljust(widths[-1])
        return "  ".join([first, *rest, goal, verdict]).rstrip()

    out = [line(HEADINGS), "  ".join("-" * w for w in widths)]
    out += [line(values) for values in cells]
    judged = [row for row in rows if row.holds is not None]
    missed = [row for row in judged if row.holds is False]
    out.append("")
    out.append(f"{len(judged) - len(missed)} of {len(judged)} goals hold.")
    for row in missed:
        out.append(f"MISSED: {row.figure} ({row.goal.describe(row.unit)})")
    notes = [row for row in rows if row.note]
    if notes:
        out.append("")
        out += [f"- {row.figure}: {row.note}" for row in notes]
    return "\n".join(out)


def write_json(rows: Sequence[Row], path: Path, *, scale: float, seconds: float) -> None:
    """Write every row, the scale and how long the whole run took to ``path``."""
    body = {
        "scale": scale,
        "seconds": round(seconds, 1),
        "goals_held": sum(1 for row in rows if row.holds is True),
        "goals_judged": sum(1 for row in rows if row.holds is not None),
        "figures": [row.as_json() for row in rows],
    }
    path.write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")
