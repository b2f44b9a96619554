"""On a fleet, an alert whose worker died before telling staff still reaches duty: the child's
transaction planned a notice that any worker sends a few seconds later (issue 19)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.outbox import scheduler
from bot.safeguarding import backstop, telling
from tests.support.telegram import BotWorld

IRO_CHAT, DUTY_CHAT, CHILD_CHAT = 911, 913, 511


async def _world_with_a_child(world: BotWorld) -> int:
    iro = await world.add_staff("IRO1", "Ana Jones", "iro")
    duty = await world.add_staff("D1", "Dee Duty", "duty")
    await world.enrol_staff(iro, IRO_CHAT)
    await world.enrol_staff(duty, DUTY_CHAT)
    return await world.add_child("C1", "Jess", date(2008, 4, 4), iro_id=iro)


def _alerts_to(world: BotWorld, chat_id: int) -> int:
    return sum(1 for m in world.api.messages(chat_id) if m.button_data[:1] == ["ack:1"])


async def test_told_at_once_the_backstop_stands_down(
    tmp_path: Path, postgres_migrated_url: str
) -> None:
    async with BotWorld(tmp_path, database=postgres_migrated_url) as world:
        jess = await world.enrol_child(await _world_with_a_child(world), CHILD_CHAT)
        await jess.send("he hits me every night")
        assert _alerts_to(world, DUTY_CHAT) == 1
        [row] = await world.query(
            "SELECT status, last_error FROM outbox WHERE kind = ?", "alert_notice"
        )
        assert (row["status"], row["last_error"]) == ("cancelled", "told at once")
        world.clock.advance(seconds=backstop.DELAY.total_seconds() + 1)
        await scheduler.tick(world.app.bot, world.services, scheduler.TickState())
        assert _alerts_to(world, DUTY_CHAT) == 1, "duty was told twice"


async def test_a_worker_dying_before_telling_staff_leaves_the_backstop(
    tmp_path: Path, postgres_migrated_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with BotWorld(tmp_path, database=postgres_migrated_url) as world:
        jess = await world.enrol_child(await _world_with_a_child(world), CHILD_CHAT)

        async def died(*args: object, **kwargs: object) -> None:
            """The worker was killed after the child's commit: nobody is told."""

        monkeypatch.setattr(telling, "tell_staff", died)
        await jess.send("he hits me every night")
        assert _alerts_to(world, DUTY_CHAT) == 0
        state = scheduler.TickState()
        await scheduler.tick(world.app.bot, world.services, state)
        assert _alerts_to(world, DUTY_CHAT) == 0, "not due yet: telling at once may still come"
        world.clock.advance(seconds=backstop.DELAY.total_seconds())
        await scheduler.tick(world.app.bot, world.services, state)
        assert _alerts_to(world, DUTY_CHAT) == 1 and _alerts_to(world, IRO_CHAT) == 1


async def test_a_file_plans_no_backstop(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        if world.services.db.url is not None:
            pytest.skip("the bot's tests run on PostgreSQL here")
        jess = await world.enrol_child(await _world_with_a_child(world), CHILD_CHAT)
        await jess.send("he hits me every night")
        assert _alerts_to(world, DUTY_CHAT) == 1
        assert await world.query("SELECT id FROM outbox WHERE kind = ?", "alert_notice") == []
