"""Who the demo shows off, and so how long it plays: the two children whose views are printed.

Pre-meeting views show the child's words only when the My Review for their *next* review came
back, and the bot sends it ``my_review_days_before`` ahead of the meeting. So the demo picks two
children up front, each with a review soon after the played year, has them answer, and plays on
until both have had their My Review: on the last day it is their next meeting, with their
words, topics and wishes ready for the IRO.

One of them is the child whose chat becomes the transcript: aged 8 to 15 (an adult helping),
best 12 to 15 with a preferred name the bot uses, and with nothing due on the first day, so
their chat opens with the welcome alone and the first consultation comes on a later day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.settings import Settings
from hearme_dev.demo.council import Child, Council
from surveys.bands import age_on

# Play at most this long past the minimum to reach a showcase child's next My Review.
MAX_EXTRA = timedelta(days=45)


@dataclass(frozen=True)
class Showcase:
    """The two children whose views are printed (the first is the transcript's) and the last
    day the demo plays."""

    followed: Child
    second: Child
    until: date


def next_review(council: Council, child_ref: str, after: date) -> date | None:
    """The child's first review after ``after``, if one is planned."""
    later = [r.review_date for r in council.reviews_of(child_ref) if r.review_date > after]
    return min(later, default=None)


def play_until(council: Council, child_ref: str, settings: Settings, *, at_least: date) -> date:
    """The day the demo must play to for the child's next review after ``at_least`` to have its
    My Review sent (the day after it goes out); ``date.max`` when there is no such review."""
    review = next_review(council, child_ref, at_least)
    if review is None:
        return date.max
    offered = review - timedelta(days=settings.my_review_days_before)
    return max(at_least, offered + timedelta(days=1))


def quiet_first_day(council: Council, child_ref: str, settings: Settings) -> bool:
    """Nothing is offered to the child on the first day: no review near the year's start."""
    start = council.year_start
    earliest = start - timedelta(
        days=settings.after_review_delay_days + settings.after_review_close_days + 1
    )
    latest = start + timedelta(days=settings.my_review_days_before + 1)
    return not any(
        earliest <= review.review_date <= latest for review in council.reviews_of(child_ref)
    )


def choose(
    council: Council, candidates: Sequence[Child], settings: Settings, *, at_least: date
) -> Showcase:
    """Pick the transcript's child and a second child from ``candidates`` (children 8 and over
    who can take part), and the last day to play (no earlier than ``at_least``).

    Raises:
        ValueError: fewer than two candidates.
    """
    if len(candidates) < 2:
        raise ValueError("the demo needs two children aged 8 or over to show")
    limit = at_least + MAX_EXTRA

    def until(child: Child) -> date:
        return play_until(council, child.child_ref, settings, at_least=at_least)

    def as_followed(child: Child) -> tuple[bool, bool, bool, bool, date, str]:
        return (
            until(child) > limit,
            not quiet_first_day(council, child.child_ref, settings),
            not 12 <= age_on(child.date_of_birth, council.year_start) <= 15,
            child.preferred_name is None,
            until(child),
            child.child_ref,
        )

    helped = [c for c in candidates if age_on(c.date_of_birth, council.year_start) < 16]
    followed = min(helped or candidates, key=as_followed)

    def both_until(other: Child) -> date:
        """The last day for both, or ``date.max`` when one's meeting would come first."""
        last = max(until(followed), until(other))
        meetings = [next_review(council, c.child_ref, at_least) for c in (followed, other)]
        return last if all(m is not None and last < m for m in meetings) else date.max

    others = [c for c in candidates if c != followed]
    second = min(others, key=lambda c: (both_until(c), c.child_ref))
    last = both_until(second)
    return Showcase(followed, second, last if last <= limit else at_least)
