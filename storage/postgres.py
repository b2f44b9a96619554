"""PostgreSQL behind the connection every repository already takes.

A :class:`PgConnection` answers the calls hearme's repositories make on an aiosqlite connection
(``execute`` awaited or used with ``async with``, ``executemany``, ``execute_fetchall``,
``commit``, ``rollback``, ``close``) over one psycopg connection, so no repository knows
which engine it writes to. Statements are translated by :mod:`storage.pg_sql`; values come
back as SQLite gives them (rows read by position or name, whole numbers as ``int``, truth as
``0``/``1``) and go in as SQLite's driver sends them (dates as ISO text, truth as ``0``/``1``).

SQLite's own settings (``PRAGMA``) mean nothing here: ``user_version`` is read from the
``migrations`` record and the rest are accepted and ignored, because PostgreSQL already keeps
what they ask for (foreign keys, durable commits, no readable free pages after ``VACUUM``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import date, datetime
from typing import Any

import aiosqlite
import psycopg
from aiosqlite.context import contextmanager
from psycopg import postgres
from psycopg.adapt import Buffer, Dumper, Loader
from psycopg.rows import RowMaker

from storage.errors import StorageError
from storage.pg_sql import inserted_table, numbered, returns_rows, translate
from storage.reader import ResultCursor

URL_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(target: object) -> bool:
    """Whether ``HEARME_DB`` (or any database setting) names a PostgreSQL server."""
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class Row(tuple[Any, ...]):
    """A result row read like ``sqlite3.Row``: ``row[0]``, ``row["name"]``, ``keys()``."""

    _names: tuple[str, ...]

    def __new__(cls, names: tuple[str, ...], values: Sequence[Any]) -> Row:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            try:
                return super().__getitem__(self._names.index(key))
            except ValueError:
                raise IndexError(f"No item with that key: {key}") from None
        return super().__getitem__(key)

    def keys(self) -> list[str]:
        return list(self._names)


def _rows(cursor: psycopg.AsyncCursor[Any]) -> RowMaker[Row]:
    names = tuple(column.name for column in cursor.description or ())
    return lambda values: Row(names, values)


class _NumberLoader(Loader):
    # SUM over whole numbers is NUMERIC in PostgreSQL; SQLite gives an int (a float when
    # there is a fraction), and the reports count with ints.
    def load(self, data: Buffer) -> int | float:
        text = bytes(data).decode()
        return float(text) if any(mark in text for mark in ".eEN") else int(text)


class _TruthLoader(Loader):
    # SQLite has no boolean: a comparison in a SELECT gives 0 or 1.
    def load(self, data: Buffer) -> int:
        return 1 if bytes(data) == b"t" else 0


class _TruthDumper(Dumper):
    oid = postgres.types["int8"].oid

    def dump(self, obj: Any) -> Buffer:
        return b"1" if obj else b"0"


class _IsoDumper(Dumper):
    # sqlite3 stores a date or datetime parameter as its ISO text; the columns are TEXT.
    oid = postgres.types["text"].oid

    def dump(self, obj: Any) -> Buffer:
        text = obj.isoformat(" ") if isinstance(obj, datetime) else obj.isoformat()
        return str(text).encode()


def _adapt(conn: psycopg.AsyncConnection[Any]) -> None:
    conn.adapters.register_loader("numeric", _NumberLoader)
    conn.adapters.register_loader("bool", _TruthLoader)
    conn.adapters.register_dumper(bool, _TruthDumper)
    conn.adapters.register_dumper(date, _IsoDumper)
    conn.adapters.register_dumper(datetime, _IsoDumper)


_PRAGMA = re.compile(
    r"^\s*PRAGMA\s+(\w+)\s*(?:\(\w*\))?\s*(?:=\s*(.+?))?\s*;?\s*$", re.IGNORECASE | re.DOTALL
)
_IMMEDIATE = re.compile(r"^\s*BEGIN\s+(IMMEDIATE|EXCLUSIVE)\s*;?\s*$", re.IGNORECASE)
_CHANGES = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
_SCHEMA_CHANGE = re.compile(r"^\s*(CREATE|ALTER|DROP)\s+TABLE\b", re.IGNORECASE)
_USER_VERSION = (
    "SELECT COALESCE(MAX(CAST(substr(name, 1, 4) AS BIGINT)), 0) FROM migrations "
    "WHERE name ~ '^[0-9]{4}_'"
)


def _by_name(values: list[Any]) -> dict[str, Any]:
    # ?1, ?2 … are said %(p1)s, %(p2)s … (storage.pg_sql)
    return {f"p{number}": value for number, value in enumerate(values, start=1)}


class PgConnection(aiosqlite.Connection):
    """One PostgreSQL connection, called as hearme calls an aiosqlite connection.

    aiosqlite's worker thread is never started (there is no sqlite3 connection behind this
    object), so ``Connection.__init__`` is not called, as :class:`storage.reader.FinishedCursor`
    does for cursors.
    """

    def __init__(self, conn: psycopg.AsyncConnection[Row], identity_tables: set[str]) -> None:
        self._pg = conn
        self._identity_tables = identity_tables
        self._read_only = False
        self._tables_changed = False
        self._changes = 0

    def __del__(self) -> None:
        # aiosqlite's would stop a worker thread and a sqlite3 connection; there are none.
        pass

    @property
    def total_changes(self) -> int:
        """Rows inserted, updated or deleted through this connection (as sqlite3 counts)."""
        return self._changes

    @property
    def raw(self) -> psycopg.AsyncConnection[Row]:
        """The psycopg connection, for what only PostgreSQL has (advisory locks, COPY)."""
        return self._pg

    @contextmanager
    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> aiosqlite.Cursor:
        return await self._run(sql, parameters)

    @contextmanager
    async def execute_fetchall(
        self, sql: str, parameters: Iterable[Any] | None = None
    ) -> Iterable[aiosqlite.Row]:
        cursor = await self._run(sql, parameters)
        return list(await cursor.fetchall())

    @contextmanager
    async def executemany(self, sql: str, parameters: Iterable[Iterable[Any]]) -> aiosqlite.Cursor:
        statement = translate(sql)
        batch: list[Any] = [list(values) for values in parameters]
        if numbered(sql):
            batch = [_by_name(values) for values in batch]
        async with self._pg.cursor() as cursor:
            if batch:
                await cursor.executemany(statement, batch)
                self._changes += max(cursor.rowcount, 0)
            return ResultCursor([], cursor.rowcount, None)

    async def commit(self) -> None:
        await self._end("COMMIT")

    async def rollback(self) -> None:
        await self._end("ROLLBACK")

    async def close(self) -> None:
        await self._pg.close()

    async def _end(self, word: str) -> None:
        # Like sqlite3's commit() and rollback(): nothing to do outside a transaction.
        if self._pg.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            await self._pg.execute(word)

    async def _run(self, sql: str, parameters: Iterable[Any] | None) -> ResultCursor:
        pragma = _PRAGMA.match(sql)
        if pragma is not None:
            return await self._pragma(pragma.group(1).lower(), pragma.group(2))
        if sql.strip().upper() == "VACUUM":
            # Plain VACUUM only marks dead rows reusable; FULL writes every table anew, so an
            # erased child's words are no longer in the database's files.
            sql = "VACUUM FULL"
        if _IMMEDIATE.match(sql):
            return await self._begin_writing()
        statement = translate(sql)
        table = inserted_table(sql)
        if table is not None and self._tables_changed:
            await self.refresh_identity_tables()
        self._tables_changed = self._tables_changed or bool(_SCHEMA_CHANGE.match(sql))
        wants_id = table in self._identity_tables and not returns_rows(sql)
        if wants_id:
            statement += " RETURNING id"
        given = list(parameters) if parameters is not None else []
        values: list[Any] | dict[str, Any] = _by_name(given) if numbered(sql) else given
        try:
            async with self._pg.cursor() as cursor:
                await cursor.execute(statement, values)
                rows = await cursor.fetchall() if cursor.description is not None else []
                rowcount = cursor.rowcount
                if _CHANGES.match(sql) and rowcount > 0:
                    self._changes += rowcount
        except psycopg.errors.ReadOnlySqlTransaction as error:
            raise StorageError(f"this connection only reads: {error}") from error
        if wants_id:
            return ResultCursor([], rowcount, int(rows[0][0]) if rows else None)
        return ResultCursor(list(rows), rowcount, None)

    async def _begin_writing(self) -> ResultCursor:
        # SQLite's BEGIN IMMEDIATE lets one writer at a time into the file, and hearme's
        # repositories read and then write on that promise (a run's state, an outbox row's
        # claim). Every worker's writing transaction takes the same advisory lock first, so
        # the promise holds across the fleet; readers never wait for it.
        await self._pg.execute("BEGIN")
        await self._pg.execute("SELECT pg_advisory_xact_lock(%s)", (lock_key("writer"),))
        return ResultCursor([], -1, None)

    async def _pragma(self, name: str, value: str | None) -> ResultCursor:
        if name == "user_version" and value is None:
            exists = await self._one("SELECT to_regclass('migrations') IS NOT NULL")
            version = await self._one(_USER_VERSION) if exists else 0
            return ResultCursor([Row(("user_version",), (int(version),))], -1, None)
        if name == "query_only" and value is not None:
            self._read_only = value.strip().upper() in ("1", "ON", "TRUE")
            setting = "on" if self._read_only else "off"
            await self._pg.execute(f"SET default_transaction_read_only = {setting}")
        if name == "wal_checkpoint":  # (busy, log frames, checkpointed): nothing is waiting
            return ResultCursor([Row(("busy", "log", "checkpointed"), (0, 0, 0))], -1, None)
        if name == "integrity_check":
            return ResultCursor([Row(("integrity_check",), ("ok",))], -1, None)
        return ResultCursor([], -1, None)

    async def _one(self, sql: str) -> Any:
        async with self._pg.cursor() as cursor:
            await cursor.execute(sql)
            row = await cursor.fetchone()
        return None if row is None else row[0]

    async def refresh_identity_tables(self) -> None:
        """Learn again which tables number their rows (after a migration made new ones)."""
        self._identity_tables = await identity_tables(self._pg)
        self._tables_changed = False


@asynccontextmanager
async def one_at_a_time(conn: aiosqlite.Connection, what: str) -> AsyncIterator[None]:
    """Hold PostgreSQL's advisory lock named ``what`` while the block runs.

    Every hearme worker on the database waits here for the one holding it. On SQLite, where
    one writer holds the file, nothing is needed.
    """
    if not isinstance(conn, PgConnection):
        yield
        return
    key = lock_key(what)
    await conn.raw.execute("SELECT pg_advisory_lock(%s)", (key,))
    try:
        yield
    finally:
        await conn.raw.execute("SELECT pg_advisory_unlock(%s)", (key,))


def lock_key(what: str) -> int:
    """A stable 63-bit advisory lock number for a name (``hearme:`` + ``what``)."""
    digest = hashlib.sha256(f"hearme:{what}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


async def identity_tables(conn: psycopg.AsyncConnection[Any]) -> set[str]:
    """The tables whose ``id`` the database numbers (what SQLite's ``lastrowid`` reports)."""
    async with conn.cursor() as cursor:
        await cursor.execute(
            "SELECT table_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND column_name = 'id' "
            "AND is_identity = 'YES'"
        )
        return {str(row[0]) for row in await cursor.fetchall()}


async def side_connection(url: str, purpose: str) -> psycopg.AsyncConnection[Any]:
    """An autocommit connection of this worker's own, beside its writer and reader: what the
    fleet shares (send slots, chat turns) is taken and given back on it, never waiting for a
    transaction.

    Args:
        url: the database.
        purpose: what it is for, in the message when the server cannot be reached.

    Raises:
        StorageError: the server cannot be reached; the message names it without the password.
    """
    try:
        return await psycopg.AsyncConnection.connect(url, autocommit=True)
    except psycopg.OperationalError as error:
        raise StorageError(
            f"cannot reach the PostgreSQL database {redacted(url)} {purpose}: {error}. "
            "Check HEARME_DB"
        ) from error


async def connect(url: str) -> PgConnection:
    """Open one autocommit connection (``BEGIN`` … ``COMMIT`` are sent as statements).

    Raises:
        StorageError: the server cannot be reached or refuses the login; the message names
            the server without the password.
    """
    try:
        conn = await psycopg.AsyncConnection.connect(url, autocommit=True, row_factory=_rows)
    except psycopg.OperationalError as error:
        raise StorageError(
            f"cannot reach the PostgreSQL database {redacted(url)}: {error}. Check HEARME_DB "
            "(postgresql://user:password@host:port/database) and that the server is running"
        ) from error
    _adapt(conn)
    # ISO dates and plain ASCII order: the same answers as SQLite's comparisons of text.
    await conn.execute("SET datestyle = 'ISO, YMD'")
    return PgConnection(conn, await identity_tables(conn))
