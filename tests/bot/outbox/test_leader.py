"""Several workers on one PostgreSQL database: every worker sends the outbox (an alert notice
reaches duty from whichever worker ticks first), only the leader runs the scheduled jobs, and a
worker takes the lead when the leader goes."""

from __future__ import annotations

import asyncio
import time
from datetime import date
from pathlib import Path
from typing import Any

from bot.outbox import scheduler
from hearme_dev.sandbox import Fault
from storage.db import Database
from storage.leader import take_lead
from tests.support.telegram import BotWorld

IRO_CHAT, DUTY_CHAT, CHILD_CHAT = 901, 903, 501


def _fail_duty(method: str, params: dict[str, Any]) -> Fault | None:
    if method.lower() == "sendmessage" and int(params.get("chat_id", 0)) == DUTY_CHAT:
        return Fault.server_error()
    return None


def _alerts_to(world: BotWorld, chat_id: int) -> list[str]:
    return [m.text for m in world.api.messages(chat_id) if m.button_data[:1] == ["ack:1"]]


async def test_every_worker_sends_and_another_worker_takes_the_lead(
    tmp_path: Path, postgres_migrated_url: str
) -> None:
    leader = await Database.open(postgres_migrated_url)  # another worker, leading
    try:
        assert await take_lead(leader)
        async with BotWorld(tmp_path, database=postgres_migrated_url) as world:
            iro = await world.add_staff("IRO1", "Ana Jones", "iro")
            duty = await world.add_staff("D1", "Dee Duty", "duty")
            await world.enrol_staff(iro, IRO_CHAT)
            await world.enrol_staff(duty, DUTY_CHAT)
            child = await world.add_child("C1", "Jess", date(2008, 4, 4), iro_id=iro)
            jess = await world.enrol_child(child, CHILD_CHAT)
            world.api.faults = _fail_duty
            await jess.send("he hits me every night")
            assert len(_alerts_to(world, IRO_CHAT)) == 1 and _alerts_to(world, DUTY_CHAT) == []
            [row] = await world.query(
                "SELECT status FROM outbox WHERE kind = 'alert_notice' AND status != 'cancelled'"
            )
            assert row["status"] == "pending"
            world.api.faults = None

            state = scheduler.TickState()
            await scheduler.tick(world.app.bot, world.services, state)
            assert not state.leading, "another worker leads"
            assert len(_alerts_to(world, DUTY_CHAT)) == 1, "a worker that does not lead sends too"

            await leader.close()  # the leading worker stops: its lock goes with its connection
            deadline = time.monotonic() + 10
            while not state.leading:  # the server lets go once it sees the connection end
                assert time.monotonic() < deadline, "nobody took over within 10 s"
                await asyncio.sleep(0.1)
                await scheduler.tick(world.app.bot, world.services, state)
            assert len(_alerts_to(world, DUTY_CHAT)) == 1
            [row] = await world.query(
                "SELECT status FROM outbox WHERE kind = 'alert_notice' AND status != 'cancelled'"
            )
            assert row["status"] == "sent"
    finally:
        await leader.close()
