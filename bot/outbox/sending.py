"""Sending the due outbox rows side by side, each chat's rows still one after another.

One row at a time leaves the Bot API idle while a row waits for its commits and its replies,
so a campaign could never reach Telegram's rate. :func:`send_due` keeps up to ``concurrent``
rows going at once and fetches more as places free up, for at most ``budget`` seconds, so the
job that calls it still escalates alerts and plans reviews every few seconds. The pace itself
is the rate limiter's business (``bot.outbox.send_pacing``); this only keeps it fed.

Each row is still claimed in its own transaction before anything is sent and marked after
(``bot.outbox.scheduler.send_row``), so running rows side by side never sends one twice. Rows for
the same child (or, without a child, the same chat) go one after another, so two offers to one
child never interleave their messages.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime

from bot.outbox import aftercare
from bot.services import Services
from storage import outbox_claims
from storage.outbox import OutboxRow

log = logging.getLogger(__name__)

SendRow = Callable[[OutboxRow], Awaitable[str]]
# Rows fetched at a time; a few more than can be in flight, so places never wait for a read.
FETCH = 50


def order_key(row: OutboxRow) -> tuple[str, int]:
    """What a row must not overlap with: its child's other rows, else its chat's, else none.

    Pure.
    """
    if row.child_id is not None:
        return ("child", row.child_id)
    if row.chat_id is not None:
        return ("chat", row.chat_id)
    return ("row", row.id)


class _Lanes:
    """One lock per child or chat with rows in flight; a lock goes when its lane is empty."""

    def __init__(self) -> None:
        self._locks: dict[tuple[str, int], tuple[asyncio.Lock, int]] = {}

    async def run(self, key: tuple[str, int], work: Callable[[], Awaitable[str]]) -> str:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                return await work()
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)


async def send_due(
    services: Services,
    send: SendRow,
    *,
    now: datetime,
    concurrent: int,
    budget: float,
) -> dict[str, int]:
    """Send every row due at ``now``, up to ``concurrent`` at once, starting new ones for at
    most ``budget`` seconds; returns how many rows ended in each status.

    Args:
        services: the database and settings.
        send: sends one row and returns its new status (``bot.outbox.scheduler.send_row``).
        now: the tick's moment: rows due by then are sent.
        concurrent: rows in flight at once.
        budget: seconds after which no new row is started (those in flight finish).
    """
    until = time.monotonic() + budget
    places = asyncio.Semaphore(concurrent)
    lanes = _Lanes()
    running: set[asyncio.Task[None]] = set()
    tried: set[int] = set()
    outcomes: dict[str, int] = {}

    async def one(row: OutboxRow) -> None:
        try:
            status = await lanes.run(order_key(row), lambda: send(row))
        except Exception as error:  # a bad row must not stop the others
            log.error("outbox row %d failed: %s", row.id, type(error).__name__)
            status = "error"
        finally:
            places.release()
        outcomes[status] = outcomes.get(status, 0) + 1

    try:
        while time.monotonic() < until:
            # Rows started but not yet claimed are still pending: ask for that many more.
            # Several workers on PostgreSQL: each gets rows of its own (storage.outbox_claims).
            due = await outbox_claims.reserve_due(
                services.db, now=now, limit=FETCH + len(running), first=aftercare.KINDS
            )
            fresh = [row for row in due if row.id not in tried]
            if not fresh:
                break
            for row in fresh:
                await places.acquire()
                tried.add(row.id)
                task = asyncio.create_task(one(row))
                running.add(task)
                task.add_done_callback(running.discard)
                if time.monotonic() >= until:
                    break
    finally:
        if running:
            await asyncio.gather(*running, return_exceptions=True)
    return outcomes
