"""The web-link channel's rows: what a private link is, how its child comes back, browser visits.

A link is an invite of kind ``web`` (see ``storage/invites.py``); this module reads it by the hash
of its code. ``web_access`` holds the scrypt hash of the PIN or pictures the child chose, with the
wrong-guess counters that lock and finally retire it, and whether the child asked the page to
stop offering questions. ``web_sessions`` holds one row per browser visit, keyed by the
sha256 of the cookie's token; the page a child sees next (bot replies, which can repeat their
answers) is kept encrypted and is wiped by quick exit.

Hashing and the KDF are the caller's business: this module stores and compares rows only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from storage.crypto import Cipher
from storage.times import iso, parse

SESSION_STATES = ("setup", "unlock", "open")
SECRET_KINDS = ("pin", "pictures")


@dataclass(frozen=True)
class WebLink:
    """A web invite found by its code hash."""

    invite_id: int
    child_id: int
    expires_at: datetime
    used_at: datetime | None


@dataclass(frozen=True)
class WebAccess:
    """The hashed PIN or pictures of one link and its guessing counter."""

    invite_id: int
    child_id: int
    secret_kind: str
    secret_hash: bytes
    salt: bytes
    failed_attempts: int
    locked_until: datetime | None
    created_at: datetime
    lockouts: int = 0
    retired_at: datetime | None = None
    picture_count: int | None = None
    stopped_at: datetime | None = None


@dataclass(frozen=True)
class WebSession:
    """One browser visit (the token itself is never stored)."""

    id: int
    invite_id: int
    child_id: int
    state: str
    view: bytes | None
    created_at: datetime
    last_seen_at: datetime
    ended_at: datetime | None


def _moment(text: str | None) -> datetime | None:
    return None if text is None else parse(text)


_LINK_QUERY = (
    "SELECT id, child_id, expires_at, used_at FROM invites "
    "WHERE kind = 'web' AND child_id IS NOT NULL AND "
)


async def _one_link(conn: aiosqlite.Connection, where: str, value: object) -> WebLink | None:
    async with conn.execute(_LINK_QUERY + where, (value,)) as cursor:
        row = await cursor.fetchone()
    if row is None:
        return None
    return WebLink(
        invite_id=row["id"],
        child_id=row["child_id"],
        expires_at=parse(row["expires_at"]),
        used_at=_moment(row["used_at"]),
    )


async def find_link(conn: aiosqlite.Connection, code_hash: str) -> WebLink | None:
    """The web invite with this code hash, used or not, or None."""
    return await _one_link(conn, "code_hash = ?", code_hash)


async def link_by_id(conn: aiosqlite.Connection, invite_id: int) -> WebLink | None:
    """The web invite with this id, or None."""
    return await _one_link(conn, "id = ?", invite_id)


def _access(row: aiosqlite.Row) -> WebAccess:
    return WebAccess(
        invite_id=row["invite_id"],
        child_id=row["child_id"],
        secret_kind=row["secret_kind"],
        secret_hash=bytes(row["secret_hash"]),
        salt=bytes(row["salt"]),
        failed_attempts=row["failed_attempts"],
        locked_until=_moment(row["locked_until"]),
        created_at=parse(row["created_at"]),
        lockouts=row["lockouts"],
        retired_at=_moment(row["retired_at"]),
        picture_count=row["picture_count"],
        stopped_at=_moment(row["stopped_at"]),
    )


_ACCESS_COLUMNS = (
    "invite_id, child_id, secret_kind, secret_hash, salt, failed_attempts, locked_until, "
    "created_at, lockouts, retired_at, picture_count, stopped_at"
)


async def get_access(conn: aiosqlite.Connection, invite_id: int) -> WebAccess | None:
    """The PIN/pictures hash chosen through this link, or None before the first visit's choice."""
    async with conn.execute(
        f"SELECT {_ACCESS_COLUMNS} FROM web_access WHERE invite_id = ?", (invite_id,)
    ) as cursor:
        row = await cursor.fetchone()
    return None if row is None else _access(row)


async def set_access(
    conn: aiosqlite.Connection,
    *,
    link: WebLink,
    secret_kind: str,
    secret_hash: bytes,
    salt: bytes,
    used_by: str,
    now: datetime,
    picture_count: int | None = None,
) -> bool:
    """Store the child's chosen PIN/pictures and mark the link used.

    Only the first choice counts: returns False (and changes nothing) when the link already has
    one, e.g. two tabs submitting at once. Older web links of the same child stop working, so a
    child who forgot their PIN is given a new link and the old card is dead.
    """
    if secret_kind not in SECRET_KINDS:
        raise ValueError(f"unknown secret kind {secret_kind!r}")
    cursor = await conn.execute(
        "INSERT INTO web_access (invite_id, child_id, secret_kind, secret_hash, salt, created_at, "
        "picture_count) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (invite_id) DO NOTHING",
        (link.invite_id, link.child_id, secret_kind, secret_hash, salt, iso(now), picture_count),
    )
    if cursor.rowcount == 0:
        return False
    await conn.execute(
        "UPDATE invites SET used_at = ?, used_by = ? WHERE id = ? AND used_at IS NULL",
        (iso(now), used_by, link.invite_id),
    )
    older = await conn.execute_fetchall(
        "SELECT id FROM invites WHERE kind = 'web' AND child_id = ? AND id < ?",
        (link.child_id, link.invite_id),
    )
    older_ids = [row[0] for row in older]
    for invite_id in older_ids:
        await conn.execute("DELETE FROM web_access WHERE invite_id = ?", (invite_id,))
        await conn.execute(
            "UPDATE invites SET expires_at = ? WHERE id = ? AND expires_at > ?",
            (iso(now), invite_id, iso(now)),
        )
        await conn.execute(
            "UPDATE web_sessions SET ended_at = ?, view = NULL "
            "WHERE invite_id = ? AND ended_at IS NULL",
            (iso(now), invite_id),
        )
    return True


async def record_failure(conn: aiosqlite.Connection, invite_id: int) -> WebAccess | None:
    """Count one wrong guess; returns the link's counters after it (what to do is the caller's
    policy: :func:`lock` or :func:`retire`)."""
    await conn.execute(
        "UPDATE web_access SET failed_attempts = failed_attempts + 1 WHERE invite_id = ?",
        (invite_id,),
    )
    return await get_access(conn, invite_id)


async def lock(conn: aiosqlite.Connection, invite_id: int, *, until: datetime) -> None:
    """Stop guessing until ``until``; the lock is counted and never forgotten for this link."""
    await conn.execute(
        "UPDATE web_access SET locked_until = ?, failed_attempts = 0, lockouts = lockouts + 1 "
        "WHERE invite_id = ?",
        (iso(until), invite_id),
    )


async def retire(conn: aiosqlite.Connection, invite_id: int, *, now: datetime) -> None:
    """The link stops working for good (too much guessing); every visit through it ends.

    The child needs a new card from staff; their answers are untouched.
    """
    await conn.execute(
        "UPDATE web_access SET retired_at = COALESCE(retired_at, ?), failed_attempts = 0, "
        "lockouts = lockouts + 1, locked_until = NULL WHERE invite_id = ?",
        (iso(now), invite_id),
    )
    await conn.execute(
        "UPDATE web_sessions SET ended_at = ?, view = NULL "
        "WHERE invite_id = ? AND ended_at IS NULL",
        (iso(now), invite_id),
    )


async def record_success(conn: aiosqlite.Connection, invite_id: int, *, now: datetime) -> None:
    """A right PIN forgets the wrong guesses since the last success (earlier locks still count)."""
    await conn.execute(
        "UPDATE web_access SET failed_attempts = 0, locked_until = NULL, last_used_at = ? "
        "WHERE invite_id = ?",
        (iso(now), invite_id),
    )


async def set_stopped(
    conn: aiosqlite.Connection, invite_id: int, stopped: bool, *, now: datetime
) -> None:
    """Note that the child asked the page to offer no more questions, or to carry on."""
    await conn.execute(
        "UPDATE web_access SET stopped_at = ? WHERE invite_id = ?",
        (iso(now) if stopped else None, invite_id),
    )


_SESSION_COLUMNS = "id, invite_id, child_id, state, view, created_at, last_seen_at, ended_at"


def _session(row: aiosqlite.Row) -> WebSession:
    view = row["view"]
    return WebSession(
        id=row["id"],
        invite_id=row["invite_id"],
        child_id=row["child_id"],
        state=row["state"],
        view=None if view is None else bytes(view),
        created_at=parse(row["created_at"]),
        last_seen_at=parse(row["last_seen_at"]),
        ended_at=_moment(row["ended_at"]),
    )


async def create_session(
    conn: aiosqlite.Connection,
    *,
    token_hash: str,
    link: WebLink,
    state: str,
    now: datetime,
) -> int:
    """Start a browser visit through ``link``; returns the session id."""
    if state not in SESSION_STATES:
        raise ValueError(f"unknown session state {state!r}")
    cursor = await conn.execute(
        "INSERT INTO web_sessions (token_hash, invite_id, child_id, state, created_at, "
        "last_seen_at) VALUES (?, ?, ?, ?, ?, ?)",
        (token_hash, link.invite_id, link.child_id, state, iso(now), iso(now)),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


async def find_session(conn: aiosqlite.Connection, token_hash: str) -> WebSession | None:
    """The visit whose cookie token hashes to ``token_hash`` (ended ones too), or None."""
    async with conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM web_sessions WHERE token_hash = ?", (token_hash,)
    ) as cursor:
        row = await cursor.fetchone()
    return None if row is None else _session(row)


async def touch_session(conn: aiosqlite.Connection, session_id: int, *, now: datetime) -> None:
    """Note activity, which keeps an idle visit from expiring."""
    await conn.execute(
        "UPDATE web_sessions SET last_seen_at = ? WHERE id = ?", (iso(now), session_id)
    )


async def replace_token(conn: aiosqlite.Connection, session_id: int, *, token_hash: str) -> None:
    """Key a visit by a new token's hash; the old token finds nothing from now on."""
    await conn.execute(
        "UPDATE web_sessions SET token_hash = ? WHERE id = ?", (token_hash, session_id)
    )


async def set_session_state(
    conn: aiosqlite.Connection, session_id: int, state: str, *, now: datetime
) -> None:
    """Move a visit on (setup or unlock → open)."""
    if state not in SESSION_STATES:
        raise ValueError(f"unknown session state {state!r}")
    await conn.execute(
        "UPDATE web_sessions SET state = ?, last_seen_at = ? WHERE id = ?",
        (state, iso(now), session_id),
    )


async def save_view(
    conn: aiosqlite.Connection, cipher: Cipher, session_id: int, view: dict[str, Any]
) -> None:
    """Keep what the page shows next (encrypted: bot replies can repeat a child's answers)."""
    blob = cipher.encrypt(json.dumps(view, ensure_ascii=False))
    await conn.execute("UPDATE web_sessions SET view = ? WHERE id = ?", (blob, session_id))


def read_view(cipher: Cipher, session: WebSession) -> dict[str, Any]:
    """The stored page view of a visit, or an empty dict."""
    if session.view is None:
        return {}
    loaded = json.loads(cipher.decrypt(session.view))
    return loaded if isinstance(loaded, dict) else {}


async def end_session(conn: aiosqlite.Connection, session_id: int, *, now: datetime) -> None:
    """Quick exit or expiry: the visit stops working and its page view is wiped."""
    await conn.execute(
        "UPDATE web_sessions SET ended_at = COALESCE(ended_at, ?), view = NULL WHERE id = ?",
        (iso(now), session_id),
    )


async def purge_sessions(conn: aiosqlite.Connection, *, before: datetime) -> int:
    """Delete visits that ended or went idle before ``before``; returns how many."""
    cursor = await conn.execute(
        "DELETE FROM web_sessions WHERE COALESCE(ended_at, last_seen_at) < ?", (iso(before),)
    )
    return cursor.rowcount
