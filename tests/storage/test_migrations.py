"""Schema migrations and `hearme init`: from empty, from every earlier version, never backwards."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import aiosqlite
import pytest

from storage.db import Database, NewerDatabaseError, latest_version, migrate
from tests.storage.conftest import Cli


def _schema(path: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return {
            (row[0], row[1])
            for row in conn.execute(
                "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        }


@pytest.mark.parametrize("start", range(latest_version()))
async def test_upgrades_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    fresh = tmp_path / "fresh.db"
    await (await Database.open(fresh)).close()
    old = tmp_path / "old.db"
    async with aiosqlite.connect(old, isolation_level=None) as conn:
        assert await migrate(conn, up_to=start) == (0, start)
        assert await migrate(conn) == (start, latest_version())
        assert await migrate(conn) == (latest_version(), latest_version())
    assert _schema(old) == _schema(fresh)
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (latest_version(),)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


async def test_a_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    with pytest.raises(NewerDatabaseError, match="upgrade hearme"):
        await Database.open(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (latest_version() + 1,)
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)


def test_init_creates_database_and_private_key_and_says_where(cli: Cli) -> None:
    first = cli("init")
    assert first.returncode == 0, first.stderr
    assert f"Created the database {cli.db} (schema version {latest_version()})" in first.stdout
    assert f"Created the data key at {cli.key}" in first.stdout
    assert stat.S_IMODE(cli.key.stat().st_mode) == 0o600
    key = cli.key.read_text()
    again = cli("init")
    assert again.returncode == 0, again.stderr
    assert "up to date" in again.stdout and f"Using the data key at {cli.key}" in again.stdout
    assert cli.key.read_text() == key
    with sqlite3.connect(cli.db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_init_upgrades_an_older_database(cli: Cli) -> None:
    with sqlite3.connect(cli.db) as conn:
        conn.execute("PRAGMA user_version = 0")
    result = cli("init")
    assert result.returncode == 0, result.stderr
    assert f"Created the database {cli.db}" in result.stdout


def test_init_refuses_a_newer_database(cli: Cli) -> None:
    with sqlite3.connect(cli.db) as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    result = cli("init")
    assert result.returncode != 0
    assert "only knows up to" in result.stderr and "nothing was changed" in result.stderr


def test_init_never_makes_a_new_key_for_a_database_with_words(cli: Cli) -> None:
    assert cli("init").returncode == 0
    with sqlite3.connect(cli.db) as conn:
        conn.execute(
            "INSERT INTO children (child_ref, created_at, updated_at) VALUES ('C1', 'x', 'x')"
        )
        conn.execute("INSERT INTO survey_versions VALUES ('h', 'd', '1', '{}', 'x')")
        conn.execute(
            "INSERT INTO runs (child_id, survey_hash, definition_id, age_band, state, created_at)"
            " VALUES (1, 'h', 'd', '8_11', x'01', 'x')"
        )
    cli.key.unlink()
    result = cli("init")
    assert result.returncode != 0
    assert "holds children's words but there is no key" in result.stderr
    assert not cli.key.exists()


def test_commands_explain_a_missing_database_and_key(cli: Cli) -> None:
    result = cli("child", "export", "C1")
    assert result.returncode != 0 and "run `hearme init` first" in result.stderr
    assert cli("init").returncode == 0
    cli.key.unlink()
    result = cli("child", "export", "C1")
    assert result.returncode != 0
    assert f"no data key at {cli.key}: set HEARME_DATA_KEY" in result.stderr
