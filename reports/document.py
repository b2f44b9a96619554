"""What a finished report is, whatever its format: titled tables, charts, quotes and a JSON payload.

Aggregation modules build a :class:`Document` from already-anonymised figures; ``render`` turns
it into HTML, CSV, XLSX or JSON without knowing which report it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from reports.anonymise import SUPPRESSED, Figure

# A value to draw: a number, ``"c"`` (suppressed: drawn as a "c" marker, never as a zero bar)
# or None (nothing to draw).
Point = float | str | None


@dataclass(frozen=True)
class Chart:
    """A bar chart (categories side by side) or a trend line."""

    kind: Literal["bar", "line"]
    labels: tuple[str, ...]
    series: tuple[tuple[str, tuple[Point, ...]], ...]
    unit: str = ""


@dataclass(frozen=True)
class Table:
    """One table; ``id`` names its XLSX sheet and CSV section."""

    id: str
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Figure, ...], ...]
    chart: Chart | None = None
    note: str | None = None


@dataclass(frozen=True)
class Quote:
    """A consented, redacted quote and the question it answered."""

    question: str
    text: str


@dataclass(frozen=True)
class HeldQuote:
    """A heavily redacted quote left out until a participation officer approves its words."""

    answer_id: int
    child_id: int
    question: str
    text: str


@dataclass(frozen=True)
class Document:
    """A report ready to render."""

    kind: str
    title: str
    period: str
    exact: bool
    tables: tuple[Table, ...]
    quotes: tuple[Quote, ...] = ()
    notes: tuple[str, ...] = ()
    payload: dict[str, Any] = field(default_factory=dict)
    held: tuple[HeldQuote, ...] = ()  # never rendered: stored for review by the caller
    lead: tuple[str, ...] = ()  # headline sentences shown under the title


def chart_value(figure: Figure) -> Point:
    """A figure as a number to draw, ``"c"`` when suppressed, or ``None`` when missing."""
    if figure == SUPPRESSED:
        return SUPPRESSED
    if isinstance(figure, bool) or not isinstance(figure, int | float):
        return None
    return float(figure)


SUPPRESSION_NOTE = (
    "c: a count of 1 to 5, or a figure hidden so that such a count cannot be worked out from "
    "the totals. Percentages are not shown where fewer than 10 children are counted."
)
EXACT_NOTE = "Exact figures for internal management information: do not share outside the service."


def held_note(count: int) -> tuple[str, ...]:
    """The line telling readers that some quotes wait for approval (none when there are none)."""
    if not count:
        return ()
    quotes = "quote waits" if count == 1 else "quotes wait"
    return (
        f"{count} {quotes} for a participation officer to approve the redacted words "
        "(hearme quotes review) and not shown here.",
    )


def standard_notes(exact: bool, *, held: int = 0) -> tuple[str, ...]:
    """What a report says under its figures: how they are protected (or that they are exact),
    then how many quotes wait for approval."""
    return ((EXACT_NOTE,) if exact else (SUPPRESSION_NOTE,)) + held_note(held)


def survey_payload(
    kind: str,
    *,
    exact: bool,
    start: date,
    end: date,
    respondents: Figure,
    quotes: Sequence[Quote],
    **figures: Any,
) -> dict[str, Any]:
    """The JSON of a survey report (satisfaction, feedback): what it is, the period, how many
    responded, its own ``figures``, then the quotes shown."""
    return {
        "report": kind,
        "exact": exact,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "respondents": respondents,
        **figures,
        "quotes": [{"question": q.question, "text": q.text} for q in quotes],
    }


def show_count(figure: Figure) -> str:
    """A count in a sentence: thousands separated, ``c`` as it is."""
    return f"{figure:,}" if isinstance(figure, int) else str(figure)
