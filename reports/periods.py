"""Reporting periods: April–March years and their quarters, as councils publish figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Period:
    """An inclusive range of days with the label a report shows for it."""

    start: date
    end: date
    label: str

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def year_start(day: date) -> date:
    """1 April of the April–March year ``day`` falls in."""
    return date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def year_label(start_year: int) -> str:
    """``2025`` → ``"2025-26"``."""
    return f"{start_year}-{(start_year + 1) % 100:02d}"


def current_year(today: date) -> Period:
    """The April–March year containing ``today``."""
    start = year_start(today)
    return Period(start, date(start.year + 1, 3, 31), year_label(start.year))


def years(start: date, end: date) -> list[Period]:
    """The April–March years overlapping ``start``..``end``, each clipped to that range."""
    found: list[Period] = []
    first = year_start(start).year
    for year in range(first, year_start(end).year + 1):
        span_start = max(start, date(year, 4, 1))
        span_end = min(end, date(year + 1, 3, 31))
        if span_start <= span_end:
            found.append(Period(span_start, span_end, year_label(year)))
    return found


def quarter_of(day: date) -> str:
    """``2025-26 Q1`` for a day in April–June 2025 (Q4 is January–March)."""
    start = year_start(day)
    months = (day.year - start.year) * 12 + day.month - 4
    return f"{year_label(start.year)} Q{months // 3 + 1}"


def quarters(start: date, end: date) -> list[str]:
    """Every quarter label touching ``start``..``end``, in order."""
    labels: list[str] = []
    year, month = start.year, start.month
    while date(year, month, 1) <= end:
        label = quarter_of(date(year, month, 1))
        if label not in labels:
            labels.append(label)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return labels
