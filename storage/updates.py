"""Processed update ids: Telegram may deliver an update twice, hearme acts on it once.

The id is claimed in the same transaction as the answer it carries, so an update is either
fully handled (answer, state and id saved together) or not at all and safe to handle again.
"""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from storage.times import iso


async def claim_update(conn: aiosqlite.Connection, update_id: int, *, now: datetime) -> bool:
    """Record ``update_id`` as processed.

    Returns:
        True the first time, False when the update was already handled (do nothing then).
    """
    cursor = await conn.execute(
        "INSERT INTO processed_updates (update_id, processed_at) VALUES (?, ?) "
        "ON CONFLICT (update_id) DO NOTHING",
        (update_id, iso(now)),
    )
    return cursor.rowcount == 1


async def was_processed(conn: aiosqlite.Connection, update_id: int) -> bool:
    """Whether ``update_id`` has been handled already."""
    async with conn.execute(
        "SELECT 1 FROM processed_updates WHERE update_id = ?", (update_id,)
    ) as cursor:
        return await cursor.fetchone() is not None


async def forget_before(conn: aiosqlite.Connection, before: datetime) -> int:
    """Drop ids processed before ``before`` (Telegram redelivers only recent updates)."""
    cursor = await conn.execute(
        "DELETE FROM processed_updates WHERE processed_at < ?", (iso(before),)
    )
    return cursor.rowcount
