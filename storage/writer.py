"""The writer connection: a short transaction's statements run at once, without a hand-over.

aiosqlite runs every call on its own thread: the call is queued, the thread wakes up, runs it
and hands the result back to the event loop. A child's turn is about eight statements, each a
few tens of microseconds of SQLite's work, and the hand-overs (three for a query read with
``async with``: execute, fetch, close) cost more than the statements themselves: they were the
top cost of the profile while children answered, and the one writer was held across all of
them (issue 20).

While :attr:`WriterConnection.inline` is set (inside a short transaction,
:mod:`storage.shared_commits`), a statement runs straight away on the event loop's thread and
is fetched to its last row (:class:`~storage.reader.ResultCursor`), as the reader's queries
are. What may wait still goes to aiosqlite's thread: the commit, for the disk
(``synchronous=FULL``), and ``BEGIN IMMEDIATE`` when another process holds the write lock
(:meth:`WriterConnection.begin_here` tries it here without waiting first); so does everything
outside a short transaction (migrations, ``VACUUM``, an import). A short transaction that
turns out long hands its remaining statements to the thread once it has run
:data:`INLINE_BUDGET` seconds here, so the event loop, which also serves every other chat, is
never held up for long.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import aiosqlite
from aiosqlite.context import contextmanager

from storage.reader import ResultCursor

# Statements of one short transaction that may run on the event loop's thread, in seconds.
INLINE_BUDGET = 0.02
# How long a statement waits for another process's write lock before giving up.
BUSY_TIMEOUT_MS = 10_000


class WriterConnection(aiosqlite.Connection):
    """The one writer: an aiosqlite connection that can run statements without its thread.

    Its sqlite3 connection is opened with ``check_same_thread=False``: it is used from the
    event loop's thread and from aiosqlite's, never both at once, because every use is inside
    the database's writer lock and each thread's call has returned before the other's starts.
    """

    def __init__(self, connector: Any, iter_chunk_size: int) -> None:
        super().__init__(connector, iter_chunk_size)
        self._inline = False
        self._budget = 0.0
        # The sqlite3 connection aiosqlite's thread opened, kept from the connector we gave it
        # (aiosqlite's own reference to it is private).
        self._sqlite: sqlite3.Connection | None = None
        # Whether statements wait for another process's write lock (busy_timeout): on for
        # whatever runs on the database's thread, off for the BEGIN tried on the loop's
        # thread. Switched only when the other kind comes, so a run of turns that begin on the
        # loop's thread costs no PRAGMA at all.
        self._waits = True

    def opened(self, sqlite: sqlite3.Connection) -> None:
        """Keep the sqlite3 connection behind this one (from :func:`connect_writer`)."""
        self._sqlite = sqlite

    @property
    def _here_conn(self) -> sqlite3.Connection:
        if self._sqlite is None:
            raise ValueError("the writer is not connected")
        return self._sqlite

    @property
    def inline(self) -> bool:
        """Whether statements now run on the calling thread (inside a short transaction)."""
        return self._inline

    def run_inline(self, on: bool) -> None:
        """Start (with a fresh budget) or stop running statements on the calling thread."""
        self._inline = on
        self._budget = INLINE_BUDGET

    def begin_here(self) -> bool:
        """``BEGIN IMMEDIATE`` on the calling thread when no other process holds the write lock.

        Returns False, having begun nothing, when one does: the caller then begins on the
        database's thread, which waits up to ``BUSY_TIMEOUT_MS`` without holding up the event
        loop. Holding the lock, the transaction's statements and its commit never wait (in
        WAL mode a commit needs no other lock; its checkpoint is passive), so waiting stays
        off until something runs on the database's thread again.
        """
        conn = self._here_conn
        if self._waits:
            conn.execute("PRAGMA busy_timeout = 0")
            self._waits = False
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                return False
            raise
        return True

    async def _waiting(self) -> None:
        # What runs on the database's thread (a long transaction's BEGIN, a checkpoint) may
        # wait for another process: the loop's thread is not held up meanwhile.
        if not self._waits:
            await super().execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._waits = True

    def _here(self) -> bool:
        return self._inline and self._budget > 0

    def _run(self, sql: str, parameters: Iterable[Any] | None, *, many: bool) -> ResultCursor:
        began = time.perf_counter()
        try:
            given: Any = () if parameters is None else parameters
            conn = self._here_conn
            run = conn.executemany if many else conn.execute
            cursor = run(sql, given)
            rows = cursor.fetchall()
            return ResultCursor(rows, cursor.rowcount, cursor.lastrowid)
        finally:
            self._budget -= time.perf_counter() - began

    @contextmanager
    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> aiosqlite.Cursor:
        if self._here():
            return self._run(sql, parameters, many=False)
        await self._waiting()
        return await super().execute(sql, parameters)

    @contextmanager
    async def execute_fetchall(
        self, sql: str, parameters: Iterable[Any] | None = None
    ) -> Iterable[sqlite3.Row]:
        if self._here():
            return list(await self._run(sql, parameters, many=False).fetchall())
        await self._waiting()
        return await super().execute_fetchall(sql, parameters)

    @contextmanager
    async def executemany(self, sql: str, parameters: Iterable[Iterable[Any]]) -> aiosqlite.Cursor:
        if self._here():
            return self._run(sql, parameters, many=True)
        await self._waiting()
        return await super().executemany(sql, parameters)


async def connect_writer(path: Path) -> WriterConnection:
    """Open a :class:`WriterConnection` to ``path`` (autocommit: ``BEGIN`` is sent by hand)."""

    made: list[sqlite3.Connection] = []

    def connector() -> sqlite3.Connection:
        made.append(sqlite3.connect(str(path), isolation_level=None, check_same_thread=False))
        return made[-1]

    writer = WriterConnection(connector, 64)
    await writer  # starts the worker thread and connects
    writer.opened(made[-1])
    return writer
