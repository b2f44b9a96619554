"""An alert reaches staff whatever happens to the child's reply, and a caring reply that could
not be sent is sent again from the outbox, rendered anew (no child's words are stored for it).
An alert raised in the survey about the IRO goes to duty and admins, never to that IRO."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bot.channels.telegram.chat import TelegramChat
from bot.conversation import service as conversation
from bot.conversation.turn import Incoming
from bot.outbox import aftercare, scheduler
from bot.safeguarding import alerts as safeguarding
from hearme_dev.sandbox import Fault
from storage import outbox
from surveys.support import support_reply
from tests.support.telegram import BotWorld, Player, skip_to

IRO_CHAT, DUTY_CHAT, ADMIN_CHAT, CHILD_CHAT = 901, 903, 904, 501


async def _team(world: BotWorld) -> int:
    iro = await world.add_staff("IRO1", "Ana Jones", "iro")
    duty = await world.add_staff("D1", "Dee Duty", "duty")
    admin = await world.add_staff("A1", "Al Admin", "admin")
    for staff_id, chat in ((iro, IRO_CHAT), (duty, DUTY_CHAT), (admin, ADMIN_CHAT)):
        await world.enrol_staff(staff_id, chat)
    return await world.add_child("C1", "Jess", date(2008, 4, 4), iro_id=iro)


def _alerts_to(world: BotWorld, chat_id: int) -> list[str]:
    return [m.text for m in world.api.messages(chat_id) if m.button_data[:1] == ["ack:1"]]


def _fail_chat(chat_id: int, fault: Fault) -> Any:
    def hook(method: str, params: dict[str, Any]) -> Fault | None:
        if method.lower() == "sendmessage" and int(params.get("chat_id", 0)) == chat_id:
            return fault
        return None

    return hook


async def _caring_reply_arrives_once(
    world: BotWorld, jess: Player, mark: int, state: scheduler.TickState, *, after: timedelta
) -> None:
    """The scheduler's tick ``after`` from now sends Jess the caring reply, and no later one
    sends it again."""
    world.clock.advance(seconds=after.total_seconds())
    await scheduler.tick(world.app.bot, world.services, state)
    expected = support_reply("16_plus", "en", out_of_hours=False, assisted=False)
    assert [m.text for m in jess.messages[mark:]] == [expected]
    world.clock.advance(minutes=5)
    await scheduler.tick(world.app.bot, world.services, state)
    assert len(jess.messages[mark:]) == 1, "sent once only"


async def test_staff_are_told_when_the_childs_reply_fails_and_the_reply_is_retried(
    tmp_path: Path,
) -> None:
    async with BotWorld(tmp_path) as world:
        child = await _team(world)
        jess = await world.enrol_child(child, CHILD_CHAT)
        world.api.faults = _fail_chat(CHILD_CHAT, Fault.server_error())
        assert await jess.send("i want to kill myself") == []
        mark = world.api.mark(CHILD_CHAT)
        for chat in (IRO_CHAT, DUTY_CHAT):
            texts = _alerts_to(world, chat)
            assert len(texts) == 1 and "i want to kill myself" in texts[0]
        [row] = await world.query("SELECT * FROM outbox WHERE kind = 'support_reply'")
        assert (row["status"], row["chat_id"], row["child_id"]) == ("pending", CHILD_CHAT, child)
        assert json.loads(row["payload"]) == {"alert_id": 1}, "ids only, never the child's words"

        state = scheduler.TickState()
        await scheduler.tick(world.app.bot, world.services, state)  # still failing: retried later
        [row] = await world.query("SELECT status, attempts FROM outbox WHERE id = ?", row["id"])
        assert (row["status"], row["attempts"]) == ("pending", 1)
        assert jess.messages[mark:] == []

        world.api.faults = None
        await _caring_reply_arrives_once(world, jess, mark, state, after=timedelta(minutes=1))
        [row] = await world.query("SELECT status FROM outbox WHERE kind = 'support_reply'")
        assert row["status"] == "sent"


async def test_a_staff_chat_that_failed_is_tried_again_alone(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child = await _team(world)
        jess = await world.enrol_child(child, CHILD_CHAT)
        world.api.faults = _fail_chat(DUTY_CHAT, Fault.server_error())
        replies = await jess.send("he hits me every night")
        assert "0800 1111" in replies[0].text
        assert len(_alerts_to(world, IRO_CHAT)) == 1 and _alerts_to(world, DUTY_CHAT) == []
        [row] = await world.query("SELECT payload FROM outbox WHERE kind = 'alert_notice'")
        assert "hits" not in row["payload"]
        world.api.faults = None
        await scheduler.tick(world.app.bot, world.services, scheduler.TickState())
        assert len(_alerts_to(world, DUTY_CHAT)) == 1
        assert len(_alerts_to(world, IRO_CHAT)) == 1, "the IRO, already told, is not told twice"


async def test_a_disclosure_about_the_iro_goes_to_duty_and_admins_not_the_iro(
    tmp_path: Path,
) -> None:
    async with BotWorld(tmp_path) as world:
        child = await _team(world)
        run_id = await world.offer(child, "tell_us_more")
        jess = await world.enrol_child(child, CHILD_CHAT)
        await skip_to(world, jess, run_id, "anything_else_about_iro")
        await jess.send("my IRO hurts me when nobody is looking")
        [alert] = await world.query("SELECT id, run_id FROM alerts")
        assert alert["run_id"] == run_id
        assert _alerts_to(world, IRO_CHAT) == []
        [duty] = _alerts_to(world, DUTY_CHAT)
        [admin] = _alerts_to(world, ADMIN_CHAT)
        assert "hurts me when nobody" in duty and "survey about their IRO" in duty
        assert "hurts" not in admin and "duty team only" in admin


async def test_notices_planned_without_a_bot_are_sent_by_the_scheduler(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child = await _team(world)
        async with world.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO alerts (child_id, kind, categories, source, created_at) "
                "VALUES (?, 'talk', '[]', 'web', ?)",
                (child, "2026-03-10T10:00:00+00:00"),
            )
        assert await safeguarding.plan_alert_notice(world.services, 1)
        await aftercare.plan_erasure_notice(world.services, [child])
        await scheduler.tick(world.app.bot, world.services, scheduler.TickState())
        assert len(_alerts_to(world, IRO_CHAT)) == 1 and len(_alerts_to(world, DUTY_CHAT)) == 1
        deletion = [m.text for m in world.api.messages(ADMIN_CHAT) if "Deletion" in m.text]
        assert len(deletion) == 1 and "C1" in deletion[0] and "Jess" not in deletion[0]
        rows = await world.query("SELECT kind, status FROM outbox ORDER BY id")
        assert [(r["kind"], r["status"]) for r in rows] == [
            ("alert_notice", "sent"),
            ("erasure_notice", "sent"),
        ]


async def test_a_caring_reply_in_flight_when_the_process_stopped_is_sent_after_a_restart(
    tmp_path: Path,
) -> None:
    """A caring reply must arrive: left ``sending`` by a crash, it is sent again at the next
    start (at least once), as on a fleet, not kept as sent like an offer."""
    async with BotWorld(tmp_path) as world:
        child = await _team(world)
        jess = await world.enrol_child(child, CHILD_CHAT)
        world.api.faults = _fail_chat(CHILD_CHAT, Fault.server_error())
        assert await jess.send("i want to kill myself") == []
        world.api.faults = None
        mark = world.api.mark(CHILD_CHAT)
        [row] = await world.query("SELECT id FROM outbox WHERE kind = 'support_reply'")
        async with world.db.transaction() as conn:  # claimed, then the process died
            assert await outbox.claim(conn, row["id"], now=world.clock())

        await scheduler.tick(world.app.bot, world.services, scheduler.TickState())  # a restart
        expected = support_reply("16_plus", "en", out_of_hours=False, assisted=False)
        assert [m.text for m in jess.messages[mark:]] == [expected]
        [row] = await world.query("SELECT status, last_error FROM outbox WHERE id = ?", row["id"])
        assert row["status"] == "sent"


async def test_a_caring_reply_never_sent_because_the_process_stopped_goes_from_the_outbox(
    tmp_path: Path,
) -> None:
    """The disclosure is committed, then the process stops before the caring reply is sent:
    Telegram's retry finds the update handled, so the reply planned in the child's own
    transaction is what reaches them, once, a few seconds later."""
    async with BotWorld(tmp_path) as world:
        child = await _team(world)
        jess = await world.enrol_child(child, CHILD_CHAT)
        mark = world.api.mark(CHILD_CHAT)
        said = Incoming(
            "telegram",
            str(CHILD_CHAT),
            "text",
            text="i want to kill myself",
            update_id=7001,
            seat=TelegramChat(CHILD_CHAT),
        )
        outcome = await conversation.handle(world.services, said)  # committed; never shown
        assert outcome.alert_ids == [1]
        retried = await conversation.handle(world.services, said)  # Telegram's retry
        assert retried.duplicate and all(r.alert_id is None for r in retried.replies)

        state = scheduler.TickState()
        await scheduler.tick(world.app.bot, world.services, state)
        assert jess.messages[mark:] == [], "the reply shown at once is given its time first"
        after = aftercare.SUPPORT_REPLY_GRACE + timedelta(seconds=1)
        await _caring_reply_arrives_once(world, jess, mark, state, after=after)


async def test_a_caring_reply_shown_at_once_is_not_sent_again(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child = await _team(world)
        jess = await world.enrol_child(child, CHILD_CHAT)
        replies = await jess.send("he hits me every night")
        assert "0800 1111" in replies[0].text
        mark = world.api.mark(CHILD_CHAT)
        world.clock.advance(minutes=1)
        await scheduler.tick(world.app.bot, world.services, scheduler.TickState())
        assert jess.messages[mark:] == []
        [row] = await world.query(
            "SELECT status, last_error FROM outbox WHERE kind = ?", "support_reply"
        )
        assert (row["status"], row["last_error"]) == ("cancelled", "shown at once")
