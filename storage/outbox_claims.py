"""Outbox rows shared out among several workers, and taken over from a worker that died.

Every worker sends due rows. Each fetches its next batch with ``FOR UPDATE SKIP LOCKED`` and
reserves it (``claimed_by``, ``claimed_at``) in a transaction that takes only row locks, so two
workers fetching at once get different rows and never wait for each other; then each row is
claimed (``pending`` → ``sending``, under the fleet's writer lock) before anything goes out, and
only a ``pending`` row can be claimed, so no row is ever sent by two workers. A reservation is
only a hint about who will send: it ends after :data:`LEASE` (or at once when its worker is
dead), and a claim never checks it, so a child who writes can still be offered a waiting
consultation at once by whichever worker has their message.

A child's rows stay with one worker at a time: a row is not reserved while another worker has a
row of the same child in hand, so two offers to one child never interleave their messages.

When a worker dies (``storage.fleet``: its session lock is gone), its rows are taken over:

* still ``pending`` (reserved, not yet claimed): the reservation is dropped; another sends them;
* ``sending`` (claimed, perhaps half sent): Telegram has no idempotency key, so nobody can know
  whether the message arrived. Rows of the kinds the caller names (``again``: a caring reply, an
  alert notice — what must arrive) are sent again, at least once; every other row (an offer, a
  reminder) is never sent again, at most once, as a single worker does after a crash: it is
  recorded as sent, "may not have arrived" (``storage.outbox_followups.IN_FLIGHT``), and its
  follow-ups are due, so the child still gets the reminder that carries the start button;
* ``sent`` with follow-ups still due (it died between the two): handed back, so whichever
  worker recovers next plans them (``bot.outbox.followups``).

On a SQLite file there is one worker: the batch is the due rows, as it always was.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

from storage import fleet, outbox
from storage.db import Database
from storage.outbox import COLUMNS, OutboxRow, row_of
from storage.outbox_followups import IN_FLIGHT, SETTLE_IN_FLIGHT, send_again
from storage.postgres import PgConnection
from storage.times import iso

# A reservation no claim followed within this long is free for any worker (a live worker that
# reserved more than it could send in time, e.g. while Telegram asked it to wait).
LEASE = timedelta(seconds=60)

_RESERVE = """
UPDATE outbox SET claimed_by = ?1, claimed_at = ?2 WHERE id IN (
    SELECT o.id FROM outbox o
    WHERE o.status = 'pending' AND o.due_at <= ?2
      AND (o.claimed_by IS NULL OR o.claimed_by = ?1 OR o.claimed_at < ?3)
      AND (o.child_id IS NULL OR NOT EXISTS (
          SELECT 1 FROM outbox b WHERE b.child_id = o.child_id AND b.claimed_by <> ?1
            AND (b.status = 'sending' OR (b.status = 'pending' AND b.claimed_at >= ?3))))
    ORDER BY o.kind IN ({first}) DESC, o.due_at, o.id LIMIT ?4
    FOR UPDATE SKIP LOCKED)
RETURNING {columns}
"""


async def reserve_due(
    db: Database, *, now: datetime, limit: int, first: Collection[str] = ()
) -> list[OutboxRow]:
    """This worker's next due rows, earliest first (reserved for it on PostgreSQL).

    Rows it reserved before and has not claimed yet come again; the caller skips those it has
    started. Rows of the ``first`` kinds come before all others: an alert notice that falls
    due while a campaign drains must not wait behind a thousand offers.
    """
    if db.url is None:
        async with db.transaction() as conn:
            return await outbox.due_rows(conn, now=now, limit=limit, first=first)
    kinds = sorted(first)
    marks = ", ".join(f"?{5 + n}" for n in range(len(kinds))) or "NULL"
    statement = _RESERVE.format(first=marks, columns=COLUMNS)
    async with db.transaction(fleet_lock=False) as conn:
        cursor = await conn.execute(
            statement, (db.worker, iso(now), iso(now - LEASE), limit, *kinds)
        )
        rows = [row_of(row) for row in await cursor.fetchall()]
    order = {kind: 0 for kind in kinds}
    return sorted(rows, key=lambda row: (order.get(row.kind, 1), row.due_at, row.id))


async def _owners(conn: aiosqlite.Connection, me: str) -> list[str | None]:
    async with conn.execute(
        "SELECT DISTINCT claimed_by FROM outbox WHERE (status IN ('pending', 'sending') "
        "OR followups_due = 1) AND claimed_by IS DISTINCT FROM ? "
        "AND (status = 'sending' OR claimed_by IS NOT NULL)",
        (me,),
    ) as cursor:
        return [row[0] for row in await cursor.fetchall()]


async def orphaned(conn: aiosqlite.Connection, *, me: str) -> bool:
    """Whether any row is held by a worker that has died (PostgreSQL; False on SQLite).

    Reads only, so every worker can ask every tick without queueing for the writer.
    """
    if not isinstance(conn, PgConnection):
        return False
    for owner in await _owners(conn, me):
        if not await fleet.is_alive(conn, owner):
            return True
    return False


@dataclass(frozen=True)
class TakenOver:
    """What became of dead workers' rows."""

    released: int = 0  # reserved, not claimed: free again
    sent_again: int = 0  # in flight, of a kind that must arrive: pending again, due at once
    in_flight: int = 0  # in flight, at most once: sent, may not have arrived; follow-ups due
    handed_back: int = 0  # sent, follow-ups not yet planned: for whoever recovers next


async def take_over(
    conn: aiosqlite.Connection, *, me: str, again: Collection[str], now: datetime
) -> TakenOver:
    """Take over the rows of every worker that has died (PostgreSQL; nothing on SQLite).

    Args:
        conn: a connection inside a writing transaction.
        me: this worker's name (never taken for dead).
        again: the kinds sent again when they were in flight (at least once).
        now: when the rows sent again fall due (and when a row in flight counts as sent, if
            its claim has no moment).
    """
    if not isinstance(conn, PgConnection):
        return TakenOver()
    owners = await _owners(conn, me)
    released = sent_again = in_flight = handed_back = 0
    for owner in owners:
        if await fleet.is_alive(conn, owner):
            continue
        mine = "claimed_by IS ?"  # IS: a row claimed before workers had names has none
        cursor = await conn.execute(
            f"UPDATE outbox SET claimed_by = NULL WHERE {mine} AND status = 'pending'", (owner,)
        )
        released += max(cursor.rowcount, 0)
        sent_again += await send_again(conn, kinds=again, now=now, owner=owner, any_owner=False)
        cursor = await conn.execute(
            f"UPDATE outbox SET {SETTLE_IN_FLIGHT} WHERE {mine} AND status = 'sending'",
            (iso(now), IN_FLIGHT, owner),
        )
        in_flight += max(cursor.rowcount, 0)
        cursor = await conn.execute(
            "UPDATE outbox SET claimed_by = NULL "
            f"WHERE {mine} AND status = 'sent' AND followups_due = 1",
            (owner,),
        )
        handed_back += max(cursor.rowcount, 0)
    return TakenOver(released, sent_again, in_flight, handed_back)
