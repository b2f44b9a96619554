"""Which outbox rows a review, a sent offer or a campaign implies.

The decisions are pure: facts in, :class:`Planned` rows out; no clock, no database. The last
three functions are the I/O side that writes them into the outbox (``storage.outbox.plan``):
each row's ``dedupe_key`` makes planning the same thing twice harmless, so :func:`plan_reviews`
is simply run again every minute by the scheduler, and again at once when an IRO marks a
review held.

The timetable (DOMAIN.md, ``bot.settings.Settings``):

* ``my_review`` is offered ``my_review_days_before`` days before the review, reminded at each of
  ``my_review_reminder_days_before`` days before if not finished, and closes at the review time.
* ``after_my_review`` is offered ``after_review_delay_days`` after the review, or as soon as the
  IRO marks it held, but never when the review's code says the child was not there (PN5–PN7):
  it asks how the meeting felt to someone in the room; one reminder
  ``after_review_reminder_days`` later; it closes ``after_review_close_days`` after it was
  offered.
* After each review the IRO is asked to record how the child took part.
* A survey campaign (``tell_us_more``) is offered to every enrolled child in an age range.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import aiosqlite

from bot.services import Services
from bot.settings import Settings
from storage import outbox
from surveys.bands import age_on

MY_REVIEW = "my_review"
AFTER_MY_REVIEW = "after_my_review"

OFFER = "offer"
REMIND = "remind"
CLOSE = "close"
PARTICIPATION = "participation"
STAFF_NOTICE = "staff_notice"

# Children under this age are not consulted directly (PN0 on the national return).
CONSULT_FROM_AGE = 4
# Codes of a child who did not attend their review (DOMAIN.md): no "how did it go?" for them.
NOT_ATTENDED_CODES = frozenset({"PN5", "PN6", "PN7"})


def attended(participation_code: str | None) -> bool | None:
    """Whether the child was at their review by its code; None while no code is recorded."""
    if participation_code is None:
        return None
    return participation_code not in NOT_ATTENDED_CODES


@dataclass(frozen=True)
class ReviewFacts:
    """What planning needs to know about one review of one enrolled child."""

    review_id: int
    child_id: int
    review_at: datetime
    held_at: datetime | None = None
    age_at_review: int | None = None
    participation_recorded: bool = False
    participation_code: str | None = None


@dataclass(frozen=True)
class Planned:
    """One row the outbox should hold. The payload carries ids and kinds, never words."""

    kind: str
    due_at: datetime
    dedupe_key: str
    child_id: int | None = None
    run_id: int | None = None
    chat_id: int | None = None
    payload: dict[str, Any] = field(default_factory=dict)


def after_review_due(review: ReviewFacts, settings: Settings) -> datetime:
    """When the after-the-meeting survey falls due: when marked held, else the day after."""
    if review.held_at is not None:
        return review.held_at
    return review.review_at + timedelta(days=settings.after_review_delay_days)


def plan_review(review: ReviewFacts, settings: Settings, *, now: datetime) -> list[Planned]:
    """The offers and the participation prompt one review implies, as seen at ``now``.

    Args:
        review: The review and the child's age on its date.
        settings: Days before and after, from the council's settings.
        now: The current moment; nothing is planned that could no longer be useful.

    Returns:
        Rows to plan: the ``my_review`` offer (review still ahead, child 4 or over), the
        ``after_my_review`` offer (while it could still be answered, child 4 or over), and the
        IRO's participation prompt (until the code is recorded).
    """
    planned: list[Planned] = []
    consulted = review.age_at_review is None or review.age_at_review >= CONSULT_FROM_AGE
    if consulted and review.held_at is None and review.review_at > now:
        planned.append(
            Planned(
                kind=OFFER,
                due_at=review.review_at - timedelta(days=settings.my_review_days_before),
                dedupe_key=f"offer:{MY_REVIEW}:review:{review.review_id}",
                child_id=review.child_id,
                payload={"definition_id": MY_REVIEW, "review_id": review.review_id},
            )
        )
    after_due = after_review_due(review, settings)
    still_open = after_due + timedelta(days=settings.after_review_close_days) > now
    if consulted and still_open and attended(review.participation_code) is not False:
        planned.append(
            Planned(
                kind=OFFER,
                due_at=after_due,
                dedupe_key=f"offer:{AFTER_MY_REVIEW}:review:{review.review_id}",
                child_id=review.child_id,
                payload={"definition_id": AFTER_MY_REVIEW, "review_id": review.review_id},
            )
        )
    if not review.participation_recorded and still_open:
        planned.append(
            Planned(
                kind=PARTICIPATION,
                due_at=after_due,
                dedupe_key=f"participation:review:{review.review_id}",
                child_id=review.child_id,
                payload={"review_id": review.review_id},
            )
        )
    return planned


def closes_at(
    definition_id: str,
    *,
    offered_at: datetime,
    review_at: datetime | None,
    settings: Settings,
    close_days: int | None = None,
) -> datetime:
    """When a run offered at ``offered_at`` stops taking answers.

    ``my_review`` closes at the review itself (the views are for the meeting); anything else
    closes ``close_days`` (default ``after_review_close_days``) after it was offered.
    """
    if definition_id == MY_REVIEW and review_at is not None:
        return review_at
    days = settings.after_review_close_days if close_days is None else close_days
    return offered_at + timedelta(days=days)


def plan_followups(
    definition_id: str,
    *,
    run_id: int,
    child_id: int,
    offered_at: datetime,
    closes: datetime,
    review_at: datetime | None,
    settings: Settings,
) -> list[Planned]:
    """The reminders and the closing a just-sent offer implies.

    Planned when the offer goes out, because only then do the run and its real sending time
    exist. A reminder that would fall before the offer or after the closing is left out.
    """
    reminders: list[tuple[str, datetime]] = []
    if definition_id == MY_REVIEW and review_at is not None:
        for days in settings.my_review_reminder_days_before:
            reminders.append((f"{days}d", review_at - timedelta(days=days)))
    else:
        days = settings.after_review_reminder_days
        reminders.append((f"{days}d", offered_at + timedelta(days=days)))
    planned = [
        Planned(
            kind=REMIND,
            due_at=due,
            dedupe_key=f"remind:run:{run_id}:{label}",
            child_id=child_id,
            run_id=run_id,
            payload={"definition_id": definition_id},
        )
        for label, due in reminders
        if offered_at < due < closes
    ]
    planned.append(
        Planned(
            kind=CLOSE,
            due_at=closes,
            dedupe_key=f"close:run:{run_id}",
            child_id=child_id,
            run_id=run_id,
            payload={"definition_id": definition_id},
        )
    )
    return planned


@dataclass(frozen=True)
class CampaignChild:
    """An enrolled child a campaign may reach."""

    child_id: int
    age: int


def parse_age_range(text: str) -> tuple[int, int]:
    """Read ``"8-17"`` (or a single age ``"12"``) as an inclusive ``(low, high)``.

    Raises:
        ValueError: With a sentence a person can act on.
    """
    low_text, _, high_text = text.partition("-")
    try:
        low = int(low_text.strip())
        high = int(high_text.strip()) if high_text else low
    except ValueError:
        raise ValueError(f"{text!r} is not an age range: write it like 8-17") from None
    if not 0 <= low <= high <= 25:
        raise ValueError(f"{text!r} is not an age range from 0 to 25 (lowest first), e.g. 8-17")
    return low, high


def plan_campaign(
    definition_id: str,
    children: list[CampaignChild],
    *,
    ages: tuple[int, int],
    on: date,
    due_at: datetime,
    close_days: int,
) -> list[Planned]:
    """One offer per child in the age range; a second campaign on the same day adds nothing.

    Children under 4 are never consulted directly, whatever range is asked for.
    """
    low, high = ages
    return [
        Planned(
            kind=OFFER,
            due_at=due_at,
            dedupe_key=f"offer:{definition_id}:campaign:{on.isoformat()}:child:{child.child_id}",
            child_id=child.child_id,
            payload={"definition_id": definition_id, "close_days": close_days},
        )
        for child in children
        if low <= child.age <= high and child.age >= CONSULT_FROM_AGE
    ]


def retry_delay(attempts: int, *, retry_after: float | None = None) -> timedelta:
    """How long to wait before trying a failed send again.

    Doubles from 30 seconds up to an hour; Telegram's own ``retry_after`` (a 429) is respected
    when it asks for longer.
    """
    backoff = min(30.0 * 2 ** max(attempts - 1, 0), 3600.0)
    return timedelta(seconds=max(backoff, retry_after or 0.0))


# Writing the decisions into the outbox.


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
        facts = ReviewFacts(
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
        for row in plan_review(facts, services.settings, now=now):
            added += await plan_row(conn, row)
    return added


async def plan_row(conn: aiosqlite.Connection, row: Planned) -> int:
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
        CampaignChild(child_id, age_on(born, today))
        for child_id, born in reachable
        if born is not None
    ]
    rows = plan_campaign(
        definition_id, children, ages=ages, on=now.date(), due_at=now, close_days=close_days
    )
    async with services.db.transaction() as conn:
        return sum([await plan_row(conn, row) for row in rows])
