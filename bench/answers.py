"""Figure 1: answer throughput and handling latency, hearme against a bare bot, same run.

Hundreds of simulated children answer ``my_review`` at once through the real ``Application``
(``bot.channels.telegram.app.build_application``) long-polling the loopback Bot API, into the real
SQLite file
(``synchronous=FULL``). Each child acts only after the bot has handled their last action, as a
person would. The figure is child actions handled per second (a written answer takes two
actions: the words, then who may hear them; ticks on a multiple-choice question end with Done),
and the latency from the stand-in handing out an update to the bot's next message in that chat.
The baseline is a bare python-telegram-bot ``Application`` that answers every message and button
with a fixed text through the same stand-in, driven the same way.

Both run without a rate limiter: this measures how fast the bot handles answers, not Telegram's
flood limits (figure 2 covers those). The bare bot serves the same number of children at once
but for a third of the answers each: its rate is steady after a few rounds, and the time saved keeps
``make bench`` inside its ten minutes.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bench import seed
from bench.loopback import ObservedApi, percentile
from bench.table import INFO, Goal, Row
from bot.channels.telegram.app import build_application
from bot.conversation.service import offer_in
from bot.services import Services
from storage.crypto import load_cipher
from storage.db import Database
from surveys.catalogue import load_definitions
from surveys.wording import PHRASES

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
GOAL = Goal("ratio_at_least", 0.6)
CHILDREN = 500
ANSWERS = 5000
TYPED = "I like drawing and football with my friends"
BARE_TEXT = "Thanks, got it."
_LAST_GROUP = 99
_SKIP, _DONE = PHRASES["en"]["skip"], PHRASES["en"]["done"]


@dataclass(frozen=True)
class Sizes:
    children: int
    answers: int

    @property
    def answers_per_child(self) -> int:
        return math.ceil(self.answers / self.children)

    @property
    def bare_answers_per_child(self) -> int:
        return max(3, self.answers_per_child // 3)


def sizes(scale: float) -> Sizes:
    """500 children and 5,000 answers at scale 1; never fewer than 4 children, 2 answers each."""
    children = max(4, round(CHILDREN * scale))
    return Sizes(children, max(2 * children, round(ANSWERS * scale)))


@dataclass(frozen=True)
class Pass:
    """One bot driven by the simulated children: actions handled, time, latencies."""

    actions: int
    seconds: float
    latencies: list[float]

    @property
    def per_second(self) -> float:
        return self.actions / self.seconds if self.seconds else 0.0


class Handled:
    """Knows when the bot has finished with an update (a handler in the last group)."""

    def __init__(self) -> None:
        self._done: set[int] = set()
        self._waiting: dict[int, asyncio.Future[None]] = {}

    def add_to(self, application: AnyApplication, services: object = None) -> None:
        application.add_handler(TypeHandler(Update, self._mark), group=_LAST_GROUP)

    async def _mark(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        waiter = self._waiting.pop(update.update_id, None)
        if waiter is None:
            self._done.add(update.update_id)
        elif not waiter.done():
            waiter.set_result(None)

    async def wait(self, update_id: int, timeout: float = 60.0) -> None:
        if update_id in self._done:
            self._done.discard(update_id)
            return
        waiter = asyncio.get_running_loop().create_future()
        self._waiting[update_id] = waiter
        await asyncio.wait_for(waiter, timeout)


async def _act(api: ObservedApi, handled: Handled, push: Awaitable[Any], chat_id: int) -> None:
    await push
    await handled.wait(api.last_update_for(chat_id))


def _prompt_buttons(api: ObservedApi, chat_id: int, message_id: int) -> list[tuple[str, str]]:
    for message in api.messages(chat_id):
        if message.message_id == message_id:
            return [button for row in message.buttons for button in row]
    return []


async def _child(api: ObservedApi, handled: Handled, chat_id: int, answers: int) -> int:
    """Play one child: /start, then answer the prompts shown until ``answers`` answers are
    given (or the run is finished); returns the actions taken, /start included.

    A written answer is followed by "who can hear it", and ticks on a multiple-choice question
    by Done: only the action that completes an answer counts towards ``answers``.
    """
    await _act(api, handled, api.send_text(chat_id, "/start"), chat_id)
    taken, given = 1, 0
    while given < answers:
        prompt = _latest_prompt(api, chat_id)
        if prompt is None:
            break  # finished: nothing left to answer
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
        await _act(api, handled, push, chat_id)
        taken += 1
        shown = _latest_prompt(api, chat_id)
        # A tick redraws the same question; an answer moves on to a new message.
        if not typed and (shown is None or shown[0] != message_id):
            given += 1
    return taken


def _latest_prompt(api: ObservedApi, chat_id: int) -> tuple[int, list[tuple[str, str]]] | None:
    """The newest message in the chat that still shows answer buttons."""
    for message in reversed(api.messages(chat_id)):
        buttons = [b for row in message.buttons for b in row if b[1] != "talk"]
        if buttons:
            return message.message_id, buttons
    return None


async def _drive(
    api: ObservedApi, handled: Handled, chats: list[int], answers: int
) -> tuple[int, float]:
    started = time.perf_counter()
    taken = await asyncio.gather(*(_child(api, handled, c, answers) for c in chats))
    return sum(taken), time.perf_counter() - started


async def _serve(
    make: Callable[[ObservedApi, Handled], AnyApplication], chats: list[int], answers: int
) -> Pass:
    handled = Handled()
    async with ObservedApi() as api:
        application = make(api, handled)
        await application.initialize()
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            count, seconds = await _drive(api, handled, chats, answers)
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()
        return Pass(count, seconds, list(api.latencies))


async def hearme_pass(workdir: Path, size: Sizes) -> tuple[Pass, int]:
    """hearme answering; returns the pass and how many answers the database holds."""
    db_path, key_path = workdir / "answers.db", workdir / "answers.key"
    await seed.create_database(db_path, key_path)
    now = seed.saturday_morning()
    conn = seed.connect(db_path)
    iros = seed.add_staff(conn, max(1, size.children // 60))
    rng = random.Random(1)
    children = seed.add_children(
        conn, size.children, ages=range(8, 18), on=now.date(), iro_ids=iros, rng=rng
    )
    chat_of = seed.enrol(conn, children, first_chat=10_000, on=now.date())
    conn.close()
    db = await Database.open(db_path, cipher=load_cipher(key_path))
    services = Services(db=db, definitions=load_definitions(), clock=lambda: now)
    try:
        async with db.transaction() as writer:
            for child in children:
                await offer_in(
                    services,
                    writer,
                    child_id=child.id,
                    definition_id="my_review",
                    review_id=None,
                    now=now,
                    closes_at=None,
                )

        def make(api: ObservedApi, handled: Handled) -> AnyApplication:
            return build_application(
                services,
                token=api.token,
                base_url=api.base_url,
                extra=(handled.add_to,),
                rate_limiter=False,
            )

        result = await _serve(make, list(chat_of.values()), size.answers_per_child)
        async with db.reader.execute("SELECT COUNT(*) FROM answers") as cursor:
            row = await cursor.fetchone()
        return result, int(row[0]) if row else 0
    finally:
        await db.close()


async def _bare_reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer()
    chat = update.effective_chat
    assert chat is not None
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("OK", callback_data="ok")]])
    await context.bot.send_message(chat.id, BARE_TEXT, reply_markup=keyboard)


async def bare_pass(size: Sizes) -> Pass:
    """The baseline: a bare python-telegram-bot bot replying with a fixed text."""

    def make(api: ObservedApi, handled: Handled) -> AnyApplication:
        application: AnyApplication = (
            ApplicationBuilder().token(api.token).base_url(api.base_url).build()
        )
        application.add_handler(MessageHandler(filters.ALL, _bare_reply))
        application.add_handler(CallbackQueryHandler(_bare_reply))
        handled.add_to(application)
        return application

    chats = [10_000 + i for i in range(size.children)]
    return await _serve(make, chats, size.bare_answers_per_child)


async def measure(scale: float, workdir: Path) -> list[Row]:
    """Both passes, the bare bot first, and the rows they give."""
    size = sizes(scale)
    bare = await bare_pass(size)
    hearme, stored = await hearme_pass(workdir, size)
    ms = 1000.0
    return [
        Row(
            "answers: child actions handled/s",
            hearme.per_second,
            bare.per_second,
            "/s",
            GOAL,
            note=f"{size.children} children, {hearme.actions} actions by hearme, "
            f"{bare.actions} by the bare bot",
        ),
        Row(
            "answers: stored in SQLite",
            float(stored),
            float(size.answers),
            "answers",
            Goal("ratio_at_least", 1.0),
        ),
        *(
            Row(
                f"answers: latency p{round(share * 100)}",
                percentile(hearme.latencies, share) * ms,
                percentile(bare.latencies, share) * ms,
                "ms",
                INFO,
            )
            for share in (0.5, 0.95)
        ),
    ]


def run(scale: float, workdir: Path) -> list[Row]:
    """Figure 1 at ``scale`` (1 = 500 children, 5,000 answers), files under ``workdir``."""
    return asyncio.run(measure(scale, workdir))
