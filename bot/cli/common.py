"""What every command shares: the council's settings, where the database and key are, and
opening them."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import click

from bot.config import DB_ENV, LoadedSettings, SettingsError, load_settings
from bot.settings import Settings
from storage.crypto import DataKeyError, load_cipher
from storage.db import Database, StorageError


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


async def open_database(*, need_key: bool = True, migrate_schema: bool = False) -> Database:
    """Open the configured database, with the key when the command handles children's words.

    Errors become ``click.ClickException`` with what to do, so every command fails the same way.
    """
    path = db_path()
    if not path.exists():
        raise click.ClickException(
            f"no database at {path}: run `hearme init` first (or set {DB_ENV})"
        )
    try:
        cipher = load_cipher(Path(council_settings().data_key)) if need_key else None
        return await Database.open(path, cipher=cipher, migrate_schema=migrate_schema)
    except (DataKeyError, StorageError) as error:
        raise click.ClickException(str(error)) from error


def write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner may read (0600): it holds names or children's words.

    A file already there is replaced rather than rewritten, so its old mode cannot linger.
    """
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
