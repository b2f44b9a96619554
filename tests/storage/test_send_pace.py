"""A chat's send pace names the chat: housekeeping forgets the idle ones (issue 19)."""

from __future__ import annotations

from datetime import timedelta

from storage import send_pace
from storage.db import Database
from tests.storage.conftest import NOW


async def test_idle_chat_paces_are_forgotten_and_the_overall_one_kept(db: Database) -> None:
    old, recent = (NOW - timedelta(days=3)).timestamp(), (NOW - timedelta(minutes=1)).timestamp()
    async with db.transaction() as conn:
        for name, tat in (
            (send_pace.OVERALL, old),
            (send_pace.chat_pace(1001), old),
            (send_pace.chat_pace(1002), recent),
        ):
            await conn.execute("INSERT INTO send_pace (name, tat) VALUES (?, ?)", (name, tat))
    async with db.transaction() as conn:
        assert await send_pace.forget_idle(conn, NOW - timedelta(days=1)) == 1
    async with db.reader.execute("SELECT name FROM send_pace ORDER BY name") as cursor:
        left = [row[0] for row in await cursor.fetchall()]
    assert left == ["chat:1002", "overall"]
