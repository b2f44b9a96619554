"""The demo's stage: an injected clock, the loopback Bot API and the real bot long-polling it.

The bot is the one ``hearme run`` starts (``bot.channels.telegram.app.build_application`` with the
scheduler and
the staff commands), pointed at :class:`hearme_dev.sandbox.FakeBotApi`. Its repeating outbox job is
taken off the job queue: the demo calls :func:`bot.outbox.scheduler.tick` itself after each move of
the clock, so a year passes in seconds and nothing waits for real time.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import ContextTypes, TypeHandler

from bot.channels.telegram.app import AnyApplication, build_application
from bot.outbox import scheduler
from bot.services import Services
from bot.staff import commands as staff
from hearme_dev.sandbox import FakeBotApi, Fault

# Long polling returns as soon as an update is pushed; the timeout only bounds shutting down.
POLL_TIMEOUT = 1
_DONE_GROUP = 99
_WAIT_SECONDS = 30.0
# Many children answer at once; the bot handles their updates side by side.
CONCURRENT_UPDATES = 8


@dataclass
class DemoClock:
    """The demo's "now": moved by the orchestration, read by every part of the bot."""

    now: datetime
    zone: ZoneInfo

    def __call__(self) -> datetime:
        return self.now

    def set_local(self, day: date, at: time) -> datetime:
        """Move to ``at`` on ``day`` in the council's time zone."""
        self.now = datetime.combine(day, at, tzinfo=self.zone)
        return self.now


@dataclass
class Stage:
    """The running bot, its Bot API stand-in, and a way to wait until an update is handled."""

    services: Services
    blocked: set[int] = field(default_factory=set)
    api: FakeBotApi = field(init=False)
    app: AnyApplication = field(init=False)
    tick_state: scheduler.TickState = field(default_factory=scheduler.TickState)

    def __post_init__(self) -> None:
        self.api = FakeBotApi(faults=self._fault)
        self._handled: set[int] = set()
        self._changed = asyncio.Condition()

    def _fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        """A chat that blocked the bot gets Telegram's 403 for everything sent to it."""
        chat = params.get("chat_id")
        if chat is not None and str(chat).lstrip("-").isdigit() and int(chat) in self.blocked:
            return Fault.blocked()
        return None

    async def start(self) -> None:
        """Start the stand-in and the bot (long polling it), without the repeating outbox job."""
        # The scheduler reads both forms of a 429's retry_after; opt in so PTB does not warn.
        os.environ.setdefault("PTB_TIMEDELTA", "1")
        await self.api.start()
        self.app = build_application(
            self.services,
            token=self.api.token,
            base_url=self.api.base_url,
            extra=(scheduler.register, staff.register, self._track),
            rate_limiter=False,  # the stand-in has no flood limits; pacing would only slow it
            concurrent_updates=CONCURRENT_UPDATES,
        )
        assert self.app.job_queue is not None
        for job in self.app.job_queue.get_jobs_by_name(scheduler.JOB_NAME):
            job.schedule_removal()
        await self.app.initialize()
        await self.app.start()
        assert self.app.updater is not None
        await self.app.updater.start_polling(poll_interval=0.0, timeout=POLL_TIMEOUT)

    async def stop(self) -> None:
        """Stop polling, let the bot finish, stop the stand-in."""
        if self.app.updater is not None and self.app.updater.running:
            await self.app.updater.stop()
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()
        await self.api.stop()

    def _track(self, application: AnyApplication, services: Services) -> None:
        """A last handler group that notes each update once every other group is done."""

        async def done(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            async with self._changed:
                self._handled.add(update.update_id)
                self._changed.notify_all()

        application.add_handler(TypeHandler(Update, done), group=_DONE_GROUP)

    async def handled(self, update_id: int) -> None:
        """Wait until the bot has finished with update ``update_id``."""
        async with self._changed:
            await asyncio.wait_for(
                self._changed.wait_for(lambda: update_id in self._handled), _WAIT_SECONDS
            )

    async def tick(self) -> None:
        """Run the scheduler until it has nothing more due now (it sends 50 rows a pass)."""
        for _ in range(10):
            before = len(self.api.calls)
            await scheduler.tick(self.app.bot, self.services, self.tick_state)
            # The poller's own getUpdates calls land in the same list: count only sends.
            if not any(call.method != "getUpdates" for call in self.api.calls[before:]):
                return

    async def send_text(self, chat_id: int, text: str) -> None:
        """A person types ``text``; returns once the bot has handled it."""
        message = await self.api.send_text(chat_id, text)
        await self._after(
            lambda raw: (
                (raw.get("message") or {}).get("message_id") == message.message_id
                and raw["message"]["chat"]["id"] == chat_id
            )
        )

    async def press(self, chat_id: int, message_id: int, data: str) -> None:
        """A person taps a button; returns once the bot has handled it."""
        query_id = await self.api.press(chat_id, message_id, data)
        await self._after(lambda raw: (raw.get("callback_query") or {}).get("id") == query_id)

    async def _after(self, mine: Callable[[dict[str, Any]], bool]) -> None:
        # Many people act at once, so the newest update may be someone else's: find ours.
        update_id = next(int(raw["update_id"]) for raw in reversed(self.api.updates) if mine(raw))
        await self.handled(update_id)


async def gather_all(work: list[Awaitable[Any]]) -> list[Any]:
    """Run many people's turns at once; the first failure is raised after all have finished."""
    results = await asyncio.gather(*work, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results
