"""A throwaway PostgreSQL cluster: Debian's server, a temp folder, a loopback port.

The tests and ``make bench`` both start one. ``initdb`` makes a new cluster in a temporary
folder, ``pg_ctl`` starts it listening on 127.0.0.1 only (its socket in the same folder), and
whoever asks gets a database of its own, so tests never see each other's rows. Stopped and
deleted when done. Run as root (a CI container), the server runs as the ``postgres`` account
Debian's package made, because PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import asyncio
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import psycopg

from hearme_dev.ports import free_port
from storage.db import Database

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


class Cluster:
    """One running PostgreSQL server; :meth:`new_database` hands out empty databases."""

    def __init__(self) -> None:
        self._bin = bin_dir()
        self.folder = Path(tempfile.mkdtemp(prefix="hearme-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
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


@contextmanager
def running() -> Iterator[Cluster]:
    """A started cluster, stopped and deleted when the block ends (however it ends)."""
    cluster = Cluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
