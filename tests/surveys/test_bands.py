"""Age bands: computed on the day, with the birthday itself counting."""

from __future__ import annotations

from datetime import date

import pytest

from surveys.bands import age_on, band_for, band_for_age


@pytest.mark.parametrize(
    ("born", "on", "band"),
    [
        (date(2020, 5, 10), date(2024, 5, 9), "under_4"),
        (date(2020, 5, 10), date(2024, 5, 10), "4_7"),
        (date(2016, 5, 10), date(2024, 5, 9), "4_7"),
        (date(2016, 5, 10), date(2024, 5, 10), "8_11"),
        (date(2012, 5, 10), date(2024, 5, 9), "8_11"),
        (date(2012, 5, 10), date(2024, 5, 10), "12_15"),
        (date(2008, 5, 10), date(2024, 5, 9), "12_15"),
        (date(2008, 5, 10), date(2024, 5, 10), "16_plus"),
        (date(1999, 1, 1), date(2024, 1, 1), "16_plus"),
    ],
)
def test_band_changes_on_the_birthday_itself(born: date, on: date, band: str) -> None:
    assert band_for(born, on) == band


def test_leap_day_birthday_counts_from_first_of_march_in_other_years() -> None:
    born = date(2016, 2, 29)
    assert age_on(born, date(2024, 2, 28)) == 7
    assert age_on(born, date(2024, 2, 29)) == 8
    assert age_on(born, date(2023, 2, 28)) == 6
    assert age_on(born, date(2023, 3, 1)) == 7
    assert band_for(born, date(2024, 2, 29)) == "8_11"


def test_a_date_of_birth_in_the_future_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        band_for_age(-1)
