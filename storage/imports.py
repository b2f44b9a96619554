"""Importing the council's spreadsheets: staff, children and reviews.

Every row is checked before anything is written, and every problem is reported at once, by the
row number a spreadsheet shows (the header is row 1) and the column name. The checks are pure
functions of the file and what the database already knows; the writers upsert, so importing the
same file again changes nothing.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

import aiosqlite

from storage import children, reviews, staff
from storage.times import iso
from surveys.bands import age_on, band_for

STAFF_COLUMNS = ("staff_ref", "name", "role")
CHILD_COLUMNS = ("child_ref", "first_name", "date_of_birth", "iro_ref")
REVIEW_COLUMNS = ("child_ref", "review_date")
OPTIONAL_COLUMNS = {"children": ("language",), "reviews": ("participation_code", "mode")}
OLDEST_AGE = 25  # care leavers are supported up to 25; an older birth date is a typing mistake
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[a-z]{2,4})?")
_BATCH = 5000

Progress = Callable[[int], None]
R = TypeVar("R")


class ImportFileError(Exception):
    """The file as a whole cannot be read (not CSV, not UTF-8, columns missing)."""


@dataclass(frozen=True)
class Sheet:
    """A CSV file as read: the columns and each row keyed by column, with its spreadsheet row."""

    name: str
    columns: tuple[str, ...]
    rows: list[tuple[int, dict[str, str]]]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell (or row) of a file."""

    row: int
    column: str
    message: str

    def describe(self, file_name: str) -> str:
        """The message staff see, e.g. ``children.csv row 7, column date_of_birth: ...``."""
        return f"{file_name} row {self.row}, column {self.column}: {self.message}"


@dataclass(frozen=True)
class Checked(Generic[R]):
    """The rows that passed, and every problem with the rows that did not."""

    records: list[R]
    problems: list[Problem] = field(default_factory=list)

    @property
    def bad_rows(self) -> set[int]:
        return {problem.row for problem in self.problems}


@dataclass(frozen=True)
class StaffRecord:
    row: int
    staff_ref: str
    name: str
    role: str


@dataclass(frozen=True)
class ChildRecord:
    row: int
    child_ref: str
    first_name: str
    date_of_birth: date
    iro_id: int
    language: str


@dataclass(frozen=True)
class ReviewRecord:
    row: int
    child_id: int
    review_at: str
    age_band: str
    participation_code: str | None
    mode: str | None


def read_sheet(path: Path, required: Sequence[str]) -> Sheet:
    """Read a CSV as Excel writes it (UTF-8 with or without BOM, quoted fields, CRLF).

    Column names are matched without regard to case or surrounding spaces; blank rows are
    skipped but still counted, so row numbers match what the spreadsheet shows.

    Raises:
        ImportFileError: the file is missing, not UTF-8, empty, or lacks a required column.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as error:
        raise ImportFileError(f"{path.name}: no such file") from error
    except UnicodeDecodeError as error:
        raise ImportFileError(
            f"{path.name} is not UTF-8 text: in Excel use Save As → 'CSV UTF-8 (Comma delimited)'"
        ) from error
    records = csv.reader(text.splitlines(keepends=True))
    header = next(records, None)
    if not header:
        raise ImportFileError(f"{path.name} is empty: the first row must name the columns")
    columns = tuple(name.strip().lower() for name in header)
    missing = [name for name in required if name not in columns]
    if missing:
        raise ImportFileError(
            f"{path.name} row 1: missing column {', '.join(missing)} (the first row must name "
            f"the columns: {', '.join(required)})"
        )
    rows = []
    for number, cells in enumerate(records, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        values = {name: "" for name in columns}
        values.update(zip(columns, (cell.strip() for cell in cells), strict=False))
        if len(cells) > len(columns):
            values["_extra"] = "yes"
        rows.append((number, values))
    return Sheet(path.name, columns, rows)


def _required(values: Mapping[str, str], row: int, column: str, out: list[Problem]) -> str:
    value = values.get(column, "")
    if not value:
        out.append(Problem(row, column, "is empty"))
    return value


def _day(value: str, row: int, column: str, out: list[Problem]) -> date | None:
    if not value:
        out.append(Problem(row, column, "is empty (use YYYY-MM-DD)"))
        return None
    try:
        if not _DAY.fullmatch(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        out.append(Problem(row, column, f"{value} is not a date (use YYYY-MM-DD)"))
        return None


def _each_row(sheet: Sheet, out: list[Problem]) -> Iterator[tuple[int, dict[str, str]]]:
    for row, values in sheet.rows:
        if values.pop("_extra", None):
            out.append(Problem(row, "(row)", "has more cells than the header has columns"))
        yield row, values


def _duplicate(
    seen: dict[Any, int], key: object, row: int, column: str, what: str, out: list[Problem]
) -> bool:
    if key in seen:
        out.append(Problem(row, column, f"{what} is also on row {seen[key]}"))
        return True
    seen[key] = row
    return False


def check_staff(sheet: Sheet) -> Checked[StaffRecord]:
    """Check a staff file: ``staff_ref,name,role`` with role iro|participation|admin|duty."""
    problems: list[Problem] = []
    records = []
    seen: dict[Any, int] = {}
    for row, values in _each_row(sheet, problems):
        before = len(problems)
        ref = _required(values, row, "staff_ref", problems)
        name = _required(values, row, "name", problems)
        role = values.get("role", "").lower()
        if role not in staff.ROLES:
            problems.append(
                Problem(
                    row, "role", f"{role or 'empty'} is not a role (use {'|'.join(staff.ROLES)})"
                )
            )
        if ref:
            _duplicate(seen, ref, row, "staff_ref", ref, problems)
        if len(problems) == before:
            records.append(StaffRecord(row, ref, name, role))
    return Checked(records, problems)


def check_children(
    sheet: Sheet, *, staff_by_ref: Mapping[str, tuple[int, str]], today: date
) -> Checked[ChildRecord]:
    """Check a children file: ``child_ref,first_name,date_of_birth,iro_ref[,language]``.

    Args:
        sheet: the file as read.
        staff_by_ref: ``staff_ref -> (id, role)`` of the staff already imported.
        today: dates of birth after this are refused.
    """
    problems: list[Problem] = []
    records = []
    seen: dict[Any, int] = {}
    for row, values in _each_row(sheet, problems):
        before = len(problems)
        ref = _required(values, row, "child_ref", problems)
        name = _required(values, row, "first_name", problems)
        born = _day(values.get("date_of_birth", ""), row, "date_of_birth", problems)
        if born is not None and born > today:
            problems.append(Problem(row, "date_of_birth", f"{born} is in the future"))
        elif born is not None and age_on(born, today) > OLDEST_AGE:
            problems.append(
                Problem(row, "date_of_birth", f"{born} would make the child over {OLDEST_AGE}")
            )
        iro_ref = _required(values, row, "iro_ref", problems)
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
            _duplicate(seen, ref, row, "child_ref", ref, problems)
        if len(problems) == before and born is not None and iro is not None:
            records.append(ChildRecord(row, ref, name, born, iro[0], language))
    return Checked(records, problems)


def check_reviews(
    sheet: Sheet, *, children_by_ref: Mapping[str, tuple[int, date | None]]
) -> Checked[ReviewRecord]:
    """Check a reviews file: ``child_ref,review_date[,participation_code][,mode]``.

    PN0 means "under 4 on the review date", always and only then; a blank code for an under-4
    is filled in as PN0.
    """
    problems: list[Problem] = []
    records = []
    seen: dict[Any, int] = {}
    for row, values in _each_row(sheet, problems):
        before = len(problems)
        ref = _required(values, row, "child_ref", problems)
        child = children_by_ref.get(ref)
        if ref and child is None:
            problems.append(
                Problem(
                    row, "child_ref", f"{ref} is not a known child (import the children file first)"
                )
            )
        elif child is not None and child[1] is None:
            problems.append(Problem(row, "child_ref", f"{ref} has been erased"))
        on = _day(values.get("review_date", ""), row, "review_date", problems)
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
                if code is None and age < 4:
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
            _duplicate(seen, (ref, on), row, "review_date", f"{ref} on {on}", problems)
        if len(problems) == before and child is not None and on is not None and band:
            records.append(ReviewRecord(row, child[0], on.isoformat(), band, code, mode))
    return Checked(records, problems)


async def _write(
    conn: aiosqlite.Connection,
    sql: str,
    params: Sequence[tuple[object, ...]],
    progress: Progress | None,
) -> int:
    """Run one upsert for every row in batches (for the progress bar); returns rows changed."""
    before = conn.total_changes
    for start in range(0, len(params), _BATCH):
        batch = params[start : start + _BATCH]
        await conn.executemany(sql, batch)
        if progress is not None:
            progress(len(batch))
    return conn.total_changes - before


async def write_staff(
    conn: aiosqlite.Connection,
    records: Sequence[StaffRecord],
    *,
    now: datetime,
    progress: Progress | None = None,
) -> int:
    """Upsert checked staff rows; returns how many were new or changed."""
    at = iso(now)
    params = [(r.staff_ref, r.name, r.role, at, at) for r in records]
    return await _write(conn, staff.UPSERT_SQL, params, progress)


async def write_children(
    conn: aiosqlite.Connection,
    records: Sequence[ChildRecord],
    *,
    now: datetime,
    progress: Progress | None = None,
) -> int:
    """Upsert checked children rows by ``child_ref``; returns how many were new or changed."""
    at = iso(now)
    params = [
        (r.child_ref, r.first_name, r.date_of_birth.isoformat(), r.iro_id, r.language, at, at)
        for r in records
    ]
    return await _write(conn, children.UPSERT_SQL, params, progress)


async def write_reviews(
    conn: aiosqlite.Connection,
    records: Sequence[ReviewRecord],
    *,
    progress: Progress | None = None,
) -> int:
    """Upsert checked reviews by (child, review date); returns how many were new or changed."""
    params = [
        (r.child_id, r.review_at, r.age_band, r.mode, r.participation_code, "import")
        for r in records
    ]
    return await _write(conn, reviews.UPSERT_SQL, params, progress)


def write_rejects(sheet: Sheet, problems: Sequence[Problem], path: Path) -> int:
    """Write the rows that had problems, as they were, with a ``reason`` column; returns rows.

    The file is UTF-8 with BOM and CRLF so Excel opens it as it opened the original.
    """
    reasons: dict[int, list[str]] = {}
    for problem in problems:
        reasons.setdefault(problem.row, []).append(f"{problem.column}: {problem.message}")
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["row", *sheet.columns, "reason"])
        for row, values in sheet.rows:
            if row in reasons:
                cells = [values.get(name, "") for name in sheet.columns]
                writer.writerow([row, *cells, "; ".join(reasons[row])])
    return len(reasons)


def rejects_path(source: Path) -> Path:
    """Where ``--skip-bad`` puts the rows it left out: next to the file, ``NAME-rejected.csv``."""
    return source.with_name(f"{source.stem}-rejected.csv")
