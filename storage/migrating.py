"""Ordered migrations: applied one transaction each and recorded with their checksums.

Migrations are recorded in the ``migrations`` table (name, when applied, sha256 of the file,
like sqlite-utils' ``_sqlite_migrations``): a bundled file that differs from the one applied to
this database is refused, because the schema would no longer be what the file says. The same
numbered files run on SQLite and PostgreSQL (through :mod:`storage.postgres`).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

import aiosqlite
import psycopg

from storage import postgres
from storage.errors import StorageError
from storage.times import iso


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
