"""A whole hearme bot for tests: a temporary database and key, the loopback Bot API, and the
real ``Application`` long-polling it in the background, plus helpers that play a child or a
member of staff.

    async with BotWorld(tmp_path) as world:
        iro = await world.add_staff("IRO1", "Ana Iro", "iro")
        child = await world.add_child("C1", "Sam", date(2008, 1, 2), iro_id=iro)
        sam = await world.enrol_child(child, chat_id=1001)
        replies = await sam.send("hello")

Every action waits until the bot has finished handling that update (a last handler group
records processed update ids), so tests never sleep.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import ContextTypes, TypeHandler

from bot.channels.telegram.app import AnyApplication, Extra, build_application
from bot.services import Services
from bot.settings import Settings
from hearme_dev.sandbox import BotMessage, FakeBotApi, FaultHook
from storage import invites
from storage.crypto import create_key_file, load_cipher
from storage.db import Database
from storage.times import iso
from surveys.bands import age_on
from surveys.catalogue import load_definitions
from surveys.engine import Prompt, RunState
from tests.support.postgres import shared_database

# Tuesday mid-morning in London: inside office hours and outside quiet hours.
DEFAULT_NOW = datetime(2026, 3, 10, 10, 30, tzinfo=UTC)
POLL_TIMEOUT = 1
_DONE_GROUP = 99


@dataclass
class Clock:
    """An injectable clock that tests move by hand."""

    now: datetime = DEFAULT_NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@dataclass
class BotWorld:
    """The running bot over a temporary database; use as ``async with``."""

    tmp_path: Path
    extra: Sequence[Extra] = ()
    settings: Settings = field(default_factory=Settings)
    faults: FaultHook | None = None
    clock: Clock = field(default_factory=Clock)
    rate_limiter: bool = True
    run_bot: bool = True
    """False: only the database and the Bot API stand-in (the bot runs in another process)."""
    database: str | None = None
    """A ``postgresql://`` URL to use instead of a file in ``tmp_path``."""

    def __post_init__(self) -> None:
        self.db_path = self.tmp_path / "hearme.db"
        self.db_target: Path | str = self.database or shared_database() or self.db_path
        self.key_path = self.tmp_path / "hearme.key"
        self.api = FakeBotApi(faults=self.faults)
        self._processed: Counter[int] = Counter()
        self._seen = asyncio.Condition()
        self.app: AnyApplication

    async def __aenter__(self) -> BotWorld:
        create_key_file(self.key_path)
        self.db = await Database.open(self.db_target, cipher=load_cipher(self.key_path))
        self.services = Services(
            db=self.db, definitions=load_definitions(), settings=self.settings, clock=self.clock
        )
        await self.api.start()
        if not self.run_bot:
            return self
        self.app = build_application(
            self.services,
            token=self.api.token,
            base_url=self.api.base_url,
            extra=(*self.extra, self._track_processed),
            rate_limiter=self.rate_limiter,
        )
        await self.app.initialize()
        await self.app.start()
        assert self.app.updater is not None
        await self.app.updater.start_polling(poll_interval=0.0, timeout=POLL_TIMEOUT)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.run_bot:
            assert self.app.updater is not None
            await self.app.updater.stop()
            await self.app.stop()
            await self.app.shutdown()
        await self.api.stop()
        await self.db.close()

    # -- knowing when an update has been handled ------------------------------------------
    def _track_processed(self, application: AnyApplication, services: Services) -> None:
        async def done(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            async with self._seen:
                self._processed[update.update_id] += 1
                self._seen.notify_all()

        application.add_handler(TypeHandler(Update, done), group=_DONE_GROUP)

    async def processed(self, update_id: int, times: int = 1, timeout: float = 10.0) -> None:
        """Wait until the bot has handled update ``update_id`` (``times`` times in all)."""
        async with self._seen:
            await asyncio.wait_for(
                self._seen.wait_for(lambda: self._processed[update_id] >= times), timeout
            )

    async def act(
        self, chat_id: int, push: Awaitable[Any], *, again: int | None = None
    ) -> list[BotMessage]:
        """Do something as a person, wait for the bot, return the new messages to that chat.

        ``again`` names the update id when ``push`` re-delivers an update already handled.
        """
        mark = self.api.mark(chat_id)
        expected = 1 if again is None else self._processed[again] + 1
        await push
        await self.processed(self.api.last_update_id if again is None else again, expected)
        return self.api.messages(chat_id)[mark:]

    async def redeliver(self, chat_id: int, raw: dict[str, Any]) -> list[BotMessage]:
        """Deliver an update again with the same id, as Telegram may; returns new messages."""
        return await self.act(chat_id, self.api.push_update(raw), again=int(raw["update_id"]))

    # -- people -------------------------------------------------------------------------------
    async def add_staff(self, ref: str, name: str, role: str) -> int:
        at = iso(self.clock())
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO staff (staff_ref, name, role, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (ref, name, role, at, at),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    async def add_child(
        self,
        ref: str,
        first_name: str,
        date_of_birth: date,
        *,
        iro_id: int | None = None,
        language: str = "en",
        preferred_name: str | None = None,
        words: dict[str, str] | None = None,
    ) -> int:
        at = iso(self.clock())
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO children (child_ref, first_name, preferred_name, date_of_birth, "
                "iro_id, language, preferred_words, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    ref,
                    first_name,
                    preferred_name,
                    date_of_birth.isoformat(),
                    iro_id,
                    language,
                    json.dumps(words or {}),
                    at,
                    at,
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    async def invite(
        self, kind: str, *, child_id: int | None = None, staff_id: int | None = None, days: int = 14
    ) -> str:
        async with self.db.transaction() as conn:
            return await invites.create_invite(
                conn, kind=kind, child_id=child_id, staff_id=staff_id, now=self.clock(), days=days
            )

    def chat(self, chat_id: int) -> Player:
        return Player(self, chat_id)

    async def enrol_child(self, child_id: int, chat_id: int) -> Player:
        """Enrol with the right invite for the child's age: their own at 16+, else assisted."""
        rows = await self.query("SELECT date_of_birth FROM children WHERE id = ?", child_id)
        age = age_on(date.fromisoformat(rows[0]["date_of_birth"]), self.clock().date())
        code = await self.invite("child" if age >= 16 else "assisted", child_id=child_id)
        player = self.chat(chat_id)
        await player.send(f"/start {code}")
        return player

    async def enrol_staff(self, staff_id: int, chat_id: int) -> Player:
        code = await self.invite("staff", staff_id=staff_id)
        player = self.chat(chat_id)
        await player.send(f"/start {code}")
        return player

    # -- looking inside -----------------------------------------------------------------------
    async def query(self, sql: str, *params: object) -> list[Any]:
        async with self.db.reader.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def offer(
        self, child_id: int, definition_id: str, *, review_id: int | None = None
    ) -> int:
        from bot.conversation.service import offer

        return await offer(
            self.services,
            child_id=child_id,
            definition_id=definition_id,
            review_id=review_id,
            now=self.clock(),
            closes_at=None,
        )

    async def prompt_of(self, run_id: int) -> Prompt:
        """What the engine says the run is on now, from the stored state."""
        from bot.conversation.consultation import load_run
        from storage.runs import get_run

        run = await get_run(self.db.reader, run_id)
        assert run is not None
        loaded = await load_run(self.services, self.db.reader, run)
        return loaded.prompt

    async def state_of(self, run_id: int) -> RunState:
        from storage.runs import load_state

        return RunState.model_validate_json(
            await load_state(self.db.reader, self.db.cipher, run_id)
        )


def is_prompt(message: BotMessage) -> bool:
    """A message with answer buttons (a question, the last step, or "carry on")."""
    return bool(message.buttons) and all(d != "talk" for d in message.button_data)


@dataclass
class Player:
    """A person in one private chat with the bot."""

    world: BotWorld
    chat_id: int

    @property
    def messages(self) -> list[BotMessage]:
        return self.world.api.messages(self.chat_id)

    def last_prompt(self) -> BotMessage:
        """The latest bot message in this chat carrying answer buttons."""
        prompts = [m for m in self.messages if is_prompt(m)]
        assert prompts, f"no prompt in chat {self.chat_id}: {[m.text for m in self.messages]}"
        return prompts[-1]

    async def send(self, text: str) -> list[BotMessage]:
        return await self.world.act(self.chat_id, self.world.api.send_text(self.chat_id, text))

    async def press(self, message_id: int, data: str) -> list[BotMessage]:
        return await self.world.act(
            self.chat_id, self.world.api.press(self.chat_id, message_id, data)
        )

    async def tap(self, label_part: str, message: BotMessage | None = None) -> list[BotMessage]:
        """Tap the button whose label contains ``label_part`` on the latest prompt."""
        shown = message or self.last_prompt()
        return await self.press(shown.message_id, shown.data_for(label_part))

    async def tap_index(self, index: int, message: BotMessage | None = None) -> list[BotMessage]:
        """Tap the button whose data ends in ``.index`` (the prompt's choices, then controls)."""
        shown = message or self.last_prompt()
        data = next(d for d in shown.button_data if d.endswith(f".{index}"))
        return await self.press(shown.message_id, data)

    async def edit(self, message_id: int, text: str) -> list[BotMessage]:
        return await self.world.act(
            self.chat_id, self.world.api.edit_text(self.chat_id, message_id, text)
        )

    async def sticker(self) -> list[BotMessage]:
        return await self.world.act(self.chat_id, self.world.api.send_sticker(self.chat_id))

    async def photo(self, caption: str | None = None) -> list[BotMessage]:
        return await self.world.act(
            self.chat_id, self.world.api.send_photo(self.chat_id, caption=caption)
        )

    async def redeliver(self, raw: dict[str, Any]) -> list[BotMessage]:
        return await self.world.redeliver(self.chat_id, raw)

    async def voice(self) -> list[BotMessage]:
        return await self.world.act(self.chat_id, self.world.api.send_voice(self.chat_id))


Policy = Callable[[Prompt], "str | int"]


def first_choice(prompt: Prompt) -> str | int:
    """Answer every question with its first option, or a sentence where words are asked for."""
    if prompt.accepts_text:
        return "I like drawing and football"
    return 0


async def play_run(
    world: BotWorld, player: Player, run_id: int, policy: Policy = first_choice, limit: int = 80
) -> int:
    """Answer a run to the end the way a child would, reading each prompt the bot shows.

    ``policy`` answers a question with text to type or the index of an option to tap; the
    audience step is answered "OK at my meeting" and the last step with Send. Returns how many
    actions it took.
    """
    for count in range(limit):
        prompt = await world.prompt_of(run_id)
        if prompt.kind == "finished":
            return count
        if prompt.kind == "review":
            await player.tap_index(next(i for i, c in enumerate(prompt.choices) if c.id == "_send"))
        elif prompt.kind == "audience":
            await player.tap_index(
                next(i for i, c in enumerate(prompt.choices) if c.id == "meeting")
            )
        elif prompt.multiple and not prompt.selected:
            await player.tap_index(int(policy(prompt)) if not prompt.accepts_text else 0)
        elif prompt.multiple:
            await player.tap_index(next(i for i, c in enumerate(prompt.choices) if c.id == "_done"))
        else:
            answer = policy(prompt)
            if isinstance(answer, str):
                await player.send(answer)
            else:
                await player.tap_index(answer)
    raise AssertionError(f"run {run_id} did not finish in {limit} actions")


async def skip_to(world: BotWorld, player: Player, run_id: int, question_id: str) -> Prompt:
    """Press Skip until the run is on ``question_id``; returns that prompt."""
    for _ in range(40):
        prompt = await world.prompt_of(run_id)
        if prompt.question_id == question_id and prompt.kind == "question":
            return prompt
        await player.tap_index(len(prompt.choices))  # Skip is the first control
    raise AssertionError(f"run {run_id} never reached {question_id}")


REPO = Path(__file__).resolve().parents[2]


async def start_bot_process(
    world: BotWorld, *, timeout: float = 120.0
) -> asyncio.subprocess.Process:
    """The real bot in its own process (``tests.support.bot_process``) against ``world``'s
    database and stand-in, once it says it is polling: for tests that kill and restart it.

    The wait is long because it only bounds a hang: a fresh process imports everything and
    compiles the detector before it polls, seconds of one core that, on two cores shared with
    the rest of the suite, have taken longer than 30.
    """
    env = {
        **os.environ,
        "HEARME_DB": str(world.db_target),
        "HEARME_DATA_KEY": str(world.key_path),
        "TELEGRAM_API_URL": world.api.base_url,
        "TELEGRAM_BOT_TOKEN": world.api.token,
        "HEARME_TEST_NOW": world.clock().isoformat(),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.support.bot_process",
        env=env,
        cwd=REPO,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), timeout)
    assert line.strip() == b"ready", line
    return process
