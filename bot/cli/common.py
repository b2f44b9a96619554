"""What every command shares: the council's settings, where the database and key are, and
opening them."""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import click

from bot.config import DB_ENV, LoadedSettings, SettingsError, load_settings
from bot.settings import Settings
from storage.crypto import load_cipher
from storage.db import Database
from storage.errors import HearmeError
from storage.postgres import is_postgres_url


@functools.cache
def loaded_settings() -> LoadedSettings:
    """The settings file and environment, read once per command (``bot.config``).

    Every command takes its settings from here, so none can disagree with another; a mistake
    in them stops the command with the key to fix.
    """
    try:
        return load_settings()
    except SettingsError as error:
        raise click.ClickException(str(error)) from error


def council_settings() -> Settings:
    """The effective settings of this command (see :func:`loaded_settings`)."""
    return loaded_settings().settings


def db_path() -> Path:
    return Path(council_settings().db)


def db_target() -> Path | str:
    """``HEARME_DB`` as given: a file, or a ``postgresql://`` URL (kept a string)."""
    setting = council_settings().db
    return setting if is_postgres_url(setting) else Path(setting)


async def open_database(*, need_key: bool = True, migrate_schema: bool = False) -> Database:
    """Open the configured database, with the key when the command handles children's words.

    Errors become ``click.ClickException`` with what to do, so every command fails the same way.
    """
    path = db_target()
    if isinstance(path, Path) and not path.exists():
        raise click.ClickException(
            f"no database at {path}: run `hearme init` first (or set {DB_ENV})"
        )
    try:
        cipher = load_cipher(Path(council_settings().data_key)) if need_key else None
        return await Database.open(path, cipher=cipher, migrate_schema=migrate_schema)
    except HearmeError as error:
        raise click.ClickException(str(error)) from error


# SQLite keeps a database's recent writes and its locks in files beside it.
_DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")

force_option = click.option(
    "--force",
    is_flag=True,
    help="Replace an output file that already exists (never the database or the data key).",
)


def _protected() -> list[tuple[Path, str]]:
    """The files no output may ever replace, with what to call them in an error."""
    if is_postgres_url(council_settings().db):  # no file of ours: the server keeps it
        return [(Path(council_settings().data_key), "the data key (HEARME_DATA_KEY)")]
    database = db_path()
    found = [(database, f"the database ({DB_ENV})")]
    found += [
        (database.with_name(database.name + suffix), f"the database's {suffix[1:]} file")
        for suffix in _DATABASE_COMPANIONS
    ]
    return [*found, (Path(council_settings().data_key), "the data key (HEARME_DATA_KEY)")]


def _same_file(one: Path, other: Path) -> bool:
    # A symlink or a hard link reaches the same file under another name.
    if one.resolve() == other.resolve():
        return True
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def check_output(path: Path, *, force: bool, forceable: bool = True) -> None:
    """Refuse to write ``path`` when that would replace something it must not.

    Every command that writes a file (``--out``, ``--qr``) asks this first: the database, its
    WAL and shared-memory files and the data key are never replaced, and any other file that
    already exists only with ``--force`` (a command without that option passes
    ``forceable=False``, and is told only to choose another name).

    Raises:
        click.ClickException: saying which file, why, and what to do instead.
    """
    for protected, what in _protected():
        if _same_file(path, protected):
            raise click.ClickException(
                f"{path} is {what}: writing there would destroy it. Choose another file name."
            )
    if path.is_dir():
        raise click.ClickException(f"{path} is a folder: give a file name to write to.")
    if (path.exists() or path.is_symlink()) and not force:
        instead = ", or add --force to replace it" if forceable else ""
        raise click.ClickException(f"{path} already exists: choose another file name{instead}.")


def write_private(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write a file only its owner may read (0600): it holds names or children's words.

    The file is created with mode 0600 from the start, so it is never readable by others, not
    even for a moment. See :func:`check_output` for what may be replaced.

    Raises:
        click.ClickException: ``path`` must not be written (see :func:`check_output`).
    """
    check_output(path, force=force)
    if force:
        # Replaced rather than rewritten, so an old file's wider mode cannot linger.
        path.unlink(missing_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as error:  # appeared since the check: still never replaced
        raise click.ClickException(
            f"{path} already exists: choose another file name, or add --force to replace it."
        ) from error
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


# Who the audit log names for what an administrator does at the command line.
ACTOR = "cli"
T = TypeVar("T")


def utc_now() -> datetime:
    """The moment now, in UTC (admin commands have no injected clock)."""
    return datetime.now(UTC)


def run_async(work: Awaitable[T]) -> T:
    """Run a command's async work; storage and key errors become clear command errors."""
    return asyncio.run(_friendly(work))


async def _friendly(work: Awaitable[T]) -> T:
    try:
        return await work
    except HearmeError as error:
        raise click.ClickException(str(error)) from error


async def with_db(use: Callable[[Database], Awaitable[T]], *, need_key: bool) -> T:
    """Open the configured database (upgraded), hand it to ``use``, and close it."""
    # Admin commands bring the schema up to date first (as `hearme init` would): they rely on
    # the newest tables, such as the erased list.
    db = await open_database(need_key=need_key, migrate_schema=True)
    try:
        return await use(db)
    finally:
        await db.close()
