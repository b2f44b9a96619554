"""Children: who they are, who their IRO is, the words and name they prefer."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

import aiosqlite

from storage import keycheck
from storage.crypto import Cipher
from storage.db import StorageError
from storage.times import iso, parse

STATUSES = ("active", "opted_out", "unreachable", "erased")


@dataclass(frozen=True)
class Child:
    """One child as stored: the one child type every room reads.

    Identity fields are None once the child has been erased (``child_ref`` is then a stub such
    as ``erased-3``).
    """

    id: int
    child_ref: str
    first_name: str | None
    preferred_name: str | None
    date_of_birth: date | None
    iro_id: int | None
    language: str
    preferred_words: dict[str, str] = field(hash=False)
    status: str
    erasure_requested_at: datetime | None
    created_at: datetime
    updated_at: datetime

    @property
    def name(self) -> str:
        """What the bot calls the child: their preferred name, else their first name ("" once
        erased)."""
        return self.preferred_name or self.first_name or ""


COLUMNS = (
    "id, child_ref, first_name, preferred_name, date_of_birth, iro_id, language, "
    "preferred_words, status, erasure_requested_at, created_at, updated_at"
)


def _words(stored: str | None) -> dict[str, str]:
    """The child's own words, read forgivingly.

    A malformed import must not stop a child answering: anything that is not a JSON object of
    words reads as no words, and the defaults are used instead.
    """
    try:
        found = json.loads(stored or "{}")
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(key): value for key, value in found.items() if isinstance(value, str)}


def child_from_row(row: aiosqlite.Row) -> Child:
    """A child from a row holding :data:`COLUMNS` (joined reads use it too)."""
    born = row["date_of_birth"]
    return Child(
        id=int(row["id"]),
        child_ref=str(row["child_ref"]),
        first_name=row["first_name"],
        preferred_name=row["preferred_name"],
        # Only the day counts, even where an old import stored a moment.
        date_of_birth=date.fromisoformat(born[:10]) if born else None,
        iro_id=row["iro_id"],
        language=str(row["language"] or "en"),
        preferred_words=_words(row["preferred_words"]),
        status=str(row["status"]),
        erasure_requested_at=(
            None if row["erasure_requested_at"] is None else parse(row["erasure_requested_at"])
        ),
        created_at=parse(row["created_at"]),
        updated_at=parse(row["updated_at"]),
    )


# Shared with the importer. Only a row that differs is updated, so re-importing the same file
# changes nothing at all; an erased child is never brought back to life by an import.
UPSERT_SQL = (
    "INSERT INTO children (child_ref, first_name, date_of_birth, iro_id, language, created_at, "
    "updated_at, date_looked_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (child_ref) DO UPDATE SET first_name = excluded.first_name, "
    "date_of_birth = excluded.date_of_birth, iro_id = excluded.iro_id, "
    "language = excluded.language, updated_at = excluded.updated_at, "
    # An empty date_looked_after keeps the one stored (the column is optional in the file).
    "date_looked_after = COALESCE(excluded.date_looked_after, children.date_looked_after) "
    "WHERE children.status != 'erased' AND (children.first_name IS NOT excluded.first_name "
    "OR children.date_of_birth IS NOT excluded.date_of_birth "
    "OR children.iro_id IS NOT excluded.iro_id OR children.language IS NOT excluded.language "
    "OR (excluded.date_looked_after IS NOT NULL "
    "    AND children.date_looked_after IS NOT excluded.date_looked_after))"
)


async def upsert_child(
    conn: aiosqlite.Connection,
    *,
    child_ref: str,
    first_name: str,
    date_of_birth: date,
    iro_id: int | None,
    language: str = "en",
    now: datetime,
) -> int:
    """Add a child or update what the council's records say about them; returns their id."""
    at = iso(now)
    await conn.execute(
        UPSERT_SQL,
        (child_ref, first_name, date_of_birth.isoformat(), iro_id, language, at, at, None),
    )
    child = await get_child_by_ref(conn, child_ref)
    if child is None:  # pragma: no cover - written just above, in the same transaction
        raise StorageError(f"child {child_ref} was not saved")
    return child.id


async def get_child(conn: aiosqlite.Connection, child_id: int) -> Child | None:
    """The child with this id, or None."""
    async with conn.execute(f"SELECT {COLUMNS} FROM children WHERE id = ?", (child_id,)) as cur:
        row = await cur.fetchone()
    return None if row is None else child_from_row(row)


async def get_child_by_ref(conn: aiosqlite.Connection, child_ref: str) -> Child | None:
    """The child with this council reference, or None."""
    async with conn.execute(
        f"SELECT {COLUMNS} FROM children WHERE child_ref = ?", (child_ref,)
    ) as cur:
        row = await cur.fetchone()
    return None if row is None else child_from_row(row)


async def children_of_iro(conn: aiosqlite.Connection, iro_id: int) -> list[Child]:
    """The IRO's children who have not been erased, by reference."""
    async with conn.execute(
        f"SELECT {COLUMNS} FROM children WHERE iro_id = ? AND status != 'erased' "
        "ORDER BY child_ref",
        (iro_id,),
    ) as cur:
        rows = await cur.fetchall()
    return [child_from_row(row) for row in rows]


async def active_children(conn: aiosqlite.Connection) -> list[Child]:
    """Every child hearme may contact (not opted out, unreachable or erased), by reference."""
    async with conn.execute(
        f"SELECT {COLUMNS} FROM children WHERE status = 'active' ORDER BY child_ref"
    ) as cur:
        rows = await cur.fetchall()
    return [child_from_row(row) for row in rows]


async def birth_dates_by_ref(conn: aiosqlite.Connection) -> dict[str, tuple[int, date | None]]:
    """``child_ref -> (id, date of birth)`` for every child; the importer checks reviews with it."""
    async with conn.execute("SELECT child_ref, id, date_of_birth FROM children") as cur:
        rows = await cur.fetchall()
    return {
        row["child_ref"]: (
            row["id"],
            None if row["date_of_birth"] is None else date.fromisoformat(row["date_of_birth"]),
        )
        for row in rows
    }


async def set_status(
    conn: aiosqlite.Connection, child_id: int, status: str, *, now: datetime
) -> bool:
    """Mark a child active, opted out or unreachable (erasure goes through ``storage.rights``).

    Returns:
        False when nothing changed: no such child, or the child has been erased (an erased
        child is never brought back by a late reply or a failed send).
    """
    if status not in STATUSES or status == "erased":
        raise ValueError(f"status must be active, opted_out or unreachable, not {status!r}")
    cursor = await conn.execute(
        "UPDATE children SET status = ?, updated_at = ? WHERE id = ? AND status != 'erased'",
        (status, iso(now), child_id),
    )
    return cursor.rowcount == 1


async def set_preferred_name(
    conn: aiosqlite.Connection, child_id: int, name: str | None, *, now: datetime
) -> None:
    """What the child wants to be called (None goes back to their first name)."""
    await conn.execute(
        "UPDATE children SET preferred_name = ?, updated_at = ? WHERE id = ?",
        (name, iso(now), child_id),
    )


async def set_preferred_words(
    conn: aiosqlite.Connection, child_id: int, words: Mapping[str, str], *, now: datetime
) -> None:
    """The child's own words for things, e.g. ``{"family_time": "mum time"}``."""
    await conn.execute(
        "UPDATE children SET preferred_words = ?, updated_at = ? WHERE id = ?",
        (json.dumps(dict(words), sort_keys=True), iso(now), child_id),
    )


async def request_erasure(conn: aiosqlite.Connection, child_id: int, *, now: datetime) -> bool:
    """Note that the child (or someone for them) asked to be erased; an admin runs the erasure.

    Returns:
        False when the erasure had already been requested (the first date is kept).
    """
    cursor = await conn.execute(
        "UPDATE children SET erasure_requested_at = ?, updated_at = ? "
        "WHERE id = ? AND erasure_requested_at IS NULL",
        (iso(now), iso(now), child_id),
    )
    return cursor.rowcount == 1


# --- Erased references -------------------------------------------------------------------------
# An erased child's row stays as a stub for the figures, without the council's reference. What
# remains is a keyed fingerprint of the reference (see migration 0004 for why it is keyed), so
# imports can refuse the child without the file saying who they were.


async def remember_erased(
    conn: aiosqlite.Connection, cipher: Cipher, child_ref: str, *, now: datetime
) -> None:
    """Add a reference to the erased list (kept if already there, with its first date)."""
    await conn.execute(
        "INSERT INTO erased_refs (ref_hash, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        (cipher.fingerprint(child_ref), iso(now)),
    )


async def erased_list(conn: aiosqlite.Connection) -> dict[str, str]:
    """The whole erased list: ``fingerprint -> erased_at`` (small: one row per erasure)."""
    async with conn.execute("SELECT ref_hash, erased_at FROM erased_refs") as cur:
        rows = await cur.fetchall()
    return {str(row[0]): str(row[1]) for row in rows}


async def erasures_among(
    conn: aiosqlite.Connection, cipher: Cipher | None, refs: Iterable[str]
) -> dict[str, date]:
    """Which of ``refs`` were erased, and on which day (UTC): ``child_ref -> date``.

    Raises:
        StorageError: children have been erased but no key was given to recognise them.
        storage.keycheck.WrongKeyError: ``cipher`` is not this database's key (it would not
            recognise anyone, and erased children would come back).
    """
    if cipher is not None:
        await keycheck.verify(conn, cipher)
    erased = await erased_list(conn)
    if not erased:
        return {}
    if cipher is None:
        raise StorageError(
            "children have been erased, and recognising their references needs the data key: "
            "set HEARME_DATA_KEY to the key file that `hearme init` created"
        )
    found: dict[str, date] = {}
    for ref in set(refs):
        at = erased.get(cipher.fingerprint(ref))
        if at is not None:
            found[ref] = parse(at).date()
    return found


def erased_message(child_ref: str, on: date) -> str:
    """What staff read about a row naming an erased child."""
    return f"{child_ref} was erased on {on.isoformat()} at their request; remove the row"
