"""The detector's patterns are compiled on first use (``surveys.on_first_use``); whatever reads
children's words compiles them as it starts, before the first message, so no child waits."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from hearme_dev.sandbox.records import Fault
from surveys import on_first_use
from surveys.support import support_reply
from tests.bot.channels.web.world import build_world, close_world
from tests.support.telegram import BotWorld


def _forget_every_pattern() -> None:
    for holder in on_first_use.holders():
        holder.forget()


def _all_built() -> bool:
    return all(holder.built for holder in on_first_use.holders())


async def test_the_bot_compiles_the_patterns_before_it_asks_for_its_first_update(
    tmp_path: Path,
) -> None:
    at_first_poll: list[bool] = []

    def watch(method: str, params: dict[str, Any]) -> Fault | None:
        if method == "getUpdates" and not at_first_poll:
            at_first_poll.append(_all_built())
        return None

    _forget_every_pattern()
    async with BotWorld(tmp_path, faults=watch) as world:
        iro = await world.add_staff("IRO1", "Ana Jones", "iro")
        child = await world.add_child("C1", "Jess", date(2008, 4, 4), iro_id=iro)
        jess = await world.enrol_child(child, 931)
        replies = await jess.send("my dad hits me")
    assert at_first_poll == [True]
    assert replies[0].text == support_reply("16_plus", "en", out_of_hours=False, assisted=False)


async def test_the_web_page_compiles_the_patterns_before_its_first_request(
    tmp_path: Path,
) -> None:
    _forget_every_pattern()
    world = await build_world(tmp_path)
    try:
        assert _all_built()
    finally:
        await close_world(world)
