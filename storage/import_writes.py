"""Writing the council's checked spreadsheet rows: staff, children and reviews.

The rows come from :mod:`storage.imports`' checks; every writer upserts, so importing the same
file again changes nothing. Callers know these as ``storage.imports.write_*``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import aiosqlite

from storage import children, invites, reviews, staff
from storage.times import iso

if TYPE_CHECKING:  # the records are the checks' (storage.imports imports this module)
    from storage.imports import ChildRecord, Progress, ReviewRecord, StaffRecord

_BATCH = 5000


async def _write(
    conn: aiosqlite.Connection,
    sql: str,
    params: Sequence[tuple[object, ...]],
    progress: Progress | None,
) -> int:
    """Run one upsert for every row in batches (for the progress bar); returns rows changed."""
    before = conn.total_changes
    for start in range(0, len(params), _BATCH):
        batch = params[start : start + _BATCH]
        await conn.executemany(sql, batch)
        if progress is not None:
            progress(len(batch))
    return conn.total_changes - before


async def write_staff(
    conn: aiosqlite.Connection,
    records: Sequence[StaffRecord],
    *,
    now: datetime,
    progress: Progress | None = None,
) -> int:
    """Upsert checked staff rows; returns how many were new or changed.

    An ``active`` cell of yes brings a leaver back; no marks them as having left (their chat is
    unbound, as with ``hearme staff leave``); empty keeps what is stored.
    """
    at = iso(now)
    params = [(r.staff_ref, r.name, r.role, at, at) for r in records]
    changed = await _write(conn, staff.UPSERT_SQL, params, progress)
    before = conn.total_changes
    for active, sql in (
        (
            True,
            "UPDATE staff SET active = 1, left_at = NULL, updated_at = ? "
            "WHERE staff_ref = ? AND active = 0",
        ),
        (
            False,
            "UPDATE staff SET active = 0, chat_id = NULL, left_at = ?1, updated_at = ?1 "
            "WHERE staff_ref = ?2 AND active = 1",
        ),
    ):
        refs = [(at, r.staff_ref) for r in records if r.active is active]
        await conn.executemany(sql, refs)
    changed += conn.total_changes - before
    # An e-mail cell sets the address; an empty one keeps what is stored. A row counts once
    # as changed: only an address changed on a row the upsert left alone adds to the count.
    emails = [(r.email, at, r.staff_ref, r.email) for r in records if r.email is not None]
    async with conn.execute("SELECT staff_ref FROM staff WHERE updated_at = ?", (at,)) as cur:
        touched = {row[0] for row in await cur.fetchall()}
    untouched = {r.staff_ref for r in records if r.email is not None} - touched
    for email, _, ref, _ in emails:
        cursor = await conn.execute(
            "UPDATE staff SET email = ?, updated_at = ? WHERE staff_ref = ? AND email IS NOT ?",
            (email, at, ref, email),
        )
        changed += cursor.rowcount if ref in untouched else 0
    await invites.revoke_leavers_invites(conn, now=now)  # as `hearme staff leave` does
    return changed


async def write_children(
    conn: aiosqlite.Connection,
    records: Sequence[ChildRecord],
    *,
    now: datetime,
    progress: Progress | None = None,
) -> int:
    """Upsert checked children rows by ``child_ref``; returns how many were new or changed."""
    at = iso(now)
    params = [
        (
            r.child_ref,
            r.first_name,
            r.date_of_birth.isoformat(),
            r.iro_id,
            r.language,
            at,
            at,
            None if r.date_looked_after is None else r.date_looked_after.isoformat(),
        )
        for r in records
    ]
    return await _write(conn, children.UPSERT_SQL, params, progress)


async def write_reviews(
    conn: aiosqlite.Connection,
    records: Sequence[ReviewRecord],
    *,
    progress: Progress | None = None,
) -> int:
    """Upsert checked reviews by (child, review date); returns how many were new or changed."""
    params = [
        (r.child_id, r.review_at, r.age_band, r.mode, r.participation_code, "import")
        for r in records
    ]
    return await _write(conn, reviews.UPSERT_SQL, params, progress)
