"""Migrations keep the data of every earlier version, and are recorded so an edited one is
refused: a database left at each earlier version, full of rows, is upgraded and every row is
still there; the ``migrations`` table names each file, when it was applied and its sha256."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from storage import migrating as storage_migrating
from storage.db import (
    Database,
    EditedMigrationError,
    applied_migrations,
    checksum,
    latest_version,
    migrate,
    migrations,
)
from tests.storage.conftest import Cli

T = "2026-03-02T10:00:00+00:00"
NOW = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)

# Rows a database could hold at each version, in the schema of that version. A migration
# added later needs no entry here: the rows of every earlier version are still checked.
SEEDS: dict[int, list[str]] = {
    1: [
        "INSERT INTO staff (id, staff_ref, name, role, chat_id, active, created_at, updated_at) "
        f"VALUES (1, 'IRO01', 'Sam Iro', 'iro', 9001, 1, '{T}', '{T}'), "
        f"(2, 'DUTY1', 'Dee Duty', 'duty', 9002, 1, '{T}', '{T}')",
        "INSERT INTO children (id, child_ref, first_name, preferred_name, date_of_birth, iro_id, "
        "language, preferred_words, status, created_at, updated_at) VALUES (1, 'C001', 'Ada', "
        "'Ads', '2012-05-01', 1, 'cy', '{\"family_time\": \"mum time\"}', 'active', "
        f"'{T}', '{T}')",
        "INSERT INTO chats (chat_id, child_id, mode, stopped, bound_at) "
        f"VALUES (7001, 1, 'self', 0, '{T}')",
        "INSERT INTO reviews (id, child_id, review_at, age_band, mode, participation_code, held, "
        "source) VALUES (1, 1, '2026-04-01', '12_15', 'virtual', 'PN6', 1, 'import')",
        "INSERT INTO invites (id, code_hash, kind, child_id, staff_id, created_at, expires_at, "
        f"used_at, used_by) VALUES (1, 'h1', 'child', 1, NULL, '{T}', '{T}', '{T}', '7001'), "
        f"(2, 'h2', 'staff', NULL, 1, '{T}', '{T}', NULL, NULL), "
        f"(3, 'h3', 'web', 1, NULL, '{T}', '{T}', '{T}', NULL)",
        f"INSERT INTO failed_codes (id, chat_id, at) VALUES (1, 'telegram:7009', '{T}')",
        "INSERT INTO survey_versions (hash, definition_id, version, body, created_at) "
        f"VALUES ('sv1', 'my_review', '1', '{{}}', '{T}')",
        "INSERT INTO runs (id, child_id, survey_hash, definition_id, review_id, age_band, channel, "
        "status, state, created_at, reminders) VALUES (1, 1, 'sv1', 'my_review', 1, '12_15', "
        f"'telegram', 'started', x'00ff10', '{T}', 2)",
        "INSERT INTO answers (id, run_id, question_id, core_id, kind, choices, text, audience, "
        f"answered_at) VALUES (1, 1, 'home', 'home', 'choice', '[\"happy\"]', NULL, NULL, '{T}'), "
        f"(2, 1, 'for_iro', 'for_iro', 'text', NULL, x'c0ffee', 'iro_only', '{T}')",
        "INSERT INTO answer_history (id, run_id, question_id, kind, choices, text, audience, "
        f"answered_at, replaced_at) VALUES (1, 1, 'home', 'choice', '[\"sad\"]', NULL, NULL, "
        f"'{T}', '{T}')",
        "INSERT INTO alerts (id, child_id, run_id, kind, categories, excerpt, source, created_at, "
        "escalated_at, escalations) VALUES (1, 1, 1, 'concern', '[\"physical_abuse\"]', x'beef', "
        f"'answer', '{T}', '{T}', 1)",
        "INSERT INTO outbox (id, due_at, kind, chat_id, child_id, run_id, payload, dedupe_key, "
        f"status, attempts, last_error) VALUES (1, '{T}', 'reminder', 7001, 1, 1, '{{}}', "
        "'remind:1', 'failed', 3, 'NetworkError')",
        f"INSERT INTO processed_updates (update_id, processed_at) VALUES (501, '{T}')",
        "INSERT INTO audit_log (id, at, actor, action, child_id, detail) VALUES "
        f"(1, '{T}', 'cli', 'import.children', NULL, '{{\"rows\": 1}}'), "
        f"(2, '{T}', 'child:C001', 'answer.message', 1, "
        '\'{"message_id": 42, "run_id": 1, "question_id": "home"}\')',
    ],
    2: [
        "INSERT INTO web_access (invite_id, child_id, secret_kind, secret_hash, salt, "
        f"failed_attempts, created_at) VALUES (3, 1, 'pictures', x'01', x'02', 1, '{T}')",
        "INSERT INTO web_sessions (id, token_hash, invite_id, child_id, state, view, created_at, "
        f"last_seen_at) VALUES (1, 'th1', 3, 1, 'open', x'0a0b', '{T}', '{T}')",
    ],
    3: [
        "INSERT INTO answer_messages (chat_id, message_id, run_id, question_id, at) "
        f"VALUES (7001, 43, 1, 'for_iro', '{T}')",
    ],
    4: [
        f"INSERT INTO erased_refs (ref_hash, erased_at) VALUES ('hmac1', '{T}')",
        "INSERT INTO staff (id, staff_ref, name, role, active, created_at, updated_at, left_at) "
        f"VALUES (3, 'IRO02', 'Lee Left', 'iro', 0, '{T}', '{T}', '{T}')",
    ],
    5: [
        "INSERT INTO invites (id, code_hash, kind, child_id, created_at, expires_at) "
        f"VALUES (4, 'h4', 'web', 1, '{T}', '{T}')",
        "INSERT INTO web_access (invite_id, child_id, secret_kind, secret_hash, salt, created_at, "
        f"lockouts, retired_at, picture_count, stopped_at) VALUES (4, 1, 'pictures', x'03', "
        f"x'04', '{T}', 2, '{T}', 3, '{T}')",
    ],
}
# Rows a migration moves on purpose: 0003 turned "answer.message" audit lines into
# answer_messages rows. (version that moves it, table, rowid, where it must be found after)
MOVED = [
    (3, "audit_log", (2,), "SELECT 1 FROM answer_messages WHERE message_id = 42 AND run_id = 1")
]


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'migrations'"
        )
    ]


def _snapshot(path: Path) -> dict[str, dict[tuple[Any, ...], dict[str, Any]]]:
    """Every row of every table, by primary key (a migration may rebuild a table, and with it
    the rowids), as column -> value."""
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        snapshot = {}
        for table in _tables(conn):
            info = conn.execute(f"PRAGMA table_info({table})").fetchall()
            key = [row["name"] for row in sorted(info, key=lambda r: r["pk"]) if row["pk"]]
            key = key or ["rowid"]
            rows = conn.execute(f"SELECT {', '.join(key)}, * FROM {table}").fetchall()
            width = len(key)
            snapshot[table] = {
                tuple(row[:width]): dict(zip(row.keys()[width:], row[width:], strict=True))
                for row in rows
            }
        return snapshot


@pytest.mark.parametrize("start", range(1, latest_version()))
async def test_data_from_every_earlier_version_survives_the_upgrade(
    tmp_path: Path, start: int
) -> None:
    path = tmp_path / f"v{start}.db"
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        await conn.execute("PRAGMA foreign_keys = ON")
        await migrate(conn, up_to=0)
        for version in range(1, start + 1):
            await migrate(conn, up_to=version)
            for statement in SEEDS.get(version, []):
                await conn.execute(statement)
    before = _snapshot(path)
    assert sum(len(rows) for rows in before.values()) >= 15, "the old database holds data"

    db = await Database.open(path)
    await db.close()

    after = _snapshot(path)
    moved = {(table, key): check for version, table, key, check in MOVED if start < version}
    for table, rows in before.items():
        assert table in after, f"table {table} was lost"
        for key, values in rows.items():
            if (table, key) in moved:
                assert key not in after[table], f"{table} row {key} was to be moved"
                continue
            assert key in after[table], f"{table} row {key} was lost from version {start}"
            kept = {column: after[table][key][column] for column in values}
            assert kept == values, f"{table} row {key} changed"
    with sqlite3.connect(path) as conn:
        for check in moved.values():
            assert conn.execute(check).fetchone() == (1,), check
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA user_version").fetchone() == (latest_version(),)
        names = [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == [name for _, name, _ in migrations()]


async def test_each_migration_is_recorded_with_its_time_and_checksum(tmp_path: Path) -> None:
    async with aiosqlite.connect(tmp_path / "new.db", isolation_level=None) as conn:
        assert await migrate(conn, now=NOW) == (0, latest_version())
        recorded = await applied_migrations(conn)
    assert [(m.name, m.applied_at, m.sha256) for m in recorded] == [
        (name, "2026-05-01T09:30:00+00:00", checksum(sql)) for _, name, sql in migrations()
    ]
    assert all(len(m.sha256) == 64 for m in recorded)


async def test_a_database_from_before_the_record_gets_its_migrations_recorded(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        await migrate(conn, up_to=3)
        # As an older hearme left it: user_version set, no record of migrations.
        await conn.execute("DROP TABLE migrations")
        assert await applied_migrations(conn) == []
        assert await migrate(conn, now=NOW) == (3, latest_version())
        recorded = {m.name: m.sha256 for m in await applied_migrations(conn)}
    assert recorded == {name: checksum(sql) for _, name, sql in migrations()}


async def test_an_edited_migration_is_refused_and_the_database_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hearme.db"
    await (await Database.open(path)).close()
    bundled = migrations()
    number, name, sql = bundled[1]
    edited = [*bundled[:1], (number, name, sql + "\nCREATE INDEX sneaky ON staff(name);\n")]
    edited += bundled[2:]
    monkeypatch.setattr(storage_migrating, "migrations", lambda: edited)
    for migrate_schema in (True, False):
        with pytest.raises(EditedMigrationError, match=f"migration {name} was edited after"):
            await Database.open(path, migrate_schema=migrate_schema)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'sneaky'").fetchall() == []


async def test_a_missing_migration_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hearme.db"
    await (await Database.open(path)).close()
    renamed = [(n, name.replace(".sql", "_v2.sql"), sql) for n, name, sql in migrations()]
    monkeypatch.setattr(storage_migrating, "migrations", lambda: renamed)
    with pytest.raises(EditedMigrationError, match="this hearme has no such file"):
        await Database.open(path)


@pytest.mark.sqlite_file  # edits the SQLite file's record
def test_init_refuses_a_database_whose_applied_migration_was_edited(cli: Cli) -> None:
    assert cli("init").returncode == 0
    with sqlite3.connect(cli.db) as conn:
        # What an edit of the bundled file looks like from the database's side.
        conn.execute("UPDATE migrations SET sha256 = ? WHERE name LIKE '0002_%'", ("0" * 64,))
    result = cli("init")
    assert result.returncode != 0
    assert "was edited after it was applied to this database" in result.stderr
    assert "put the change in a new migration" in result.stderr and "Traceback" not in result.stderr
