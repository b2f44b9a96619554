"""Workers behind one webhook address on one PostgreSQL database: Telegram's post is answered
only once its update is handled, each update is handled once, and one chat's updates are
handled one at a time, never an older button press after a newer update (issue 19)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
from telegram import Update
from telegram.ext import ContextTypes, TypeHandler

from bot import runner
from bot.channels.telegram.app import AnyApplication
from bot.services import Services
from hearme_dev.ports import free_port
from storage.crypto import load_cipher
from storage.db import Database
from surveys.catalogue import load_definitions
from tests.support.postgres import query
from tests.support.telegram import BotWorld
from tests.support.webhook import SECRET_HEADER, start_worker, text_update

# Handled by every worker after hearme's own handlers: how long each update of a chat was in
# hand, to see whether two workers ever had one chat at the same time.
HELD = 0.2


def _press(update_id: int, chat_id: int) -> dict[str, object]:
    person = {"id": chat_id, "is_bot": False, "first_name": "Sam"}
    pressed = text_update(update_id, chat_id)["message"]
    return {
        "update_id": update_id,
        "callback_query": {
            "id": str(update_id),
            "from": person,
            "chat_instance": str(chat_id),
            "data": "stale",
            "message": pressed,
        },
    }


class Fleet:
    """Two workers, each with its own database connection, behind their webhook ports."""

    def __init__(self, world: BotWorld) -> None:
        self.world = world
        self.ports = [free_port(), free_port()]
        self.in_hand: list[tuple[int, float, float]] = []  # (chat, start, end)

    def _hold(self, application: AnyApplication, services: Services) -> None:
        async def hold(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            began = time.monotonic()
            await asyncio.sleep(HELD)
            assert update.effective_chat is not None
            self.in_hand.append((update.effective_chat.id, began, time.monotonic()))

        application.add_handler(TypeHandler(Update, hold), group=98)

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[Fleet]:
        world = self.world
        apps: list[AnyApplication] = []
        databases: list[Database] = []
        try:
            for port in self.ports:
                assert isinstance(world.db_target, str)
                db = await Database.open(world.db_target, cipher=load_cipher(world.key_path))
                databases.append(db)
                services = Services(db=db, definitions=load_definitions(), settings=world.settings)
                apps.append(await start_worker(world, services, port, extra=(self._hold,)))
            yield self
        finally:
            for app in apps:
                await runner._stop_telegram(app)
            for db in databases:
                await db.close()

    async def post(self, worker: int, update: dict[str, object]) -> int:
        headers = {SECRET_HEADER: self.world.api.webhook_secret}
        address = f"http://127.0.0.1:{self.ports[worker]}/telegram"
        async with (
            aiohttp.ClientSession() as http,
            http.post(address, json=update, headers=headers) as response,
        ):
            return response.status


async def test_an_update_is_acknowledged_once_handled_and_handled_once(
    tmp_path: Path, postgres_migrated_url: str
) -> None:
    async with (
        BotWorld(tmp_path, database=postgres_migrated_url, run_bot=False) as world,
        Fleet(world).running() as fleet,
    ):
        assert await fleet.post(0, text_update(7001, 640)) == 200
        # Answered only after the handlers ran: the reply is already at the Bot API.
        assert len(world.api.messages(640)) == 1
        # The same update delivered again, to the other worker: nothing happens twice.
        assert await fleet.post(1, text_update(7001, 640)) == 200
        assert len(world.api.messages(640)) == 1
        assert query(postgres_migrated_url, "SELECT update_id FROM processed_updates") == [(7001,)]
        # Not an update at all: refused, and nothing is handled.
        assert await fleet.post(1, {"not": "an update"}) == 400


async def test_a_late_button_press_is_not_handled_but_late_words_are_kept(
    tmp_path: Path, postgres_migrated_url: str
) -> None:
    async with (
        BotWorld(tmp_path, database=postgres_migrated_url, run_bot=False) as world,
        Fleet(world).running() as fleet,
    ):
        assert await fleet.post(0, text_update(7102, 650, "second")) == 200
        assert len(world.api.messages(650)) == 1
        # A press retried after its worker died, arriving after a newer update: stale.
        assert await fleet.post(1, _press(7101, 650)) == 200
        assert len(world.api.messages(650)) == 1, "the older press was handled after the newer"
        assert query(postgres_migrated_url, "SELECT update_id FROM processed_updates") == [(7102,)]
        # Words that arrive late are handled all the same: nothing a child wrote is dropped
        # unread (it may be a disclosure).
        assert await fleet.post(1, text_update(7100, 650, "first")) == 200
        assert len(world.api.messages(650)) == 2
        handled = query(postgres_migrated_url, "SELECT update_id FROM processed_updates")
        assert sorted(handled) == [(7100,), (7102,)]
        # Another chat's older update is not held back by this one.
        assert await fleet.post(1, text_update(7099, 651)) == 200
        assert len(world.api.messages(651)) == 1


async def test_two_workers_never_handle_one_chat_at_the_same_time(
    tmp_path: Path, postgres_migrated_url: str
) -> None:
    async with (
        BotWorld(tmp_path, database=postgres_migrated_url, run_bot=False) as world,
        Fleet(world).running() as fleet,
    ):
        rounds = 0
        while rounds < 5:  # four updates of one chat at once, to the two workers
            chat = 660 + 10 * rounds
            statuses = await asyncio.gather(
                *(fleet.post(n % 2, text_update(7200 + 10 * rounds + n, chat)) for n in range(4))
            )
            assert statuses == [200] * 4
            rounds += 1
            if len([c for c, _, _ in fleet.in_hand if c == chat]) >= 2:
                break
        for chat in {c for c, _, _ in fleet.in_hand}:
            one_chat = sorted((start, end) for c, start, end in fleet.in_hand if c == chat)
            for (_, end), (start, _) in itertools.pairwise(one_chat):
                assert start >= end, "two workers had the same chat in hand at once"
        assert (
            max(len([c for c, _, _ in fleet.in_hand if c == chat]) for chat, _, _ in fleet.in_hand)
            >= 2
        ), "never two updates of one chat handled: nothing was shown"
        fleet.in_hand.clear()
        statuses = await asyncio.gather(
            *(fleet.post(n % 2, text_update(7300 + n, 761 + n)) for n in range(4))
        )
        assert statuses == [200] * 4
        others = [(start, end) for _, start, end in fleet.in_hand]
        # Different chats are handled side by side, across the two workers.
        assert len(others) == 4
        assert max(s for s, _ in others) < min(e for _, e in others)
