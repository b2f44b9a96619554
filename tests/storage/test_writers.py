"""Workers on one PostgreSQL database write one at a time, as SQLite's writers do.

hearme's repositories read and then write inside one transaction (a run's state, an outbox
row's claim), trusting that no other writer comes in between: SQLite's BEGIN IMMEDIATE. Two
workers doing so at once must not lose either's write.
"""

from __future__ import annotations

import asyncio

from storage.db import Database


async def _add_one(db: Database, times: int) -> None:
    for _ in range(times):
        async with db.transaction() as conn:
            async with conn.execute("SELECT attempts FROM outbox WHERE id = 1") as cursor:
                row = await cursor.fetchone()
            assert row is not None
            await asyncio.sleep(0.001)  # the other worker runs here
            await conn.execute("UPDATE outbox SET attempts = ? WHERE id = 1", (row[0] + 1,))


async def test_two_workers_never_lose_a_read_then_write(postgres_migrated_url: str) -> None:
    first = await Database.open(postgres_migrated_url)
    second = await Database.open(postgres_migrated_url)
    try:
        async with first.transaction() as conn:
            await conn.execute(
                "INSERT INTO outbox (id, due_at, kind) VALUES (1, '2026-01-01', 'notice')"
            )
        await asyncio.gather(_add_one(first, 40), _add_one(second, 40))
        async with first.reader.execute("SELECT attempts FROM outbox WHERE id = 1") as cursor:
            row = await cursor.fetchone()
        assert row is not None and row[0] == 80
    finally:
        await first.close()
        await second.close()


async def test_a_reader_does_not_wait_for_a_writer(postgres_migrated_url: str) -> None:
    first = await Database.open(postgres_migrated_url)
    second = await Database.open(postgres_migrated_url)
    try:
        async with first.transaction() as conn:
            await conn.execute(
                "INSERT INTO outbox (id, due_at, kind) VALUES (1, '2026-01-01', 'notice')"
            )
            async with second.reader.execute("SELECT count(*) FROM outbox") as cursor:
                row = await cursor.fetchone()
            assert row is not None and row[0] == 0  # not committed yet, and not blocked
            waiting = asyncio.create_task(_add_one(second, 1))
            await asyncio.sleep(0.3)
            assert not waiting.done(), "a second writer waits for the first"
        await asyncio.wait_for(waiting, 10)
    finally:
        await first.close()
        await second.close()
