"""Writing what ``bot.outbox.planning`` decides into the outbox: reviews in the window, campaigns.

``bot.outbox.planning`` is pure; this is its I/O side. Planning is idempotent (each row has a
``dedupe_key``), so :func:`plan_reviews` is simply run again every minute by the scheduler, and
again at once when an IRO marks a review held.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import aiosqlite

from bot.outbox import planning
from bot.services import Services
from storage import outbox
from surveys.bands import age_on


async def plan_reviews(services: Services, *, now: datetime) -> int:
    """Plan what every review in the window implies; returns how many rows were added."""
    settings = services.settings
    after_days = settings.after_review_delay_days + settings.after_review_close_days
    start = (now - timedelta(days=after_days + 1)).date()
    end = (now + timedelta(days=settings.my_review_days_before + 1)).date()
    found = await outbox.reviews_to_plan(services.db.reader, start=start, end=end)
    added = 0
    async with services.db.transaction() as conn:
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
            )
            for row in planning.plan_review(facts, settings, now=now):
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
