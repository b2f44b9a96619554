"""Short transactions: a child's turn, an outbox row's claim; those that queue up share a commit.

A short transaction is the unit hearme must never lose half of: a turn (the update claimed,
the answer, the run's new state, any alert) or an outbox row's claim or mark. Each used to be
a ``BEGIN IMMEDIATE … COMMIT`` of its own, and while its commit waited for the disk
(``synchronous=FULL``), every other chat waited for the one writer. Here:

* the statements run without a hand-over to the database's thread
  (:class:`storage.writer.WriterConnection`), so the writer is held for little more than
  SQLite's own work;
* the short transactions that queued up meanwhile run one after another inside ONE
  transaction, each in a savepoint of its own, and the last of them commits for all: the disk
  is waited for once per group (issue 20).

Each short transaction stays all-or-nothing and durable before its caller goes on: one that
raises is rolled back to its savepoint (the others in the group keep their work), and leaving
the ``async with`` block waits until the group's commit is on disk, so an answer is committed
before the next question is sent. When the commit itself fails, every member of the group
gets the error and nothing of the group is kept, as when its own commit failed.

The same works on PostgreSQL: savepoints are SQL, and ``BEGIN IMMEDIATE`` takes the
fleet-wide writer lock there (:mod:`storage.postgres`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import aiosqlite

from storage.writer import WriterConnection

# Short transactions in one commit at most: a group's first member waits for the last one's
# work before its commit, so a group is kept small enough never to keep a child waiting.
MOST = 32
_SAVEPOINT = "hearme_short"


@dataclass
class _Group:
    """One open transaction and the short transactions done in it so far."""

    committed: asyncio.Future[None]
    members: int = 0


class SharedCommits:
    """Short transactions on the one writer, sharing a commit when they queue up together.

    Args:
        writer: the writer connection (a :class:`~storage.writer.WriterConnection` on SQLite,
            a PostgreSQL one otherwise).
        lock: the database's writer lock, which every transaction on ``writer`` holds.
        most: short transactions in one commit at most.
    """

    def __init__(
        self, writer: aiosqlite.Connection, lock: asyncio.Lock, *, most: int = MOST
    ) -> None:
        if most < 1:
            raise ValueError("a commit holds at least one transaction")
        self._writer = writer
        self._lock = lock
        self._most = most
        self._queued = 0  # short transactions waiting for the lock
        self._open: _Group | None = None
        self.commits = 0  # how many commits short transactions have had

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """A short transaction; committed (perhaps with others) before the block is left."""
        self._queued += 1
        try:
            await self._lock.acquire()
        finally:
            self._queued -= 1
        try:
            group = self._open
            if group is None:
                await self._begin()
                group = self._open = _Group(asyncio.get_running_loop().create_future())
            # The first member needs no savepoint: on an error the whole transaction goes.
            alone = group.members == 0
            # The savepoint and its release run on this thread too, as the turn's statements:
            # inside the open transaction they never wait, and a hand-over each to the
            # database's thread cost a joining turn more than its own statements (issue 20).
            self._inline(True)
            if not alone:
                await self._writer.execute(f"SAVEPOINT {_SAVEPOINT}")
            try:
                yield self._writer
            except BaseException:
                self._inline(False)
                await self._undo(group, alone)
                raise
            try:
                if not alone:
                    await self._writer.execute(f"RELEASE SAVEPOINT {_SAVEPOINT}")
            finally:
                self._inline(False)
            group.members += 1
            await self._commit_unless_joined(group)
        finally:
            self._lock.release()
        await self._committed(group)

    async def finish(self) -> None:
        """Commit the open group, if any; the caller holds the writer lock.

        Any other use of the writer (a long transaction, a migration, closing) calls this
        first, so it never runs inside a group's transaction.
        """
        if self._open is not None:
            await self._commit(self._open)

    async def _begin(self) -> None:
        # Without a hand-over when the write lock is free: a turn then has one, its commit.
        writer = self._writer
        if not (isinstance(writer, WriterConnection) and writer.begin_here()):
            await writer.execute("BEGIN IMMEDIATE")

    def _inline(self, on: bool) -> None:
        if isinstance(self._writer, WriterConnection):
            self._writer.run_inline(on)

    async def _undo(self, group: _Group, alone: bool) -> None:
        if alone:
            # Nothing of anyone else is in the transaction: roll it all back and start afresh.
            self._open = None
            await self._writer.rollback()
            if not group.committed.done():
                group.committed.set_result(None)
            return
        await self._writer.execute(f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}")
        await self._writer.execute(f"RELEASE SAVEPOINT {_SAVEPOINT}")
        # The others' work in the group is committed as if this one had not been there.
        await self._commit_unless_joined(group)

    async def _commit_unless_joined(self, group: _Group) -> None:
        # Others queued behind this one join the group, and the last of them commits it.
        if self._queued == 0 or group.members >= self._most:
            await self._commit(group)

    async def _commit(self, group: _Group) -> None:
        self._open = None  # nobody joins a group once its commit has begun
        self.commits += 1
        done = asyncio.ensure_future(self._write_out(group))
        try:
            await asyncio.shield(done)
        except asyncio.CancelledError:
            # The commit goes on without this caller; the writer is not let go before it is
            # finished, so no statement meets the connection half-way through a commit.
            await asyncio.wait({done})
            raise

    async def _write_out(self, group: _Group) -> None:
        try:
            await self._writer.commit()
        except BaseException as error:
            try:
                await self._writer.rollback()
            finally:
                group.committed.set_exception(error)
        else:
            group.committed.set_result(None)

    async def _committed(self, group: _Group) -> None:
        """Wait until ``group`` is committed; commit it when nobody else will.

        A member that left the group open queues for the writer once more, behind everyone
        who was waiting when it let go: they join the group, and if the group is still open
        when this member's turn comes (the last of them was cancelled, say), it commits it.
        """
        while not group.committed.done():
            async with self._lock:
                if self._open is group:
                    await self._commit(group)
        await group.committed
