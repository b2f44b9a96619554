"""The read connection: every query runs to its last row before any other query starts.

All of hearme's coroutines share one reader. With a plain aiosqlite connection, a cursor that is
still open while its coroutine awaits something keeps SQLite's read transaction open, and every
other coroutine's query on that connection then reads the same old snapshot: a run or alert
committed a moment ago looks missing. Here a query and the fetching of all its rows happen in one
call on the connection's worker thread, so the statement is finished (and the snapshot released)
before the next query is even looked at.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any

import aiosqlite

# The decorator aiosqlite declares its own ``execute`` with: awaitable and ``async with``-able,
# so an override keeps exactly the type callers of ``aiosqlite.Connection.execute`` expect.
from aiosqlite.context import contextmanager


class FinishedCursor(aiosqlite.Cursor):
    """The rows of a query that has already run to its end.

    It holds the rows and nothing else: there is no open sqlite3 cursor behind it (that is the
    point), so aiosqlite's ``Cursor.__init__`` is not called and only reading is offered:
    ``fetchone``, ``fetchmany``, ``fetchall``, ``async for``, ``close`` and ``async with``.
    """

    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows
        self._at = 0
        self.iter_chunk_size = 64

    async def fetchone(self) -> Any:
        if self._at >= len(self._rows):
            return None
        self._at += 1
        return self._rows[self._at - 1]

    async def fetchmany(self, size: int | None = None) -> Iterable[Any]:
        count = 1 if size is None else size
        chunk = self._rows[self._at : self._at + count]
        self._at += len(chunk)
        return chunk

    async def fetchall(self) -> Iterable[Any]:
        rest = self._rows[self._at :]
        self._at = len(self._rows)
        return rest

    async def close(self) -> None:
        self._at = len(self._rows)

    @property
    def rowcount(self) -> int:
        return -1  # what sqlite3 reports for a query

    @property
    def lastrowid(self) -> int | None:
        return None

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[Any]:
        while self._at < len(self._rows):
            self._at += 1
            yield self._rows[self._at - 1]


class ResultCursor(FinishedCursor):
    """A finished statement's rows, with what SQLite's cursor also reports."""

    def __init__(self, rows: list[Any], rowcount: int, lastrowid: int | None) -> None:
        super().__init__(rows)
        self._rowcount = rowcount
        self._lastrowid = lastrowid

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._lastrowid


class ReaderConnection(aiosqlite.Connection):
    """An aiosqlite connection whose ``execute`` fetches every row in the same call.

    ``execute_fetchall`` (public aiosqlite) runs the statement and fetches all its rows in one
    job on the connection's worker thread; no other query can start in between.
    """

    @contextmanager
    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> aiosqlite.Cursor:
        rows = await self.execute_fetchall(sql, parameters)
        return FinishedCursor(list(rows))


async def connect_reader(path: Path) -> ReaderConnection:
    """Open a :class:`ReaderConnection` to ``path`` (autocommit, like the writer)."""

    def connector() -> sqlite3.Connection:
        return sqlite3.connect(str(path), isolation_level=None)

    reader = ReaderConnection(connector, 64)
    await reader  # starts the worker thread and connects
    return reader
