"""Quiet hours: what hearme starts waits for the next allowed local time, across clock changes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from bot.outbox.quiet_hours import is_quiet, next_allowed
from bot.settings import QuietHours, Settings

LONDON = ZoneInfo("Europe/London")
SETTINGS = Settings()


def london(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


def test_evening_message_waits_until_eight_next_morning() -> None:
    # Monday 2026-01-12, 21:00 GMT.
    released = next_allowed(london(2026, 1, 12, 21, 0), SETTINGS, age=17)
    assert released == datetime(2026, 1, 13, 8, 0, tzinfo=UTC)
    assert released.tzinfo is UTC


def test_early_morning_message_waits_until_eight_the_same_day() -> None:
    assert next_allowed(london(2026, 1, 13, 7, 59), SETTINGS, age=17) == london(2026, 1, 13, 8, 0)


def test_window_edges() -> None:
    assert is_quiet(london(2026, 1, 12, 20, 30), SETTINGS, age=17)
    assert not is_quiet(london(2026, 1, 12, 20, 29), SETTINGS, age=17)
    assert not is_quiet(london(2026, 1, 13, 8, 0), SETTINGS, age=17)
    allowed = london(2026, 1, 12, 18, 0)
    assert next_allowed(allowed, SETTINGS, age=17) == allowed


def test_school_hours_hold_under_sixteens_on_weekdays_only() -> None:
    tuesday_morning = london(2026, 1, 13, 10, 0)
    assert next_allowed(tuesday_morning, SETTINGS, age=12) == london(2026, 1, 13, 15, 30)
    assert next_allowed(tuesday_morning, SETTINGS, age=16) == tuesday_morning
    # Unknown age: treated as not of school age.
    assert next_allowed(tuesday_morning, SETTINGS, age=None) == tuesday_morning
    saturday_morning = london(2026, 1, 17, 10, 0)
    assert next_allowed(saturday_morning, SETTINGS, age=12) == saturday_morning


def test_night_then_morning_before_school_is_allowed_for_a_ten_year_old() -> None:
    # 08:00-08:45 is before school: a Monday-night message goes at 08:00 Tuesday.
    assert next_allowed(london(2026, 1, 12, 22, 0), SETTINGS, age=10) == london(2026, 1, 13, 8, 0)


def test_windows_chain_when_one_ends_inside_another() -> None:
    custom = Settings(quiet=QuietHours(start=time(20, 30), end=time(9, 0)))
    # Night ends 09:00, inside school hours for a twelve-year-old on a Wednesday.
    assert next_allowed(london(2026, 1, 13, 23, 0), custom, age=12) == london(2026, 1, 14, 15, 30)
    assert next_allowed(london(2026, 1, 13, 23, 0), custom, age=17) == london(2026, 1, 14, 9, 0)


def test_spring_forward_releases_at_eight_summer_time() -> None:
    # Clocks go forward at 01:00 GMT on Sunday 29 March 2026.
    released = next_allowed(london(2026, 3, 28, 21, 0), SETTINGS, age=17)
    assert released == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)
    assert released.astimezone(LONDON).time() == time(8, 0)


def test_fall_back_releases_at_eight_winter_time() -> None:
    # Clocks go back at 02:00 BST on Sunday 25 October 2026.
    released = next_allowed(london(2026, 10, 24, 21, 0), SETTINGS, age=17)
    assert released == datetime(2026, 10, 25, 8, 0, tzinfo=UTC)


def test_other_timezone_and_switched_off_window() -> None:
    belfast_free = Settings(quiet=QuietHours(start=time(0, 0), end=time(0, 0)))
    midnight = london(2026, 1, 13, 0, 30)
    assert next_allowed(midnight, belfast_free, age=17) == midnight
    paris = Settings(timezone="Europe/Paris")
    # 21:00 UTC is 22:00 in Paris: released at 08:00 Paris = 07:00 UTC.
    assert next_allowed(datetime(2026, 1, 12, 21, 0, tzinfo=UTC), paris, age=17) == datetime(
        2026, 1, 13, 7, 0, tzinfo=UTC
    )


def test_naive_moments_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        next_allowed(datetime(2026, 1, 12, 21, 0), SETTINGS, age=17)


def test_a_school_age_child_with_long_nights_waits_for_the_weekend() -> None:
    # Night 15:00-09:00 and school 08:45-15:30 leave a twelve-year-old no weekday time at all.
    long_nights = Settings(quiet=QuietHours(start=time(15, 0), end=time(9, 0)))
    released = next_allowed(london(2026, 1, 12, 12, 0), long_nights, age=12)
    assert released == london(2026, 1, 17, 9, 0)


@hyp_settings(max_examples=150, deadline=None)
@given(
    moment=st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
    ),
    age=st.sampled_from([None, 5, 12, 15, 16, 17]),
)
def test_release_is_the_first_allowed_minute(moment: datetime, age: int | None) -> None:
    released = next_allowed(moment, SETTINGS, age=age)
    assert released >= moment
    assert not is_quiet(released, SETTINGS, age=age)
    # Every whole minute between the due time and the release is quiet.
    step = moment.replace(second=0, microsecond=0) + timedelta(minutes=1)
    while step < released:
        assert is_quiet(step, SETTINGS, age=age)
        step += timedelta(minutes=37)
