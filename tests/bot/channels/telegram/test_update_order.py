"""Updates from different chats are handled at once; one chat's updates strictly in order.

The processor is driven as python-telegram-bot drives it (one task per update, created in the
order the updates arrived), with handlers that take longer for earlier updates, so anything
that let a chat's later update overtake an earlier one would show here. The last test runs the
real bot over the loopback Bot API with children in several chats writing at once.
"""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Any

from telegram import Update

from bot.channels.telegram.update_order import ChatOrderedUpdates, order_key
from bot.settings import Settings
from tests.support.telegram import BotWorld


def _update(update_id: int, chat_id: int | None) -> Update:
    if chat_id is None:
        return Update.de_json({"update_id": update_id}, None)
    raw: dict[str, Any] = {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "chat": {"id": chat_id, "type": "private"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Sam"},
            "text": f"answer {update_id}",
        },
    }
    return Update.de_json(raw, None)


class Recorder:
    """Handlers that note when each update starts and ends, and how many run at once."""

    def __init__(self) -> None:
        self.events: list[tuple[str, int, int]] = []  # (start|end, chat, update)
        self.running = 0
        self.most = 0

    async def handle(self, chat: int, update_id: int, seconds: float) -> None:
        self.running += 1
        self.most = max(self.most, self.running)
        self.events.append(("start", chat, update_id))
        await asyncio.sleep(seconds)
        self.events.append(("end", chat, update_id))
        self.running -= 1

    def order_in(self, chat: int) -> list[tuple[str, int]]:
        return [(kind, update) for kind, c, update in self.events if c == chat]


async def _feed(
    processor: ChatOrderedUpdates, work: list[tuple[int | None, int, float]]
) -> Recorder:
    """Hand ``(chat, update_id, seconds)`` to the processor in order, one task each (chat
    None: an update without a chat)."""
    recorder = Recorder()
    await processor.initialize()
    tasks = [
        asyncio.create_task(
            processor.process_update(
                _update(update_id, chat), recorder.handle(chat or 0, update_id, seconds)
            )
        )
        for chat, update_id, seconds in work
    ]
    await asyncio.gather(*tasks)
    await processor.shutdown()
    return recorder


async def test_one_chats_updates_run_one_after_another_in_arrival_order() -> None:
    processor = ChatOrderedUpdates(8)
    # The first update is the slowest: run side by side, the later ones would finish first.
    work: list[tuple[int | None, int, float]] = [
        (7, 1, 0.06),
        (7, 2, 0.03),
        (7, 3, 0),
        (7, 4, 0.01),
    ]
    recorder = await _feed(processor, work)
    assert recorder.order_in(7) == [
        ("start", 1),
        ("end", 1),
        ("start", 2),
        ("end", 2),
        ("start", 3),
        ("end", 3),
        ("start", 4),
        ("end", 4),
    ]
    assert processor.chats_in_hand == 0, "a chat's lock goes once nothing of it is waiting"


async def test_different_chats_run_side_by_side_within_the_bound() -> None:
    processor = ChatOrderedUpdates(3)
    work: list[tuple[int | None, int, float]] = [(c, 100 + c, 0.05) for c in range(1, 11)]
    started = asyncio.get_running_loop().time()
    recorder = await _feed(processor, work)
    took = asyncio.get_running_loop().time() - started
    assert recorder.most == 3, "three chats at once, never more"
    # Ten 50 ms updates three at a time take four rounds, not ten.
    assert took < 0.4
    assert processor.chats_in_hand == 0


async def test_a_chat_with_a_burst_holds_one_place_and_others_are_not_held_up() -> None:
    processor = ChatOrderedUpdates(2)
    burst: list[tuple[int | None, int, float]] = [(1, u, 0.03) for u in range(1, 9)]
    recorder = await _feed(processor, [*burst, (2, 50, 0.0), (3, 51, 0.0)])
    ends = [(chat, update) for kind, chat, update in recorder.events if kind == "end"]
    # Chats 2 and 3 are done long before chat 1's burst, though they came after all of it.
    assert ends.index((2, 50)) < 3 and ends.index((3, 51)) < 3
    assert [u for kind, u in recorder.order_in(1) if kind == "end"] == list(range(1, 9))


async def test_updates_without_a_chat_still_run_and_are_bounded() -> None:
    processor = ChatOrderedUpdates(2)
    recorder = await _feed(processor, [(None, 1, 0.02), (None, 2, 0.02), (None, 3, 0.02)])
    assert recorder.most == 2
    assert order_key(_update(9, None)) is None
    assert order_key(_update(9, 4242)) == 4242


async def test_the_bot_serves_many_chats_at_once_and_each_in_order(tmp_path: Path) -> None:
    settings = Settings(concurrent_chats=4)
    async with BotWorld(tmp_path, settings=settings) as world:
        processor = world.app.update_processor
        assert isinstance(processor, ChatOrderedUpdates)
        assert processor.concurrent_chats == 4
        chats = [9101 + n for n in range(6)]
        for n, chat in enumerate(chats):
            child = await world.add_child(f"C{n}", "Sam", date(2008, 1, 1))
            await world.enrol_child(child, chat)
        marks = {chat: world.api.mark(chat) for chat in chats}
        # Every young person writes three times without waiting for the bot in between.
        pushed: list[int] = []
        for chat in chats:
            for command in ("/help", "/mydata", "/help"):
                await world.api.send_text(chat, command)
                pushed.append(world.api.last_update_id)
        for update_id in pushed:
            await world.processed(update_id)
        for chat in chats:
            replies = [message.text for message in world.api.messages(chat)[marks[chat] :]]
            assert len(replies) == 3, replies
            help_text, data_text, help_again = replies
            assert help_text == help_again and data_text != help_text, replies
