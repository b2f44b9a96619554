"""Simulated children playing against a bot through the loopback Bot API, and what it cost.

A :class:`Player` is one child: ``/start``, then the answer the newest prompt asks for (a typed
answer on a question that takes words, else the first button; ticks on a multiple-choice
question end with Done). Each action waits until the bot has handled it (:class:`Handled`), as
a person waits for the next question. :func:`serve` starts a bot, lets a driver play children
against it, and returns a :class:`Pass`: actions, time, the latencies the stand-in observed
(update handed out to the bot's next message in that chat), the process's CPU time, and the
Bot API calls the bot made other than fetching updates.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from telegram import Update
from telegram.ext import Application, ContextTypes, TypeHandler

from bench.loopback import ObservedApi
from surveys.wording import PHRASES

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
TYPED = "I like drawing and football with my friends"
_LAST_GROUP = 99
_SKIP, _DONE = PHRASES["en"]["skip"], PHRASES["en"]["done"]


@dataclass(frozen=True)
class Pass:
    """One bot driven by simulated children: what was done, and what it took."""

    actions: int
    seconds: float
    latencies: list[float]
    cpu_seconds: float
    api_calls: int

    @property
    def per_second(self) -> float:
        return self.actions / self.seconds if self.seconds else 0.0

    def per_action(self, amount: float) -> float:
        return amount / self.actions if self.actions else 0.0


class Handled:
    """Knows when the bot has finished with an update (a handler in the last group)."""

    def __init__(self) -> None:
        self._done: set[int] = set()
        self._waiting: dict[int, asyncio.Future[None]] = {}

    def add_to(self, application: AnyApplication, services: object = None) -> None:
        application.add_handler(TypeHandler(Update, self._mark), group=_LAST_GROUP)

    async def _mark(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        self.done(update.update_id)

    def done(self, update_id: int) -> None:
        """Note that the bot has finished with update ``update_id``."""
        waiter = self._waiting.pop(update_id, None)
        if waiter is None:
            self._done.add(update_id)
        elif not waiter.done():
            waiter.set_result(None)

    async def wait(self, update_id: int, timeout: float = 60.0) -> None:
        if update_id in self._done:
            self._done.discard(update_id)
            return
        waiter = asyncio.get_running_loop().create_future()
        self._waiting[update_id] = waiter
        await asyncio.wait_for(waiter, timeout)


def latest_prompt(api: ObservedApi, chat_id: int) -> tuple[int, list[tuple[str, str]]] | None:
    """The newest message in the chat that still shows answer buttons."""
    for message in reversed(api.messages(chat_id)):
        buttons = [b for row in message.buttons for b in row if b[1] != "talk"]
        if buttons:
            return message.message_id, buttons
    return None


class Player:
    """One simulated child in one chat."""

    def __init__(self, api: ObservedApi, handled: Handled, chat_id: int) -> None:
        self.api = api
        self.handled = handled
        self.chat_id = chat_id
        self.actions = 0
        self.answers = 0  # actions that completed an answer
        self.finished = False

    async def _act(self, push: Awaitable[Any]) -> None:
        await push
        await self.handled.wait(self.api.last_update_for(self.chat_id))
        self.actions += 1

    async def act(self) -> None:
        """Take the next action: ``/start`` first, then answer what the newest prompt asks."""
        api, chat_id = self.api, self.chat_id
        if self.actions == 0:
            await self._act(api.send_text(chat_id, "/start"))
            return
        prompt = latest_prompt(api, chat_id)
        if prompt is None:
            self.finished = True  # nothing left to answer
            return
        message_id, buttons = prompt
        first_label, first_data = buttons[0]
        typed = first_label == _SKIP
        if typed:
            push: Awaitable[Any] = api.send_text(chat_id, TYPED)
        else:
            done = [data for label, data in buttons if label == _DONE]
            ticked = any(label.startswith("✅") for label, _ in buttons)
            data = done[0] if done and ticked else first_data
            push = api.press(chat_id, message_id, data)
        await self._act(push)
        shown = latest_prompt(api, chat_id)
        # A written answer is followed by "who can hear it" (that press completes it); a tick
        # redraws the same question; any other press moves on to a new message.
        if not typed and (shown is None or shown[0] != message_id):
            self.answers += 1

    async def play(self, answers: int) -> int:
        """Act until ``answers`` answers are given or nothing is left; returns the actions."""
        while not self.finished and (self.actions == 0 or self.answers < answers):
            await self.act()
        return self.actions


class Address(Protocol):
    """Where a bot finds the Bot API stand-in (in this process or another)."""

    @property
    def token(self) -> str: ...

    @property
    def base_url(self) -> str: ...


Make = Callable[[Address, Handled], AnyApplication]
Drive = Callable[[ObservedApi, Handled], Coroutine[Any, Any, int]]


def saturating(chats: list[int], answers: int) -> Drive:
    """Every child at once, each acting as soon as the last action was handled."""

    async def drive(api: ObservedApi, handled: Handled) -> int:
        players = [Player(api, handled, chat) for chat in chats]
        return sum(await asyncio.gather(*(player.play(answers) for player in players)))

    return drive


@asynccontextmanager
async def polling(application: AnyApplication) -> AsyncIterator[None]:
    """The bot started and long-polling the stand-in for as long as the context lasts."""
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        yield
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


async def serve(make: Make, drive: Drive) -> Pass:
    """Start the bot ``make`` builds on a fresh stand-in, run ``drive``, stop the bot."""
    handled = Handled()
    async with ObservedApi() as api:
        application = make(api, handled)
        handled.add_to(application)
        async with polling(application):
            calls_before = len(api.calls)
            cpu, began = time.process_time(), time.perf_counter()
            count = await drive(api, handled)
            seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
            calls = sum(1 for c in api.calls[calls_before:] if c.method.lower() != "getupdates")
        return Pass(count, seconds, list(api.latencies), cpu, calls)
