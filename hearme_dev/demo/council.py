"""A fictional council for ``hearme demo``: its staff, its children in care and their reviews.

Pure: one seeded ``random.Random`` in, the same council out, every time. Nothing here is a real
person. The council has six IROs, a participation officer, a duty worker and an admin; about 120
children aged 2 to 19 spread over every age band (some with a preferred name or their own words
for things, one Welsh speaker); and reviews every six months: two earlier April–March years
already coded PN0–PN7, the year the demo plays through (coded by the IROs in the bot), and the
next few months still to come.
"""

from __future__ import annotations

import csv
import random
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from surveys.bands import age_on

ROLES_ONE_EACH = (("PO1", "Grace Okafor", "participation"), ("DUTY1", "Tom Hale", "duty"))
ADMIN = ("ADM1", "Nia Rowlands", "admin")
IRO_NAMES = (
    "Priya Shah",
    "Martin Doyle",
    "Helen Carter",
    "Kwame Mensah",
    "Ruth Evans",
    "Owen Price",
)
FIRST_NAMES = (
    "Amelia", "Oliver", "Isla", "Noah", "Ava", "Leo", "Mia", "Jack", "Ivy", "Harry", "Freya",
    "Charlie", "Poppy", "Alfie", "Rosie", "Theo", "Lily", "Oscar", "Evie", "George", "Ella",
    "Arthur", "Grace", "Finley", "Sophie", "Reggie", "Daisy", "Ezra", "Ruby", "Kai", "Maya",
    "Tyler", "Zara", "Jayden", "Aisha", "Callum", "Chloe", "Dylan", "Holly", "Ethan", "Jasmine",
    "Mason", "Keira", "Riley", "Layla", "Bailey", "Megan", "Logan", "Niamh", "Reuben",
)  # fmt: skip
# A long name and the short one the child asked to be called.
PREFERRED = {
    "Alexandra": "Lexi",
    "Jonathan": "Jonny",
    "Samantha": "Sam",
    "Christopher": "Chris",
    "Gabriella": "Gabi",
    "Benjamin": "Ben",
    "Elizabeth": "Libby",
    "Nathaniel": "Nate",
}
WELSH_NAME = "Cerys"
# Children's own words (DOMAIN.md): "family time" or "mum time", not "contact"; "my meeting".
OWN_WORDS = (
    {"family_time": "mum time"},
    {"family_time": "time with my nan"},
    {"review": "my meeting"},
    {"carer": "Auntie Jo"},
    {"family_time": "dad time", "review": "my meeting"},
)
MIN_AGE, MAX_AGE = 2, 19
REVIEW_EVERY = timedelta(days=182)
MODES = ("in_person", "virtual", "hybrid")
MODE_WEIGHTS = (70, 20, 10)
# How children aged 4+ took part in earlier years (roughly as county annual reports show).
HISTORY_CODES = ("PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")
HISTORY_WEIGHTS = (44, 9, 4, 3, 8, 14, 18)


@dataclass(frozen=True)
class StaffMember:
    """One row of ``staff.csv``."""

    staff_ref: str
    name: str
    role: str


@dataclass(frozen=True)
class Child:
    """One row of ``children.csv``, plus what the import file has no column for."""

    child_ref: str
    first_name: str
    date_of_birth: date
    iro_ref: str
    language: str = "en"
    preferred_name: str | None = None
    words: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Review:
    """One row of ``reviews.csv``: a code only for the years before the one played."""

    child_ref: str
    review_date: date
    participation_code: str | None = None
    mode: str | None = None


@dataclass(frozen=True)
class Council:
    """Everything the demo imports, and the dates it plays between."""

    staff: tuple[StaffMember, ...]
    children: tuple[Child, ...]
    reviews: tuple[Review, ...]
    year_start: date  # 1 April of the year played through the bot
    history_start: date  # 1 April two years before

    @property
    def year_end(self) -> date:
        """31 March ending the played year."""
        return date(self.year_start.year + 1, 3, 31)

    @property
    def iros(self) -> tuple[StaffMember, ...]:
        return tuple(member for member in self.staff if member.role == "iro")

    def child(self, child_ref: str) -> Child:
        """The child with this reference."""
        return next(child for child in self.children if child.child_ref == child_ref)

    def reviews_of(self, child_ref: str) -> list[Review]:
        return [review for review in self.reviews if review.child_ref == child_ref]


@dataclass(frozen=True)
class CouncilFiles:
    """Where the three import files were written."""

    staff: Path
    children: Path
    reviews: Path


def _ages(rng: random.Random, count: int) -> list[int]:
    """Ages spread evenly over 2–19 (so every band is there), then shuffled."""
    span = MAX_AGE - MIN_AGE + 1
    ages = [MIN_AGE + index % span for index in range(count)]
    rng.shuffle(ages)
    return ages


def _birth_date(rng: random.Random, age: int, on: date) -> date:
    """A date of birth that makes the child ``age`` on the day ``on``."""
    latest = date(on.year - age, on.month, on.day if (on.month, on.day) != (2, 29) else 28)
    return latest - timedelta(days=rng.randrange(1, 365))


def _child(rng: random.Random, index: int, age: int, year_start: date, iro_ref: str) -> Child:
    ref = f"C{index:04d}"
    born = _birth_date(rng, age, year_start)
    roll = rng.random()
    if roll < 0.12:
        long_name = rng.choice(sorted(PREFERRED))
        return Child(ref, long_name, born, iro_ref, preferred_name=PREFERRED[long_name])
    words = dict(rng.choice(OWN_WORDS)) if roll < 0.3 and age >= 4 else {}
    return Child(ref, rng.choice(FIRST_NAMES), born, iro_ref, words=words)


def _code(rng: random.Random, age: int) -> str:
    if age < 4:
        return "PN0"
    return rng.choices(HISTORY_CODES, HISTORY_WEIGHTS)[0]


def _reviews(rng: random.Random, child: Child, history_start: date, until: date) -> list[Review]:
    """A review every six months from a random first day; coded before ``coded_before``."""
    first = history_start + timedelta(days=rng.randrange(0, REVIEW_EVERY.days))
    # In care since a few weeks after birth at the earliest.
    in_care_from = child.date_of_birth + timedelta(days=60)
    found = []
    day = first
    while day <= until:
        if day >= in_care_from:
            found.append(Review(child.child_ref, day))
        day += REVIEW_EVERY
    return found


def _coded(rng: random.Random, review: Review, child: Child, played_from: date) -> Review:
    """Earlier years carry the code the IRO gave; the played year is coded in the bot."""
    if review.review_date >= played_from:
        return review
    age = age_on(child.date_of_birth, review.review_date)
    return Review(
        review.child_ref,
        review.review_date,
        participation_code=_code(rng, age),
        mode=rng.choices(MODES, MODE_WEIGHTS)[0],
    )


def generate(seed: int, *, children: int = 120, year_start: date) -> Council:
    """The fictional council, the same for the same ``seed``.

    Args:
        seed: seeds the one ``random.Random`` every choice comes from.
        children: how many children (at least 18, so every age from 2 to 19 is there).
        year_start: 1 April of the year the demo plays; history covers the two years before
            and reviews are planned for six months after.

    Raises:
        ValueError: fewer than 18 children, or ``year_start`` is not a 1 April.
    """
    if children < MAX_AGE - MIN_AGE + 1:
        raise ValueError(f"the demo needs at least {MAX_AGE - MIN_AGE + 1} children")
    if (year_start.month, year_start.day) != (4, 1):
        raise ValueError("the played year starts on 1 April")
    rng = random.Random(seed)
    iros = tuple(StaffMember(f"IRO{n}", name, "iro") for n, name in enumerate(IRO_NAMES, 1))
    others = tuple(StaffMember(*row) for row in (*ROLES_ONE_EACH, ADMIN))
    ages = _ages(rng, children)
    kids = [
        _child(rng, index, age, year_start, iros[index % len(iros)].staff_ref)
        for index, age in enumerate(ages, start=1)
    ]
    kids = _with_welsh_speaker(kids, year_start)
    history_start = date(year_start.year - 2, 4, 1)
    until = year_start + timedelta(days=365 + 182)
    reviews = [
        _coded(rng, review, child, year_start)
        for child in kids
        for review in _reviews(rng, child, history_start, until)
    ]
    reviews.sort(key=lambda review: (review.review_date, review.child_ref))
    return Council(iros + others, tuple(kids), tuple(reviews), year_start, history_start)


def _with_welsh_speaker(kids: list[Child], on: date) -> list[Child]:
    """Make the first plain child aged 8–15 on ``on`` a Welsh speaker, with a Welsh name."""
    for index, child in enumerate(kids):
        plain = child.preferred_name is None and not child.words
        if plain and 8 <= age_on(child.date_of_birth, on) <= 15:
            kids[index] = Child(
                child.child_ref, WELSH_NAME, child.date_of_birth, child.iro_ref, language="cy"
            )
            break
    return kids


def write_csvs(council: Council, folder: Path) -> CouncilFiles:
    """Write ``staff.csv``, ``children.csv`` and ``reviews.csv`` as ``hearme import`` reads them."""
    folder.mkdir(parents=True, exist_ok=True)
    files = CouncilFiles(folder / "staff.csv", folder / "children.csv", folder / "reviews.csv")
    staff_rows = [(m.staff_ref, m.name, m.role) for m in council.staff]
    write_rows(files.staff, ("staff_ref", "name", "role"), staff_rows)
    child_rows = [
        (
            c.child_ref,
            c.first_name,
            c.date_of_birth.isoformat(),
            c.iro_ref,
            c.language,
            looked_after(council, c.child_ref),
        )
        for c in council.children
    ]
    header = (
        "child_ref",
        "first_name",
        "date_of_birth",
        "iro_ref",
        "language",
        "date_looked_after",
    )
    write_rows(files.children, header, child_rows)
    review_rows = [
        (r.child_ref, r.review_date.isoformat(), r.participation_code or "", r.mode or "")
        for r in council.reviews
    ]
    write_rows(
        files.reviews, ("child_ref", "review_date", "participation_code", "mode"), review_rows
    )
    return files


def looked_after(council: Council, child_ref: str) -> str:
    """When the child came into care: two to seven weeks before their first review.

    Taken from the reference rather than the council's random generator, so every other
    choice in the demo stays as it was; about half the first reviews come within 20 working
    days.
    """
    days = [r.review_date for r in council.reviews if r.child_ref == child_ref]
    if not days:
        return ""
    first = min(days)
    return (first - timedelta(days=14 + zlib.crc32(child_ref.encode()) % 36)).isoformat()


def write_rows(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Write one CSV file as the import commands read it."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
