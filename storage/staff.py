"""Staff: IROs, participation officers, admins and the duty contact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage import invites
from storage.db import StorageError
from storage.times import iso, parse

ROLES = ("iro", "participation", "admin", "duty")


@dataclass(frozen=True)
class StaffMember:
    """One member of staff as stored."""

    id: int
    staff_ref: str
    name: str
    role: str
    chat_id: int | None
    active: bool
    created_at: datetime
    updated_at: datetime
    left_at: datetime | None = None


_COLUMNS = "id, staff_ref, name, role, chat_id, active, created_at, updated_at"
# Migration 0004 added left_at; the columns above are all older code may rely on.
_LIST_COLUMNS = f"{_COLUMNS}, left_at"


def _member(row: aiosqlite.Row) -> StaffMember:
    return StaffMember(
        id=row["id"],
        staff_ref=row["staff_ref"],
        name=row["name"],
        role=row["role"],
        chat_id=row["chat_id"],
        active=bool(row["active"]),
        created_at=parse(row["created_at"]),
        updated_at=parse(row["updated_at"]),
        left_at=_left_at(row),
    )


def _left_at(row: aiosqlite.Row) -> datetime | None:
    # Only all_staff reads left_at; `in row` would search the values of a sqlite Row, not keys.
    if "left_at" not in row.keys() or row["left_at"] is None:  # noqa: SIM118
        return None
    return parse(row["left_at"])


# Used by the importer too: a row that is already the same is not touched, so re-importing a file
# leaves updated_at (and the whole file) as it was.
UPSERT_SQL = (
    "INSERT INTO staff (staff_ref, name, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (staff_ref) DO UPDATE SET name = excluded.name, role = excluded.role, "
    "updated_at = excluded.updated_at "
    "WHERE staff.name IS NOT excluded.name OR staff.role IS NOT excluded.role"
)


async def upsert_staff(
    conn: aiosqlite.Connection, *, staff_ref: str, name: str, role: str, now: datetime
) -> int:
    """Add a member of staff or update their name and role; returns their id."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    at = iso(now)
    await conn.execute(UPSERT_SQL, (staff_ref, name, role, at, at))
    member = await get_staff_by_ref(conn, staff_ref)
    if member is None:  # pragma: no cover - written just above, in the same transaction
        raise StorageError(f"staff {staff_ref} was not saved")
    return member.id


async def get_staff(conn: aiosqlite.Connection, staff_id: int) -> StaffMember | None:
    """The member of staff with this id, or None."""
    async with conn.execute(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", (staff_id,)) as cur:
        row = await cur.fetchone()
    return None if row is None else _member(row)


async def get_staff_by_ref(conn: aiosqlite.Connection, staff_ref: str) -> StaffMember | None:
    """The member of staff with this council reference, or None."""
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM staff WHERE staff_ref = ?", (staff_ref,)
    ) as cur:
        row = await cur.fetchone()
    return None if row is None else _member(row)


async def get_staff_by_chat(conn: aiosqlite.Connection, chat_id: int) -> StaffMember | None:
    """The active member of staff whose Telegram chat this is, or None."""
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM staff WHERE chat_id = ? AND active = 1", (chat_id,)
    ) as cur:
        row = await cur.fetchone()
    return None if row is None else _member(row)


async def staff_with_role(conn: aiosqlite.Connection, role: str) -> list[StaffMember]:
    """Active staff of one role (e.g. everyone on ``duty``), by reference."""
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM staff WHERE role = ? AND active = 1 ORDER BY staff_ref", (role,)
    ) as cur:
        rows = await cur.fetchall()
    return [_member(row) for row in rows]


async def roles_by_ref(conn: aiosqlite.Connection) -> dict[str, tuple[int, str]]:
    """``staff_ref -> (id, role)`` for every member of staff; the importer checks IROs with it."""
    async with conn.execute("SELECT staff_ref, id, role FROM staff") as cur:
        rows = await cur.fetchall()
    return {row["staff_ref"]: (row["id"], row["role"]) for row in rows}


async def bind_chat(
    conn: aiosqlite.Connection, staff_id: int, chat_id: int | None, *, now: datetime
) -> None:
    """Bind a Telegram chat to a member of staff (None unbinds); a chat belongs to one person."""
    if chat_id is not None:
        await conn.execute(
            "UPDATE staff SET chat_id = NULL, updated_at = ? WHERE chat_id = ? AND id != ?",
            (iso(now), chat_id, staff_id),
        )
    await conn.execute(
        "UPDATE staff SET chat_id = ?, updated_at = ? WHERE id = ?", (chat_id, iso(now), staff_id)
    )


async def set_active(
    conn: aiosqlite.Connection, staff_id: int, active: bool, *, now: datetime
) -> int:
    """Mark someone as having left (or returned); leavers get no alerts.

    Leaving also unbinds their chat, so nothing about a child reaches it any more, and ends
    their unused staff invites. Returns how many invites were ended.
    """
    at = iso(now)
    if active:
        await conn.execute(
            "UPDATE staff SET active = 1, left_at = NULL, updated_at = ? WHERE id = ?",
            (at, staff_id),
        )
        return 0
    await conn.execute(
        "UPDATE staff SET active = 0, chat_id = NULL, left_at = COALESCE(left_at, ?), "
        "updated_at = ? WHERE id = ?",
        (at, at, staff_id),
    )
    return await invites.revoke_leavers_invites(conn, now=now)


async def all_staff(conn: aiosqlite.Connection) -> list[StaffMember]:
    """Everyone, active or not, by reference."""
    async with conn.execute(f"SELECT {_LIST_COLUMNS} FROM staff ORDER BY staff_ref") as cur:
        rows = await cur.fetchall()
    return [_member(row) for row in rows]


async def leavers_by_ref(conn: aiosqlite.Connection) -> dict[str, datetime | None]:
    """``staff_ref -> left_at`` of everyone marked as having left; the importer checks with it."""
    async with conn.execute("SELECT staff_ref, left_at FROM staff WHERE active = 0") as cur:
        rows = await cur.fetchall()
    return {
        row["staff_ref"]: None if row["left_at"] is None else parse(row["left_at"]) for row in rows
    }
