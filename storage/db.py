"""The database: one writer connection behind a lock, one reader, ordered migrations.

Migrations are recorded in the ``migrations`` table (name, when applied, sha256 of the file,
like sqlite-utils' ``_sqlite_migrations``): a bundled file that differs from the one applied to
this database is refused, because the schema would no longer be what the file says.

Every change goes through :meth:`Database.transaction`, which takes an ``asyncio.Lock`` and runs
``BEGIN IMMEDIATE … COMMIT`` on the single writer connection, so two coroutines can never
interleave their statements. Reports read through :meth:`Database.reader`, a second connection
that sees only committed data (WAL) and never blocks the writer.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import aiosqlite
import psycopg

from storage import keycheck, postgres
from storage.crypto import Cipher
from storage.errors import StorageError as StorageError
from storage.reader import connect_reader
from storage.times import iso

# aiosqlite logs every call at DEBUG with its arguments: the SQL parameters, which hold names,
# dates of birth and references. Capped however logging is set up, as bot.channels.telegram.app
# caps the chat
# libraries, so a debugging session never writes them to a log.
_DRIVER_LOGGER = "aiosqlite"
_DRIVER_LOG_FLOOR = logging.INFO


def keep_parameters_out_of_driver_logs() -> None:
    """Cap the aiosqlite logger below which it would log SQL parameters.

    The cap is the logger's own level, so turning the root logger (or a handler) up to DEBUG
    later does not lift it.
    """
    logger = logging.getLogger(_DRIVER_LOGGER)
    if logger.level < _DRIVER_LOG_FLOOR:  # NOTSET (0) included: it would follow the root
        logger.setLevel(_DRIVER_LOG_FLOOR)


class NewerDatabaseError(StorageError):
    """The file was written by a newer hearme than this one."""


class EditedMigrationError(StorageError):
    """A migration applied to this database is not the file this hearme bundles."""


@dataclass(frozen=True)
class AppliedMigration:
    """One row of the ``migrations`` table."""

    name: str
    applied_at: str
    sha256: str


# Not a numbered migration: it records them, so it exists before the first one runs.
_MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS migrations (
    name        TEXT PRIMARY KEY,   -- the file, e.g. 0003_answer_messages.sql
    applied_at  TEXT NOT NULL,      -- UTC; for one applied before this table, when first recorded
    sha256      TEXT NOT NULL       -- of the file's text as applied (CRLF read as LF)
)"""


def migrations() -> list[tuple[int, str, str]]:
    """The bundled migrations as ``(version, name, sql)``, in order.

    A migration file is named ``NNNN_what_it_does.sql``; its number is the ``user_version`` the
    database has once it has run.
    """
    found = []
    for entry in resources.files("storage.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [number for number, _, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise StorageError(f"migrations must be numbered 1..n without gaps, found {numbers}")
    return found


def latest_version() -> int:
    """The schema version this hearme writes."""
    return len(migrations())


def checksum(sql: str) -> str:
    """The sha256 a migration is recorded with (a checkout's CRLF line endings do not count)."""
    return hashlib.sha256(sql.replace("\r\n", "\n").encode("utf-8")).hexdigest()


async def applied_migrations(conn: aiosqlite.Connection) -> list[AppliedMigration]:
    """The recorded migrations in order; empty when the database predates the record."""
    async with conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
    ) as cursor:  # on PostgreSQL too: storage.pg_sql reads the catalogue for it
        if await cursor.fetchone() is None:
            return []
    async with conn.execute(
        "SELECT name, applied_at, sha256 FROM migrations ORDER BY name"
    ) as cursor:
        return [AppliedMigration(row[0], row[1], row[2]) for row in await cursor.fetchall()]


async def verify_migrations(conn: aiosqlite.Connection) -> None:
    """Refuse a database whose recorded migrations differ from the bundled files.

    Raises:
        EditedMigrationError: a recorded migration was edited, renamed or removed since.
    """
    bundled = {name: checksum(sql) for _, name, sql in migrations()}
    for applied in await applied_migrations(conn):
        if applied.name not in bundled:
            raise EditedMigrationError(
                f"migration {applied.name} was applied to this database on {applied.applied_at}, "
                "but this hearme has no such file: use the hearme that made the database, or "
                "restore the file (nothing was changed)"
            )
        if bundled[applied.name] != applied.sha256:
            raise EditedMigrationError(
                f"migration {applied.name} was edited after it was applied to this database "
                f"(on {applied.applied_at}; sha256 then {applied.sha256[:12]}…, now "
                f"{bundled[applied.name][:12]}…), so the schema is not what the file says: "
                "restore the file as it was and put the change in a new migration "
                "(nothing was changed)"
            )


async def _configure(conn: aiosqlite.Connection) -> None:
    await conn.execute("PRAGMA foreign_keys = ON")
    await conn.execute("PRAGMA busy_timeout = 10000")
    # Answers are statutory records: FULL makes a commit durable across power loss too.
    await conn.execute("PRAGMA synchronous = FULL")
    # Erased words are overwritten with zeros rather than left in free pages.
    await conn.execute("PRAGMA secure_delete = ON")


async def migrate(
    conn: aiosqlite.Connection, *, up_to: int | None = None, now: datetime | None = None
) -> tuple[int, int]:
    """Bring the schema up to date (see :func:`_migrate`), one hearme at a time: workers that
    start together on one PostgreSQL database wait for the first to finish."""
    async with postgres.one_at_a_time(conn, "migrate"):
        return await _migrate(conn, up_to=up_to, now=now)


async def _migrate(
    conn: aiosqlite.Connection, *, up_to: int | None = None, now: datetime | None = None
) -> tuple[int, int]:
    """Bring the schema up to date, one atomic transaction per migration, each recorded.

    Migrations applied before they were recorded (a database from an older hearme) are
    recorded first, with the bundled files' checksums.

    Args:
        conn: the writer connection (autocommit).
        up_to: stop at this version (tests build databases as older hearmes left them).
        now: when the migrations are recorded as applied; the wall clock by default.

    Returns:
        ``(version_before, version_after)``.

    Raises:
        NewerDatabaseError: the database is from a newer hearme.
        EditedMigrationError: an applied migration's file has changed since.
    """
    target = latest_version() if up_to is None else up_to
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    before = int(row[0]) if row else 0
    if before > latest_version():
        raise NewerDatabaseError(
            f"this database is at schema version {before}, but this hearme only knows up to "
            f"{latest_version()}: upgrade hearme before using it (nothing was changed)"
        )
    await verify_migrations(conn)
    applied_at = iso(now or datetime.now(UTC))
    await _record_earlier(conn, before, applied_at)
    for number, name, sql in migrations():
        if number <= before or number > target:
            continue
        # executescript would commit on its own; run statement by statement inside one
        # transaction so a failed migration leaves the file exactly as it was.
        async with _atomically(conn, f"migration {name} failed"):
            for statement in _statements(sql):
                await conn.execute(statement)
            await conn.execute(f"PRAGMA user_version = {number}")
            await _record(conn, name, sql, applied_at)
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return before, int(row[0]) if row else 0


async def _record_earlier(conn: aiosqlite.Connection, version: int, applied_at: str) -> None:
    """Create the record, and note the migrations a database already had without one."""
    async with _atomically(conn, "the record of migrations could not be written"):
        await conn.execute(_MIGRATIONS_TABLE)
        for number, name, sql in migrations():
            if number <= version:
                await _record(conn, name, sql, applied_at)


async def _record(conn: aiosqlite.Connection, name: str, sql: str, applied_at: str) -> None:
    await conn.execute(
        "INSERT INTO migrations (name, applied_at, sha256) VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO NOTHING",
        (name, applied_at, checksum(sql)),
    )


@asynccontextmanager
async def _atomically(conn: aiosqlite.Connection, failure: str) -> AsyncIterator[None]:
    """One ``BEGIN IMMEDIATE … COMMIT``; on an SQLite error, roll back and say ``failure``."""
    await conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        await conn.commit()
    except (sqlite3.Error, psycopg.Error) as error:
        await conn.rollback()
        raise StorageError(f"{failure}: {error}") from error


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows about quotes)."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def _create_private(path: Path) -> None:
    """Create an empty database file with mode 0600, unless one is there already."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


class Database:
    """An open hearme database. Create with :meth:`open`, finish with :meth:`close`."""

    def __init__(
        self,
        path: Path | None,
        writer: aiosqlite.Connection,
        reader_conn: aiosqlite.Connection,
        cipher: Cipher | None,
        *,
        url: str | None = None,
    ) -> None:
        self.path = path  # the SQLite file; None on PostgreSQL
        self.url = url  # the PostgreSQL server (HEARME_DB); None for a file
        self._writer = writer
        self._reader = reader_conn
        self._lock = asyncio.Lock()
        self._cipher = cipher

    @classmethod
    async def open(
        cls,
        path: Path | str,
        *,
        cipher: Cipher | None = None,
        migrate_schema: bool = True,
        trust_key: bool = False,
    ) -> Database:
        """Open (and by default create or upgrade) the database at ``path``.

        ``path`` may be a ``postgresql://`` URL instead of a file: the same schema and
        behaviour on a PostgreSQL server (``storage.postgres``).

        A new file is created readable by its owner only (0600): it holds names and dates of
        birth. SQLite gives its ``-wal`` and ``-shm`` files the database file's mode.

        With ``cipher``, the key must be the database's own (``storage.keycheck``): a different
        one is refused before anything is migrated or written, and a database without a check
        value yet adopts this key once it has shown it reads the stored words (``trust_key``:
        a person confirmed the key where there is nothing to read it against).

        Raises:
            storage.keycheck.WrongKeyError: ``cipher`` is not this database's key.
        """
        keep_parameters_out_of_driver_logs()
        url = str(path) if postgres.is_postgres_url(str(path)) else None
        writer: aiosqlite.Connection
        if url is None:
            path = Path(path)
            _create_private(path)
            writer = await aiosqlite.connect(path, isolation_level=None)
        else:
            writer = await postgres.connect(url)
        try:
            if url is None:
                writer.row_factory = aiosqlite.Row
                await writer.execute("PRAGMA journal_mode = WAL")
            await _configure(writer)
            if cipher is not None:
                await keycheck.verify(writer, cipher, trust=trust_key)
            if migrate_schema:
                await migrate(writer)
            else:
                await verify_migrations(writer)
            if cipher is not None:
                await keycheck.adopt(writer, cipher)
            reader_conn = await (
                postgres.connect(url) if url is not None else connect_reader(Path(path))
            )
        except BaseException:
            await writer.close()
            raise
        if url is None:
            reader_conn.row_factory = aiosqlite.Row
        await _configure(reader_conn)
        await reader_conn.execute("PRAGMA query_only = ON")
        if url is not None:
            return cls(None, writer, reader_conn, cipher, url=url)
        return cls(Path(path), writer, reader_conn, cipher)

    @property
    def target(self) -> Path | str:
        """What ``HEARME_DB`` named: the file, or the PostgreSQL URL."""
        return self.url if self.url is not None else Path(self.path or "")

    @property
    def cipher(self) -> Cipher:
        """The key for children's words; a clear error when it was not given."""
        if self._cipher is None:
            raise StorageError(
                "children's words are encrypted and no key was given: set HEARME_DATA_KEY to "
                "the key file that `hearme init` created"
            )
        return self._cipher

    @property
    def has_cipher(self) -> bool:
        return self._cipher is not None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """``BEGIN IMMEDIATE … COMMIT`` on the one writer; rolls back on any exception."""
        async with self._lock:
            await self._writer.execute("BEGIN IMMEDIATE")
            try:
                yield self._writer
            except BaseException:
                await self._writer.rollback()
                raise
            else:
                await self._writer.commit()

    async def schema_version(self) -> int:
        """The file's ``PRAGMA user_version``: how many migrations it has had."""
        async with self._reader.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def upgrade(self) -> tuple[int, int]:
        """Run any migrations not yet applied; returns ``(version_before, version_after)``.

        With a key, the upgraded file then records the key's check value if it had none.
        """
        async with self._lock:
            versions = await migrate(self._writer)
            if self._cipher is not None:
                await keycheck.adopt(self._writer, self._cipher)
            return versions

    async def compact(self, *, attempts: int = 20) -> None:
        """Leave no trace of deleted or overwritten words anywhere in the file.

        ``secure_delete`` zeroes freed cells, but old page images can still sit in the WAL and in
        free pages; a checkpoint, ``VACUUM`` and a truncating checkpoint remove them too.

        Raises:
            StorageError: another connection kept the WAL busy through every attempt.
        """
        async with self._lock:
            await self._checkpoint(attempts)
            await self._writer.execute("VACUUM")
            await self._checkpoint(attempts)

    async def _checkpoint(self, attempts: int) -> None:
        for _ in range(attempts):
            async with self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)") as cursor:
                row = await cursor.fetchone()
            if row is not None and row[0] == 0:
                return
            await asyncio.sleep(0.1)
        raise StorageError(
            "the database is busy (another program is reading it), so erased words may still "
            "be in its journal: stop the bot and run the command again"
        )

    @property
    def reader(self) -> aiosqlite.Connection:
        """A read-only connection for reports and look-ups outside a transaction."""
        return self._reader

    async def close(self) -> None:
        await self._reader.close()
        await self._writer.close()
