"""Figure 1: answer throughput at saturation, hearme against two fair baselines, same run.

Hundreds of simulated children (:mod:`bench.playing`) answer ``my_review`` at once through the
real ``Application`` (``bot.channels.telegram.app.build_application``) long-polling the loopback
Bot API, into the real SQLite file (``synchronous=FULL``). Each child acts only after the bot
has handled their last action, as a person would. The stand-in and the children run in a
process of their own (:mod:`bench.apart`), for hearme and the baselines alike, so each bot's
process pays only for its own work. The figure is child actions handled per
second (a written answer takes two actions: the words, then who may hear them; ticks on a
multiple-choice question end with Done).

The baselines (:mod:`bench.baselines`) get the same HTTP client and the same number of chats
at once as hearme, and are driven the same way: the **storing** bot a council would otherwise
write (one ``INSERT`` per answer, ``synchronous=FULL``, an inline keyboard back), and the
**bare** bot that stores nothing. Goals (issue 20): hearme at least 0.6 × the storing bot and
0.35 × the bare one. The same passes give CPU time, SQL statements and Bot API calls per action.

All three run without a rate limiter: this measures how fast the bot handles answers, not
Telegram's flood limits (figure 2 covers those). The baselines serve the same number of
children at once but for a sixth of the answers each, once before hearme's pass and once after
(so a change in the machine's load meanwhile counts for both): their rate is steady after a few
rounds.
"""

from __future__ import annotations

import asyncio
import math
import random
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench import seed
from bench.apart import Apart, serve_apart
from bench.baselines import StoringBot, bare_bot
from bench.loopback import percentile
from bench.playing import Address, AnyApplication, Handled, Pass
from bench.table import INFO, Goal, Row
from bot.channels.telegram.app import build_application
from bot.conversation.service import offer_in
from bot.services import Services
from storage.crypto import load_cipher
from storage.db import Database
from surveys.catalogue import load_definitions

STORING_GOAL = Goal("ratio_at_least", 0.6)
BARE_GOAL = Goal("ratio_at_least", 0.35)
CHILDREN = 500
ANSWERS = 5000
FIRST_CHAT = 10_000


@dataclass(frozen=True)
class Sizes:
    children: int
    answers: int

    @property
    def answers_per_child(self) -> int:
        return math.ceil(self.answers / self.children)

    @property
    def baseline_answers_per_child(self) -> int:
        """Answers per child in each of a baseline's two passes (before and after hearme's)."""
        return max(2, self.answers_per_child // 6)


def sizes(scale: float) -> Sizes:
    """500 children and 5,000 answers at scale 1; never fewer than 4 children, 2 answers each."""
    children = max(4, round(CHILDREN * scale))
    return Sizes(children, max(2 * children, round(ANSWERS * scale)))


class Statements:
    """Counts the SQL statements SQLite runs (a connection's trace callback)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, _statement: str) -> None:
        self.count += 1

    @contextmanager
    def counting(self) -> Iterator[None]:
        """Count from zero again: only the statements run while the children play."""
        self.count = 0
        yield


@dataclass
class HearmeBot:
    """hearme over a seeded database: its services, the children's chats, a statement count."""

    services: Services
    chats: list[int]
    statements: Statements

    def make(self, api: Address, handled: Handled) -> AnyApplication:
        return build_application(
            self.services, token=api.token, base_url=api.base_url, rate_limiter=False
        )

    async def stored(self) -> int:
        """How many answers the database holds."""
        async with self.services.db.reader.execute("SELECT COUNT(*) FROM answers") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0


async def offer_my_review(services: Services, children: list[seed.Child]) -> None:
    """Offer ``my_review`` to each child now, as the outbox would have (the run is sent)."""
    now = services.clock()
    async with services.db.transaction() as writer:
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


@asynccontextmanager
async def hearme_bot(workdir: Path, children: int, *, name: str) -> AsyncIterator[HearmeBot]:
    """``children`` enrolled children aged 8–17, each offered ``my_review``, on a Saturday."""
    db_path, key_path = workdir / f"{name}.db", workdir / f"{name}.key"
    await seed.create_database(db_path, key_path)
    now = seed.saturday_morning()
    conn = seed.connect(db_path)
    iros = seed.add_staff(conn, max(1, children // 60))
    made = seed.add_children(
        conn, children, ages=range(8, 18), on=now.date(), iro_ids=iros, rng=random.Random(1)
    )
    chat_of = seed.enrol(conn, made, first_chat=FIRST_CHAT, on=now.date())
    conn.close()
    db = await Database.open(db_path, cipher=load_cipher(key_path))
    services = Services(db=db, definitions=load_definitions(), clock=lambda: now)
    statements = Statements()
    try:
        await offer_my_review(services, made)
        async with db.transaction() as writer:
            await writer.set_trace_callback(statements)
        await db.reader.set_trace_callback(statements)
        yield HearmeBot(services, list(chat_of.values()), statements)
    finally:
        await db.close()


@asynccontextmanager
async def storing_bot(workdir: Path, *, name: str) -> AsyncIterator[StoringBot]:
    """The storing baseline over a new SQLite file, counting its statements too."""
    bot = StoringBot(workdir / f"{name}.db")
    await bot.open()
    try:
        yield bot
    finally:
        await bot.close()


@dataclass(frozen=True)
class Measured:
    """One bot's pass and what it stored and ran."""

    run: Pass
    stored: int
    statements: int
    stand_in_cpu_seconds: float = 0.0


async def hearme_pass(workdir: Path, size: Sizes) -> Measured:
    """hearme at saturation."""
    async with hearme_bot(workdir, size.children, name="answers") as bot:
        served = await serve_apart(
            bot.make, bot.chats, size.answers_per_child, during=bot.statements.counting
        )
        statements = bot.statements.count  # before counting what was stored, itself a statement
        return Measured(served.run, await bot.stored(), statements, served.stand_in_cpu_seconds)


async def storing_pass(workdir: Path, size: Sizes, *, name: str = "answers-storing") -> Measured:
    """The storing baseline at saturation."""
    statements = Statements()
    async with storing_bot(workdir, name=name) as bot:
        await bot.trace(statements)
        chats = [FIRST_CHAT + i for i in range(size.children)]
        served = await serve_apart(
            lambda api, _: bot.application(api.token, api.base_url),
            chats,
            size.baseline_answers_per_child,
            during=statements.counting,
        )
        counted = statements.count
        return Measured(served.run, await bot.stored(), counted, served.stand_in_cpu_seconds)


async def bare_pass(size: Sizes) -> Apart:
    """The bare baseline at saturation."""
    chats = [FIRST_CHAT + i for i in range(size.children)]
    return await serve_apart(
        lambda api, _: bare_bot(api.token, api.base_url), chats, size.baseline_answers_per_child
    )


def cost_rows(label: str, hearme: Measured, storing: Measured) -> list[Row]:
    """CPU, SQL statements and Bot API calls per action, hearme beside the storing bot."""
    ms = 1000.0
    return [
        Row(
            f"{label}: CPU per action",
            hearme.run.per_action(hearme.run.cpu_seconds) * ms,
            storing.run.per_action(storing.run.cpu_seconds) * ms,
            "ms",
            INFO,
            note="the bot's process alone: the Bot API stand-in and the children run in another",
        ),
        Row(
            f"{label}: SQL statements per action",
            hearme.run.per_action(hearme.statements),
            storing.run.per_action(storing.statements),
            "statements",
            INFO,
        ),
        Row(
            f"{label}: Bot API calls per action",
            hearme.run.per_action(hearme.run.api_calls),
            storing.run.per_action(storing.run.api_calls),
            "calls",
            INFO,
            note="besides fetching updates",
        ),
    ]


def joined(first: Pass, second: Pass) -> Pass:
    """Two passes of one bot as one."""
    return Pass(
        first.actions + second.actions,
        first.seconds + second.seconds,
        first.latencies + second.latencies,
        first.cpu_seconds + second.cpu_seconds,
        first.api_calls + second.api_calls,
    )


async def measure(scale: float, workdir: Path) -> list[Row]:
    """hearme's pass between two passes of each baseline, and the rows they give.

    On a shared machine the load changes while the figure runs; a baseline measured both
    before and after hearme sees the same conditions on average.
    """
    size = sizes(scale)
    bare_before = await bare_pass(size)
    storing_before = await storing_pass(workdir, size, name="answers-storing-before")
    hearme = await hearme_pass(workdir, size)
    storing_after = await storing_pass(workdir, size, name="answers-storing-after")
    bare_after = await bare_pass(size)
    bare = joined(bare_before.run, bare_after.run)
    storing = Measured(
        joined(storing_before.run, storing_after.run),
        storing_before.stored + storing_after.stored,
        storing_before.statements + storing_after.statements,
        storing_before.stand_in_cpu_seconds + storing_after.stand_in_cpu_seconds,
    )
    bare_stand_in = bare_before.stand_in_cpu_seconds + bare_after.stand_in_cpu_seconds
    ms = 1000.0
    note = (
        f"{size.children} children, {hearme.run.actions} actions by hearme, "
        f"{storing.run.actions} by the storing bot, {bare.actions} by the bare bot"
    )
    return [
        Row(
            "answers: actions/s vs storing bot",
            hearme.run.per_second,
            storing.run.per_second,
            "/s",
            STORING_GOAL,
            note=note,
        ),
        Row(
            "answers: actions/s vs bare bot",
            hearme.run.per_second,
            bare.per_second,
            "/s",
            BARE_GOAL,
        ),
        Row(
            "answers: stored in SQLite",
            float(hearme.stored),
            float(size.answers),
            "answers",
            Goal("ratio_at_least", 1.0),
            note=f"the storing bot stored {storing.stored} of its {storing.run.actions} actions",
        ),
        *(
            Row(
                f"answers: saturated latency p{round(share * 100)}",
                percentile(hearme.run.latencies, share) * ms,
                percentile(storing.run.latencies, share) * ms,
                "ms",
                INFO,
                note="every child acting at once: queueing, not what a child feels at a peak"
                if share == 0.5
                else "",
            )
            for share in (0.5, 0.95)
        ),
        *cost_rows("answers", hearme, storing),
        Row(
            "answers: stand-in's process busy",
            _busy(hearme.stand_in_cpu_seconds, hearme.run),
            _busy(storing.stand_in_cpu_seconds, storing.run),
            "% of a core",
            INFO,
            note="the Bot API stand-in and the children, in a process of their own; near 100 % "
            "it, not the bot, would set the pace (the bare bot's pass: "
            f"{_busy(bare_stand_in, bare):.0f} %)",
        ),
    ]


def _busy(cpu_seconds: float, run: Pass) -> float:
    """CPU time over the pass's time, in percent of one core."""
    return 100.0 * cpu_seconds / run.seconds if run.seconds else 0.0


def run(scale: float, workdir: Path) -> list[Row]:
    """Figure 1 at ``scale`` (1 = 500 children, 5,000 answers), files under ``workdir``."""
    return asyncio.run(measure(scale, workdir))
