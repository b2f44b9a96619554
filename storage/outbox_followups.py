"""Sent outbox rows whose follow-ups are still to plan, and rows a stopped process left in flight.

On PostgreSQL a row is marked sent the moment Telegram answers (:func:`mark_sent_first`, one
statement under the row's lock only, so it never queues behind children's answers), and what
the send implies (an offer's reminders and closing, a reminder counted on its run) is planned
just after in a transaction of its own. Until then the row carries ``followups_due``; the row's
worker clears it as it plans (:func:`take_followups`). When the worker stops between the two,
the row is handed back (``claimed_by`` cleared) and whichever worker recovers next plans them.

A row still ``sending`` when its process stopped may or may not have reached the chat:
Telegram has no idempotency key, so nobody can know. A caring reply or an alert notice must
arrive, so it is sent again (:func:`send_again`, at least once). Sending an offer or a reminder
again could send it twice, so it is never sent again; it is recorded as sent with
:data:`IN_FLIGHT` in ``last_error`` (what the child most likely got: the send takes a fraction
of a second) and its follow-ups are due as for any sent row, so a reminder, which carries the
start button, reaches a child whose offer did not arrive.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

import aiosqlite

from storage.outbox import COLUMNS, OutboxRow, row_of
from storage.times import iso

IN_FLIGHT = "in flight when its worker stopped; may not have arrived"
SENT_AGAIN = "interrupted; sent again"

# What a row left in flight becomes: sent as far as anyone can know, follow-ups due, nobody's.
SETTLE_IN_FLIGHT = (
    "status = 'sent', sent_at = COALESCE(claimed_at, ?), last_error = ?, followups_due = 1, "
    "claimed_by = NULL"
)


async def mark_sent_first(conn: aiosqlite.Connection, row_id: int, *, now: datetime) -> bool:
    """The row's messages went: ``sending`` → ``sent``, its follow-ups still due.

    Safe on row locks alone: it changes only a row this worker claimed, and only while it is
    still ``sending``. False when it no longer is (the child was erased meanwhile).
    """
    cursor = await conn.execute(
        "UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL, followups_due = 1 "
        "WHERE id = ? AND status = 'sending'",
        (iso(now), row_id),
    )
    return cursor.rowcount == 1


async def take_followups(conn: aiosqlite.Connection, row_id: int) -> bool:
    """Take the row's follow-ups to plan them in this transaction; False when they are not
    due (already planned by another worker), so they are planned once."""
    cursor = await conn.execute(
        "UPDATE outbox SET followups_due = 0 WHERE id = ? AND followups_due = 1", (row_id,)
    )
    return cursor.rowcount == 1


async def hand_back(conn: aiosqlite.Connection, row_id: int) -> None:
    """Leave the row's follow-ups to whichever worker recovers next (planning them failed)."""
    await conn.execute("UPDATE outbox SET claimed_by = NULL WHERE id = ?", (row_id,))


async def awaiting(conn: aiosqlite.Connection) -> list[OutboxRow]:
    """Sent rows whose follow-ups are due and no live worker has in hand."""
    async with conn.execute(
        f"SELECT {COLUMNS} FROM outbox WHERE followups_due = 1 AND claimed_by IS NULL ORDER BY id"
    ) as cursor:
        return [row_of(row) for row in await cursor.fetchall()]


async def send_again(
    conn: aiosqlite.Connection,
    *,
    kinds: Collection[str],
    now: datetime,
    owner: str | None = None,
    any_owner: bool = True,
) -> int:
    """Rows of the ``kinds`` that must arrive (a caring reply, an alert notice) left ``sending``
    by a process that stopped: pending again, due at ``now``, at least once.

    Args:
        conn: a connection inside a writing transaction.
        kinds: the kinds sent again.
        now: when they fall due.
        owner: only the rows this worker claimed (a dead worker's, on PostgreSQL).
        any_owner: every such row whoever claimed it (one process, at its start). A flag of
            its own, not ``owner=None``: None is a real owner, a row claimed before workers
            had names.

    Returns how many rows are due again.
    """
    ordered = sorted(kinds)
    if not ordered:
        return 0
    marks = ", ".join("?" for _ in ordered)
    whose = "" if any_owner else "claimed_by IS ? AND "
    cursor = await conn.execute(
        "UPDATE outbox SET status = 'pending', due_at = ?, claimed_by = NULL, last_error = ? "
        f"WHERE {whose}status = 'sending' AND kind IN ({marks})",
        (iso(now), SENT_AGAIN, *(() if any_owner else (owner,)), *ordered),
    )
    return max(cursor.rowcount, 0)


async def settle_interrupted(conn: aiosqlite.Connection, *, now: datetime) -> int:
    """At start, with one process: rows it left ``sending`` when it stopped mid-send are
    recorded as sent (at their claim, else ``now``), :data:`IN_FLIGHT`, never sent again,
    their follow-ups due.

    Returns how many rows were settled.
    """
    cursor = await conn.execute(
        f"UPDATE outbox SET {SETTLE_IN_FLIGHT} WHERE status = 'sending'",
        (iso(now), IN_FLIGHT),
    )
    return cursor.rowcount
