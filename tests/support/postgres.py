"""A throwaway PostgreSQL cluster for the tests: Debian's server, a temp folder, a loopback port.

``initdb`` makes a new cluster in a temporary folder, ``pg_ctl`` starts it listening on
127.0.0.1 only (its socket in the same folder), and every test that asks gets a database of
its own, so tests never see each other's rows. Stopped and deleted at the end of the session.
Run as root (a CI container), the server runs as the ``postgres`` account Debian's package made,
because PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import asyncio
import atexit
import glob
import itertools
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import psycopg

from storage.pg_sql import translate

USER = "hearme"


def bin_dir() -> Path:
    """Where initdb and pg_ctl are: on PATH, or Debian's versioned folder."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not versions:
        raise RuntimeError(
            "PostgreSQL is not installed: run `make postgres` (Debian's postgresql package)"
        )
    return Path(versions[-1]).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """One running PostgreSQL server; :meth:`new_database` hands out empty databases."""

    def __init__(self) -> None:
        self._bin = bin_dir()
        self.folder = Path(tempfile.mkdtemp(prefix="hearme-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        self._numbers = itertools.count(1)
        self._template_ready = False

    def _run(self, args: Sequence[str]) -> None:
        command = [str(self._bin / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        if self._as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(
            [
                "initdb",
                "-D",
                str(self.data),
                "-U",
                USER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ]
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} "
            f"-c unix_socket_directories={self.folder} -c fsync=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            [
                "pg_ctl",
                "-D",
                str(self.data),
                "-l",
                str(self.folder / "server.log"),
                "-w",
                "-o",
                options,
                "start",
            ]
        )

    def url(self, database: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def new_database(self, *, migrated: bool = False) -> str:
        """A new database (C collation, as SQLite compares text); its URL.

        Empty, or with ``migrated`` a copy of one that hearme's migrations already ran on
        (they run once per session, not once per test).
        """
        template = "template0"
        if migrated:
            if not self._template_ready:
                self._make_template()
            template = "hearme_template"
        name = f"t{next(self._numbers)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(
                f"CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8' STRATEGY = FILE_COPY"
            )
        return self.url(name)

    def _make_template(self) -> None:
        from storage.db import Database

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute("CREATE DATABASE hearme_template TEMPLATE template0 ENCODING 'UTF8'")

        async def migrate() -> None:
            database = await Database.open(self.url("hearme_template"))
            await database.close()

        # Its own thread: the caller may be inside a running event loop.
        with ThreadPoolExecutor(1) as pool:
            pool.submit(asyncio.run, migrate()).result()
        self._template_ready = True

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            self._run(["pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


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
    with closing(sqlite3.connect(target)) as conn, conn:
        return [tuple(row) for row in conn.execute(sql, parameters)]


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
    with closing(sqlite3.connect(target)) as conn, conn:
        yield conn


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
