"""Each looked-after child's reviews in order, for review timeliness.

Rows out, no policy: :mod:`reports.timeliness` decides what was due when. Only reviews that
took place count (held, or given a participation code); a child with no ``date_looked_after``
cannot be measured and is left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import aiosqlite

from storage.figures import day_after


@dataclass(frozen=True)
class ReviewHistory:
    """One child's care start and the days their reviews took place, oldest first."""

    child_ref: str
    looked_after: date
    reviews: tuple[date, ...]


async def review_histories(conn: aiosqlite.Connection, end: date) -> list[ReviewHistory]:
    """Every child with a ``date_looked_after`` and their reviews up to ``end``, since then.

    Earlier reviews are read too (not only those in the report's period): whether a review
    is the first, second or a later one depends on them.
    """
    async with conn.execute(
        "SELECT c.child_ref, c.date_looked_after, substr(r.review_at, 1, 10) FROM children c "
        "JOIN reviews r ON r.child_id = c.id WHERE c.date_looked_after IS NOT NULL "
        "AND (r.held = 1 OR r.participation_code IS NOT NULL) "
        "AND substr(r.review_at, 1, 10) >= c.date_looked_after AND r.review_at < ? "
        "ORDER BY c.id, r.review_at",
        (day_after(end),),
    ) as cursor:
        rows = await cursor.fetchall()
    found: dict[str, tuple[date, list[date]]] = {}
    for ref, looked_after, on in rows:
        entry = found.setdefault(str(ref), (date.fromisoformat(looked_after), []))
        entry[1].append(date.fromisoformat(on))
    return [
        ReviewHistory(ref, looked_after, tuple(days)) for ref, (looked_after, days) in found.items()
    ]
