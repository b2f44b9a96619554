"""Backup and restore with SQLite's online backup API.

A backup is taken while the bot keeps writing: the copy is one consistent moment of the database
(in WAL mode a reader never blocks the writer). It is written to a temporary file, checked with
``PRAGMA integrity_check`` and only then renamed into place, so a half-written backup never
looks like a good one. Children's words stay encrypted in the copy; keep the key file apart.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from storage.db import StorageError, latest_version


class BackupError(StorageError):
    """A backup could not be taken or restored; the message says what to do."""


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds."""

    path: Path
    schema_version: int
    size_bytes: int


def _check(conn: sqlite3.Connection, name: str) -> int:
    """Integrity-check an open copy and return its schema version."""
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{name} is not a hearme database: {error}") from error
    if result != [("ok",)]:
        problems = "; ".join(str(row[0]) for row in result[:3])
        raise BackupError(f"{name} is damaged ({problems}): use another backup")
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version < 1:
        raise BackupError(f"{name} is not a hearme database (it has no hearme schema)")
    if version > latest_version():
        raise BackupError(
            f"{name} is from a newer hearme (schema {version}, this one knows {latest_version()}):"
            " upgrade hearme first"
        )
    return version


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup(source: Path, target: Path) -> BackupInfo:
    """Copy the live database at ``source`` to a new file ``target``.

    Raises:
        BackupError: the source is missing or damaged, or ``target`` already exists.
    """
    if not source.exists():
        raise BackupError(f"no database at {source}")
    if target.exists():
        raise BackupError(f"{target} already exists: choose a new file name for the backup")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    # The copy holds names and dates of birth: only its owner may read it.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        with closing(_connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            # All pages in one step: a step-wise copy restarts whenever the bot writes, and in
            # WAL mode holding one read snapshot for the copy does not hold the bot up.
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode = DELETE")
            version = _check(dst, "the new backup")
        _fsync(partial)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return BackupInfo(target, version, target.stat().st_size)


def inspect(path: Path) -> BackupInfo:
    """Check a backup file without changing it.

    Raises:
        BackupError: it is missing, damaged, not hearme's, or from a newer hearme.
    """
    if not path.is_file():
        raise BackupError(f"no backup file at {path}")
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        version = _check(conn, path.name)
    return BackupInfo(path, version, path.stat().st_size)


def erased_list(path: Path) -> dict[str, str]:
    """The erased list (``fingerprint -> erased_at``) of the database at ``path``, if any.

    Read before a restore replaces the file, so children erased after the backup was taken can
    be erased again in the restored copy.
    """
    if not path.exists():
        return {}
    with closing(_connect(path)) as conn:
        try:
            rows = conn.execute("SELECT ref_hash, erased_at FROM erased_refs").fetchall()
        except sqlite3.OperationalError:  # older than migration 0004: nothing recorded
            return {}
    return {str(row[0]): str(row[1]) for row in rows}


def restore(source: Path, target: Path, *, overwrite: bool) -> BackupInfo:
    """Replace the database at ``target`` with the backup ``source`` (stop the bot first).

    The backup is checked before anything is touched; the restored file is checked again.

    Raises:
        BackupError: the backup is not good, or ``target`` exists and ``overwrite`` is False.
    """
    info = inspect(source)
    if target.exists() and not overwrite:
        raise BackupError(
            f"{target} already exists: add --yes to replace it with {source.name} "
            "(everything written since that backup will be lost)"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    _private_before_copy(target)
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(_connect(target)) as dst,
    ):
        # Through the backup API rather than a file copy, so an existing WAL and its index are
        # replaced consistently instead of being replayed over the restored pages.
        src.backup(dst, pages=-1)
        dst.execute("PRAGMA journal_mode = WAL")
        _check(dst, str(target))
    return BackupInfo(target, info.schema_version, target.stat().st_size)


def _private_before_copy(target: Path) -> None:
    """Make ``target`` a file only its owner may read before a single page is copied into it.

    A new file is created with mode 0600 (never created readable and narrowed afterwards);
    an existing one, and any WAL or shared-memory file beside it, is narrowed first. SQLite
    gives the -wal and -shm files it creates the database file's mode.
    """
    if not target.exists():
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for path in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
        if path.exists():
            os.chmod(path, 0o600)
