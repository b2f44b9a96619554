"""The link from a child's typed message to the question it answered (``answer_messages``):
moved out of the audit log by migration 0003, and gone with the chat on erasure."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import aiosqlite

from storage import answer_messages, chats
from storage.crypto import Cipher
from storage.db import migrate
from storage.rights import erase_child

NOW = datetime(2026, 3, 10, 10, 30, tzinfo=UTC)
AT = NOW.isoformat()


async def _connect(path: Path) -> aiosqlite.Connection:
    conn = await aiosqlite.connect(path, isolation_level=None)
    conn.row_factory = aiosqlite.Row
    await conn.execute("PRAGMA foreign_keys = ON")
    return conn


async def _child_with_run(conn: aiosqlite.Connection, ref: str, chat_id: int) -> tuple[int, int]:
    cursor = await conn.execute(
        "INSERT INTO children (child_ref, first_name, date_of_birth, created_at, updated_at) "
        "VALUES (?, 'Sam', '2009-05-05', ?, ?)",
        (ref, AT, AT),
    )
    child_id = int(cursor.lastrowid or 0)
    await conn.execute(
        "INSERT OR IGNORE INTO survey_versions (hash, definition_id, version, body, created_at) "
        "VALUES ('h1', 'my_review', '1', '{}', ?)",
        (AT,),
    )
    cursor = await conn.execute(
        "INSERT INTO runs (child_id, survey_hash, definition_id, age_band, created_at) "
        "VALUES (?, 'h1', 'my_review', '16_plus', ?)",
        (child_id, AT),
    )
    run_id = int(cursor.lastrowid or 0)
    await chats.bind_chat(conn, chat_id=chat_id, child_id=child_id, mode="self", now=NOW)
    return child_id, run_id


async def _count(conn: aiosqlite.Connection, sql: str, *params: object) -> int:
    async with conn.execute(sql, params) as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def test_migration_moves_the_links_out_of_the_audit_log(tmp_path: Path) -> None:
    conn = await _connect(tmp_path / "old.db")
    try:
        assert await migrate(conn, up_to=2) == (0, 2)
        child_id, run_id = await _child_with_run(conn, "C1", 4242)
        for message_id, question in ((7, "for_iro"), (9, "worries_more"), (9, "for_iro")):
            detail = {"message_id": message_id, "question_id": question, "run_id": run_id}
            await conn.execute(
                "INSERT INTO audit_log (at, actor, action, child_id, detail) "
                "VALUES (?, 'child', 'answer.message', ?, ?)",
                (AT, child_id, json.dumps(detail)),
            )
        await conn.execute(
            "INSERT INTO audit_log (at, actor, action, child_id, detail) "
            "VALUES (?, 'staff:IRO1', 'views', ?, '{}')",
            (AT, child_id),
        )
        assert await migrate(conn, up_to=3) == (2, 3)
        actions = await _count(conn, "SELECT COUNT(*) FROM audit_log WHERE action != 'views'")
        assert actions == 0
        assert await _count(conn, "SELECT COUNT(*) FROM audit_log WHERE action = 'views'") == 1
        seven = await answer_messages.answered_by(conn, chat_id=4242, message_id=7)
        nine = await answer_messages.answered_by(conn, chat_id=4242, message_id=9)
        assert seven is not None and (seven.run_id, seven.question_id) == (run_id, "for_iro")
        assert nine is not None and nine.question_id == "for_iro"  # the latest line wins
        found = await chats.question_for_message(conn, child_id=child_id, message_id=7)
        assert found == (run_id, "for_iro")
    finally:
        await conn.close()


async def test_links_belong_to_their_chat_and_go_with_erasure(tmp_path: Path) -> None:
    conn = await _connect(tmp_path / "new.db")
    try:
        await migrate(conn)
        child_a, run_a = await _child_with_run(conn, "CA", 100)
        child_b, run_b = await _child_with_run(conn, "CB", 200)
        await chats.remember_answer_message(
            conn, child_id=child_a, run_id=run_a, question_id="for_iro", message_id=5, now=NOW
        )
        await answer_messages.remember(
            conn, chat_id=200, message_id=5, run_id=run_b, question_id="worries_more", now=NOW
        )
        # The same message number in another child's chat never matches this child's runs.
        assert await chats.question_for_message(conn, child_id=child_a, message_id=5) == (
            run_a,
            "for_iro",
        )
        assert (
            await chats.question_for_message(conn, child_id=child_a, message_id=5, chat_id=200)
            is None
        )
        assert await chats.question_for_message(
            conn, child_id=child_b, message_id=5, chat_id=200
        ) == (run_b, "worries_more")
        await conn.execute("BEGIN IMMEDIATE")
        await erase_child(conn, Cipher(bytes(32)), child_a, now=NOW, actor="cli")
        await conn.commit()
        assert await _count(conn, "SELECT COUNT(*) FROM answer_messages WHERE chat_id = 100") == 0
        assert await _count(conn, "SELECT COUNT(*) FROM answer_messages WHERE chat_id = 200") == 1
        await conn.execute("DELETE FROM runs WHERE id = ?", (run_b,))
        assert await _count(conn, "SELECT COUNT(*) FROM answer_messages") == 0
    finally:
        await conn.close()
