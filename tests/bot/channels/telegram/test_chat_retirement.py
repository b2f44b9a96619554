"""A child speaks through their newest chat only: a new invite retires the old chat, and
``hearme child unbind`` retires them all. Each old chat is told kindly, without the child's
name or words, and can no longer answer or see anything. Over the real bot."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.conversation.messages import say
from bot.outbox import scheduler
from storage import chats
from tests.bot.cli.test_cli import hearme as run_command
from tests.support.telegram import BotWorld

OLD_CHAT, NEW_CHAT = 1001, 1002
UNKNOWN = say("unknown_chat", "en")


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[BotWorld]:
    async with BotWorld(tmp_path) as running:
        yield running


async def robin(world: BotWorld) -> int:
    iro = await world.add_staff("IRO01", "Sam Iro", "iro")
    return await world.add_child("C001", "Robin", date(2014, 5, 1), iro_id=iro)


async def answers(world: BotWorld) -> int:
    [row] = await world.query("SELECT count(*) AS n FROM answers")
    return int(row["n"])


async def send_due(world: BotWorld) -> None:
    await scheduler.tick(world.app.bot, world.services, scheduler.TickState())


async def test_a_new_invite_retires_the_old_chat(world: BotWorld) -> None:
    child = await robin(world)
    old = await world.enrol_child(child, OLD_CHAT)
    await world.offer(child, "my_review")
    await old.send("/start")
    await old.tap_index(0)  # answers the first question from the old phone
    stale = old.last_prompt()
    assert await answers(world) == 1

    new = await world.enrol_child(child, NEW_CHAT)
    assert any("Robin" in m.text for m in new.messages)
    assert new.last_prompt().text == stale.text  # the new chat carries on where Robin was
    assert [c.chat_id for c in await chats.chats_for_child(world.db.reader, child)] == [NEW_CHAT]

    mark = world.api.mark(OLD_CHAT)
    await send_due(world)
    [notice] = world.api.messages(OLD_CHAT)[mark:]
    assert notice.text == say("chat_replaced", "en")
    assert "Robin" not in notice.text and "C001" not in notice.text and not notice.buttons
    await send_due(world)
    assert world.api.messages(OLD_CHAT)[mark:] == [notice]  # told once

    # The old chat can no longer answer, see the summary or anything held.
    for attempt in (
        old.press(stale.message_id, stale.button_data[0]),
        old.send("/mydata"),
        old.send("I still want to answer"),
        old.send("/start"),
    ):
        replies = await attempt
        assert [m.text for m in replies] == [UNKNOWN]
    assert await answers(world) == 1
    assert all("Robin" not in m.text for m in world.api.messages(OLD_CHAT)[mark:])

    await new.tap_index(0)
    assert await answers(world) == 2
    [retired] = await world.query(
        "SELECT actor, child_id, detail FROM audit_log WHERE action = 'chat.retired'"
    )
    assert (retired["actor"], retired["child_id"]) == ("system", child)
    assert json.loads(retired["detail"]) == {"reason": "replaced", "mode": "assisted"}


async def hearme(world: BotWorld, *args: str) -> tuple[int, str, str]:
    """The real command, as a subprocess, on the running bot's database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HEARME_"))}
    env.update(HEARME_DB=str(world.db_path), HEARME_DATA_KEY=str(world.key_path))
    return await run_command(env, *args)


async def test_unbind_retires_every_chat_and_tells_each(world: BotWorld) -> None:
    child = await robin(world)
    async with world.db.transaction() as conn:
        for chat_id, mode in ((OLD_CHAT, "assisted"), (NEW_CHAT, "self")):
            await chats.bind_chat(
                conn, chat_id=chat_id, child_id=child, mode=mode, now=world.clock()
            )

    code, out, err = await hearme(world, "child", "unbind", "C001")
    assert code == 0, err
    assert out.startswith("Unbound 2 chat(s) from C001.")
    assert await chats.chats_for_child(world.db.reader, child) == []
    marks = {chat_id: world.api.mark(chat_id) for chat_id in (OLD_CHAT, NEW_CHAT)}
    world.clock.now = datetime.now(UTC) + timedelta(minutes=1)  # the command ran on real time
    await send_due(world)
    for chat_id, mark in marks.items():
        assert [m.text for m in world.api.messages(chat_id)[mark:]] == [say("chat_unbound", "en")]
        assert [m.text for m in await world.chat(chat_id).send("/mydata")] == [UNKNOWN]
    actions = [
        (r["action"], r["actor"], r["child_id"])
        for r in await world.query(
            "SELECT action, actor, child_id FROM audit_log WHERE action LIKE '%unbind%' "
            "OR action = 'chat.retired' ORDER BY id"
        )
    ]
    assert actions == [("chat.retired", "cli", child)] * 2 + [("child.unbind", "cli", child)]
    [payload] = {
        r["payload"]
        for r in await world.query("SELECT payload FROM outbox WHERE kind = 'chat_retired'")
    }
    assert json.loads(payload) == {"language": "en", "reason": "unbound"}

    code, out, err = await hearme(world, "child", "unbind", "C001")
    assert code == 0 and out.strip() == "No chat speaks for C001: nothing to unbind."
    code, out, err = await hearme(world, "child", "unbind", "C404")
    assert code == 1 and "no child with reference 'C404'" in err
