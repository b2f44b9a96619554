"""Which days the demo plays and whom it shows off: fast checks of the pure parts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.settings import Settings
from hearme_dev.demo import council, days, showcase
from hearme_dev.demo.council import Child, Council, Review
from surveys.bands import age_on

YEAR = date(2025, 4, 1)
SETTINGS = Settings()
UNTIL = date(2026, 3, 31) + timedelta(days=14)


def _council(reviews: dict[str, list[date]], preferred: frozenset[str] = frozenset()) -> Council:
    kids = tuple(
        Child(
            ref,
            "Alex",
            date(2011, 6, 1),
            "IRO1",
            preferred_name="Lexi" if ref in preferred else None,
        )
        for ref in reviews
    )
    rows = tuple(Review(ref, day) for ref, dates in reviews.items() for day in dates)
    return Council((), kids, rows, YEAR, date(2023, 4, 1))


def test_the_next_day_is_the_first_thing_due_after_today() -> None:
    today = date(2025, 5, 10)
    assert days.next_day(today, [date(2025, 6, 1), None, date(2025, 5, 20)], last=UNTIL) == date(
        2025, 5, 20
    )
    # Something held back to today or earlier is looked at again tomorrow.
    assert days.next_day(today, [date(2025, 5, 9), date(2025, 6, 1)], last=UNTIL) == date(
        2025, 5, 11
    )
    # Nothing left before the end: the day after the end, so the play stops.
    assert days.next_day(today, [None, UNTIL + timedelta(days=3)], last=UNTIL) == UNTIL + timedelta(
        days=1
    )
    assert days.next_day(today, [], last=UNTIL) == UNTIL + timedelta(days=1)


def test_a_review_comes_into_view_on_its_my_review_day() -> None:
    found = _council({"C1": [date(2025, 6, 20), date(2025, 12, 19)], "C2": [date(2025, 6, 20)]})
    before = timedelta(days=SETTINGS.my_review_days_before)
    assert days.review_days(found, SETTINGS) == [
        date(2025, 6, 20) - before,
        date(2025, 12, 19) - before,
    ]


def test_the_showcase_children_have_a_my_review_soon_after_the_year_and_a_quiet_first_day() -> None:
    minimum = UNTIL
    before = timedelta(days=SETTINGS.my_review_days_before)
    first_day = YEAR + before  # offered on day one
    found = _council(
        {
            "C1": [first_day, minimum + timedelta(days=2)],  # busy first day, no extra days
            "C2": [date(2025, 10, 1), minimum + timedelta(days=20)],  # quiet, plays 10 days on
            "C3": [date(2025, 10, 1), minimum + timedelta(days=90)],  # quiet, far too late
            "C4": [date(2025, 10, 1), minimum + timedelta(days=15)],  # quiet, plays 5 days on
        },
        preferred=frozenset({"C2"}),
    )
    kids = list(found.children)
    picked = showcase.choose(found, kids, SETTINGS, at_least=minimum)
    # Quiet first day and a preferred name come first; the second child's meeting must come
    # after the demo stops (C1's would be over by then).
    assert (picked.followed.child_ref, picked.second.child_ref) == ("C2", "C4")
    # The demo stops the day after the later of the two My Reviews goes out, and before both
    # meetings: on the last day they are still the children's next reviews.
    assert picked.until == minimum + timedelta(days=20) - before + timedelta(days=1)
    for ref in ("C2", "C4"):
        review = showcase.next_review(found, ref, minimum)
        assert review is not None and review - before < picked.until < review
    assert showcase.play_until(found, "C3", SETTINGS, at_least=minimum + timedelta(days=200)) == (
        date.max
    )
    with pytest.raises(ValueError):
        showcase.choose(found, kids[:1], SETTINGS, at_least=minimum)


def test_a_generated_council_has_children_worth_showing() -> None:
    found = council.generate(11, children=40, year_start=YEAR)
    older = [c for c in found.children if age_on(c.date_of_birth, YEAR) >= 8]
    picked = showcase.choose(found, older, SETTINGS, at_least=UNTIL)
    assert UNTIL <= picked.until <= UNTIL + showcase.MAX_EXTRA
    assert 12 <= age_on(picked.followed.date_of_birth, YEAR) <= 15
    for child in (picked.followed, picked.second):
        review = showcase.next_review(found, child.child_ref, picked.until)
        assert review is not None
        assert review - timedelta(days=SETTINGS.my_review_days_before) < picked.until
