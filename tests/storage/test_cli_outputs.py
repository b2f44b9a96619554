"""Files the commands write: never the database or the key, never an existing file without
--force, and never readable by anyone else, not even for a moment."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.cli import common
from storage import backup as backups
from tests.storage.conftest import Cli, write_csv

# On SQLite only: the database's own files and their companions.
pytestmark = pytest.mark.sqlite_file

STAFF = "staff_ref,name,role\nIRO01,Sam Iro,iro\n"
CHILDREN = "child_ref,first_name,date_of_birth,iro_ref\nC001,Ada,2012-05-01,IRO01\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def council(cli: Cli, tmp_path: Path) -> Cli:
    assert cli("init").returncode == 0
    assert cli("import", "staff", str(write_csv(tmp_path / "staff.csv", STAFF))).returncode == 0
    done = cli("import", "children", str(write_csv(tmp_path / "children.csv", CHILDREN)))
    assert done.returncode == 0, done.stderr
    return cli


# Each command that writes one named file, with the option naming it.
WRITERS: list[tuple[str, ...]] = [
    ("report", "participation", "--format", "json", "--out"),
    ("views", "C001", "--out"),
    ("invite", "C001", "--web", "--qr"),
]


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: c[0])
def test_out_never_replaces_the_database_its_companions_or_the_key(
    council: Cli, tmp_path: Path, command: tuple[str, ...]
) -> None:
    wal = council.db.with_name(council.db.name + "-wal")
    wal.write_bytes(b"pretend unflushed writes")  # as if the bot were running
    link = tmp_path / "innocent.html"
    link.symlink_to(council.db)
    before = {path: digest(path) for path in (council.db, council.key, wal)}
    for target, said in (
        (council.db, "is the database (HEARME_DB)"),
        (wal, "is the database's wal file"),
        (council.db.with_name(council.db.name + "-shm"), "is the database's shm file"),
        (council.key, "is the data key (HEARME_DATA_KEY)"),
        (link, "is the database (HEARME_DB)"),
    ):
        for force in ((), ("--force",)):
            done = council(*command, str(target), *force)
            assert done.returncode != 0, (target, force)
            assert said in done.stderr and "Choose another file name" in done.stderr
    assert {path: digest(path) for path in before} == before
    with sqlite3.connect(council.db) as conn:
        assert conn.execute("SELECT count(*) FROM children").fetchone() == (1,)


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: c[0])
def test_out_replaces_an_existing_file_only_with_force(
    council: Cli, tmp_path: Path, command: tuple[str, ...]
) -> None:
    existing = tmp_path / "precious.out"
    existing.write_text("the only copy of something")
    os.chmod(existing, 0o644)
    refused = council(*command, str(existing))
    assert refused.returncode != 0
    assert f"{existing} already exists" in refused.stderr and "--force" in refused.stderr
    assert existing.read_text() == "the only copy of something"

    done = council(*command, str(existing), "--force")
    assert done.returncode == 0, done.stderr
    assert existing.read_text(errors="replace") != "the only copy of something"
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600
    fresh = tmp_path / "fresh.out"
    done = council(*command, str(fresh))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600


def test_child_export_refuses_existing_files_and_the_database(council: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "C001.html").write_text("last year's export")
    refused = council("child", "export", "C001", "--out", str(folder))
    assert refused.returncode != 0 and "C001.html already exists" in refused.stderr
    assert not (folder / "C001.json").exists()
    assert (folder / "C001.html").read_text() == "last year's export"
    (folder / "C001.html").unlink()
    (folder / "C001.json").symlink_to(council.key)
    key = digest(council.key)
    refused = council("child", "export", "C001", "--out", str(folder), "--force")
    assert refused.returncode != 0 and "is the data key" in refused.stderr
    assert digest(council.key) == key
    (folder / "C001.json").unlink()
    (folder / "C001.html").write_text("last year's export")
    done = council("child", "export", "C001", "--out", str(folder), "--force")
    assert done.returncode == 0, done.stderr
    assert "Ada" in (folder / "C001.html").read_text()


def test_demo_never_writes_over_the_database_and_needs_force_for_a_used_folder(
    council: Cli, tmp_path: Path
) -> None:
    # Refused before anything is played, so these runs take a moment.
    done = council("demo", "--out", str(tmp_path), "--force")
    assert done.returncode != 0 and "is the database (HEARME_DB)" in done.stderr
    used = tmp_path / "notes"
    used.mkdir()
    (used / "minutes.txt").write_text("not a demo")
    done = council("demo", "--out", str(used))
    assert done.returncode != 0
    assert "not from a previous demo" in done.stderr and "--force" in done.stderr
    assert (used / "minutes.txt").read_text() == "not a demo"


@pytest.fixture
def open_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, int, int]]]:
    """Every ``os.open`` call as ``(path, flags, mode)``, with a umask that hides nothing."""
    calls: list[tuple[str, int, int]] = []
    real_open = os.open

    def spy(path: Any, flags: int, mode: int = 0o777, *args: Any, **kwargs: Any) -> int:
        calls.append((str(path), flags, mode))
        return real_open(path, flags, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    old = os.umask(0)  # a file created without an explicit mode would be world-readable
    try:
        yield calls
    finally:
        os.umask(old)


def test_written_files_are_created_0600_not_narrowed_afterwards(
    tmp_path: Path, open_calls: list[tuple[str, int, int]]
) -> None:
    target = tmp_path / "card.png"
    common.write_private(target, b"\x89PNG")
    created = [c for c in open_calls if c[0] == str(target) and c[1] & os.O_CREAT]
    assert created and all(mode == 0o600 and flags & os.O_EXCL for _, flags, mode in created)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_restore_creates_the_database_0600_before_any_page_is_copied(
    cli: Cli,
    tmp_path: Path,
    open_calls: list[tuple[str, int, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert cli("init").returncode == 0
    copy = tmp_path / "copy.db"
    assert cli("backup", str(copy)).returncode == 0
    target = tmp_path / "restored" / "hearme.db"
    modes_when_opened: list[int] = []
    real_connect: Callable[..., sqlite3.Connection] = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if str(database) == str(target):
            # The moment SQLite opens it, before a page of the backup is in it.
            modes_when_opened.append(stat.S_IMODE(os.stat(target).st_mode))
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(backups.sqlite3, "connect", connect)
    backups.restore(copy, target, overwrite=False)
    assert modes_when_opened == [0o600]
    created = [c for c in open_calls if c[0] == str(target) and c[1] & os.O_CREAT]
    assert created and all(mode == 0o600 for _, _, mode in created)
    for path in (target, target.with_name("hearme.db-wal"), target.with_name("hearme.db-shm")):
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_backup_never_writes_beside_the_database_as_its_journal(council: Cli) -> None:
    shm = council.db.with_name(council.db.name + "-shm")
    shm.unlink(missing_ok=True)  # not there while nothing has the database open
    done = council("backup", str(shm))
    assert done.returncode != 0 and "is the database's shm file" in done.stderr
    assert not shm.exists()
    done = council("backup", str(council.key))
    assert done.returncode != 0 and "is the data key" in done.stderr
    existing = council.db.with_name("old-backup.db")
    existing.write_text("keep me")
    done = council("backup", str(existing))
    assert done.returncode != 0
    assert "already exists: choose another file name." in done.stderr
    assert "--force" not in done.stderr and existing.read_text() == "keep me"
