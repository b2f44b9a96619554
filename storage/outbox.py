"""The outbox: everything hearme starts sending, as rows, so a restart loses nothing.

A row is planned once (``dedupe_key``), claimed (``pending`` → ``sending``) in a transaction
before it is sent, and then marked ``sent``, ``failed``, ``cancelled`` or put back to
``pending`` with a later ``due_at`` for another try. Because the claim is committed before the
send and only a ``pending`` row can be claimed, no row is ever sent twice; a row found still
``sending`` after a crash is never sent again (``storage.outbox_followups``: sent, "may not
have arrived", its follow-ups planned).

Payloads carry ids and kinds, never children's words. Also here: the reads the planner needs
(reviews of enrolled children, children a campaign may reach, whether a child answers only on
the web page). A child is enrolled by a Telegram chat or by a web link they have set up (a
``web_access`` row: it exists once they chose their PIN or pictures, and goes when a newer link
retires it).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import aiosqlite

from storage.times import iso, parse

STATUSES = ("pending", "sending", "sent", "failed", "cancelled")
# last_error holds error types and short reasons only; this keeps a long one from growing rows.
_ERROR_CHARS = 200


@dataclass(frozen=True)
class OutboxRow:
    """One planned send."""

    id: int
    due_at: datetime
    kind: str
    chat_id: int | None
    child_id: int | None
    run_id: int | None
    payload: Mapping[str, Any] = field(hash=False)
    dedupe_key: str | None
    status: str
    attempts: int
    sent_at: datetime | None
    last_error: str | None


# What every reader of whole rows selects (here, in outbox_claims and outbox_followups), read
# back by :func:`row_of`.
COLUMNS = (
    "id, due_at, kind, chat_id, child_id, run_id, payload, dedupe_key, status, attempts, "
    "sent_at, last_error"
)


def row_of(row: aiosqlite.Row) -> OutboxRow:
    """The :class:`OutboxRow` of a row selected with :data:`COLUMNS`."""
    return OutboxRow(
        id=row["id"],
        due_at=parse(row["due_at"]),
        kind=row["kind"],
        chat_id=row["chat_id"],
        child_id=row["child_id"],
        run_id=row["run_id"],
        payload=json.loads(row["payload"] or "{}"),
        dedupe_key=row["dedupe_key"],
        status=row["status"],
        attempts=row["attempts"],
        sent_at=None if row["sent_at"] is None else parse(row["sent_at"]),
        last_error=row["last_error"],
    )


async def plan(
    conn: aiosqlite.Connection,
    *,
    kind: str,
    due_at: datetime,
    dedupe_key: str,
    child_id: int | None = None,
    run_id: int | None = None,
    chat_id: int | None = None,
    payload: Mapping[str, Any] | None = None,
    move_earlier: bool = True,
) -> bool:
    """Plan a send once. Returns True when a new row was added.

    Planning the same ``dedupe_key`` again adds nothing; with ``move_earlier`` a still-pending
    row is brought forward when the new ``due_at`` is earlier (a review marked held early),
    unless it is waiting to be tried again (its backoff is kept).
    """
    body = json.dumps(dict(payload or {}), sort_keys=True)
    cursor = await conn.execute(
        "INSERT INTO outbox (due_at, kind, chat_id, child_id, run_id, payload, dedupe_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING",
        (iso(due_at), kind, chat_id, child_id, run_id, body, dedupe_key),
    )
    if cursor.rowcount == 1:
        return True
    if move_earlier:
        await conn.execute(
            "UPDATE outbox SET due_at = ? WHERE dedupe_key = ? AND status = 'pending' "
            "AND attempts = 0 AND due_at > ?",
            (iso(due_at), dedupe_key, iso(due_at)),
        )
    return False


async def get_row(conn: aiosqlite.Connection, row_id: int) -> OutboxRow | None:
    """The row with this id, or None."""
    async with conn.execute(f"SELECT {COLUMNS} FROM outbox WHERE id = ?", (row_id,)) as cursor:
        row = await cursor.fetchone()
    return None if row is None else row_of(row)


async def get_by_key(conn: aiosqlite.Connection, dedupe_key: str) -> OutboxRow | None:
    """The row planned under ``dedupe_key``, or None."""
    async with conn.execute(
        f"SELECT {COLUMNS} FROM outbox WHERE dedupe_key = ?", (dedupe_key,)
    ) as cursor:
        row = await cursor.fetchone()
    return None if row is None else row_of(row)


async def due_rows(
    conn: aiosqlite.Connection, *, now: datetime, limit: int, first: Collection[str] = ()
) -> list[OutboxRow]:
    """Pending rows due at or before ``now``, earliest first, but rows of the ``first`` kinds
    before all others: an alert notice that falls due while a campaign drains must not wait
    behind a thousand offers."""
    kinds = sorted(first)
    marks = ", ".join("?" for _ in kinds) or "NULL"
    async with conn.execute(
        f"SELECT {COLUMNS} FROM outbox WHERE status = 'pending' AND due_at <= ? "
        f"ORDER BY kind IN ({marks}) DESC, due_at, id LIMIT ?",
        (iso(now), *kinds, limit),
    ) as cursor:
        rows = await cursor.fetchall()
    return [row_of(row) for row in rows]


async def waiting_offers(
    conn: aiosqlite.Connection, child_id: int, *, due_by: datetime
) -> list[OutboxRow]:
    """The child's pending offers with no run yet, due at or before ``due_by``, earliest first."""
    async with conn.execute(
        f"SELECT {COLUMNS} FROM outbox WHERE child_id = ? AND kind = 'offer' "
        "AND status = 'pending' AND run_id IS NULL AND due_at <= ? ORDER BY due_at, id",
        (child_id, iso(due_by)),
    ) as cursor:
        rows = await cursor.fetchall()
    return [row_of(row) for row in rows]


async def claim(
    conn: aiosqlite.Connection, row_id: int, *, now: datetime, worker: str | None = None
) -> bool:
    """Take a due pending row for sending (one more attempt). False if someone else has it.

    ``worker`` (``Database.worker``) is recorded with the moment, so that when it dies another
    worker knows whose rows were in flight (``storage.outbox_claims.take_over``).
    """
    cursor = await conn.execute(
        "UPDATE outbox SET status = 'sending', attempts = attempts + 1, claimed_by = ?, "
        "claimed_at = ? WHERE id = ? AND status = 'pending' AND due_at <= ?",
        (worker, iso(now), row_id, iso(now)),
    )
    return cursor.rowcount == 1


async def attach_run(conn: aiosqlite.Connection, row_id: int, run_id: int) -> None:
    """Remember the run an offer created, so a retry re-sends it rather than making another."""
    await conn.execute("UPDATE outbox SET run_id = ? WHERE id = ?", (run_id, row_id))


async def set_payload(conn: aiosqlite.Connection, row_id: int, payload: Mapping[str, Any]) -> None:
    """Replace the row's payload (ids and counters only, never words)."""
    await conn.execute(
        "UPDATE outbox SET payload = ? WHERE id = ?",
        (json.dumps(dict(payload), sort_keys=True), row_id),
    )


async def mark_sent(conn: aiosqlite.Connection, row_id: int, *, now: datetime) -> None:
    """The message went out."""
    await _finish(conn, row_id, "sent", sent_at=now, error=None)


async def mark_failed(conn: aiosqlite.Connection, row_id: int, *, error: str) -> None:
    """Give up on the row (blocked chat, too many attempts)."""
    await _finish(conn, row_id, "failed", sent_at=None, error=error)


async def cancel(conn: aiosqlite.Connection, row_id: int, *, reason: str) -> None:
    """Nothing to send any more (run finished, chat stopped, too late)."""
    await _finish(conn, row_id, "cancelled", sent_at=None, error=reason)


async def stand_down(conn: aiosqlite.Connection, dedupe_key: str, *, reason: str) -> bool:
    """Cancel the row planned under ``dedupe_key`` as no longer needed, unless a sender has
    already taken it (one statement, so a worker claiming it meanwhile is never overruled).
    Returns True when a row was cancelled."""
    cursor = await conn.execute(
        "UPDATE outbox SET status = 'cancelled', last_error = ? "
        "WHERE dedupe_key = ? AND status = 'pending'",
        (_short(reason), dedupe_key),
    )
    return cursor.rowcount == 1


async def _finish(
    conn: aiosqlite.Connection,
    row_id: int,
    status: str,
    *,
    sent_at: datetime | None,
    error: str | None,
) -> None:
    await conn.execute(
        "UPDATE outbox SET status = ?, sent_at = ?, last_error = ? WHERE id = ?",
        (status, None if sent_at is None else iso(sent_at), _short(error), row_id),
    )


async def reschedule(
    conn: aiosqlite.Connection, row_id: int, *, due_at: datetime, error: str | None = None
) -> None:
    """Put the row back to ``pending`` until ``due_at`` (quiet hours, or a retry after an error)."""
    await conn.execute(
        "UPDATE outbox SET status = 'pending', due_at = ?, last_error = COALESCE(?, last_error) "
        "WHERE id = ?",
        (iso(due_at), _short(error), row_id),
    )


async def rearm_blocked_offers(conn: aiosqlite.Connection, child_id: int, *, now: datetime) -> int:
    """Offers that failed or were dropped only because the child had blocked the bot are made
    pending again, due at ``now``, from the start (a new run, every message again).

    Returns how many rows were re-armed; the sender still checks each is not too late.
    """
    cursor = await conn.execute(
        "UPDATE outbox SET status = 'pending', due_at = ?, run_id = NULL, attempts = 0, "
        "sent_at = NULL, last_error = NULL, payload = json_remove(payload, '$.parts_sent') "
        "WHERE child_id = ? AND kind = 'offer' AND ("
        "(status = 'failed' AND last_error = 'Forbidden') "
        "OR (status = 'cancelled' AND last_error = 'child unreachable'))",
        (iso(now), child_id),
    )
    return cursor.rowcount


async def cancel_pending_for_run(conn: aiosqlite.Connection, run_id: int, *, reason: str) -> int:
    """Cancel what is still planned for a run (it was finished or closed)."""
    cursor = await conn.execute(
        "UPDATE outbox SET status = 'cancelled', last_error = ? "
        "WHERE run_id = ? AND status = 'pending'",
        (_short(reason), run_id),
    )
    return cursor.rowcount


def _short(error: str | None) -> str | None:
    return None if error is None else error[:_ERROR_CHARS]


_HAS_CHAT = "EXISTS (SELECT 1 FROM chats h WHERE h.child_id = c.id)"
# A web link counts while it is set up and neither retired (too many wrong guesses) nor stopped
# by the child ("Stop — no more questions").
_HAS_WEB_LINK = (
    "EXISTS (SELECT 1 FROM web_access w WHERE w.child_id = c.id "
    "AND w.retired_at IS NULL AND w.stopped_at IS NULL)"
)


async def answers_on_web_only(conn: aiosqlite.Connection, child_id: int) -> bool:
    """Whether the child has no Telegram chat but a web link that is set up.

    Such a child is reached through the web page: nothing can be pushed to them, so the
    scheduler opens their runs and tells their IRO instead.
    """
    async with conn.execute(
        f"SELECT NOT {_HAS_CHAT} AND {_HAS_WEB_LINK} FROM children c WHERE c.id = ?",
        (child_id,),
    ) as cursor:
        row = await cursor.fetchone()
    return row is not None and bool(row[0])


@dataclass(frozen=True)
class PlannableReview:
    """A review of an enrolled, reachable child, as the planner needs it."""

    review_id: int
    child_id: int
    review_at: datetime
    held_at: datetime | None
    date_of_birth: date | None
    participation_code: str | None


async def reviews_to_plan(
    conn: aiosqlite.Connection, *, start: date, end: date, child_id: int | None = None
) -> list[PlannableReview]:
    """Reviews from ``start`` to ``end`` (inclusive) of active, enrolled children (or of the
    one child ``child_id``).

    Enrolled means a bound Telegram chat or a web link that is set up. Children who were
    erased, opted out or are unreachable, or who are not enrolled yet, are left out; they are
    picked up by a later pass once enrolled.
    """
    async with conn.execute(
        "SELECT r.id, r.child_id, r.review_at, r.held_at, r.participation_code, c.date_of_birth "
        "FROM reviews r JOIN children c ON c.id = r.child_id "
        "WHERE substr(r.review_at, 1, 10) BETWEEN ? AND ? AND c.status = 'active' "
        f"AND ({_HAS_CHAT} OR {_HAS_WEB_LINK}) AND (? IS NULL OR r.child_id = ?) "
        "ORDER BY r.review_at, r.id",
        (start.isoformat(), end.isoformat(), child_id, child_id),
    ) as cursor:
        rows = await cursor.fetchall()
    return [
        PlannableReview(
            review_id=row["id"],
            child_id=row["child_id"],
            review_at=parse(row["review_at"]),
            held_at=None if row["held_at"] is None else parse(row["held_at"]),
            date_of_birth=_day(row["date_of_birth"]),
            participation_code=row["participation_code"],
        )
        for row in rows
    ]


async def reachable_children(conn: aiosqlite.Connection) -> list[tuple[int, date | None]]:
    """``(child_id, date_of_birth)`` of active children a campaign may reach: a Telegram chat
    that has not stopped, or, for a child with no chat at all, a web link that is set up.

    A child whose every chat sent ``/stop`` asked for no new questions, so a web link does not
    bring them back into a campaign.
    """
    async with conn.execute(
        "SELECT c.id, c.date_of_birth FROM children c WHERE c.status = 'active' "
        "AND (EXISTS (SELECT 1 FROM chats h WHERE h.child_id = c.id AND h.stopped = 0) "
        f"OR (NOT {_HAS_CHAT} AND {_HAS_WEB_LINK})) ORDER BY c.id"
    ) as cursor:
        rows = await cursor.fetchall()
    return [(row["id"], _day(row["date_of_birth"])) for row in rows]


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text[:10])
