"""Telegram's send rate kept in the database, so every worker on one PostgreSQL shares it.

Telegram counts what the bot sends, not what each worker sends: three workers each pacing
itself to 30 messages a second would send 90. Each pace (``overall``, or ``chat:<id>``) is one
``send_pace`` row holding its *theoretical arrival time* (the generic cell rate algorithm): a
send takes the next slot, ``max(tat, now) + step``, in one atomic statement, and waits until
that slot opens. ``burst`` slots may be taken ahead (a short burst to one chat), so the pace
never exceeds ``burst`` sends at once and ``1 / step`` a second after that. Time is the
database server's clock, the one clock every worker shares.

A send may *queue* (take the next slot however far ahead: a reply to a child) or only *try*
(take a slot only when one is open now: what hearme starts, such as a campaign). Trying sends
never fill the queue ahead of a reply, so a child never waits behind a campaign.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiosqlite
import psycopg

from storage.postgres import side_connection

OVERALL = "overall"

_TAKE = """
WITH n AS (SELECT extract(epoch FROM clock_timestamp())::float8 AS now),
taken AS (
    INSERT INTO send_pace AS p (name, tat) SELECT %(name)s, n.now + %(step)s FROM n
    ON CONFLICT (name) DO UPDATE SET tat = GREATEST(p.tat, (SELECT now FROM n)) + %(step)s
    WHERE %(queue)s
       OR GREATEST(p.tat, (SELECT now FROM n)) + %(step)s - %(ahead)s <= (SELECT now FROM n)
    RETURNING p.tat
)
SELECT true, taken.tat - %(ahead)s - n.now FROM taken, n
UNION ALL
SELECT false, p.tat + %(step)s - %(ahead)s - n.now FROM send_pace p, n
WHERE p.name = %(name)s AND NOT EXISTS (SELECT 1 FROM taken)
"""


def chat_pace(chat: int | str) -> str:
    """The name of one chat's pace. It names the chat, so erasing the child removes it
    (``storage.rights``) and housekeeping forgets it once idle (:func:`forget_idle`)."""
    return f"chat:{chat}"


async def forget_idle(conn: aiosqlite.Connection, before: datetime) -> int:
    """Drop the chats' paces whose last slot was before ``before``: a pace in the past paces
    nothing (the next send takes the next slot from now), and the name is a chat id."""
    cursor = await conn.execute(
        "DELETE FROM send_pace WHERE name <> ? AND tat < ?", (OVERALL, before.timestamp())
    )
    return cursor.rowcount


class SharedPace:
    """Slots on the paces in ``send_pace``, over a connection of its own (autocommit).

    Create with :meth:`connect`; finish with :meth:`close`.
    """

    def __init__(self, conn: psycopg.AsyncConnection[Any]) -> None:
        self._pg = conn

    @classmethod
    async def connect(cls, url: str) -> SharedPace:
        """Open the pace's own connection to the database at ``url``.

        Raises:
            StorageError: the server cannot be reached.
        """
        return cls(await side_connection(url, "to share the send rate"))

    async def take(self, name: str, *, step: float, burst: int, queue: bool) -> tuple[bool, float]:
        """Take a slot on pace ``name``: ``(taken, seconds)``.

        Taken: wait ``seconds`` (0 or more) before sending. Not taken (only when ``queue`` is
        False and no slot is open now): a slot opens in about ``seconds``; try again then.

        Args:
            name: the pace (``overall``, ``chat:<id>``).
            step: seconds between sends at the pace's rate.
            burst: sends allowed at once.
            queue: take the next slot however far ahead it is.
        """
        values = {"name": name, "step": step, "ahead": burst * step, "queue": queue}
        cursor = await self._pg.execute(_TAKE, values)
        row = await cursor.fetchone()
        if row is None:  # the row was made by another worker between the two reads
            return False, 0.0
        return bool(row[0]), max(0.0, float(row[1]))

    async def close(self) -> None:
        await self._pg.close()
