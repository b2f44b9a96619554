"""Staff web app sessions (table ``staff_sessions``, migration 0012) and staff by e-mail.

A session row exists from the moment a browser starts signing in (it carries the pending
OpenID Connect state); it gets a member of staff and a fresh token when the sign-in succeeds.
Only the sha256 of a token is stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from storage.crypto import Cipher
from storage.staff import StaffMember, get_staff
from storage.times import iso, parse


@dataclass(frozen=True)
class StaffSession:
    """One browser's session in the staff app."""

    id: int
    staff_id: int | None
    created_at: datetime
    last_seen_at: datetime
    signed_in_at: datetime | None
    ended_at: datetime | None
    pending: dict[str, Any] | None


_COLUMNS = "id, staff_id, created_at, last_seen_at, signed_in_at, ended_at, pending"


def _session(row: aiosqlite.Row) -> StaffSession:
    return StaffSession(
        id=row["id"],
        staff_id=row["staff_id"],
        created_at=parse(row["created_at"]),
        last_seen_at=parse(row["last_seen_at"]),
        signed_in_at=None if row["signed_in_at"] is None else parse(row["signed_in_at"]),
        ended_at=None if row["ended_at"] is None else parse(row["ended_at"]),
        pending=None if row["pending"] is None else json.loads(row["pending"]),
    )


async def create_session(
    conn: aiosqlite.Connection,
    *,
    token_hash: str,
    now: datetime,
    pending: dict[str, Any] | None = None,
) -> int:
    """Start a session that is not signed in yet; returns its id."""
    cursor = await conn.execute(
        "INSERT INTO staff_sessions (token_hash, created_at, last_seen_at, pending) "
        "VALUES (?, ?, ?, ?)",
        (token_hash, iso(now), iso(now), None if pending is None else json.dumps(pending)),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


async def find_session(conn: aiosqlite.Connection, token_hash: str) -> StaffSession | None:
    """The session whose token has this hash, or None."""
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM staff_sessions WHERE token_hash = ?", (token_hash,)
    ) as cursor:
        row = await cursor.fetchone()
    return None if row is None else _session(row)


async def touch_session(conn: aiosqlite.Connection, session_id: int, *, now: datetime) -> None:
    """Note a request, so the idle timeout counts from now."""
    await conn.execute(
        "UPDATE staff_sessions SET last_seen_at = ? WHERE id = ?", (iso(now), session_id)
    )


async def set_pending(
    conn: aiosqlite.Connection, session_id: int, pending: dict[str, Any] | None
) -> None:
    """Keep (or clear) the sign-in under way."""
    await conn.execute(
        "UPDATE staff_sessions SET pending = ? WHERE id = ?",
        (None if pending is None else json.dumps(pending), session_id),
    )


async def sign_in(
    conn: aiosqlite.Connection,
    session_id: int,
    *,
    staff_id: int,
    token_hash: str,
    now: datetime,
) -> None:
    """Give the session its member of staff and a new token (the old one stops working)."""
    await conn.execute(
        "UPDATE staff_sessions SET staff_id = ?, token_hash = ?, signed_in_at = ?, "
        "created_at = ?, last_seen_at = ?, pending = NULL WHERE id = ?",
        (staff_id, token_hash, iso(now), iso(now), iso(now), session_id),
    )


async def end_session(conn: aiosqlite.Connection, session_id: int, *, now: datetime) -> None:
    """End a session (signed out, timed out); its token works no more."""
    await conn.execute(
        "UPDATE staff_sessions SET ended_at = COALESCE(ended_at, ?), pending = NULL WHERE id = ?",
        (iso(now), session_id),
    )


async def staff_by_email(conn: aiosqlite.Connection, email: str) -> StaffMember | None:
    """The active member of staff with this e-mail address (any case), or None."""
    async with conn.execute(
        "SELECT id FROM staff WHERE lower(email) = lower(?) AND active = 1", (email.strip(),)
    ) as cursor:
        row = await cursor.fetchone()
    return None if row is None else await get_staff(conn, int(row["id"]))


async def email_of(conn: aiosqlite.Connection, staff_id: int) -> str | None:
    """The e-mail address of a member of staff, if the staff import gave one."""
    async with conn.execute("SELECT email FROM staff WHERE id = ?", (staff_id,)) as cursor:
        row = await cursor.fetchone()
    return None if row is None or row["email"] is None else str(row["email"])


async def set_email(conn: aiosqlite.Connection, staff_ref: str, email: str | None) -> None:
    """Set a member of staff's e-mail address (None clears it)."""
    await conn.execute("UPDATE staff SET email = ? WHERE staff_ref = ?", (email, staff_ref))


async def create_sign_in_link(
    conn: aiosqlite.Connection, staff_id: int, *, token_hash: str, now: datetime, expires: datetime
) -> None:
    """Keep a new e-mailed sign-in link (its code's hash only)."""
    await conn.execute(
        "INSERT INTO staff_sign_in_links (token_hash, staff_id, created_at, expires_at) "
        "VALUES (?, ?, ?, ?)",
        (token_hash, staff_id, iso(now), iso(expires)),
    )


async def use_sign_in_link(
    conn: aiosqlite.Connection, token_hash: str, *, now: datetime
) -> int | None:
    """Spend a sign-in link: the member of staff's id once, then None (and None when expired)."""
    cursor = await conn.execute(
        "UPDATE staff_sign_in_links SET used_at = ? "
        "WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING staff_id",
        (iso(now), token_hash, iso(now)),
    )
    row = await cursor.fetchone()
    await cursor.close()
    return None if row is None else int(row[0])


async def totp_secret_of(conn: aiosqlite.Connection, cipher: Cipher, staff_id: int) -> str | None:
    """The member of staff's authenticator secret, if they set one up."""
    async with conn.execute("SELECT totp_secret FROM staff WHERE id = ?", (staff_id,)) as cursor:
        row = await cursor.fetchone()
    return None if row is None or row[0] is None else cipher.decrypt(row[0])


async def set_totp_secret(
    conn: aiosqlite.Connection, cipher: Cipher, staff_id: int, secret: str
) -> None:
    """Keep the authenticator secret a member of staff has just confirmed (encrypted)."""
    await conn.execute(
        "UPDATE staff SET totp_secret = ? WHERE id = ?", (cipher.encrypt(secret), staff_id)
    )
