"""Rate-limit hits counted in the database, so every worker on one PostgreSQL sees the same limit.

The children's page and the staff app count attempts (link openings, posts, sign-ins) in
sliding windows. One worker keeps them in memory (``bot.channels.web.security.RateLimiter``);
behind a load balancer each worker would allow the whole limit again, so a guesser spreading
attempts over three workers would get three times as many. Here each hit is a ``rate_hits``
row, counted and added under a transaction lock on its key, so two workers counting the same
key at once wait for each other and never both take the last place.

Keys are kept as their sha256: they hold addresses and e-mail addresses, which the table has
no need to show.
"""

from __future__ import annotations

import hashlib
import time

from storage.db import Database
from storage.postgres import PgConnection, lock_key

# Hits older than this are forgotten by housekeeping whatever their window (the longest is 15
# minutes).
KEPT_SECONDS = 24 * 60 * 60


def _hashed(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


async def hit(
    db: Database, key: str, *, limit: int, window: float, now: float | None = None
) -> bool:
    """Count one hit for ``key``; False when ``limit`` hits are already in the last ``window``
    seconds (the hit is then not counted).

    Args:
        db: the database every worker shares.
        key: what is limited (a step and an address, a session, an account).
        limit: hits allowed in one window.
        window: the window, in seconds.
        now: the moment, in seconds since 1970 (the wall clock when None).
    """
    moment = time.time() if now is None else now
    hashed = _hashed(key)
    async with db.transaction(fleet_lock=False) as conn:
        if isinstance(conn, PgConnection):
            await conn.raw.execute(
                "SELECT pg_advisory_xact_lock(%s)", (lock_key(f"rate:{hashed}"),)
            )
        await conn.execute(
            "DELETE FROM rate_hits WHERE key = ? AND at <= ?", (hashed, moment - window)
        )
        async with conn.execute("SELECT COUNT(*) FROM rate_hits WHERE key = ?", (hashed,)) as cur:
            row = await cur.fetchone()
        if row is not None and int(row[0]) >= limit:
            return False
        await conn.execute("INSERT INTO rate_hits (key, at) VALUES (?, ?)", (hashed, moment))
    return True


async def forget_old(db: Database, *, now: float | None = None) -> int:
    """Drop hits older than :data:`KEPT_SECONDS` (keys nobody has tried for a day)."""
    moment = time.time() if now is None else now
    async with db.transaction() as conn:
        cursor = await conn.execute("DELETE FROM rate_hits WHERE at < ?", (moment - KEPT_SECONDS,))
    return cursor.rowcount
