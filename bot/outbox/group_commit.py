"""Group commit: many small pieces of work that arrive together share one transaction.

Every commit waits for the disk (``synchronous=FULL``), and while it does, everything else that
wants the one writer waits too. When the scheduler sends a campaign, dozens of rows are claimed
and marked at the same moment; :class:`GroupCommit` runs the pieces that are waiting in one
``BEGIN IMMEDIATE … COMMIT``, so the disk is waited for once per group instead of once per row.

Each piece stays all-or-nothing: if any piece of a group raises, the whole group is rolled back
and every piece is run again in a transaction of its own, so one bad row never takes the
others with it. A piece must therefore only write through the connection it is given (and may
be run twice, the first run leaving no trace). Answers never go through here: a child's turn
is a short transaction of its own. A group is one short transaction too
(:mod:`storage.shared_commits`), so it may share its commit with turns queued beside it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import aiosqlite

from storage.db import Database

T = TypeVar("T")
Piece = Callable[[aiosqlite.Connection], Awaitable[T]]
# Pieces in one transaction at most, so the writer is never held long (children's answers
# wait for it too).
MOST = 16


class GroupCommit(Generic[T]):
    """Runs pieces of work on ``db``'s writer, those that arrive together in one transaction.

    Args:
        db: the database.
        most: pieces in one transaction at most (1: each its own transaction).
    """

    def __init__(self, db: Database, *, most: int = MOST) -> None:
        if most < 1:
            raise ValueError("a group holds at least one piece")
        self._db = db
        self._most = most
        self._waiting: list[tuple[Piece[T], asyncio.Future[T]]] = []
        self._turn = asyncio.Lock()
        self.transactions = 0

    async def run(self, piece: Piece[T]) -> T:
        """Run ``piece`` inside a transaction and return what it returned, once committed.

        Raises:
            Exception: what ``piece`` raised when run alone (nothing of it was committed).
        """
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._waiting.append((piece, future))
        # Turns are first come, first served, so by the time this caller has its turn every
        # earlier piece is done and this one is at the front of the queue.
        async with self._turn:
            if not future.done():
                group = self._waiting[: self._most]
                del self._waiting[: self._most]
                await self._commit(group)
        return await future

    async def _commit(self, group: list[tuple[Piece[T], asyncio.Future[T]]]) -> None:
        try:
            try:
                results = await self._together(group)
            except Exception as error:
                if len(group) == 1:
                    group[0][1].set_exception(error)
                    return
                await self._alone(group)
                return
            for (_, future), result in zip(group, results, strict=True):
                future.set_result(result)
        finally:
            for _, future in group:
                if not future.done():  # interrupted (cancelled): nobody may wait for ever
                    future.set_exception(RuntimeError("the transaction was interrupted"))

    async def _together(self, group: list[tuple[Piece[T], Any]]) -> list[T]:
        self.transactions += 1
        async with self._db.transaction(short=True) as conn:
            return [await piece(conn) for piece, _ in group]

    async def _alone(self, group: list[tuple[Piece[T], asyncio.Future[T]]]) -> None:
        for piece, future in group:
            try:
                result = (await self._together([(piece, future)]))[0]
            except Exception as error:
                future.set_exception(error)
            else:
                future.set_result(result)


async def write(db: Database, commits: GroupCommit[Any] | None, piece: Piece[T]) -> T:
    """Run ``piece`` in a transaction: a shared one when ``commits`` is given, else its own."""
    if commits is not None:
        result: T = await commits.run(piece)
        return result
    async with db.transaction() as conn:
        return await piece(conn)
