"""What a sent row implies: an offer's reminders and closing, a reminder counted on its run.

Planned once a row went (``bot.outbox.rows``), and again by whichever worker recovers a row
whose follow-ups were left due (``storage.outbox_followups``): its worker stopped between
marking it sent and planning them, or it was in flight when its worker stopped and so counts
as sent ("may not have arrived"). A recovered offer's reminder is what brings the start button
to a child whose offer did not arrive, so it is planned exactly as for an offer that went.
Planning is idempotent (each row's ``dedupe_key``), and each row's follow-ups are taken once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from bot.outbox import due_offers, group_commit, planning
from bot.outbox.group_commit import GroupCommit
from bot.services import Services
from storage import outbox, outbox_followups, reviews, runs
from storage.outbox import OutboxRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Implied:
    """What a sent offer implies, as its sender knew it.

    ``run_id``: the offer's run (None: read from the row, a web-only child's run);
    ``closes_at``: when that run closes (None: nothing to plan); ``review_at``: the review the
    offer is before, if any.
    """

    run_id: int | None = None
    closes_at: datetime | None = None
    review_at: datetime | None = None


async def plan_after_sent(
    conn: Any, services: Services, row: OutboxRow, implied: Implied, *, now: datetime
) -> None:
    """Plan an offer's reminders and closing; count a reminder on its run.

    Args:
        conn: a connection inside a writing transaction.
        services: settings and surveys.
        row: the row that was sent.
        implied: its run, when that closes and the review it is before.
        now: when it was sent.
    """
    if row.kind == planning.REMIND and row.run_id is not None:
        await runs.record_reminder(conn, row.run_id, now=now)
        return
    if row.kind != planning.OFFER or implied.closes_at is None or row.child_id is None:
        return
    run_id = implied.run_id
    if run_id is None:  # a web-only child's run, opened by bot.outbox.web_offers
        sent = await outbox.get_row(conn, row.id)
        run_id = None if sent is None else sent.run_id
    if run_id is None:
        return
    await due_offers.plan_followups(
        conn,
        services,
        definition_id=str(row.payload["definition_id"]),
        run_id=run_id,
        child_id=row.child_id,
        offered_at=now,
        closes=implied.closes_at,
        review_at=implied.review_at,
    )


async def mark_sent(
    services: Services,
    row: OutboxRow,
    implied: Implied,
    *,
    now: datetime,
    commits: GroupCommit[Any] | None,
) -> None:
    """Mark a row whose messages went as sent, and plan what it implies (:func:`plan_after_sent`).

    On a SQLite file both go in one commit. On PostgreSQL the row is marked sent at once, under
    its own row lock only, and the follow-ups are planned after, in a transaction of their own:
    until the mark, a worker killed now leaves the row in flight ("may not have arrived"), and
    a mark that queued behind every worker's answers for the fleet's writer lock held that
    window open for over a second (issue 19). The row keeps ``followups_due`` in between, so a
    kill there loses nothing (:func:`recover`).

    Args:
        services: database, settings, surveys.
        row: the row that was sent.
        implied: what it implies, as in :func:`plan_after_sent`.
        now: when it was sent.
        commits: shares the follow-ups' transaction with other rows sent at the same time.
    """
    fleet = services.db.url is not None

    async def follow(conn: aiosqlite.Connection) -> None:
        if not fleet:
            await outbox.mark_sent(conn, row.id, now=now)
        elif not await outbox_followups.take_followups(conn, row.id):
            return
        await plan_after_sent(conn, services, row, implied, now=now)

    if fleet:
        async with services.db.row_locks() as conn:
            if not await outbox_followups.mark_sent_first(conn, row.id, now=now):
                return  # no longer in flight (the child was erased meanwhile)
    try:
        await group_commit.write(services.db, commits, follow)
    except Exception as error:
        if not fleet:
            raise
        # Sent all the same; the next recovery plans them (and never twice).
        log.error("outbox row %d: follow-ups not planned: %s", row.id, type(error).__name__)
        async with services.db.row_locks() as conn:
            await outbox_followups.hand_back(conn, row.id)


async def _plan_from_row(conn: Any, services: Services, row: OutboxRow, *, now: datetime) -> None:
    """The follow-ups of a row sent earlier, from what the database holds: its run says when
    it closes, its review when the meeting is."""
    sent_at = row.sent_at or now
    if row.kind != planning.OFFER:
        await plan_after_sent(conn, services, row, Implied(run_id=row.run_id), now=sent_at)
        return
    run = None if row.run_id is None else await runs.get_run(conn, row.run_id)
    if run is None or run.closes_at is None:
        return  # no run was opened (a web-only child's offer stopped before): nothing offered
    review_id = row.payload.get("review_id")
    review = None if review_id is None else await reviews.get_review(conn, int(review_id))
    implied = Implied(run.id, run.closes_at, None if review is None else review.review_moment)
    await plan_after_sent(conn, services, row, implied, now=sent_at)


async def recover(services: Services, *, now: datetime) -> int:
    """Plan the follow-ups every handed-back sent row still has due; returns how many rows.

    Looked for on the reader, so a tick that finds none never queues for the writer.
    """
    planned = 0
    for row in await outbox_followups.awaiting(services.db.reader):
        async with services.db.transaction() as conn:
            if not await outbox_followups.take_followups(conn, row.id):
                continue  # another worker planned them first
            await _plan_from_row(conn, services, row, now=now)
        planned += 1
        log.info("outbox row %d: follow-ups planned after its worker stopped", row.id)
    return planned
