"""A wrong HEARME_DATA_KEY is refused before anything is written under it.

The database keeps a check value of its key (never the key). `hearme run`, imports and every
command that opens the database with a key refuse a different one, saying what to do; an
erased child therefore cannot come back through an import run with the wrong key. A database
from before the check adopts a key only when the key reads the words already stored.
"""

from __future__ import annotations

import os
from pathlib import Path

import aiosqlite
import pytest

from storage.crypto import Cipher, create_key_file, load_cipher
from storage.db import Database, migrate
from storage.keycheck import WrongKeyError
from tests.storage.conftest import NOW, Cli, add_child, add_run_with_words, write_csv
from tests.support.postgres import connect

BEFORE_KEY_CHECKS = 5  # the schema version before migration 0006 added data_key_check


def _rows(path: Path | str, sql: str) -> list[tuple[object, ...]]:
    with connect(path) as conn:
        return conn.execute(sql).fetchall()


def _council_with_an_erased_child(cli: Cli, tmp_path: Path, *, backup: Path | None = None) -> Path:
    """C0042 imported (and backed up to ``backup``), then erased; returns the children file."""
    assert cli("init").returncode == 0
    staff = write_csv(tmp_path / "staff.csv", "staff_ref,name,role\nIRO01,Sam Iro,iro")
    kids = write_csv(
        tmp_path / "children.csv",
        "child_ref,first_name,date_of_birth,iro_ref\nC0042,Robin,2012-05-01,IRO01",
    )
    assert cli("import", "staff", str(staff)).returncode == 0
    assert cli("import", "children", str(kids)).returncode == 0
    if backup is not None:
        assert cli("backup", str(backup)).returncode == 0
    erased = cli("child", "erase", "C0042", "--yes")
    assert erased.returncode == 0, erased.stderr
    return kids


def _wrong_key(cli: Cli, tmp_path: Path) -> Cli:
    """The same database with a freshly made key from another folder."""
    wrong_key = tmp_path / "elsewhere" / "wrong.key"
    create_key_file(wrong_key)
    return Cli(cli.db, wrong_key)


async def test_the_database_keeps_a_check_value_and_refuses_another_key(
    tmp_path: Path, cipher: Cipher, key_file: Path
) -> None:
    path = tmp_path / "hearme.db"
    db = await Database.open(path, cipher=cipher)
    child = await add_child(db)
    await db.close()
    [(stored,)] = _rows(path, "SELECT check_value FROM data_key_check")
    assert stored == cipher.check_value()
    key_hex = key_file.read_text().strip()
    assert key_hex not in str(stored) and bytes.fromhex(key_hex) not in path.read_bytes()

    other = Cipher(os.urandom(32))
    with pytest.raises(WrongKeyError, match="not the key this database was written with"):
        await Database.open(path, cipher=other)
    before = _rows(path, "SELECT * FROM children")
    db = await Database.open(path, cipher=cipher)  # the right key still opens it
    try:
        await add_run_with_words(db, child, "the right key wrote this")
    finally:
        await db.close()
    assert _rows(path, "SELECT * FROM children") == before


def test_run_and_import_refuse_a_different_key_and_an_erased_child_stays_erased(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kids = _council_with_an_erased_child(cli, tmp_path)
    wrong = _wrong_key(cli, tmp_path)
    imported = wrong("import", "children", str(kids))
    assert imported.returncode != 0
    assert "HEARME_DATA_KEY" in imported.stderr and "hearme init" in imported.stderr
    assert _rows(cli.db, "SELECT child_ref FROM children") == [("erased-1",)]

    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:9/bot")  # never reached
    started = wrong("run", "--no-web")
    assert started.returncode != 0
    assert "not the key this database was written with" in started.stderr
    assert "Telegram bot" not in started.stdout

    right = cli("import", "children", str(kids))
    assert right.returncode != 0 and "was erased on" in right.stderr


def test_init_without_its_key_writes_no_new_key_the_database_would_refuse(
    cli: Cli, tmp_path: Path
) -> None:
    # A council set up, with children but no answers yet: nothing for a new key to misread,
    # but the database already has its key.
    _council_with_an_erased_child(cli, tmp_path)
    right_key = cli.key.read_bytes()
    [(check,)] = _rows(cli.db, "SELECT check_value FROM data_key_check")
    cli.key.unlink()

    refused = cli("init")
    assert refused.returncode != 0
    assert not cli.key.exists()
    said = " ".join(refused.stderr.split())
    assert f"there is no data key at {cli.key}" in said
    assert "Set HEARME_DATA_KEY to the key file `hearme init` created" in said
    assert "Nothing was written: no key file, no change to the database." in said
    assert "Created the data key" not in refused.stdout
    assert _rows(cli.db, "SELECT check_value FROM data_key_check") == [(check,)]

    # A wrong key file that is there is refused and left exactly as it was.
    wrong = _wrong_key(cli, tmp_path)
    wrong_key = wrong.key.read_bytes()
    refused = wrong("init")
    assert refused.returncode != 0
    assert "not the key this database was written with" in refused.stderr
    assert "set HEARME_DATA_KEY to the key file" in refused.stderr
    assert wrong.key.read_bytes() == wrong_key

    # The right key back where it was: init carries on as before.
    cli.key.write_bytes(right_key)
    again = cli("init")
    assert again.returncode == 0, again.stderr
    assert f"Using the data key at {cli.key}" in again.stdout


def test_init_makes_the_key_of_a_new_database(cli: Cli) -> None:
    created = cli("init")
    assert created.returncode == 0, created.stderr
    assert f"Created the data key at {cli.key}" in created.stdout
    [(check,)] = _rows(cli.db, "SELECT check_value FROM data_key_check")
    assert check == load_cipher(cli.key).check_value()


@pytest.mark.sqlite_file  # `hearme backup` and `restore` copy SQLite files
def test_restore_refuses_a_different_key_before_replacing_anything(
    cli: Cli, tmp_path: Path
) -> None:
    backup = tmp_path / "before-erasure.db"
    _council_with_an_erased_child(cli, tmp_path, backup=backup)
    refused = _wrong_key(cli, tmp_path)("restore", str(backup), "--yes")
    assert refused.returncode != 0
    assert "not the key this database was written with" in refused.stderr
    # The erased child did not come back with the backup.
    assert _rows(cli.db, "SELECT child_ref, first_name FROM children") == [("erased-1", None)]


async def _legacy_database(path: Path, cipher: Cipher | None) -> None:
    """A database as hearme wrote it before key checks (schema 5), with words when given a key."""
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        await migrate(conn, up_to=BEFORE_KEY_CHECKS)
    if cipher is None:
        return
    db = await Database.open(path, cipher=cipher, migrate_schema=False)
    try:
        # The child as schema 5 held it: today's repositories write columns it did not have.
        async with db.transaction() as conn:
            await conn.execute(
                "INSERT INTO children (child_ref, first_name, date_of_birth, created_at, "
                "updated_at) VALUES ('C001', 'Ada', '2014-05-01', :at, :at)",
                {"at": NOW.isoformat()},
            )
        await add_run_with_words(db, 1, "words from before the check")
    finally:
        await db.close()


async def test_an_older_database_adopts_only_the_key_that_reads_its_words(
    tmp_path: Path, cipher: Cipher
) -> None:
    path = tmp_path / "legacy.db"
    await _legacy_database(path, cipher)
    with pytest.raises(WrongKeyError, match="cannot read 2 of the 2 stored pieces"):
        await Database.open(path, cipher=Cipher(os.urandom(32)))
    assert _rows(path, "PRAGMA user_version") == [(BEFORE_KEY_CHECKS,)], "nothing was changed"

    db = await Database.open(path, cipher=cipher)
    await db.close()
    assert _rows(path, "SELECT check_value FROM data_key_check") == [(cipher.check_value(),)]
    with pytest.raises(WrongKeyError, match="not the key"):
        await Database.open(path, cipher=Cipher(os.urandom(32)))


@pytest.mark.sqlite_file  # builds a schema-5 SQLite file
async def test_an_older_database_with_only_erasures_needs_the_key_confirmed(cli: Cli) -> None:
    await _legacy_database(cli.db, None)
    async with aiosqlite.connect(cli.db) as conn:
        await conn.execute(
            "INSERT INTO erased_refs (ref_hash, erased_at) VALUES ('ab12', ?)", (NOW.isoformat(),)
        )
        await conn.commit()
    create_key_file(cli.key)
    refused = cli("init")
    assert refused.returncode != 0 and "hearme init --adopt-key" in refused.stderr
    assert _rows(cli.db, "PRAGMA user_version") == [(BEFORE_KEY_CHECKS,)]
    adopted = cli("init", "--adopt-key")
    assert adopted.returncode == 0, adopted.stderr
    check = load_cipher(cli.key).check_value()
    assert _rows(cli.db, "SELECT check_value FROM data_key_check") == [(check,)]
    assert cli("init").returncode == 0
