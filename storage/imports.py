"""Importing the council's spreadsheets: staff, children and reviews.

Every row is checked before anything is written, and every problem is reported at once, by the
row number a spreadsheet shows (the header is row 1) and the column name. The checks are pure
functions of the file and what the database already knows; the writers upsert, so importing the
same file again changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from storage import children, reviews, staff

# The writers are in their own module; callers know them as part of the importer.
from storage.import_writes import write_children, write_reviews, write_staff
from storage.sheets import (
    Checked,
    ImportFileError,
    Problem,
    Rejects,
    SeenKeys,
    Sheet,
    SheetReader,
    day,
    duplicate,
    each_row,
    read_sheet,
    rejects_path,
    required,
    write_rejects,
)
from surveys.bands import age_on, band_for

STAFF_COLUMNS = ("staff_ref", "name", "role")
CHILD_COLUMNS = ("child_ref", "first_name", "date_of_birth", "iro_ref")
REVIEW_COLUMNS = ("child_ref", "review_date")
OPTIONAL_COLUMNS = {
    "staff": ("active", "email"),
    "children": ("language", "date_looked_after"),
    "reviews": ("participation_code", "mode"),
}
_YES_NO = {"yes": True, "no": False, "": None}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
OLDEST_AGE = 25  # care leavers are supported up to 25: checked at each review date (history)
EARLIEST_BIRTH = date(1900, 1, 1)  # before this a date of birth is a typing mistake
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[a-z]{2,4})?")
# The most characters each column takes: generous for any real name or reference, and far
# below what would be a pasted document (a longer cell is a row problem, never truncated).
LIMITS = {
    "staff_ref": 64,
    "child_ref": 64,
    "iro_ref": 64,
    "name": 200,
    "first_name": 100,
    "role": 20,
    "active": 10,
    "email": 254,
    "date_of_birth": 20,
    "review_date": 20,
    "language": 20,
    "participation_code": 10,
    "mode": 20,
}
Seen = MutableMapping[Any, int]

Progress = Callable[[int], None]
# The file-level pieces live in storage.sheets; callers know them as part of the importer.
__all__ = [
    "CHILD_COLUMNS",
    "OPTIONAL_COLUMNS",
    "REVIEW_COLUMNS",
    "STAFF_COLUMNS",
    "Checked",
    "ChildRecord",
    "ImportFileError",
    "Problem",
    "Progress",
    "Rejects",
    "ReviewRecord",
    "SeenKeys",
    "Sheet",
    "SheetReader",
    "StaffRecord",
    "check_children",
    "check_reviews",
    "check_staff",
    "read_sheet",
    "rejects_path",
    "write_children",
    "write_rejects",
    "write_reviews",
    "write_staff",
]


@dataclass(frozen=True)
class StaffRecord:
    row: int
    staff_ref: str
    name: str
    role: str
    active: bool | None = None  # the optional ``active`` column: None keeps what is stored
    email: str | None = None  # the optional ``email`` column (staff app sign-in and e-mails)


@dataclass(frozen=True)
class ChildRecord:
    row: int
    child_ref: str
    first_name: str
    date_of_birth: date
    iro_id: int
    language: str
    date_looked_after: date | None = None  # optional column; None keeps what is stored


@dataclass(frozen=True)
class ReviewRecord:
    row: int
    child_id: int
    review_at: str
    age_band: str
    participation_code: str | None
    mode: str | None


def check_staff(
    sheet: Sheet,
    *,
    leavers: Mapping[str, datetime | None] | None = None,
    seen: Seen | None = None,
) -> Checked[StaffRecord]:
    """Check a staff file: ``staff_ref,name,role[,active]``, role iro|participation|admin|duty.

    Args:
        sheet: the file as read.
        leavers: ``staff_ref -> left_at`` of staff marked as having left. A leaver's row is a
            problem unless its ``active`` cell says ``yes`` (they are back): a routine re-import
            must not quietly give alerts back to someone who has gone.
        seen: keys met in earlier parts of the same file (:class:`SeenKeys` for a stream).
    """
    problems: list[Problem] = []
    records = []
    seen = {} if seen is None else seen
    for row, values in each_row(sheet, problems, LIMITS):
        before = len(problems)
        ref = required(values, row, "staff_ref", problems)
        name = required(values, row, "name", problems)
        role = values.get("role", "").lower()
        if role not in staff.ROLES:
            problems.append(
                Problem(
                    row, "role", f"{role or 'empty'} is not a role (use {'|'.join(staff.ROLES)})"
                )
            )
        cell = values.get("active", "").lower()
        active = _YES_NO.get(cell)
        if cell not in _YES_NO:
            problems.append(Problem(row, "active", f"{cell} is not yes or no (or leave it empty)"))
        elif leavers is not None and ref in leavers and active is not True:
            left = leavers[ref]
            when = f" on {left.date().isoformat()}" if left is not None else ""
            problems.append(
                Problem(
                    row,
                    "staff_ref",
                    f"{ref} left{when} (hearme staff leave); remove the row, or put yes in an "
                    "active column if they are back",
                )
            )
        email = values.get("email", "").strip() or None
        if email is not None and not _EMAIL.fullmatch(email):
            problems.append(
                Problem(row, "email", f"{email} is not an e-mail address like jo@example.gov.uk")
            )
        if ref:
            duplicate(seen, ref, row, "staff_ref", ref, problems)
        if email is not None:
            duplicate(seen, f"email:{email.lower()}", row, "email", email, problems)
        if len(problems) == before:
            records.append(StaffRecord(row, ref, name, role, active, email))
    return Checked(records, problems)


def check_children(
    sheet: Sheet,
    *,
    staff_by_ref: Mapping[str, tuple[int, str]],
    today: date,
    erased: Mapping[str, date] | None = None,
    seen: Seen | None = None,
) -> Checked[ChildRecord]:
    """Check a children file: ``child_ref,first_name,date_of_birth,iro_ref[,language]``.

    Args:
        sheet: the file as read.
        staff_by_ref: ``staff_ref -> (id, role)`` of the staff already imported.
        today: dates of birth after this are refused.
        erased: ``child_ref -> day erased`` for the file's references that were erased
            (:func:`storage.children.erasures_among`); their rows are refused.
        seen: keys met in earlier parts of the same file (:class:`SeenKeys` for a stream).
    """
    problems: list[Problem] = []
    records = []
    seen = {} if seen is None else seen
    for row, values in each_row(sheet, problems, LIMITS):
        before = len(problems)
        ref = required(values, row, "child_ref", problems)
        _not_erased(ref, erased, row, problems)
        name = required(values, row, "first_name", problems)
        born = day(values.get("date_of_birth", ""), row, "date_of_birth", problems)
        if born is not None and born > today:
            problems.append(Problem(row, "date_of_birth", f"{born} is in the future"))
        elif born is not None and born < EARLIEST_BIRTH:
            problems.append(Problem(row, "date_of_birth", f"{born} is not a likely date of birth"))
        # No limit on age today: a council's history holds care leavers now over 25. Their age
        # is checked at each review date in check_reviews.
        looked_after = _looked_after(values, born, today, row, problems)
        iro_ref = required(values, row, "iro_ref", problems)
        iro = staff_by_ref.get(iro_ref)
        if iro_ref and iro is None:
            problems.append(
                Problem(
                    row, "iro_ref", f"{iro_ref} is not a known IRO (import the staff file first)"
                )
            )
        elif iro is not None and iro[1] != "iro":
            problems.append(Problem(row, "iro_ref", f"{iro_ref} is not an IRO (role {iro[1]})"))
        language = values.get("language", "").lower() or "en"
        if not _LANGUAGE.fullmatch(language):
            problems.append(
                Problem(row, "language", f"{language} is not a language code (e.g. en, cy, pl)")
            )
        if ref:
            duplicate(seen, ref, row, "child_ref", ref, problems)
        if len(problems) == before and born is not None and iro is not None:
            records.append(ChildRecord(row, ref, name, born, iro[0], language, looked_after))
    return Checked(records, problems)


def check_reviews(
    sheet: Sheet,
    *,
    children_by_ref: Mapping[str, tuple[int, date | None]],
    erased: Mapping[str, date] | None = None,
    seen: Seen | None = None,
) -> Checked[ReviewRecord]:
    """Check a reviews file: ``child_ref,review_date[,participation_code][,mode]``.

    PN0 means "under 4 on the review date", always and only then; a blank code for an under-4
    is filled in as PN0. Rows of erased children (``erased``, as for :func:`check_children`)
    are refused: their reviews are already counted on the stub kept for the figures. ``seen``
    holds keys met in earlier parts of the same file.
    """
    problems: list[Problem] = []
    records = []
    seen = {} if seen is None else seen
    for row, values in each_row(sheet, problems, LIMITS):
        before = len(problems)
        ref = required(values, row, "child_ref", problems)
        child = children_by_ref.get(ref)
        if _not_erased(ref, erased, row, problems):
            child = None
        elif ref and child is None:
            problems.append(
                Problem(
                    row, "child_ref", f"{ref} is not a known child (import the children file first)"
                )
            )
        elif child is not None and child[1] is None:
            problems.append(Problem(row, "child_ref", f"{ref} has been erased; remove the row"))
        on = day(values.get("review_date", ""), row, "review_date", problems)
        code = values.get("participation_code", "").upper().replace(" ", "") or None
        if code is not None and code not in reviews.CODES:
            problems.append(
                Problem(row, "participation_code", f"{code} is not a code (use PN0…PN7)")
            )
        mode = values.get("mode", "").lower().replace("-", "_").replace(" ", "_") or None
        if mode is not None and mode not in reviews.MODES:
            problems.append(
                Problem(
                    row, "mode", f"{values['mode']} is not a mode (use {'|'.join(reviews.MODES)})"
                )
            )
        band = None
        if child is not None and child[1] is not None and on is not None:
            born = child[1]
            if on < born:
                problems.append(Problem(row, "review_date", f"{on} is before {ref} was born"))
            else:
                band = band_for(born, on)
                age = age_on(born, on)
                if age > OLDEST_AGE:
                    problems.append(
                        Problem(
                            row,
                            "review_date",
                            f"{ref} was {age} on {on}: reviews are for ages 0 to {OLDEST_AGE}",
                        )
                    )
                elif code is None and age < 4:
                    code = "PN0"
                elif code == "PN0" and age >= 4:
                    problems.append(
                        Problem(
                            row,
                            "participation_code",
                            f"PN0 is only for children under 4, and {ref} was {age} on {on}",
                        )
                    )
                elif code not in (None, "PN0") and age < 4:
                    problems.append(
                        Problem(
                            row,
                            "participation_code",
                            f"{ref} was {age} on {on}, so the code must be PN0",
                        )
                    )
        if ref and on is not None:
            duplicate(seen, (ref, on), row, "review_date", f"{ref} on {on}", problems)
        if len(problems) == before and child is not None and on is not None and band:
            records.append(ReviewRecord(row, child[0], on.isoformat(), band, code, mode))
    return Checked(records, problems)


def _looked_after(
    values: Mapping[str, str], born: date | None, today: date, row: int, out: list[Problem]
) -> date | None:
    """The optional ``date_looked_after`` cell: not before birth, not in the future."""
    cell = values.get("date_looked_after", "")
    if not cell:
        return None
    on = day(cell, row, "date_looked_after", out)
    if on is not None and on > today:
        out.append(Problem(row, "date_looked_after", f"{on} is in the future"))
    elif on is not None and born is not None and on < born:
        out.append(Problem(row, "date_looked_after", f"{on} is before the date of birth {born}"))
    return on


def _not_erased(ref: str, erased: Mapping[str, date] | None, row: int, out: list[Problem]) -> bool:
    """Note a row naming an erased child; True when it does."""
    on = None if erased is None else erased.get(ref)
    if on is not None:
        out.append(Problem(row, "child_ref", children.erased_message(ref, on)))
    return on is not None
