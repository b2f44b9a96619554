"""The SSDA903 return's files, as councils already produce them for the annual return.

Import: the Header file (``CHILD, SEX, DOB, ...``) and the Reviews file (``CHILD, DOB, REVIEW,
REVIEW_CODE``), dates ``DD/MM/YYYY``. Reviews are checked by the same rules as hearme's own
reviews import (:func:`storage.imports.check_reviews`: age 0–25 on the review date, PN0 only
and always under 4), and problems name the file, the row and the return's column. A child only
in the Header is added with their date of birth alone: the return holds no names, and hearme
keeps no more than it needs (the Header's SEX, ETHNIC and the rest are not stored).

Export: the reviews hearme recorded, in the Reviews file's shape, each checked against the
return's rules first, so the council's return is not rejected for a row hearme wrote.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import aiosqlite

from storage import children, imports
from storage.figures import day_after
from storage.sheets import Checked, Problem, Sheet, duplicate, each_row
from storage.times import iso
from surveys.bands import age_on

HEADER_COLUMNS = ("child", "sex", "dob")
REVIEW_COLUMNS = ("child", "dob", "review", "review_code")
EXPORT_COLUMNS = ("CHILD", "DOB", "REVIEW", "REVIEW_CODE")
_DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
# The importer's column names, as the return names them (for problems staff can find).
_RETURN_NAMES = {"child_ref": "CHILD", "review_date": "REVIEW", "participation_code": "REVIEW_CODE"}


def return_day(value: str, row: int, column: str, out: list[Problem]) -> date | None:
    """A ``DD/MM/YYYY`` cell as a date, or None with the problem noted in ``out``."""
    if not value:
        out.append(Problem(row, column, "is empty (use DD/MM/YYYY)"))
        return None
    found = _DAY.fullmatch(value)
    try:
        if found is None:
            raise ValueError(value)
        return date(int(found[3]), int(found[2]), int(found[1]))
    except ValueError:
        out.append(Problem(row, column, f"{value} is not a date (use DD/MM/YYYY)"))
        return None


def show_day(day: date) -> str:
    """A date as the return writes it."""
    return day.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class HeaderRecord:
    row: int
    child_ref: str
    date_of_birth: date


def check_header(
    sheet: Sheet,
    *,
    known: Mapping[str, tuple[int, date | None]],
    today: date,
    erased: Mapping[str, date] | None = None,
) -> Checked[HeaderRecord]:
    """Check a Header file: each CHILD once, a DOB that agrees with what hearme holds."""
    problems: list[Problem] = []
    records = []
    seen: dict[object, int] = {}
    for row, values in each_row(sheet, problems):
        before = len(problems)
        ref = values.get("child", "")
        if not ref:
            problems.append(Problem(row, "CHILD", "is empty"))
        elif erased and ref in erased:
            problems.append(Problem(row, "CHILD", children.erased_message(ref, erased[ref])))
        born = return_day(values.get("dob", ""), row, "DOB", problems)
        if born is not None and born > today:
            problems.append(Problem(row, "DOB", f"{show_day(born)} is in the future"))
        stored = known.get(ref, (0, None))[1]
        if born is not None and stored is not None and stored != born:
            problems.append(
                Problem(
                    row,
                    "DOB",
                    f"{show_day(born)} differs from hearme's {show_day(stored)} for {ref}",
                )
            )
        if ref:
            duplicate(seen, ref, row, "CHILD", ref, problems)
        if len(problems) == before and born is not None:
            records.append(HeaderRecord(row, ref, born))
    return Checked(records, problems)


def check_reviews(
    sheet: Sheet,
    *,
    children_by_ref: Mapping[str, tuple[int, date | None]],
    erased: Mapping[str, date] | None = None,
) -> Checked[imports.ReviewRecord]:
    """Check a Reviews file against the Header's (and hearme's) dates of birth.

    ``children_by_ref`` holds hearme's children and the Header's new ones (with a stand-in id
    below zero until they are written).
    """
    problems: list[Problem] = []
    converted: list[tuple[int, dict[str, str]]] = []
    for row, values in each_row(sheet, problems):
        before = len(problems)
        ref = values.get("child", "")
        born = return_day(values.get("dob", ""), row, "DOB", problems)
        held = return_day(values.get("review", ""), row, "REVIEW", problems)
        code = values.get("review_code", "")
        if not code:
            problems.append(Problem(row, "REVIEW_CODE", "is empty (use PN0…PN7)"))
        known = children_by_ref.get(ref, (0, None))[1]
        if born is not None and known is not None and born != known:
            problems.append(
                Problem(row, "DOB", f"{show_day(born)} differs from {ref}'s {show_day(known)}")
            )
        if len(problems) == before and held is not None:
            converted.append(
                (
                    row,
                    {"child_ref": ref, "review_date": held.isoformat(), "participation_code": code},
                )
            )
    checked = imports.check_reviews(
        Sheet(sheet.name, imports.REVIEW_COLUMNS, converted),
        children_by_ref=children_by_ref,
        erased=erased,
    )
    problems += [
        Problem(p.row, _RETURN_NAMES.get(p.column, p.column), _as_return(p.message))
        for p in checked.problems
    ]
    problems.sort(key=lambda p: p.row)
    return Checked(checked.records, problems)


def _as_return(message: str) -> str:
    """The importer's message in the return's terms: its dates, its files."""
    message = message.replace("(import the children file first)", "(add them to the Header file)")
    return re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", lambda m: f"{m[3]}/{m[2]}/{m[1]}", message)


async def write(
    conn: aiosqlite.Connection,
    header: Sequence[HeaderRecord],
    reviews: Sequence[imports.ReviewRecord],
    stand_ins: Mapping[int, str],
    *,
    now: datetime,
) -> tuple[int, int]:
    """Add the Header's new children, then upsert the reviews; returns (children, reviews) new.

    ``stand_ins`` maps the stand-in ids :func:`check_reviews` was given to child references.
    """
    at = iso(now)
    before = conn.total_changes
    await conn.executemany(
        "INSERT INTO children (child_ref, date_of_birth, created_at, updated_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (child_ref) DO NOTHING",
        [(h.child_ref, h.date_of_birth.isoformat(), at, at) for h in header],
    )
    added = conn.total_changes - before
    ids: dict[str, int] = {}
    if stand_ins:
        marks = ",".join("?" * len(stand_ins))
        async with conn.execute(
            f"SELECT child_ref, id FROM children WHERE child_ref IN ({marks})",
            tuple(stand_ins.values()),
        ) as cursor:
            ids = {str(row[0]): int(row[1]) for row in await cursor.fetchall()}
    resolved = [
        r
        if r.child_id > 0
        else imports.ReviewRecord(
            r.row, ids[stand_ins[r.child_id]], r.review_at, r.age_band, r.participation_code, r.mode
        )
        for r in reviews
    ]
    return added, await imports.write_reviews(conn, resolved)


@dataclass(frozen=True)
class ExportRow:
    """A review for the return, or why it cannot go in it."""

    child_ref: str
    date_of_birth: date | None
    review: date
    code: str | None

    def problem(self) -> str | None:
        """What the return's rules say is wrong with this row, if anything."""
        if self.date_of_birth is None:
            return "the child was erased at their request: return this review from case records"
        if self.code is None:
            return "no participation code yet: the IRO records it after the meeting"
        age = age_on(self.date_of_birth, self.review)
        if not 0 <= age <= imports.OLDEST_AGE:
            return f"the child was {age} on the review date (the return covers 0 to 25)"
        if self.code == "PN0" and age >= 4:
            return f"PN0 is only for children under 4, and the child was {age}"
        if self.code != "PN0" and age < 4:
            return f"the child was {age}, so the code must be PN0"
        return None


async def reviews_for_return(conn: aiosqlite.Connection, start: date, end: date) -> list[ExportRow]:
    """Reviews hearme recorded (not imported) and held in ``start``..``end``, by date."""
    async with conn.execute(
        "SELECT c.child_ref, c.date_of_birth, substr(r.review_at, 1, 10), r.participation_code "
        "FROM reviews r JOIN children c ON c.id = r.child_id WHERE r.source = 'hearme' "
        "AND (r.held = 1 OR r.participation_code IS NOT NULL) AND r.review_at >= ? "
        "AND r.review_at < ? ORDER BY r.review_at, c.child_ref",
        (start.isoformat(), day_after(end)),
    ) as cursor:
        rows = await cursor.fetchall()
    return [
        ExportRow(
            str(row[0]),
            None if row[1] is None else date.fromisoformat(row[1]),
            date.fromisoformat(row[2]),
            row[3],
        )
        for row in rows
    ]


def reviews_csv(rows: Sequence[ExportRow]) -> str:
    """The Reviews file of the return for ``rows`` (which must have no problem)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    for row in rows:
        if row.date_of_birth is None or row.code is None:
            raise ValueError(f"{row.child_ref}: {row.problem()}")
        writer.writerow(
            [row.child_ref, show_day(row.date_of_birth), show_day(row.review), row.code]
        )
    return out.getvalue()
