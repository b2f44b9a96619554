"""What an on-call person checks first, read from the database without changing it.

``hearme status`` shows it: whether messages are going out (the outbox: due now, failed, the
oldest still waiting), whether alerts are being acknowledged (open, escalated, the oldest), when
the bot last handled an update, and the file's size and schema. Counts, times and error types
only: nothing here needs the data key, and nothing holds a child's words.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import aiosqlite

from storage import postgres
from storage.db import EditedMigrationError, applied_migrations, latest_version, verify_migrations
from storage.outbox_followups import IN_FLIGHT
from storage.times import iso, parse


@dataclass(frozen=True)
class OutboxHealth:
    """Messages hearme starts: what is waiting, failed or stuck."""

    due_now: int
    waiting_later: int
    oldest_pending_due_at: datetime | None  # when the longest-waiting pending row was due
    sending: int  # claimed and not yet marked: more than a moment means a crash mid-send
    failed: int
    failures: tuple[tuple[str, int], ...]  # (error type, rows), most first
    # Sent as far as anyone can know, but in flight when a worker stopped (never sent again).
    may_not_have_arrived: int = 0


@dataclass(frozen=True)
class AlertHealth:
    """Safeguarding alerts nobody has acknowledged yet."""

    open: int
    escalated: int
    oldest_open_at: datetime | None


@dataclass(frozen=True)
class Health:
    """The database's state for ``hearme status``."""

    path: Path | str  # the file, or the PostgreSQL URL without its password
    file_bytes: int
    journal_bytes: int
    schema_version: int
    latest_version: int
    migrations_recorded: int
    migration_problem: str | None
    outbox: OutboxHealth
    alerts: AlertHealth
    last_update_at: datetime | None
    last_web_visit_at: datetime | None


@asynccontextmanager
async def read_only(path: Path | str) -> AsyncIterator[aiosqlite.Connection]:
    """A connection that cannot write to ``path`` (SQLite's ``mode=ro``; on PostgreSQL,
    read-only transactions)."""
    conn: aiosqlite.Connection
    if isinstance(path, str):
        conn = await postgres.connect(path)
    else:
        conn = await aiosqlite.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        await conn.execute("PRAGMA query_only = ON")
        yield conn
    finally:
        await conn.close()


async def read_health(path: Path | str, *, now: datetime) -> Health:
    """Everything ``hearme status`` shows about the database at ``path``."""
    async with read_only(path) as conn:
        version = await _one(conn, "PRAGMA user_version")
        try:
            await verify_migrations(conn)
            problem = None
        except EditedMigrationError as error:
            problem = str(error)
        recorded = len(await applied_migrations(conn))
        outbox = await _outbox(conn, now)
        alerts = await _alerts(conn)
        last_update = await _moment(conn, "SELECT MAX(processed_at) FROM processed_updates")
        last_visit = None
        if await _has_table(conn, "web_sessions"):
            last_visit = await _moment(conn, "SELECT MAX(last_seen_at) FROM web_sessions")
        if isinstance(path, str):  # the server's files: the database's size, no journal of ours
            size = int(await _one(conn, "SELECT pg_database_size(current_database())"))
    if isinstance(path, str):
        shown: Path | str = postgres.redacted(path)
        file_bytes, journal_bytes = size, 0
    else:
        journal = path.with_name(path.name + "-wal")
        shown, file_bytes = path, path.stat().st_size
        journal_bytes = journal.stat().st_size if journal.exists() else 0
    return Health(
        path=shown,
        file_bytes=file_bytes,
        journal_bytes=journal_bytes,
        schema_version=int(version or 0),
        latest_version=latest_version(),
        migrations_recorded=recorded,
        migration_problem=problem,
        outbox=outbox,
        alerts=alerts,
        last_update_at=last_update,
        last_web_visit_at=last_visit,
    )


async def _outbox(conn: aiosqlite.Connection, now: datetime) -> OutboxHealth:
    async with conn.execute(
        "SELECT "
        "  SUM(status = 'pending' AND due_at <= ?), SUM(status = 'pending' AND due_at > ?), "
        "  MIN(CASE WHEN status = 'pending' THEN due_at END), "
        "  SUM(status = 'sending'), SUM(status = 'failed'), "
        "  SUM(status = 'sent' AND last_error = ?) "
        "FROM outbox",
        (iso(now), iso(now), IN_FLIGHT),
    ) as cursor:
        row = await cursor.fetchone()
    assert row is not None  # an aggregate always has one row
    async with conn.execute(
        "SELECT COALESCE(last_error, 'unknown'), COUNT(*) AS n FROM outbox "
        "WHERE status = 'failed' GROUP BY 1 ORDER BY n DESC, 1"
    ) as cursor:
        failures = tuple((str(kind), int(n)) for kind, n in await cursor.fetchall())
    return OutboxHealth(
        due_now=int(row[0] or 0),
        waiting_later=int(row[1] or 0),
        oldest_pending_due_at=parse(row[2]) if row[2] else None,
        sending=int(row[3] or 0),
        failed=int(row[4] or 0),
        failures=failures,
        may_not_have_arrived=int(row[5] or 0),
    )


async def _alerts(conn: aiosqlite.Connection) -> AlertHealth:
    async with conn.execute(
        "SELECT COUNT(*), SUM(escalations > 0), MIN(created_at) FROM alerts "
        "WHERE acknowledged_at IS NULL"
    ) as cursor:
        row = await cursor.fetchone()
    assert row is not None
    return AlertHealth(
        open=int(row[0] or 0),
        escalated=int(row[1] or 0),
        oldest_open_at=parse(row[2]) if row[2] else None,
    )


async def _one(conn: aiosqlite.Connection, sql: str) -> Any:
    async with conn.execute(sql) as cursor:
        row = await cursor.fetchone()
    return row[0] if row else None


async def _moment(conn: aiosqlite.Connection, sql: str) -> datetime | None:
    value = await _one(conn, sql)
    return parse(str(value)) if value else None


async def _has_table(conn: aiosqlite.Connection, name: str) -> bool:
    async with conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ) as cursor:
        return await cursor.fetchone() is not None
