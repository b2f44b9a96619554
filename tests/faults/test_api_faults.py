"""Bot API faults: while the scheduler's repeating job sends My Review offers, one call in ten
to the loopback Bot API fails (500, a timeout, 429 with retry_after, or a dropped connection).
Every outbox row is still delivered, no message of a row is shown twice, and the bot keeps
running and answering."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import ApplicationBuilder

from bot.conversation import service as conversation
from bot.outbox import planning, scheduler
from bot.settings import Settings
from hearme_dev.sandbox import Fault
from tests.faults.council import add_children, add_review, bind
from tests.faults.figures import note
from tests.support.telegram import BotWorld, Clock, is_prompt

SMALL = 40  # one fault in ten sending calls: enough calls for every kind to occur
FULL = 200
# A short read timeout, so an unanswered call becomes a timeout in a second, not five.
READ_TIMEOUT = 1.0
SENDING = frozenset({"sendMessage", "editMessageText", "editMessageReplyMarkup"})
KINDS = ("server_error", "timeout", "too_many_requests", "connection_reset")
START = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)  # a Wednesday noon: nothing held back
MY_REVIEW_OFFERS = f"{planning.OFFER}:{planning.MY_REVIEW}:%"
SPEED = 120.0  # simulated seconds per real second, so retry back-offs pass quickly


@dataclass
class RunningClock(Clock):
    """A clock that runs ``SPEED`` times faster than real time from ``START``."""

    began: float = 0.0

    def __call__(self) -> datetime:
        return self.now + timedelta(seconds=(time.monotonic() - self.began) * SPEED)


class QuickTimeouts(ApplicationBuilder):  # type: ignore[type-arg]
    """The standard builder with a short read timeout for Bot API calls."""

    def __init__(self) -> None:
        super().__init__()
        self.read_timeout(READ_TIMEOUT)


class OneInTen:
    """Fails one sending call in every ten (at a random place in each ten), cycling the kinds."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.calls = 0
        self.place = self.rng.randrange(10)
        self.injected: Counter[str] = Counter()
        self.on = True

    def __call__(self, method: str, params: dict[str, Any]) -> Fault | None:
        if not self.on or method not in SENDING:
            return None
        index, self.calls = self.calls, self.calls + 1
        window, slot = divmod(index, 10)
        if slot == 0 and index:
            self.place = self.rng.randrange(10)
        if slot != self.place:
            return None
        kind = KINDS[window % len(KINDS)]
        self.injected[kind] += 1
        return {
            "server_error": Fault.server_error(),
            "timeout": Fault(delay=READ_TIMEOUT + 0.5, drop=True),
            "too_many_requests": Fault.too_many_requests(retry_after=1),
            "connection_reset": Fault.dropped(),
        }[kind]


async def _offers(world: BotWorld) -> dict[str, int]:
    rows = await world.query(
        "SELECT status, COUNT(*) AS n FROM outbox WHERE dedupe_key LIKE ? GROUP BY status",
        MY_REVIEW_OFFERS,
    )
    return {r["status"]: r["n"] for r in rows}


async def faults_while_sending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, size: int
) -> None:
    monkeypatch.setattr("bot.channels.telegram.app.ApplicationBuilder", QuickTimeouts)
    faults = OneInTen(seed=size)
    clock = RunningClock(now=START, began=time.monotonic())
    settings = Settings(outbox_poll_seconds=0.1)
    caplog.set_level(logging.INFO, logger="bot")
    world = BotWorld(
        tmp_path, extra=(scheduler.register,), settings=settings, faults=faults, clock=clock
    )
    async with world:
        iro = await world.add_staff("IRO1", "Ana Jones", "iro")
        # Young people of 16 and over: school hours hold back nothing sent to them at noon.
        council = await add_children(world, size, iro_id=iro, birthdays=(date(2008, 5, 5),))
        review_at = START + timedelta(days=9)  # offers due now; reminders days away
        for child in council:
            await bind(world, child)
            await add_review(world, child.child_id, review_at)
        started = time.monotonic()
        deadline = started + 60 + size
        while time.monotonic() < deadline:
            statuses = await _offers(world)
            if statuses.get("sent", 0) >= size and set(statuses) == {"sent"}:
                break
            await asyncio.sleep(0.2)
        seconds = time.monotonic() - started
        faults.on = False

        statuses = await _offers(world)
        assert statuses == {"sent": size}, statuses
        offers = await world.query(
            "SELECT child_id, run_id FROM outbox WHERE dedupe_key LIKE ?",
            MY_REVIEW_OFFERS,
        )
        for row in offers:
            child = next(c for c in council if c.child_id == row["child_id"])
            expected = await conversation.replies_for_run(
                world.services, row["run_id"], greeting=True
            )
            shown = [m.text for m in world.api.messages(child.chat_id)]
            assert shown == [r.text for r in expected], f"chat {child.chat_id}: {shown}"

        # Still alive: the job is scheduled, polling goes on, and a child is answered.
        assert world.app.running and world.app.updater is not None
        assert world.app.updater.running
        assert world.app.job_queue is not None
        assert world.app.job_queue.get_jobs_by_name(scheduler.JOB_NAME)
        player = world.chat(council[0].chat_id)
        replies = await player.send("/start")
        assert any(is_prompt(m) for m in replies)
    assert not [r for r in caplog.records if "tick failed" in r.getMessage()]
    injected = sum(faults.injected.values())
    assert injected >= 4 and all(faults.injected[k] for k in KINDS), faults.injected
    kinds = ", ".join(f"{k} {faults.injected[k]}" for k in KINDS)
    note(
        "2 api faults",
        f"Bot API faults: {injected} injected in {faults.calls} sending calls ({kinds}); "
        f"{size} offers delivered, each message exactly once, in {seconds:.0f}s",
    )


async def test_api_faults_small(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    await faults_while_sending(tmp_path, monkeypatch, caplog, SMALL)


@pytest.mark.soak
@pytest.mark.timeout(900)
async def test_api_faults_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    await faults_while_sending(tmp_path, monkeypatch, caplog, FULL)
