"""The Bot API stand-in: each person's push returns the id of their own update, even when
several people's pushes interleave (tests wait for that id to be handled)."""

from __future__ import annotations

import asyncio

from hearme_dev.sandbox import FakeBotApi


class BusyBotApi(FakeBotApi):
    """Waking the poller yields to other tasks, as it does when the lock is contended."""

    async def _notify(self) -> None:
        await asyncio.sleep(0)
        await super()._notify()


async def test_interleaved_pushes_each_return_their_own_update_id() -> None:
    async with BusyBotApi() as api:
        raws = [
            {"message": {"message_id": 1, "date": 0, "chat": {"id": chat, "type": "private"}}}
            for chat in (1001, 1002, 1003)
        ]
        ids = await asyncio.gather(*(api.push_update(raw) for raw in raws))
        by_id = {int(update["update_id"]): update for update in api.updates}
        chats = [by_id[update_id]["message"]["chat"]["id"] for update_id in ids]
        assert chats == [1001, 1002, 1003]
        assert len(set(ids)) == 3


async def test_a_redelivered_update_keeps_its_id() -> None:
    async with FakeBotApi() as api:
        first = await api.push_update({"update_id": 41, "message": {"message_id": 1}})
        again = await api.push_update(dict(api.updates[0]))
        assert (first, again) == (41, 41)
