"""Quiet hours: when hearme may start a conversation with a child.

Pure functions of a moment and the settings. Quiet hours hold back only what hearme starts
(an offer, a reminder); a reply to something the child wrote is never held. The night window
(default 20:30–08:00) applies to everyone; on school days the school day (default 08:45–15:30)
also applies to children below ``school_age_below`` (16), so nothing buzzes in a lesson. A school
day is a weekday outside the council's ``school_holidays``.

Local times are read in ``settings.timezone`` (Europe/London), so a message held overnight is
released at 08:00 local time on both sides of a clock change.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from bot.settings import Settings

# A window can only push a moment to its own end, and the windows of one day never chain
# more than a few times; the bound just makes a misconfiguration fail loudly, not loop.
_MAX_STEPS = 16


def is_quiet(moment: datetime, settings: Settings, *, age: int | None) -> bool:
    """Whether hearme should hold back a message it starts at ``moment``.

    Args:
        moment: An aware moment.
        settings: The council's settings (timezone and quiet hours).
        age: The child's age in years on that day; ``None`` when unknown (school hours then
            do not apply, as for an adult).

    Returns:
        True inside the night window, or inside school hours on a school day for a school-age
        child.
    """
    return _window_end(moment, settings, age=age) is not None


def next_allowed(moment: datetime, settings: Settings, *, age: int | None) -> datetime:
    """The first moment at or after ``moment`` when hearme may start a message.

    Args:
        moment: An aware moment (the time a message falls due).
        settings: The council's settings.
        age: The child's age in years; ``None`` when unknown.

    Returns:
        ``moment`` itself (in UTC) when it is allowed, otherwise the end of the quiet window it
        falls in (repeatedly, if that end falls in another window), in UTC.
    """
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware moment")
    current = moment.astimezone(UTC)
    for _ in range(_MAX_STEPS):
        end = _window_end(current, settings, age=age)
        if end is None:
            return current
        current = end
    raise ValueError("quiet hours leave no allowed time: check the quiet-hours settings")


def is_school_day(day: date, settings: Settings) -> bool:
    """Whether children are at school on ``day`` (a local date): a weekday, not a holiday.

    Args:
        day: The local calendar day.
        settings: The council's settings (``school_holidays``).

    Returns:
        True on Monday to Friday outside every school holiday range (ends included).
    """
    return day.weekday() < 5 and not settings.school_holiday(day)


def _window_end(moment: datetime, settings: Settings, *, age: int | None) -> datetime | None:
    """The UTC end of the quiet window ``moment`` falls in, or None when it is allowed."""
    zone = settings.zone
    local = moment.astimezone(zone)
    today, now_time = local.date(), local.time().replace(tzinfo=None)
    quiet = settings.quiet
    night_end = _in_window(today, now_time, quiet.start, quiet.end)
    if night_end is not None:
        return _later_than(moment, _at(night_end, quiet.end, settings))
    school_age = age is not None and age < quiet.school_age_below
    if school_age and is_school_day(today, settings):
        school_end = _in_window(today, now_time, quiet.school_start, quiet.school_end)
        if school_end is not None:
            return _later_than(moment, _at(school_end, quiet.school_end, settings))
    return None


def _in_window(today: date, now_time: time, start: time, end: time) -> date | None:
    """The local date on which the window containing ``now_time`` ends, or None if outside it.

    A window whose start is after its end crosses midnight (20:30–08:00); equal ends mean the
    window is switched off.
    """
    if start == end:
        return None
    if start < end:
        return today if start <= now_time < end else None
    if now_time >= start:
        return today + timedelta(days=1)
    if now_time < end:
        return today
    return None


def _at(on: date, at: time, settings: Settings) -> datetime:
    """A local wall-clock time as an aware UTC moment.

    A wall time inside a spring-forward gap (fold=0 reads it with the offset before the change)
    lands just after the gap, which is what a person setting an alarm would expect.
    """
    return datetime.combine(on, at, tzinfo=settings.zone).astimezone(UTC)


def _later_than(moment: datetime, end: datetime) -> datetime:
    """Guard against a window end that is not after the moment (a gap or odd settings)."""
    return end if end > moment else moment + timedelta(minutes=1)
