"""Age bands: which version of a survey a child gets, from their date of birth on the day.

Ages change between reviews, so the band is always computed on the day of sending, never stored
as a fact about the child. A birthday counts from the day itself; someone born on 29 February
turns a year older on 1 March in other years (as in English law).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Band:
    """A named age range, inclusive at both ends; ``max_age`` None means no upper limit."""

    id: str
    min_age: int
    max_age: int | None

    def contains(self, age: int) -> bool:
        """Whether a child of ``age`` full years is in this band."""
        return age >= self.min_age and (self.max_age is None or age <= self.max_age)


BANDS: tuple[Band, ...] = (
    Band("under_4", 0, 3),
    Band("4_7", 4, 7),
    Band("8_11", 8, 11),
    Band("12_15", 12, 15),
    Band("16_plus", 16, None),
)
BAND_IDS: tuple[str, ...] = tuple(band.id for band in BANDS)


def age_on(date_of_birth: date, on: date) -> int:
    """Full years of age on a day (the birthday itself counts)."""
    before_birthday = (on.month, on.day) < (date_of_birth.month, date_of_birth.day)
    return on.year - date_of_birth.year - int(before_birthday)


def band_for_age(age: int) -> str:
    """The standard band id for an age in full years.

    Raises:
        ValueError: for a negative age (a date of birth in the future).
    """
    for band in BANDS:
        if band.contains(age):
            return band.id
    raise ValueError(f"age must not be negative, got {age}")


def band_for(date_of_birth: date, on: date) -> str:
    """The band id (``under_4``, ``4_7``, ``8_11``, ``12_15``, ``16_plus``) on a day."""
    return band_for_age(age_on(date_of_birth, on))


def band_named(band_id: str) -> Band | None:
    """The standard band with this id, or None."""
    return next((band for band in BANDS if band.id == band_id), None)
