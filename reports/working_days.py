"""Working days in England: weekdays that are not bank holidays.

The first review is due within 20 working days of a child becoming looked after. Bank holidays
follow the usual rules (a holiday on a weekend moves to the next free weekday), with the
one-off days of recent years listed; nothing is fetched from outside.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

# One-off bank holidays and moved ones (England and Wales).
_ONE_OFF = {
    date(2011, 4, 29),  # royal wedding
    date(2012, 6, 5),  # diamond jubilee
    date(2022, 6, 3),  # platinum jubilee
    date(2022, 9, 19),  # state funeral
    date(2023, 5, 8),  # coronation
}
_MOVED = {
    date(2012, 5, 28): date(2012, 6, 4),  # spring holiday moved for the jubilee
    date(2020, 5, 4): date(2020, 5, 8),  # early May holiday moved to VE day
    date(2022, 5, 30): date(2022, 6, 2),  # spring holiday moved for the jubilee
}


def easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _first_monday(year: int, month: int) -> date:
    day = date(year, month, 1)
    return day + timedelta(days=(7 - day.weekday()) % 7)


def _last_monday(year: int, month: int) -> date:
    day = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return day - timedelta(days=day.weekday())


@lru_cache(maxsize=64)
def bank_holidays(year: int) -> frozenset[date]:
    """England and Wales bank holidays in ``year``."""
    days: set[date] = set()
    new_year = date(year, 1, 1)
    days.add(new_year + timedelta(days={5: 2, 6: 1}.get(new_year.weekday(), 0)))
    sunday = easter(year)
    days |= {sunday - timedelta(days=2), sunday + timedelta(days=1)}
    for fixed in (_first_monday(year, 5), _last_monday(year, 5), _last_monday(year, 8)):
        days.add(_MOVED.get(fixed, fixed))
    christmas, boxing = date(year, 12, 25), date(year, 12, 26)
    if christmas.weekday() == 5:  # Saturday: Monday and Tuesday
        christmas, boxing = christmas + timedelta(days=2), boxing + timedelta(days=2)
    elif christmas.weekday() == 6:  # Sunday: Boxing Day Monday, Christmas Tuesday
        christmas = christmas + timedelta(days=2)
    elif boxing.weekday() == 5:  # Friday Christmas: Boxing Day on Monday
        boxing = boxing + timedelta(days=2)
    days |= {christmas, boxing}
    return frozenset(days | {d for d in _ONE_OFF if d.year == year})


def is_working_day(day: date) -> bool:
    """A weekday that is not a bank holiday."""
    return day.weekday() < 5 and day not in bank_holidays(day.year)


def add_working_days(start: date, count: int) -> date:
    """The working day ``count`` working days after ``start`` (``start`` itself not counted)."""
    day = start
    left = count
    while left > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day
