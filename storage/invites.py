"""One-time enrolment codes and the record of wrong ones.

A code is random (192 bits from :func:`secrets.token_urlsafe`, 32 characters of the alphabet
Telegram allows in a ``/start`` deep link) and only its sha256 is stored, so a copy of the
database cannot enrol anyone.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

from storage.times import iso, parse

INVITE_KINDS = ("child", "assisted", "staff", "web")
_CODE_BYTES = 24


@dataclass(frozen=True)
class Invite:
    """A redeemed invite: what it enrols."""

    id: int
    kind: str
    child_id: int | None
    staff_id: int | None


@dataclass(frozen=True)
class Refused:
    """Why a code did not work: ``unknown``, ``used``, ``expired`` or ``revoked`` (left)."""

    reason: str


def code_hash(code: str) -> str:
    """The stored form of a code."""
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


async def create_invite(
    conn: aiosqlite.Connection,
    *,
    kind: str,
    child_id: int | None = None,
    staff_id: int | None = None,
    now: datetime,
    days: int,
) -> str:
    """Create a single-use invite valid for ``days`` and return its code (shown once only).

    Raises:
        ValueError: an unknown kind, or a staff invite without a staff member (or a child invite
            without a child).
    """
    if kind not in INVITE_KINDS:
        raise ValueError(f"kind must be one of {', '.join(INVITE_KINDS)}, not {kind!r}")
    if (kind == "staff") != (staff_id is not None) or (kind != "staff") != (child_id is not None):
        raise ValueError("a staff invite names a staff member; every other invite names a child")
    code = secrets.token_urlsafe(_CODE_BYTES)
    await conn.execute(
        "INSERT INTO invites (code_hash, kind, child_id, staff_id, created_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (code_hash(code), kind, child_id, staff_id, iso(now), iso(now + timedelta(days=days))),
    )
    return code


async def lookup_invite(
    conn: aiosqlite.Connection, code: str, *, now: datetime
) -> Invite | Refused:
    """What ``code`` would enrol, without using it (see :func:`mark_used`)."""
    async with conn.execute(
        "SELECT i.id, i.kind, i.child_id, i.staff_id, i.expires_at, i.used_at, "
        "COALESCE(s.active, 1) AS staff_active FROM invites i "
        "LEFT JOIN staff s ON s.id = i.staff_id WHERE i.code_hash = ?",
        (code_hash(code),),
    ) as cursor:
        row = await cursor.fetchone()
    if row is None:
        return Refused("unknown")
    if row["used_at"] is not None:
        return Refused("used")
    if parse(row["expires_at"]) <= now:
        return Refused("expired")
    if not row["staff_active"]:
        return Refused("revoked")  # the member of staff has left
    return Invite(
        id=row["id"], kind=row["kind"], child_id=row["child_id"], staff_id=row["staff_id"]
    )


async def mark_used(
    conn: aiosqlite.Connection, invite_id: int, *, used_by: str, now: datetime
) -> bool:
    """Use an invite once (call in the transaction that binds the chat).

    Returns:
        False when it had been used already (a race lost), True otherwise.
    """
    cursor = await conn.execute(
        "UPDATE invites SET used_at = ?, used_by = ? WHERE id = ? AND used_at IS NULL",
        (iso(now), used_by, invite_id),
    )
    return cursor.rowcount == 1


async def record_failed_code(conn: aiosqlite.Connection, sender: str, *, now: datetime) -> None:
    """Note one wrong, used or expired code from ``sender`` (a chat id or web session)."""
    await conn.execute("INSERT INTO failed_codes (chat_id, at) VALUES (?, ?)", (sender, iso(now)))


async def silenced_until(
    conn: aiosqlite.Connection,
    sender: str,
    *,
    now: datetime,
    limit: int,
    window: timedelta,
    silence: timedelta,
) -> datetime | None:
    """When ``sender`` may try again, if ``limit`` failures within ``window`` silenced it.

    The silence runs for ``silence`` from the failure that reached the limit.
    """
    async with conn.execute(
        "SELECT at FROM failed_codes WHERE chat_id = ? AND at > ? ORDER BY at",
        (sender, iso(now - window - silence)),
    ) as cursor:
        times = [parse(row["at"]) for row in await cursor.fetchall()]
    until: datetime | None = None
    for index in range(limit - 1, len(times)):
        if times[index] - times[index - limit + 1] <= window:
            until = max(until or times[index], times[index] + silence)
    return until if until is not None and until > now else None


async def forget_failed_codes(conn: aiosqlite.Connection, *, before: datetime) -> int:
    """Drop failure records older than ``before`` (they no longer count for anything)."""
    cursor = await conn.execute("DELETE FROM failed_codes WHERE at < ?", (iso(before),))
    return cursor.rowcount


async def revoke_leavers_invites(conn: aiosqlite.Connection, *, now: datetime) -> int:
    """End every unused staff invite of someone marked as having left; returns how many.

    A link sent before they left must not bind a chat to them afterwards.
    """
    cursor = await conn.execute(
        "UPDATE invites SET expires_at = ?1 WHERE kind = 'staff' AND used_at IS NULL "
        "AND expires_at > ?1 AND staff_id IN (SELECT id FROM staff WHERE active = 0)",
        (iso(now),),
    )
    return cursor.rowcount


async def bind_staff_chat(
    conn: aiosqlite.Connection, staff_id: int, chat_id: int, *, now: datetime
) -> None:
    """Make ``chat_id`` the staff member's chat (a chat belongs to one staff member)."""
    await conn.execute(
        "UPDATE staff SET chat_id = NULL, updated_at = ? WHERE chat_id = ? AND id != ?",
        (iso(now), chat_id, staff_id),
    )
    await conn.execute(
        "UPDATE staff SET chat_id = ?, updated_at = ? WHERE id = ?", (chat_id, iso(now), staff_id)
    )
