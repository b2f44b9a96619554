"""The shared read connection never shows a coroutine an old snapshot."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiosqlite

from storage.db import Database


async def test_a_row_committed_while_another_read_is_open_is_seen(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "hearme.db")
    try:
        async with db.transaction() as conn:
            for n in range(5):
                await conn.execute(
                    "INSERT INTO processed_updates (update_id, processed_at) VALUES (?, 'x')", (n,)
                )
        # One coroutine reads a row and, before closing its cursor, waits for something.
        async with db.reader.execute("SELECT update_id FROM processed_updates") as slow:
            assert (await slow.fetchone())["update_id"] == 0
            async with db.transaction() as conn:
                await conn.execute(
                    "INSERT INTO processed_updates (update_id, processed_at) VALUES (99, 'x')"
                )
            # Meanwhile another coroutine looks for the row just committed.
            async with db.reader.execute(
                "SELECT COUNT(*) AS n FROM processed_updates WHERE update_id = 99"
            ) as quick:
                assert (await quick.fetchone())["n"] == 1
            rest = [row["update_id"] async for row in slow]
        assert rest == [1, 2, 3, 4]
    finally:
        await db.close()


async def test_reads_from_many_coroutines_each_get_their_own_rows(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "hearme.db")
    try:
        async with db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO processed_updates (update_id, processed_at) VALUES (?, 'x')",
                [(n,) for n in range(200)],
            )

        async def read(n: int) -> int:
            async with db.reader.execute(
                "SELECT update_id FROM processed_updates WHERE update_id = ?", (n,)
            ) as cursor:
                row = await cursor.fetchone()
                await asyncio.sleep(0)
                assert await cursor.fetchone() is None
                return int(row["update_id"])

        assert await asyncio.gather(*(read(n) for n in range(200))) == list(range(200))
        rows = await db.reader.execute_fetchall("SELECT COUNT(*) FROM processed_updates")
        assert next(iter(rows))[0] == 200
        assert isinstance(db.reader, aiosqlite.Connection)
    finally:
        await db.close()
