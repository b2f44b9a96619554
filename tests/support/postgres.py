"""PostgreSQL for the tests: the throwaway cluster (:mod:`hearme_dev.postgres`), and reading a
database straight, bypassing hearme, whichever engine it is on.

Every test that asks gets a database of its own, so tests never see each other's rows.
"""

from __future__ import annotations

import atexit
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import psycopg

from hearme_dev.postgres import Cluster, bin_dir
from storage.pg_sql import translate

__all__ = ["Cluster", "bin_dir", "connect", "query", "raw_bytes", "shared_database"]


def raw_bytes(url: str) -> bytes:
    """Every byte of the database's files on disk, after a checkpoint wrote them out.

    What a DPO checking the server's data folder would see (the test cluster's user owns it).
    """
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CHECKPOINT")
        row = conn.execute(
            "SELECT current_setting('data_directory'), oid FROM pg_database "
            "WHERE datname = current_database()"
        ).fetchone()
    assert row is not None
    folder = Path(row[0]) / "base" / str(row[1])
    return b"".join(path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file())


def query(target: Path | str, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]:
    """Rows of one statement straight from the database, bypassing hearme: a file or a URL.

    The statement is SQLite's; on PostgreSQL it is said as hearme's storage says it.
    """
    if isinstance(target, str):
        with psycopg.connect(target, autocommit=True) as conn:
            cursor = conn.execute(translate(sql), list(parameters))
            return [tuple(row) for row in cursor] if cursor.description else []
    with closing(sqlite3.connect(target)) as lite, lite:
        return [tuple(row) for row in lite.execute(sql, parameters)]


class _Translated:
    """A psycopg connection taking SQLite's SQL, as ``sqlite3.Connection.execute`` does."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn

    def execute(self, sql: str, parameters: Sequence[object] = ()) -> psycopg.Cursor[Any]:
        return self._conn.execute(translate(sql), list(parameters))


@contextmanager
def connect(target: Path | str) -> Iterator[sqlite3.Connection | _Translated]:
    """``sqlite3.connect(target)`` for a file; for a URL, the same calls on PostgreSQL.

    Like sqlite3's connection as a context manager, what was changed is committed at the end.
    """
    if isinstance(target, str):
        with psycopg.connect(target, autocommit=True) as conn:
            yield _Translated(conn)
        return
    with closing(sqlite3.connect(target)) as lite, lite:
        yield lite


ON_POSTGRES_ENV = "HEARME_TEST_POSTGRES"
_shared: Cluster | None = None


def shared_database() -> str | None:
    """With ``HEARME_TEST_POSTGRES=1``, a new migrated database on one cluster per process (so
    the bot's tests can be run on PostgreSQL too); otherwise None (a file, as usual)."""
    global _shared
    if not os.environ.get(ON_POSTGRES_ENV):
        return None
    if _shared is None:
        _shared = Cluster()
        _shared.start()
        atexit.register(_shared.stop)
    return _shared.new_database(migrated=True)
