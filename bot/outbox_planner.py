"""Writing what ``bot.planning`` decides into the outbox: reviews in the window, campaigns.

``bot.planning`` is pure; this is its I/O side. Planning is idempotent (each row has a
``dedupe_key``), so :func:`plan_reviews` is simply run again every minute by the scheduler, and
again at once when an IRO marks a review held.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import aiosqlite

from bot import planning
from bot.services import Services
from storage import outbox
from surveys.bands import age_on


async def plan_reviews(services: Services, *, now: datetime) -> int:
    """Plan what every review in the window implies; returns how many rows were added."""
    start, end = _window(services, now)
    found = await outbox.reviews_to_plan(services.db.reader, start=start, end=end)
    async with services.db.transaction() as conn:
        return await _plan_found(conn, services, found, now=now)


async def plan_child(
    conn: aiosqlite.Connection, services: Services, child_id: int, *, now: datetime
) -> int:
    """Plan one child's reviews at once, in the caller's transaction: a child who enrols, or
    opens their page, while a consultation is already due is offered it then, not a minute
    later when the scheduler's pass comes round."""
    start, end = _window(services, now)
    found = await outbox.reviews_to_plan(conn, start=start, end=end, child_id=child_id)
    return await _plan_found(conn, services, found, now=now)


def _window(services: Services, now: datetime) -> tuple[date, date]:
    settings = services.settings
    after_days = settings.after_review_delay_days + settings.after_review_close_days
    start = (now - timedelta(days=after_days + 1)).date()
    end = (now + timedelta(days=settings.my_review_days_before + 1)).date()
    return start, end


async def _plan_found(
    conn: aiosqlite.Connection,
    services: Services,
    found: list[outbox.PlannableReview],
    *,
    now: datetime,
) -> int:
    added = 0
    for review in found:
        facts = planning.ReviewFacts(
            review_id=review.review_id,
            child_id=review.child_id,
            review_at=review.review_at,
            held_at=review.held_at,
            age_at_review=None
            if review.date_of_birth is None
            else age_on(review.date_of_birth, review.review_at.date()),
            participation_recorded=review.participation_code is not None,
            participation_code=review.participation_code,
        )
        for row in planning.plan_review(facts, services.settings, now=now):
            added += await plan_row(conn, row)
    return added


async def plan_row(conn: aiosqlite.Connection, row: planning.Planned) -> int:
    """Write one planned row; 1 when it is new, 0 when it was planned before."""
    added = await outbox.plan(
        conn,
        kind=row.kind,
        due_at=row.due_at,
        dedupe_key=row.dedupe_key,
        child_id=row.child_id,
        run_id=row.run_id,
        chat_id=row.chat_id,
        payload=row.payload,
    )
    return int(added)


async def start_campaign(
    services: Services, definition_id: str, *, ages: tuple[int, int], close_days: int
) -> int:
    """Offer a survey to every reachable child in an age range; returns how many rows were added.

    The offers go out from the running bot, each at the child's next allowed time.
    """
    now = services.clock()
    reachable = await outbox.reachable_children(services.db.reader)
    today = now.astimezone(services.settings.zone).date()
    children = [
        planning.CampaignChild(child_id, age_on(born, today))
        for child_id, born in reachable
        if born is not None
    ]
    rows = planning.plan_campaign(
        definition_id, children, ages=ages, on=now.date(), due_at=now, close_days=close_days
    )
    async with services.db.transaction() as conn:
        return sum([await plan_row(conn, row) for row in rows])
