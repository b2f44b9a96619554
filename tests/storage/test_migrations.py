"""Schema migrations and `hearme init`: from empty, from every earlier version, never backwards."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import aiosqlite
import pytest

from storage.db import Database, NewerDatabaseError, latest_version, migrate
from tests.storage.conftest import Cli

# On SQLite only: builds and inspects SQLite files as older hearmes left them.
pytestmark = pytest.mark.sqlite_file


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
    assert f"there is no data key at {cli.key}" in result.stderr
    assert not cli.key.exists()


def test_commands_explain_a_missing_database_and_key(cli: Cli) -> None:
    result = cli("child", "export", "C1")
    assert result.returncode != 0 and "run `hearme init` first" in result.stderr
    assert cli("init").returncode == 0
    cli.key.unlink()
    result = cli("child", "export", "C1")
    assert result.returncode != 0
    assert f"no data key at {cli.key}: set HEARME_DATA_KEY" in result.stderr


def test_init_makes_the_database_and_its_journal_private(cli: Cli) -> None:
    assert cli("init").returncode == 0
    assert stat.S_IMODE(cli.db.stat().st_mode) == 0o600
    with sqlite3.connect(cli.db) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("INSERT INTO processed_updates VALUES (1, 'x')")
        conn.commit()
        # While a connection is open the WAL and its index exist: they hold the same data.
        for suffix in ("-wal", "-shm"):
            journal = cli.db.with_name(cli.db.name + suffix)
            assert stat.S_IMODE(journal.stat().st_mode) == 0o600, suffix


async def test_a_version_2_database_with_data_upgrades_to_latest(tmp_path: Path) -> None:
    """Real rows through 0003's move of message links out of the audit log, and on."""
    path = tmp_path / "v2.db"
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        await conn.execute("PRAGMA foreign_keys = ON")
        assert await migrate(conn, up_to=2) == (0, 2)
        at = "2026-01-10T09:00:00+00:00"
        for sql in (
            "INSERT INTO staff (staff_ref, name, role, chat_id, created_at, updated_at) "
            f"VALUES ('IRO01', 'Sam Iro', 'iro', 900, '{at}', '{at}')",
            "INSERT INTO children (child_ref, first_name, date_of_birth, iro_id, language, "
            f"preferred_words, created_at, updated_at) VALUES ('C1', 'Ada', '2012-05-01', 1, "
            f"'cy', '{{\"carer\": \"Nan\"}}', '{at}', '{at}')",
            "INSERT INTO children (child_ref, first_name, date_of_birth, created_at, updated_at)"
            f" VALUES ('C2', 'Bo', '2015-01-01', '{at}', '{at}')",
            f"INSERT INTO chats VALUES (4242, 1, 'self', 0, '{at}')",
            "INSERT INTO reviews (child_id, review_at, age_band, mode, participation_code, "
            "held, child_chaired, iro_spoke_beforehand) "
            "VALUES (1, '2026-02-01', '12_15', 'virtual', 'PN6', 1, 0, 1)",
            f"INSERT INTO survey_versions VALUES ('h1', 'my_review', '1', '{{}}', '{at}')",
            "INSERT INTO runs (child_id, survey_hash, definition_id, review_id, age_band, "
            f"status, state, created_at) VALUES (1, 'h1', 'my_review', 1, '12_15', 'started', "
            f"x'01AB', '{at}')",
            "INSERT INTO answers (run_id, question_id, core_id, kind, text, audience, "
            f"answered_at) VALUES (1, 'for_iro', 'for_iro', 'text', x'01CD', 'iro_only', '{at}')",
            "INSERT INTO invites (code_hash, kind, child_id, created_at, expires_at) "
            f"VALUES ('c0de', 'web', 2, '{at}', '{at}')",
            "INSERT INTO web_access (invite_id, child_id, secret_kind, secret_hash, salt, "
            f"created_at) VALUES (1, 2, 'pin', x'AA', x'BB', '{at}')",
            # Message links as 0002-era code kept them: one for a chat that still exists,
            # the same message again later (the later line wins), one for a chat gone since.
            "INSERT INTO audit_log (at, actor, action, child_id, detail) VALUES "
            f"('{at}', 'child:C1', 'answer.message', 1, "
            '\'{"message_id": 7, "question_id": "worries", "run_id": 1}\'), '
            f"('{at}', 'child:C1', 'answer.message', 1, "
            '\'{"message_id": 7, "question_id": "for_iro", "run_id": 1}\'), '
            f"('{at}', 'child:C2', 'answer.message', 2, "
            '\'{"message_id": 3, "question_id": "home", "run_id": 1}\'), '
            f"('{at}', 'staff:IRO01', 'views', 1, '{{\"for\": \"IRO01\"}}')",
        ):
            await conn.execute(sql)
        assert await migrate(conn) == (2, latest_version())

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT * FROM answer_messages").fetchall() == [
            (4242, 7, 1, "for_iro", "2026-01-10T09:00:00+00:00")
        ]
        assert conn.execute("SELECT actor, action, detail FROM audit_log").fetchall() == [
            ("staff:IRO01", "views", '{"for": "IRO01"}')
        ]
        assert conn.execute(
            "SELECT child_ref, first_name, iro_id, language, preferred_words FROM children"
        ).fetchall() == [("C1", "Ada", 1, "cy", '{"carer": "Nan"}'), ("C2", "Bo", None, "en", "{}")]
        assert conn.execute("SELECT staff_ref, chat_id, active, left_at FROM staff").fetchall() == [
            ("IRO01", 900, 1, None)
        ]
        assert conn.execute("SELECT state FROM runs").fetchall() == [(b"\x01\xab",)]
        assert conn.execute("SELECT question_id, text, audience FROM answers").fetchall() == [
            ("for_iro", b"\x01\xcd", "iro_only")
        ]
        assert conn.execute(
            "SELECT participation_code, mode, held, child_chaired FROM reviews"
        ).fetchall() == [("PN6", "virtual", 1, 0)]
        assert conn.execute("SELECT invite_id, secret_kind FROM web_access").fetchall() == [
            (1, "pin")
        ]
        assert conn.execute("SELECT count(*) FROM erased_refs").fetchone() == (0,)
