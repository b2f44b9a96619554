"""Times as the database keeps them: ISO 8601 text, always in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime


def iso(moment: datetime) -> str:
    """A timezone-aware moment as UTC ISO text (naive moments are refused: they are bugs)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware moment (UTC or Europe/London)")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse(text: str) -> datetime:
    """Read back what :func:`iso` wrote; a bare date means midnight UTC that day."""
    if len(text) == 10:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def day(text: str) -> date:
    """The calendar date of a stored date or moment."""
    return date.fromisoformat(text[:10])
