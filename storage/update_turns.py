"""Each chat's updates one at a time and in order across every worker on one PostgreSQL.

Behind a load balancer, two updates of one chat can reach two workers at once, and an older one
can arrive after a newer one (a post retried after a worker died). Within one worker
``bot.channels.telegram.update_order`` keeps a chat's updates in order; across workers:

* a session advisory lock per chat (``chat:<key>``) is held while an update is handled, so no
  two workers handle one chat's updates at the same time. It is taken on a connection of its
  own, polled with ``pg_try_advisory_lock``, so a worker waiting for one chat never holds up
  its other chats; and it goes with the connection if the worker dies;
* ``update_turns`` keeps the newest update id handled in each chat. Holding the lock, a worker
  skips a button press older than that (an old choice over a newer answer); older words are
  handled late rather than lost (``bot.channels.telegram.update_order``).
  The mark is written after the update was handled, so an update whose worker died mid-way is
  handled again when Telegram retries it (``storage.updates`` makes the retry harmless when the
  first attempt had committed).

A SQLite file has one worker; none of this is used there.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import aiosqlite
import psycopg

from storage.postgres import lock_key, side_connection
from storage.times import iso

# Waiting for a chat another worker is handling: first retry soon (its handling is usually a
# commit and a reply away), then less often.
_FIRST_WAIT = 0.005
_LONGEST_WAIT = 0.1


class ChatTurns:
    """Per-chat turns shared by the fleet, over one autocommit connection of this worker."""

    def __init__(self, conn: psycopg.AsyncConnection[Any]) -> None:
        self._pg = conn

    @classmethod
    async def connect(cls, url: str) -> ChatTurns:
        """Open this worker's connection for chat turns.

        Raises:
            StorageError: the server cannot be reached.
        """
        return cls(await side_connection(url, "to keep chats in order"))

    async def take(self, chat_key: int) -> None:
        """Wait until no other worker is handling this chat, then hold it."""
        key = lock_key(f"chat:{chat_key}")
        wait = _FIRST_WAIT
        while True:
            cursor = await self._pg.execute("SELECT pg_try_advisory_lock(%s)", (key,))
            row = await cursor.fetchone()
            if row is not None and row[0]:
                return
            await asyncio.sleep(wait)
            wait = min(wait * 2, _LONGEST_WAIT)

    async def give_back(self, chat_key: int) -> None:
        """Let other workers handle this chat again."""
        await self._pg.execute("SELECT pg_advisory_unlock(%s)", (lock_key(f"chat:{chat_key}"),))

    async def newest(self, chat_key: int) -> int | None:
        """The newest update id handled in this chat, or None."""
        cursor = await self._pg.execute(
            "SELECT last_update_id FROM update_turns WHERE chat_key = %s", (chat_key,)
        )
        row = await cursor.fetchone()
        return None if row is None else int(row[0])

    async def handled(self, chat_key: int, update_id: int, *, now: datetime) -> None:
        """Record that ``update_id`` was handled (never moving the mark backwards)."""
        await self._pg.execute(
            "INSERT INTO update_turns AS t (chat_key, last_update_id, at) VALUES (%s, %s, %s) "
            "ON CONFLICT (chat_key) DO UPDATE SET at = EXCLUDED.at, "
            "last_update_id = GREATEST(t.last_update_id, EXCLUDED.last_update_id)",
            (chat_key, update_id, iso(now)),
        )

    async def close(self) -> None:
        await self._pg.close()


async def forget_before(conn: aiosqlite.Connection, before: datetime) -> int:
    """Drop the marks of chats quiet since ``before`` (Telegram keeps updates for a day)."""
    cursor = await conn.execute("DELETE FROM update_turns WHERE at < ?", (iso(before),))
    return cursor.rowcount
