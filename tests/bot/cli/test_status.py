"""``hearme status`` as an on-call person runs it: a real subprocess on a real database with
outbox rows and alerts in every state, read without the key and without changing the file."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage import alerts, outbox, outbox_followups, updates
from storage.crypto import load_cipher
from storage.db import Database, latest_version
from tests.bot.cli.test_cli import hearme, make_database

WORDS = "he hurts me at night"


async def _busy_council(tmp_path: Path) -> dict[str, str]:
    """A council whose bot has had a rough day: late, failed and stuck sends, open alerts."""
    env = await make_database(tmp_path)
    now = datetime.now(UTC)
    db = await Database.open(
        Path(env["HEARME_DB"]), cipher=load_cipher(Path(env["HEARME_DATA_KEY"]))
    )
    try:
        async with db.transaction() as conn:
            [child_id] = await conn.execute_fetchall(
                "SELECT id FROM children WHERE child_ref = 'C001'"
            )
            child = int(child_id[0])
            plans = {
                "late": now - timedelta(hours=3),
                "due": now - timedelta(minutes=1),
                "later": now + timedelta(days=2),
                "failed-1": now - timedelta(days=1),
                "failed-2": now - timedelta(days=1),
                "failed-3": now - timedelta(days=1),
                "stuck": now - timedelta(hours=1),
                "sent": now - timedelta(days=3),
                "in-flight": now - timedelta(days=2),
            }
            for key, due in plans.items():
                await outbox.plan(conn, kind="reminder", due_at=due, dedupe_key=key, child_id=child)
            rows = {key: await outbox.get_by_key(conn, key) for key in plans}
            for key, error in (("failed-1", "Forbidden"), ("failed-2", "NetworkError")):
                row = rows[key]
                assert row is not None
                await outbox.mark_failed(conn, row.id, error=error)
            failed_3, stuck, sent = rows["failed-3"], rows["stuck"], rows["sent"]
            assert failed_3 is not None and stuck is not None and sent is not None
            await outbox.mark_failed(conn, failed_3.id, error="NetworkError")
            in_flight = rows["in-flight"]
            assert in_flight is not None
            await outbox.claim(conn, in_flight.id, now=now - timedelta(days=2))
            assert await outbox_followups.settle_interrupted(conn, now=now) == 1  # a restart
            await outbox.claim(conn, stuck.id, now=now)
            await outbox.mark_sent(conn, sent.id, now=now - timedelta(days=3))
            raised = []
            for hours in (30, 2, 1):
                raised.append(
                    await alerts.create_alert(
                        conn,
                        db.cipher,
                        child_id=child,
                        run_id=None,
                        kind="concern",
                        categories=("physical_abuse",),
                        excerpt=WORDS,
                        source="message",
                        now=now - timedelta(hours=hours),
                    )
                )
            await alerts.mark_escalated(conn, raised[0], now=now - timedelta(hours=29))
            await conn.execute(
                "UPDATE alerts SET acknowledged_at = ? WHERE id = ?", (now.isoformat(), raised[2])
            )
            await updates.claim_update(conn, 9001, now=now - timedelta(minutes=4))
    finally:
        await db.close()
    return env


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


async def test_status_shows_what_an_on_call_person_checks_first(tmp_path: Path) -> None:
    env = await _busy_council(tmp_path)
    env.pop("HEARME_DATA_KEY")  # it needs no key: nothing it shows is a child's words
    database = Path(env["HEARME_DB"])
    before = _digest(database)

    code, out, err = await hearme(env, "status")

    assert code == 0, err
    assert f"schema version {latest_version()} of {latest_version()}" in out
    assert f"{latest_version()} migrations recorded" in out
    assert "Alerts     2 open, 1 escalated, the oldest raised" in out
    assert "(30 h 0 min ago)" in out
    assert "Outbox     2 due now, 1 waiting for later; oldest pending was due" in out
    assert "(3 h 0 min ago); 3 failed, 1 being sent" in out
    assert "failed by error: NetworkError 2, Forbidden 1" in out
    assert "1 sent as a worker stopped mid-send: may not have arrived" in out
    assert "Telegram   last update handled" in out and "(4 min ago)" in out
    assert "! 1 safeguarding alerts were escalated because nobody acknowledged them" in out
    assert "! 3 messages failed and will not be retried" in out
    assert "! 1 rows were being sent when something stopped them" in out
    assert "is `hearme run` running?" in out
    assert WORDS not in out and "hurts" not in out
    assert _digest(database) == before, "status changed the database"

    code, out, err = await hearme(env, "status", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["outbox"]["due_now"] == 2 and report["outbox"]["failed"] == 3
    assert report["outbox"]["failures"] == [["NetworkError", 2], ["Forbidden", 1]]
    assert report["alerts"] == {
        "open": 2,
        "escalated": 1,
        "oldest_open_at": report["alerts"]["oldest_open_at"],
    }
    assert datetime.fromisoformat(report["last_update_at"]) < datetime.now(UTC)
    assert report["schema_version"] == latest_version() and report["migration_problem"] is None
    assert report["file_bytes"] > 0 and len(report["needs_attention"]) == 4
    code, _, _ = await hearme(env, "status", "--check")
    assert code == 2, "monitoring hears that something needs attention"


async def test_a_quiet_database_needs_no_attention_and_a_stale_one_says_to_upgrade(
    tmp_path: Path,
) -> None:
    env = await make_database(tmp_path)
    code, out, _ = await hearme(env, "status", "--check")
    assert code == 0 and "Nothing needs attention." in out
    assert "last update handled never" in out
    with sqlite3.connect(env["HEARME_DB"]) as conn:
        conn.execute("UPDATE migrations SET sha256 = ? WHERE name LIKE '0001_%'", ("f" * 64,))
        conn.execute(f"PRAGMA user_version = {latest_version() - 1}")
    code, out, _ = await hearme(env, "status")
    assert code == 0
    assert "was edited after it was applied to this database" in out
    assert f"the schema is at version {latest_version() - 1}" in out and "hearme init" in out


async def test_status_without_a_database_says_what_to_do(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    env["HEARME_DB"] = str(tmp_path / "missing.db")
    code, _, err = await hearme(env, "status")
    assert code == 1 and "no database at" in err and "hearme init" in err
    assert not (tmp_path / "missing.db").exists()


async def test_status_is_listed_in_help(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    code, out, _ = await hearme(env, "--help")
    assert code == 0 and "  status " in out and "Show the outbox, open alerts" in out
