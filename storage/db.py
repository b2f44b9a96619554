"""The database: one writer connection behind a lock, one reader, migrations on opening
(:mod:`storage.migrating`).

Every change goes through :meth:`Database.transaction`, which takes an ``asyncio.Lock`` and runs
``BEGIN IMMEDIATE … COMMIT`` on the single writer connection, so two coroutines can never
interleave their statements. A short transaction (a child's turn, an outbox row's claim) runs
its statements without a hand-over to the database's thread and may share its commit with
others queued behind it (:mod:`storage.shared_commits`). Reports read through
:meth:`Database.reader`, a second connection that sees only committed data (WAL) and never
blocks the writer.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from pathlib import Path

import aiosqlite

from storage import fleet, keycheck, postgres
from storage.crypto import Cipher
from storage.errors import StorageError as StorageError
from storage.migrating import AppliedMigration as AppliedMigration
from storage.migrating import EditedMigrationError as EditedMigrationError
from storage.migrating import NewerDatabaseError as NewerDatabaseError
from storage.migrating import applied_migrations as applied_migrations
from storage.migrating import checksum as checksum
from storage.migrating import latest_version as latest_version
from storage.migrating import migrate as migrate
from storage.migrating import migrations as migrations
from storage.migrating import verify_migrations as verify_migrations
from storage.reader import connect_reader
from storage.shared_commits import SharedCommits
from storage.writer import BUSY_TIMEOUT_MS, connect_writer

# aiosqlite logs every call at DEBUG with its arguments: the SQL parameters, which hold names,
# dates of birth and references. Capped however logging is set up, as bot.channels.telegram.app
# caps the chat
# libraries, so a debugging session never writes them to a log.
_DRIVER_LOGGER = "aiosqlite"
_DRIVER_LOG_FLOOR = logging.INFO


def keep_parameters_out_of_driver_logs() -> None:
    """Cap the aiosqlite logger below which it would log SQL parameters.

    The cap is the logger's own level, so turning the root logger (or a handler) up to DEBUG
    later does not lift it.
    """
    logger = logging.getLogger(_DRIVER_LOGGER)
    if logger.level < _DRIVER_LOG_FLOOR:  # NOTSET (0) included: it would follow the root
        logger.setLevel(_DRIVER_LOG_FLOOR)


async def _configure(conn: aiosqlite.Connection) -> None:
    await conn.execute("PRAGMA foreign_keys = ON")
    await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Answers are statutory records: FULL makes a commit durable across power loss too.
    await conn.execute("PRAGMA synchronous = FULL")
    # Erased words are overwritten with zeros rather than left in free pages.
    await conn.execute("PRAGMA secure_delete = ON")


def _create_private(path: Path) -> None:
    """Create an empty database file with mode 0600, unless one is there already."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


class Database:
    """An open hearme database. Create with :meth:`open`, finish with :meth:`close`."""

    def __init__(
        self,
        path: Path | None,
        writer: aiosqlite.Connection,
        reader_conn: aiosqlite.Connection,
        cipher: Cipher | None,
        *,
        url: str | None = None,
    ) -> None:
        self.path = path  # the SQLite file; None on PostgreSQL
        self.url = url  # the PostgreSQL server (HEARME_DB); None for a file
        self._writer = writer
        self._reader = reader_conn
        self._lock = asyncio.Lock()
        self._short = SharedCommits(writer, self._lock)
        self._cipher = cipher
        # PostgreSQL: a connection of its own for statements that take row locks only
        # (:meth:`row_locks`), opened when first asked for.
        self._rows: postgres.PgConnection | None = None
        self._rows_lock = asyncio.Lock()
        # This worker's name among several on one PostgreSQL database (storage.fleet); what it
        # claims in the outbox is recorded under it.
        self.worker = fleet.new_worker_name()

    @classmethod
    async def open(
        cls,
        path: Path | str,
        *,
        cipher: Cipher | None = None,
        migrate_schema: bool = True,
        trust_key: bool = False,
    ) -> Database:
        """Open (and by default create or upgrade) the database at ``path``.

        ``path`` may be a ``postgresql://`` URL instead of a file: the same schema and
        behaviour on a PostgreSQL server (``storage.postgres``).

        A new file is created readable by its owner only (0600): it holds names and dates of
        birth. SQLite gives its ``-wal`` and ``-shm`` files the database file's mode.

        With ``cipher``, the key must be the database's own (``storage.keycheck``): a different
        one is refused before anything is migrated or written, and a database without a check
        value yet adopts this key once it has shown it reads the stored words (``trust_key``:
        a person confirmed the key where there is nothing to read it against).

        Raises:
            storage.keycheck.WrongKeyError: ``cipher`` is not this database's key.
        """
        keep_parameters_out_of_driver_logs()
        url = str(path) if postgres.is_postgres_url(str(path)) else None
        writer: aiosqlite.Connection
        if url is None:
            path = Path(path)
            _create_private(path)
            writer = await connect_writer(path)
        else:
            writer = await postgres.connect(url)
        try:
            if url is None:
                writer.row_factory = aiosqlite.Row
                await writer.execute("PRAGMA journal_mode = WAL")
            await _configure(writer)
            if cipher is not None:
                await keycheck.verify(writer, cipher, trust=trust_key)
            if migrate_schema:
                await migrate(writer)
            else:
                await verify_migrations(writer)
            if cipher is not None:
                await keycheck.adopt(writer, cipher)
            reader_conn = await (
                postgres.connect(url) if url is not None else connect_reader(Path(path))
            )
        except BaseException:
            await writer.close()
            raise
        if url is None:
            reader_conn.row_factory = aiosqlite.Row
        await _configure(reader_conn)
        await reader_conn.execute("PRAGMA query_only = ON")
        if url is not None:
            database = cls(None, writer, reader_conn, cipher, url=url)
            await fleet.announce(writer, database.worker)
            return database
        return cls(Path(path), writer, reader_conn, cipher)

    @property
    def target(self) -> Path | str:
        """What ``HEARME_DB`` named: the file, or the PostgreSQL URL."""
        return self.url if self.url is not None else Path(self.path or "")

    @property
    def cipher(self) -> Cipher:
        """The key for children's words; a clear error when it was not given."""
        if self._cipher is None:
            raise StorageError(
                "children's words are encrypted and no key was given: set HEARME_DATA_KEY to "
                "the key file that `hearme init` created"
            )
        return self._cipher

    @property
    def has_cipher(self) -> bool:
        return self._cipher is not None

    @asynccontextmanager
    async def transaction(
        self, *, short: bool = False, fleet_lock: bool = True
    ) -> AsyncIterator[aiosqlite.Connection]:
        """``BEGIN IMMEDIATE … COMMIT`` on the one writer; rolls back on any exception.

        Args:
            short: a few quick statements that must be durable before the caller goes on (a
                child's turn, an outbox row's claim or mark): they run without a hand-over to
                the database's thread, and short transactions queued behind one another share
                one commit (:mod:`storage.shared_commits`). Still all-or-nothing, and committed
                before the block is left. Leave it False for long work (an import, an
                erasure), which would hold up the event loop.
            fleet_lock: False on PostgreSQL leaves out the lock every worker's writing
                transactions share (``storage.postgres``), for statements that are safe on row
                locks alone (``FOR UPDATE SKIP LOCKED``). A SQLite file always has one writer.
                A short transaction always takes it.
        """
        if short:
            if not fleet_lock:
                raise ValueError("a short transaction shares its commit, and so the writer lock")
            async with self._short.transaction() as conn:
                yield conn
            return
        begin = "BEGIN" if not fleet_lock and self.url is not None else "BEGIN IMMEDIATE"
        async with self._lock:
            await self._short.finish()
            await self._writer.execute(begin)
            try:
                yield self._writer
            except BaseException:
                await self._writer.rollback()
                raise
            else:
                await self._writer.commit()

    @asynccontextmanager
    async def row_locks(self) -> AsyncIterator[aiosqlite.Connection]:
        """A connection on which each statement commits on its own, queueing for nothing but
        the rows it changes.

        On PostgreSQL it is a connection of its own, beside the writer, without the lock every
        worker's writing transactions share: for one statement that is safe under row locks
        alone (``UPDATE … WHERE id = ? AND status = 'sending'``), which must not wait behind
        children's answers and other workers' groups. On a SQLite file, where one writer holds
        the file, the block is a short transaction like any other.
        """
        if self.url is None:
            async with self.transaction(short=True) as conn:
                yield conn
            return
        async with self._rows_lock:
            if self._rows is None:
                self._rows = await postgres.connect(self.url)
            yield self._rows

    async def schema_version(self) -> int:
        """The file's ``PRAGMA user_version``: how many migrations it has had."""
        async with self._reader.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def upgrade(self) -> tuple[int, int]:
        """Run any migrations not yet applied; returns ``(version_before, version_after)``.

        With a key, the upgraded file then records the key's check value if it had none.
        """
        async with self._lock:
            await self._short.finish()
            versions = await migrate(self._writer)
            if self._cipher is not None:
                await keycheck.adopt(self._writer, self._cipher)
            return versions

    async def compact(self, *, attempts: int = 20) -> None:
        """Leave no trace of deleted or overwritten words anywhere in the file.

        ``secure_delete`` zeroes freed cells, but old page images can still sit in the WAL and in
        free pages; a checkpoint, ``VACUUM`` and a truncating checkpoint remove them too.

        Raises:
            StorageError: another connection kept the WAL busy through every attempt.
        """
        async with self._lock:
            await self._short.finish()
            await self._checkpoint(attempts)
            await self._writer.execute("VACUUM")
            await self._checkpoint(attempts)

    async def _checkpoint(self, attempts: int) -> None:
        for _ in range(attempts):
            async with self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)") as cursor:
                row = await cursor.fetchone()
            if row is not None and row[0] == 0:
                return
            await asyncio.sleep(0.1)
        raise StorageError(
            "the database is busy (another program is reading it), so erased words may still "
            "be in its journal: stop the bot and run the command again"
        )

    @property
    def reader(self) -> aiosqlite.Connection:
        """A read-only connection for reports and look-ups outside a transaction."""
        return self._reader

    @property
    def shared_commits(self) -> int:
        """How many commits short transactions have had (fewer than short transactions when
        they shared them)."""
        return self._short.commits

    async def close(self) -> None:
        if not self._lock.locked():  # a group of short transactions left open is kept
            await self._short.finish()
        await self._reader.close()
        await self._writer.close()
        if self._rows is not None:
            await self._rows.close()
            self._rows = None
