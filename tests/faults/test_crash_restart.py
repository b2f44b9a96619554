"""Crash-restart: many children answer My Review while the bot process is SIGKILLed at random
moments and started again.

Each simulated child reads the question it is on, answers it (its choice is fixed per question,
so a press repeated after a crash means the same thing), and counts the answer as acknowledged
only when the bot shows the question the engine says comes next. When nothing comes it does what
a child would: sends /start and carries on from whatever the bot shows. Afterwards every
acknowledged answer is stored exactly once, nothing was stored that no child gave, every run
reached the end and the database file is intact.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.conversation.consultation import LoadedRun, load_run, prompt_token
from hearme_dev.sandbox import BotMessage
from storage.runs import get_run
from surveys.engine import Action, AnswerSaved, AnswerValue, Press, Prompt, Text, advance
from tests.faults.council import BotProcess, Child, add_children, bind
from tests.faults.figures import note
from tests.support.telegram import BotWorld

SMALL = (20, 3)
FULL = (200, 20)
# Acknowledged steps a My Review run takes, roughly: the kills are spread over the first half
# or so of the session, so every kill wanted happens before the children finish.
ACTIONS_PER_CHILD = 13


@dataclass
class Ledger:
    """What the children did, as they saw it."""

    acknowledged: dict[tuple[int, str], AnswerValue] = field(default_factory=dict)
    attempted: dict[tuple[int, str], AnswerValue] = field(default_factory=dict)
    acks: int = 0
    recoveries: int = 0


def _pick(seed: str, count: int) -> int:
    """A choice that depends only on ``seed``: the same child on the same question picks the
    same option however many times a crash makes them answer it."""
    return int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16) % count


def choose(child: Child, prompt: Prompt) -> Action:
    """What this child answers on this prompt."""
    seed = f"{child.ref}|{prompt.kind}|{prompt.question_id}"
    if prompt.kind == "review":
        return Press("_send")
    if prompt.kind == "stopped":
        return Press("_resume")
    if prompt.kind == "audience":
        return Press(("meeting", "iro_only")[_pick(seed, 2)])
    if prompt.accepts_text and not prompt.choices:
        return Text(f"{child.name} on {prompt.question_id}: painting and the park, ref {child.ref}")
    if prompt.multiple:
        return Press(("_skip", "_decline")[_pick(seed, 2)])
    options = [choice.id for choice in prompt.choices]
    return Press(options[_pick(seed, len(options))])


def _button_index(prompt: Prompt, choice_id: str) -> int:
    ids = [c.id for c in (*prompt.choices, *prompt.controls)]
    return ids.index(choice_id)


def _token_of(message: BotMessage) -> str | None:
    for data in message.button_data:
        parts = data.split(".")
        if len(parts) == 3:
            return parts[1]
    return None


def _shows(token: str, finished_text: str | None) -> Callable[[BotMessage], bool]:
    """Whether a message is the one the engine said comes next (the acknowledgement)."""

    def shows(message: BotMessage) -> bool:
        if finished_text is not None:
            return finished_text in message.text
        return _token_of(message) == token

    return shows


class Session:
    """The whole crash-restart run: the bot process, the killer and the children."""

    def __init__(self, world: BotWorld, bot: BotProcess, *, children: int, kills: int) -> None:
        self.world = world
        self.bot = bot
        self.ledger = Ledger()
        self.rng = random.Random(20260310)
        self.kills_wanted = kills
        self.kills = 0
        self.patience = 2.5 + children / 40
        self.every = max(2, children * ACTIONS_PER_CHILD // (kills + 1))
        self.done = asyncio.Event()
        self.up = asyncio.Event()

    async def loaded(self, run_id: int) -> LoadedRun:
        run = await get_run(self.world.db.reader, run_id)
        assert run is not None
        return await load_run(self.world.services, self.world.db.reader, run)

    async def killer(self) -> None:
        """Kill the bot after a random number of acknowledged answers, at a random instant."""
        while self.kills < self.kills_wanted and not self.done.is_set():
            target = self.ledger.acks + self.rng.randint(self.every // 3, self.every * 2 // 3)
            while self.ledger.acks < target and not self.done.is_set():
                await asyncio.sleep(0.01)
            if self.done.is_set():
                return
            await asyncio.sleep(self.rng.uniform(0.0, 0.05))  # land mid-update
            self.up.clear()
            await self.bot.kill()
            self.kills += 1
            await asyncio.sleep(self.rng.uniform(0.0, 0.3))
            await self.bot.start()
            self.up.set()

    async def recover(self, child: Child) -> None:
        """Nothing came back: send /start, as a child would, and wait for the bot to answer."""
        self.ledger.recoveries += 1
        api = self.world.api
        mark = api.mark(child.chat_id)
        await api.send_text(child.chat_id, "/start")
        # A timeout means the bot was down again; the next turn tries once more.
        with contextlib.suppress(TimeoutError):
            await api.wait_for(child.chat_id, lambda m: bool(m.buttons), self.patience, after=mark)

    async def child(self, child: Child, run_id: int) -> None:
        api = self.world.api
        for _turn in range(400):
            loaded = await self.loaded(run_id)
            prompt = loaded.prompt
            if prompt.kind == "finished":
                return
            token = prompt_token(run_id, prompt)
            shown = [m for m in api.messages(child.chat_id) if _token_of(m) == token]
            if not shown:
                await self.recover(child)
                continue
            action = choose(child, prompt)
            step = advance(loaded.definition, loaded.state, action)
            saved = [e for e in step.events if isinstance(e, AnswerSaved)]
            for event in saved:
                self.ledger.attempted[(run_id, event.question_id)] = event.value
            expected = prompt_token(run_id, step.prompt)
            finished_text = step.prompt.text if step.prompt.kind == "finished" else None
            mark = api.mark(child.chat_id)
            if isinstance(action, Press):
                data = f"{run_id}.{token}.{_button_index(prompt, action.choice_id)}"
                await api.press(child.chat_id, shown[-1].message_id, data)
            else:
                assert isinstance(action, Text)
                await api.send_text(child.chat_id, action.text)

            try:
                await api.wait_for(
                    child.chat_id, _shows(expected, finished_text), self.patience, after=mark
                )
            except TimeoutError:
                await self.recover(child)
                continue
            self.ledger.acks += 1
            for event in saved:
                self.ledger.acknowledged[(run_id, event.question_id)] = event.value
        raise AssertionError(f"child {child.ref} is stuck on run {run_id}")


async def _stored(world: BotWorld) -> dict[tuple[int, str], AnswerValue]:
    rows = await world.query(
        "SELECT run_id, question_id, kind, choices, text, audience FROM answers"
    )
    stored = {}
    for row in rows:
        text = world.db.cipher.decrypt_optional(row["text"])
        stored[(row["run_id"], row["question_id"])] = AnswerValue(
            kind=row["kind"],
            choices=tuple(json.loads(row["choices"] or "[]")),
            text=text,
            audience=row["audience"],
        )
    return stored


async def crash_and_restart(tmp_path: Path, *, children: int, kills: int) -> None:
    async with BotWorld(tmp_path, run_bot=False) as world:
        iro = await world.add_staff("IRO1", "Ana Jones", "iro")
        council = await add_children(world, children, iro_id=iro)
        runs = {}
        for child in council:
            await bind(world, child)
            runs[child.ref] = await world.offer(child.child_id, "my_review")
        bot = BotProcess(world)
        await bot.start()
        session = Session(world, bot, children=children, kills=kills)
        session.up.set()
        started = time.monotonic()
        killer = asyncio.create_task(session.killer())
        try:
            await asyncio.gather(*(session.child(c, runs[c.ref]) for c in council))
            session.done.set()
            await killer
        finally:
            session.done.set()
            killer.cancel()
            await bot.stop()
        seconds = time.monotonic() - started

        assert session.kills >= kills
        statuses = await world.query("SELECT status, COUNT(*) AS n FROM runs GROUP BY status")
        assert {r["status"]: r["n"] for r in statuses} == {"completed": children}
        stored = await _stored(world)
        ledger = session.ledger
        for key, value in ledger.acknowledged.items():
            assert stored.get(key) == value, f"acknowledged answer {key} lost or changed"
        for key, value in stored.items():
            assert ledger.attempted.get(key) == value, f"answer {key} stored but never given"
        history = await world.query("SELECT COUNT(*) AS n FROM answer_history")
        assert history[0]["n"] == 0  # nothing was applied twice
        for run_id in runs.values():
            state = await world.state_of(run_id)
            in_rows = {q for (r, q) in stored if r == run_id}
            assert set(state.answers) == in_rows
    check = sqlite3.connect(world.db_path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert check.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        check.close()
    note(
        "1 crash-restart",
        f"crash-restart: {session.kills} SIGKILLs survived by {children} children "
        f"({ledger.acks} steps acknowledged, {len(ledger.acknowledged)} answers among them, "
        f"{len(stored)} stored, "
        f"{ledger.recoveries} /start recoveries, {seconds:.0f}s)",
    )


async def test_crash_restart_small(tmp_path: Path) -> None:
    await crash_and_restart(tmp_path, children=SMALL[0], kills=SMALL[1])


@pytest.mark.soak
@pytest.mark.timeout(1200)
async def test_crash_restart_full(tmp_path: Path) -> None:
    await crash_and_restart(tmp_path, children=FULL[0], kills=FULL[1])
