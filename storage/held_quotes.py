"""Quotes held for a participation officer's approval before any report prints them.

A report (or ``hearme quotes review``) holds each heavily redacted quote it would have used; a
person reads the redacted words (never the original) and approves or rejects them. A decision
is about those exact words: the row is keyed by the answer and a keyed fingerprint of the
redacted text, so if redaction changes the text the quote is held again. Rows go with the child
on erasure (:func:`storage.rights.erase_child`) and with the answer when it is purged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage.crypto import Cipher
from storage.times import iso

HELD, APPROVED, REJECTED = "held", "approved", "rejected"
STATUSES = (HELD, APPROVED, REJECTED)


@dataclass(frozen=True)
class QuoteToHold:
    """A heavily redacted quote a report left out."""

    answer_id: int
    child_id: int
    definition_id: str
    question: str
    text: str


@dataclass(frozen=True)
class HeldRow:
    """One held quote as a reviewer sees it: the redacted words only."""

    id: int
    definition_id: str
    question: str
    text: str
    status: str
    held_at: str


async def hold(
    conn: aiosqlite.Connection, cipher: Cipher, quotes: Iterable[QuoteToHold], *, now: datetime
) -> int:
    """Hold quotes not yet held with these exact words; returns how many are new."""
    before = conn.total_changes
    await conn.executemany(
        "INSERT INTO held_quotes (answer_id, child_id, definition_id, question, redacted, "
        "fingerprint, held_at) SELECT ?, ?, ?, ?, ?, ?, ? "
        # The answer may have been purged or erased since the report read it.
        "WHERE EXISTS (SELECT 1 FROM answers WHERE id = ?) ON CONFLICT DO NOTHING",
        [
            (
                q.answer_id,
                q.child_id,
                q.definition_id,
                q.question,
                cipher.encrypt(q.text),
                cipher.fingerprint(q.text),
                iso(now),
                q.answer_id,
            )
            for q in quotes
        ],
    )
    return conn.total_changes - before


async def decisions(conn: aiosqlite.Connection, cipher: Cipher) -> dict[tuple[int, str], str]:
    """``(answer_id, redacted words) -> status`` for every held, approved or rejected quote."""
    async with conn.execute("SELECT answer_id, redacted, status FROM held_quotes") as cursor:
        rows = await cursor.fetchall()
    return {(int(row[0]), cipher.decrypt(row[1])): str(row[2]) for row in rows}


async def listed(
    conn: aiosqlite.Connection, cipher: Cipher, *, status: str | None = HELD
) -> list[HeldRow]:
    """Held quotes (or those with ``status``; None for all), oldest first."""
    where, params = ("WHERE status = ?", (status,)) if status else ("", ())
    async with conn.execute(
        "SELECT id, definition_id, question, redacted, status, held_at FROM held_quotes "
        f"{where} ORDER BY held_at, id",
        params,
    ) as cursor:
        rows = await cursor.fetchall()
    return [
        HeldRow(int(r[0]), str(r[1]), str(r[2]), cipher.decrypt(r[3]), str(r[4]), str(r[5]))
        for r in rows
    ]


async def decide(
    conn: aiosqlite.Connection, quote_id: int, status: str, *, by: str, now: datetime
) -> bool:
    """Approve or reject a held quote; False when no quote has this id."""
    if status not in (APPROVED, REJECTED):
        raise ValueError(f"{status} is not a decision (use {APPROVED} or {REJECTED})")
    cursor = await conn.execute(
        "UPDATE held_quotes SET status = ?, decided_at = ?, decided_by = ? WHERE id = ?",
        (status, iso(now), by, quote_id),
    )
    return cursor.rowcount > 0
