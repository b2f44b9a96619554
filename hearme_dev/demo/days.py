"""Which days ``hearme demo`` plays: only those on which something can happen.

The bot starts nothing except through its outbox, and the simulated people act only when the
bot wrote to them or on a day they planned to come back. So after each played day the clock
jumps straight to the next day that has one of these:

- a pending outbox row falling due (offers, reminders, closings, the IROs' prompts, notices);
- a review coming into the scheduler's planning window, which plans that review's rows (its
  My Review offer is the first of them, ``my_review_days_before`` ahead of the meeting);
- a child coming back of their own accord (answering later, carrying on after stopping);
- one of the demo's own events (the Tell Us More campaign, the child who blocks the bot).

Every skipped day is one on which the bot would have sent nothing and nobody would have done
anything, so the year plays out exactly as if every day were played.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from bot.services import Services
from bot.settings import Settings
from hearme_dev.demo.council import Council
from storage import outbox

# Far enough ahead to see any planned row; planning never looks more than weeks ahead.
_LOOK_AHEAD = timedelta(days=3650)


def review_days(council: Council, settings: Settings) -> list[date]:
    """The days each review's rows come into view: the day its My Review offer falls due.

    The scheduler plans a review's offers and its IRO prompt together once the review is
    ``my_review_days_before + 1`` days ahead, so by this day every row it implies is planned.
    """
    before = timedelta(days=settings.my_review_days_before)
    return sorted({review.review_date - before for review in council.reviews})


async def next_outbox_day(services: Services, now: datetime) -> date | None:
    """The council's local day of the earliest pending outbox row, or None when none is left."""
    rows = await outbox.due_rows(services.db.reader, now=now + _LOOK_AHEAD, limit=1)
    if not rows:
        return None
    return rows[0].due_at.astimezone(services.settings.zone).date()


def next_day(after: date, candidates: Iterable[date | None], *, last: date) -> date:
    """The first candidate day after ``after``; ``last + 1 day`` when none is left by ``last``.

    A candidate on or before ``after`` (a row that was held back, say) means the very next day.
    """
    following = after + timedelta(days=1)
    found = [max(day, following) for day in candidates if day is not None]
    return min([day for day in found if day <= last], default=last + timedelta(days=1))
