"""Workers on one PostgreSQL database write one at a time, as SQLite's writers do.

hearme's repositories read and then write inside one transaction (a run's state, an outbox
row's claim), trusting that no other writer comes in between: SQLite's BEGIN IMMEDIATE. Two
workers doing so at once must not lose either's write.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiosqlite
import pytest

from storage.db import Database


@pytest.fixture
async def workers(postgres_migrated_url: str) -> AsyncIterator[tuple[Database, Database]]:
    """Two workers' connections to one PostgreSQL database, closed after the test."""
    first = await Database.open(postgres_migrated_url)
    second = await Database.open(postgres_migrated_url)
    try:
        yield first, second
    finally:
        await first.close()
        await second.close()


async def _add_row(conn: aiosqlite.Connection) -> None:
    await conn.execute("INSERT INTO outbox (id, due_at, kind) VALUES (1, '2026-01-01', 'notice')")


async def _read_one(db: Database, sql: str) -> object:
    async with db.reader.execute(sql) as cursor:
        row = await cursor.fetchone()
    assert row is not None
    return row[0]


async def _add_one(db: Database, times: int) -> None:
    for _ in range(times):
        async with db.transaction() as conn:
            async with conn.execute("SELECT attempts FROM outbox WHERE id = 1") as cursor:
                row = await cursor.fetchone()
            assert row is not None
            await asyncio.sleep(0.001)  # the other worker runs here
            await conn.execute("UPDATE outbox SET attempts = ? WHERE id = 1", (row[0] + 1,))


async def test_two_workers_never_lose_a_read_then_write(
    workers: tuple[Database, Database],
) -> None:
    first, second = workers
    async with first.transaction() as conn:
        await _add_row(conn)
    await asyncio.gather(_add_one(first, 40), _add_one(second, 40))
    assert await _read_one(first, "SELECT attempts FROM outbox WHERE id = 1") == 80


async def test_a_reader_does_not_wait_for_a_writer(workers: tuple[Database, Database]) -> None:
    first, second = workers
    async with first.transaction() as conn:
        await _add_row(conn)
        # not committed yet, and not blocked
        assert await _read_one(second, "SELECT count(*) FROM outbox") == 0
        waiting = asyncio.create_task(_add_one(second, 1))
        await asyncio.sleep(0.3)
        assert not waiting.done(), "a second writer waits for the first"
    await asyncio.wait_for(waiting, 10)
