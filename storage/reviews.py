"""Reviews: the child's care-plan meetings and how the child took part in each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import aiosqlite

from storage.db import StorageError
from storage.times import iso, parse

MODES = ("in_person", "virtual", "hybrid")
CODES = tuple(f"PN{n}" for n in range(8))


@dataclass(frozen=True)
class Review:
    """One review. ``review_at`` is the stored text: a date, or a date and time when known."""

    id: int
    child_id: int
    review_at: str
    age_band: str
    mode: str | None
    participation_code: str | None
    held: bool
    held_at: datetime | None
    child_chaired: bool | None
    iro_spoke_beforehand: bool | None
    recorded_by: int | None
    recorded_at: datetime | None
    source: str

    @property
    def review_date(self) -> date:
        """The day of the meeting."""
        return date.fromisoformat(self.review_at[:10])

    @property
    def review_moment(self) -> datetime:
        """The meeting as a moment (midnight UTC when only the day is known)."""
        return parse(self.review_at)


_COLUMNS = (
    "id, child_id, review_at, age_band, mode, participation_code, held, held_at, child_chaired, "
    "iro_spoke_beforehand, recorded_by, recorded_at, source"
)


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _review(row: aiosqlite.Row) -> Review:
    return Review(
        id=row["id"],
        child_id=row["child_id"],
        review_at=row["review_at"],
        age_band=row["age_band"],
        mode=row["mode"],
        participation_code=row["participation_code"],
        held=bool(row["held"]),
        held_at=None if row["held_at"] is None else parse(row["held_at"]),
        child_chaired=_flag(row["child_chaired"]),
        iro_spoke_beforehand=_flag(row["iro_spoke_beforehand"]),
        recorded_by=row["recorded_by"],
        recorded_at=None if row["recorded_at"] is None else parse(row["recorded_at"]),
        source=row["source"],
    )


def review_at_text(review_at: date | datetime) -> str:
    """How a review's date (or date and time) is stored."""
    if isinstance(review_at, datetime):
        return iso(review_at)
    return review_at.isoformat()


# Shared with the importer. A blank code or mode in a file never wipes what an IRO recorded, and a
# row that is already the same is not written, so re-importing a file changes nothing.
UPSERT_SQL = (
    "INSERT INTO reviews (child_id, review_at, age_band, mode, participation_code, source) "
    "VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (child_id, review_at) DO UPDATE SET age_band = excluded.age_band, "
    "mode = COALESCE(excluded.mode, reviews.mode), "
    "participation_code = COALESCE(excluded.participation_code, reviews.participation_code) "
    "WHERE reviews.age_band IS NOT excluded.age_band "
    "OR (excluded.mode IS NOT NULL AND reviews.mode IS NOT excluded.mode) "
    "OR (excluded.participation_code IS NOT NULL "
    "    AND reviews.participation_code IS NOT excluded.participation_code)"
)


async def upsert_review(
    conn: aiosqlite.Connection,
    *,
    child_id: int,
    review_at: date | datetime,
    age_band: str,
    mode: str | None = None,
    participation_code: str | None = None,
    source: str = "hearme",
) -> int:
    """Add a review (unique per child and date/time) or update it; returns its id."""
    if mode is not None and mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    if participation_code is not None and participation_code not in CODES:
        raise ValueError(f"participation code must be PN0…PN7, not {participation_code!r}")
    at = review_at_text(review_at)
    await conn.execute(UPSERT_SQL, (child_id, at, age_band, mode, participation_code, source))
    async with conn.execute(
        "SELECT id FROM reviews WHERE child_id = ? AND review_at = ?", (child_id, at)
    ) as cur:
        row = await cur.fetchone()
    if row is None:  # pragma: no cover - written just above, in the same transaction
        raise StorageError("the review was not saved")
    return int(row["id"])


async def get_review(conn: aiosqlite.Connection, review_id: int) -> Review | None:
    """The review with this id, or None."""
    async with conn.execute(f"SELECT {_COLUMNS} FROM reviews WHERE id = ?", (review_id,)) as cur:
        row = await cur.fetchone()
    return None if row is None else _review(row)


async def reviews_for_child(conn: aiosqlite.Connection, child_id: int) -> list[Review]:
    """All the child's reviews, earliest first."""
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM reviews WHERE child_id = ? ORDER BY review_at, id", (child_id,)
    ) as cur:
        rows = await cur.fetchall()
    return [_review(row) for row in rows]


async def next_review(
    conn: aiosqlite.Connection, child_id: int, *, on_or_after: date
) -> Review | None:
    """The child's first review on or after a day (the one "My Review" prepares for)."""
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM reviews WHERE child_id = ? AND substr(review_at, 1, 10) >= ? "
        "ORDER BY review_at, id LIMIT 1",
        (child_id, on_or_after.isoformat()),
    ) as cur:
        row = await cur.fetchone()
    return None if row is None else _review(row)


async def reviews_between(conn: aiosqlite.Connection, start: date, end: date) -> list[Review]:
    """Reviews of children not erased held from ``start`` to ``end`` inclusive, earliest first."""
    async with conn.execute(
        f"SELECT {', '.join('r.' + c.strip() for c in _COLUMNS.split(','))} FROM reviews r "
        "JOIN children c ON c.id = r.child_id "
        "WHERE substr(r.review_at, 1, 10) BETWEEN ? AND ? AND c.status != 'erased' "
        "ORDER BY r.review_at, r.id",
        (start.isoformat(), end.isoformat()),
    ) as cur:
        rows = await cur.fetchall()
    return [_review(row) for row in rows]


async def reviews_of_iro(
    conn: aiosqlite.Connection, iro_id: int, *, on_or_after: date
) -> list[Review]:
    """Upcoming reviews of the IRO's children, earliest first."""
    async with conn.execute(
        f"SELECT {', '.join('r.' + c.strip() for c in _COLUMNS.split(','))} FROM reviews r "
        "JOIN children c ON c.id = r.child_id "
        "WHERE c.iro_id = ? AND substr(r.review_at, 1, 10) >= ? AND c.status != 'erased' "
        "ORDER BY r.review_at, r.id",
        (iro_id, on_or_after.isoformat()),
    ) as cur:
        rows = await cur.fetchall()
    return [_review(row) for row in rows]


async def record_outcome(
    conn: aiosqlite.Connection,
    review_id: int,
    *,
    participation_code: str | None,
    held_at: datetime | None,
    child_chaired: bool | None,
    iro_spoke_beforehand: bool | None,
    recorded_by: int | None,
    now: datetime,
    mode: str | None = None,
) -> None:
    """What the IRO records after the meeting: it was held, how the child took part."""
    if participation_code is not None and participation_code not in CODES:
        raise ValueError(f"participation code must be PN0…PN7, not {participation_code!r}")
    if mode is not None and mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")

    def as_int(flag: bool | None) -> int | None:
        return None if flag is None else int(flag)

    cursor = await conn.execute(
        "UPDATE reviews SET participation_code = COALESCE(?, participation_code), held = 1, "
        "held_at = ?, child_chaired = ?, iro_spoke_beforehand = ?, recorded_by = ?, "
        "recorded_at = ?, mode = COALESCE(?, mode) WHERE id = ?",
        (
            participation_code,
            None if held_at is None else iso(held_at),
            as_int(child_chaired),
            as_int(iro_spoke_beforehand),
            recorded_by,
            iso(now),
            mode,
            review_id,
        ),
    )
    if cursor.rowcount == 0:
        raise StorageError(f"no review {review_id}")
