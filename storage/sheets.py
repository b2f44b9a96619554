"""The council's spreadsheets as CSV files: reading them, naming problems, writing rejects.

Generic over what a file lists; :mod:`storage.imports` knows the columns of each list. Row
numbers are the ones a spreadsheet shows (the header is row 1), so staff can find every problem.
"""

from __future__ import annotations

import csv
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Generic, TypeVar

from storage.errors import ImportFileError as ImportFileError

R = TypeVar("R")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Characters that reorder how text is shown (a name could display as someone else's) or that
# are invisible; never part of a name or a reference typed into a spreadsheet.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Row keys the reader adds beside the columns; never a column name.
_EXTRA, _BROKEN = "_extra", "_broken"


@dataclass(frozen=True)
class Sheet:
    """A CSV file as read: the columns and each row keyed by column, with its spreadsheet row.

    ``rows`` is a list (:func:`read_sheet`) or, for a file of any size, a one-pass stream
    (:class:`SheetReader`).
    """

    name: str
    columns: tuple[str, ...]
    rows: Iterable[tuple[int, dict[str, str]]]


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
    """Read a whole CSV as Excel writes it (see :class:`SheetReader`) into a list of rows.

    Raises:
        ImportFileError: the file is missing, not UTF-8, empty, or lacks a required column.
    """
    with SheetReader(path, required) as reader:
        return Sheet(reader.sheet.name, reader.sheet.columns, list(reader.sheet.rows))


class SheetReader:
    """A CSV as Excel writes it (UTF-8 with or without BOM, quoted fields, CRLF), read one row
    at a time, so a file of a million rows takes no more memory than one of a hundred.

    Column names are matched without regard to case or surrounding spaces; blank rows are
    skipped but still counted, so row numbers match what the spreadsheet shows. A row with a
    cell longer than Python's CSV field limit becomes a row problem (see :func:`each_row`).
    Use as a context manager; ``sheet.rows`` is a one-pass stream and ``consumed`` how many
    characters of the file have been read so far.

    Raises:
        ImportFileError: the file is missing, not UTF-8, empty, or lacks a required column.
    """

    def __init__(self, path: Path, required: Sequence[str]) -> None:
        self.consumed = 0
        self._path = path
        try:
            self._handle: IO[str] = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115
        except FileNotFoundError as error:
            raise ImportFileError(f"{path.name}: no such file") from error
        try:
            self._records = csv.reader(self._lines())
            header = self._next_header()
            columns = tuple(name.strip().lower() for name in header)
            missing = [name for name in required if name not in columns]
            if missing:
                raise ImportFileError(
                    f"{path.name} row 1: missing column {', '.join(missing)} (the first row must "
                    f"name the columns: {', '.join(required)})"
                )
        except BaseException:
            self._handle.close()
            raise
        self.sheet = Sheet(path.name, columns, self._rows(columns))

    def __enter__(self) -> SheetReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._handle.close()

    def _lines(self) -> Iterator[str]:
        try:
            for line in self._handle:
                self.consumed += len(line)
                yield line
        except UnicodeDecodeError as error:
            raise ImportFileError(
                f"{self._path.name} is not UTF-8 text: in Excel use Save As → "
                "'CSV UTF-8 (Comma delimited)'"
            ) from error

    def _next_header(self) -> list[str]:
        try:
            header = next(self._records, None)
        except csv.Error as error:
            raise ImportFileError(f"{self._path.name} row 1: {error}") from error
        if not header:
            raise ImportFileError(
                f"{self._path.name} is empty: the first row must name the columns"
            )
        return header

    def _rows(self, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
        number = 1
        while True:
            number += 1
            try:
                cells = next(self._records)
            except StopIteration:
                return
            except csv.Error:
                # Longer than the CSV module reads (131,072 characters): no real cell is.
                yield number, {name: "" for name in columns} | {_BROKEN: "too_long"}
                continue
            if not any(cell.strip() for cell in cells):
                continue
            values = {name: "" for name in columns}
            values.update(zip(columns, (cell.strip() for cell in cells), strict=False))
            if len(cells) > len(columns):
                values[_EXTRA] = "yes"
            yield number, values


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


def each_row(
    sheet: Sheet, out: list[Problem], limits: Mapping[str, int] | None = None
) -> Iterator[tuple[int, dict[str, str]]]:
    """Every row whose cells can be read, with its number; problems go to ``out``.

    A row with a cell too long to read, a cell longer than its limit in ``limits`` (column ->
    most characters), or a cell holding a control character (NUL, a line break, a tab) or a
    hidden text-direction mark, is noted cell by cell and not checked further. A row with more
    cells than the header is noted and still checked.
    """
    for row, values in sheet.rows:
        if values.pop(_BROKEN, None):
            out.append(
                Problem(
                    row,
                    "(row)",
                    f"has a cell longer than {csv.field_size_limit():,} characters, which cannot "
                    "be a name, reference or date: check the row in the spreadsheet",
                )
            )
            continue
        if values.pop(_EXTRA, None):
            out.append(Problem(row, "(row)", "has more cells than the header has columns"))
        unreadable = [
            Problem(row, column, message)
            for column, value in values.items()
            if (message := cell_problem(value, (limits or {}).get(column))) is not None
        ]
        out += unreadable
        if not unreadable:
            yield row, values


def cell_problem(value: str, limit: int | None) -> str | None:
    """Why a cell cannot be taken as it is, or None: too long, or a character that hides,
    reorders or breaks the text."""
    if limit is not None and len(value) > limit:
        return f"is {len(value):,} characters long; the most this column takes is {limit}"
    for place, char in enumerate(value, start=1):
        if char in _BIDI or unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            name = unicodedata.name(char, "a control character")
            return (
                f"has a hidden character at character {place} (U+{ord(char):04X} {name}): "
                "retype the cell without line breaks, tabs or pasted formatting"
            )
    return None


def duplicate(
    seen: MutableMapping[Any, int],
    key: object,
    row: int,
    column: str,
    what: str,
    out: list[Problem],
) -> bool:
    """Note ``key`` as seen on ``row``; True (and a problem in ``out``) if it was seen before."""
    if key in seen:
        out.append(Problem(row, column, f"{what} is also on row {seen[key]}"))
        return True
    seen[key] = row
    return False


def defuse_formula(text: str) -> str:
    """A cell's text made safe to open in a spreadsheet.

    Text starting with ``= + - @`` (or a tab or carriage return) would run as a formula when
    the file is opened; a leading apostrophe makes the spreadsheet show it as plain text. Used
    for every CSV and XLSX hearme writes: reports and the rows an import left out.
    """
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


class SeenKeys(MutableMapping[object, int]):
    """The keys seen so far in a file (``key -> row``), kept in a private temporary SQLite file
    rather than in memory, so a file of any length is checked for repeats in bounded memory."""

    def __init__(self) -> None:
        # An empty name is SQLite's private on-disk temporary database, removed on close.
        self._seen = sqlite3.connect("", isolation_level=None)
        # A scratch file nobody reads after a crash: no journal, no waiting for the disk.
        self._seen.execute("PRAGMA journal_mode = OFF")
        self._seen.execute("PRAGMA synchronous = OFF")
        self._seen.execute("CREATE TABLE seen (key TEXT PRIMARY KEY, row INTEGER NOT NULL)")

    def __enter__(self) -> SeenKeys:
        return self

    def __exit__(self, *exc: object) -> None:
        self._seen.close()

    def __getitem__(self, key: object) -> int:
        found = self._seen.execute("SELECT row FROM seen WHERE key = ?", (repr(key),)).fetchone()
        if found is None:
            raise KeyError(key)
        return int(found[0])

    def __setitem__(self, key: object, row: int) -> None:
        self._seen.execute("INSERT OR REPLACE INTO seen VALUES (?, ?)", (repr(key), row))

    def __delitem__(self, key: object) -> None:
        self._seen.execute("DELETE FROM seen WHERE key = ?", (repr(key),))

    def __iter__(self) -> Iterator[object]:
        raise TypeError("the keys are kept as text; look one up instead")

    def __len__(self) -> int:
        return int(self._seen.execute("SELECT count(*) FROM seen").fetchone()[0])


class Rejects:
    """The rows an import left out, as they were, with a ``reason`` column, written as they are
    found (``--skip-bad``).

    The file is UTF-8 with BOM and CRLF so Excel opens it as it opened the original, created
    0600 (the rows hold children's names and dates of birth), and every cell is defused
    (:func:`defuse_formula`): a rejected cell is exactly the kind that may be a formula.
    """

    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        self.path = path
        self.rows = 0
        self._columns = tuple(columns)
        path.unlink(missing_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self._handle = open(fd, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
        self._writer = csv.writer(self._handle)
        self._writer.writerow(["row", *self._columns, "reason"])

    def add(
        self, rows: Iterable[tuple[int, Mapping[str, str]]], problems: Sequence[Problem]
    ) -> None:
        """Write each of ``rows`` that has a problem, with its reasons."""
        reasons: dict[int, list[str]] = {}
        for problem in problems:
            reasons.setdefault(problem.row, []).append(f"{problem.column}: {problem.message}")
        written = set()
        for row, values in rows:
            if row in reasons:
                cells = [defuse_formula(values.get(name, "")) for name in self._columns]
                self._writer.writerow([row, *cells, defuse_formula("; ".join(reasons[row]))])
                written.add(row)
        for row in sorted(set(reasons) - written):  # a row too broken to read: reasons only
            blank = [""] * len(self._columns)
            self._writer.writerow([row, *blank, defuse_formula("; ".join(reasons[row]))])
        self.rows += len(reasons)

    def close(self) -> None:
        self._handle.close()


def write_rejects(sheet: Sheet, problems: Sequence[Problem], path: Path) -> int:
    """Write the rows of ``sheet`` that had problems (see :class:`Rejects`); returns rows."""
    rejects = Rejects(path, sheet.columns)
    try:
        rejects.add(sheet.rows, problems)
    finally:
        rejects.close()
    return rejects.rows


def rejects_path(source: Path) -> Path:
    """Where ``--skip-bad`` puts the rows it left out: next to the file, ``NAME-rejected.csv``."""
    return source.with_name(f"{source.stem}-rejected.csv")
