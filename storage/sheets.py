"""The council's spreadsheets as CSV files: reading them, naming problems, writing rejects.

Generic over what a file lists; :mod:`storage.imports` knows the columns of each list. Row
numbers are the ones a spreadsheet shows (the header is row 1), so staff can find every problem.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

R = TypeVar("R")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


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


def required(values: Mapping[str, str], row: int, column: str, out: list[Problem]) -> str:
    """The cell's value; an empty cell is noted in ``out``."""
    value = values.get(column, "")
    if not value:
        out.append(Problem(row, column, "is empty"))
    return value


def day(value: str, row: int, column: str, out: list[Problem]) -> date | None:
    """The cell as a ``YYYY-MM-DD`` date, or None with the problem noted in ``out``."""
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


def each_row(sheet: Sheet, out: list[Problem]) -> Iterator[tuple[int, dict[str, str]]]:
    """Every row with its number, noting rows with more cells than the header in ``out``."""
    for row, values in sheet.rows:
        if values.pop("_extra", None):
            out.append(Problem(row, "(row)", "has more cells than the header has columns"))
        yield row, values


def duplicate(
    seen: dict[Any, int], key: object, row: int, column: str, what: str, out: list[Problem]
) -> bool:
    """Note ``key`` as seen on ``row``; True (and a problem in ``out``) if it was seen before."""
    if key in seen:
        out.append(Problem(row, column, f"{what} is also on row {seen[key]}"))
        return True
    seen[key] = row
    return False


def write_rejects(sheet: Sheet, problems: Sequence[Problem], path: Path) -> int:
    """Write the rows that had problems, as they were, with a ``reason`` column; returns rows.

    The file is UTF-8 with BOM and CRLF so Excel opens it as it opened the original.
    """
    reasons: dict[int, list[str]] = {}
    for problem in problems:
        reasons.setdefault(problem.row, []).append(f"{problem.column}: {problem.message}")
    # The rows hold children's names and dates of birth: only the owner may read the file.
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with open(fd, "w", encoding="utf-8-sig", newline="") as handle:
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
