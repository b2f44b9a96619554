"""Offers the outbox holds for a child: whether one may still go, and offering it at once.

DESIGN: quiet hours hold back only what hearme starts. When a child writes while an offer is
due, or waits only for quiet hours to end, the conversation offers it in its reply
(:func:`offer_waiting`) and marks the outbox row sent, so the scheduler never sends it again.
The checks an offer passes before it goes (:func:`check_offer`) and what it plans after it
went (:func:`plan_followups`) are shared with the scheduler.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.conversation.consultation import NotOffered, Reply, Speaker, offer_in, replies_for_run
from bot.outbox import planning
from bot.outbox.quiet_hours import next_allowed
from bot.services import Services
from storage import children, outbox, reviews, runs
from storage.outbox import OutboxRow
from surveys.bands import age_on

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OfferWindow:
    """An offer that may go now: the survey, its review's time, and when the run closes."""

    definition_id: str
    review_id: int | None
    review_at: datetime | None
    closes_at: datetime


async def check_offer(
    conn: aiosqlite.Connection, services: Services, row: OutboxRow, *, now: datetime
) -> OfferWindow | str:
    """Whether an offer row may still go at ``now``; when not, the row is settled and its new
    status (``failed`` or ``cancelled``) is returned."""
    definition_id = str(row.payload.get("definition_id", ""))
    if definition_id not in services.definitions:
        await outbox.mark_failed(conn, row.id, error=f"unknown survey {definition_id}")
        return "failed"
    review_at = None
    review_id = row.payload.get("review_id")
    if review_id is not None:
        review = await reviews.get_review(conn, int(review_id))
        if review is None:
            await outbox.cancel(conn, row.id, reason="review gone")
            return "cancelled"
        review_at = review.review_moment
        away = planning.attended(review.participation_code) is False
        if definition_id == planning.AFTER_MY_REVIEW and away:
            # The code recorded since planning says the child wasn't there (PN5–PN7).
            await outbox.cancel(conn, row.id, reason="not at the review")
            return "cancelled"
    if (
        row.run_id is None
        and row.child_id is not None
        and any(
            run.definition_id == definition_id for run in await runs.open_runs(conn, row.child_id)
        )
    ):
        await outbox.cancel(conn, row.id, reason="already open")
        return "cancelled"
    closes = planning.closes_at(
        definition_id,
        offered_at=now,
        review_at=review_at,
        settings=services.settings,
        close_days=row.payload.get("close_days"),
    )
    if closes <= now:
        await outbox.cancel(conn, row.id, reason="too late")
        return "cancelled"
    return OfferWindow(
        definition_id, None if review_id is None else int(review_id), review_at, closes
    )


async def plan_followups(
    conn: aiosqlite.Connection,
    services: Services,
    *,
    definition_id: str,
    run_id: int,
    child_id: int,
    offered_at: datetime,
    closes: datetime,
    review_at: datetime | None,
) -> None:
    """Plan the reminders and the closing of a run that was just offered."""
    for planned in planning.plan_followups(
        definition_id,
        run_id=run_id,
        child_id=child_id,
        offered_at=offered_at,
        closes=closes,
        review_at=review_at,
        settings=services.settings,
    ):
        await planning.plan_row(conn, planned)


async def offer_waiting(
    services: Services,
    conn: aiosqlite.Connection,
    speaker: Speaker,
    *,
    now: datetime,
    introduce: bool = True,
) -> list[Reply]:
    """Offer the child, in the caller's transaction, an offer that is due or held only by quiet
    hours; returns the greeting and first question, or nothing when there is none.

    A chat that sent ``/stop`` is offered nothing: the child asked for no new questions.
    """
    child = await children.get_child(conn, speaker.child.id)
    if child is None or child.status != "active" or child.date_of_birth is None:
        return []
    if speaker.seat is not None and not await speaker.seat.may_offer(conn):
        return []
    # Plan this child's reviews now: what is already due is offered in this reply, rather than
    # "nothing to answer" until the scheduler's next pass.
    await planning.plan_child(conn, services, child.id, now=now)
    local_day = now.astimezone(services.settings.zone).date()
    # A row held by quiet hours is due at the next allowed moment, or earlier.
    held_until = next_allowed(now, services.settings, age=age_on(child.date_of_birth, local_day))
    for row in await outbox.waiting_offers(conn, child.id, due_by=max(now, held_until)):
        window = await check_offer(conn, services, row, now=now)
        if isinstance(window, str):
            continue
        try:
            run_id = await offer_in(
                services,
                conn,
                child_id=child.id,
                definition_id=window.definition_id,
                review_id=window.review_id,
                now=now,
                closes_at=window.closes_at,
            )
        except NotOffered:
            await outbox.cancel(conn, row.id, reason="not for this age")
            continue
        await outbox.attach_run(conn, row.id, run_id)
        await outbox.mark_sent(conn, row.id, now=now)
        await plan_followups(
            conn,
            services,
            definition_id=window.definition_id,
            run_id=run_id,
            child_id=child.id,
            offered_at=now,
            closes=window.closes_at,
            review_at=window.review_at,
        )
        log.info("outbox row %d offered in reply to the child (run %d)", row.id, run_id)
        return await replies_for_run(
            services, run_id, greeting=introduce, conn=conn, voice=speaker.voice
        )
    return []
