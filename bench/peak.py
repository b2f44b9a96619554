"""Latency a child feels at a realistic peak, apart from saturation throughput (issue 20, item 2).

Figure 1 drives every child at once, so its latencies are mostly queueing. Here 500 children
are enrolled and offered ``my_review``, and child actions arrive as a Poisson process at 20 a
second (a council's busiest evening is well below that): at each arrival a child who is not
waiting for the bot takes their next action (:class:`bench.playing.Player`), the mix of starts
and answers as in whole surveys (:func:`poisson`). The latency is
from the stand-in handing the update to the bot (``getUpdates``) to the bot's next message in
that chat. The storing baseline (:mod:`bench.baselines`) gets the same arrivals (same seed) in
the same command. Goal: hearme's p99 under 150 ms.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass
from pathlib import Path

from bench.answers import FIRST_CHAT, hearme_bot, storing_bot
from bench.loopback import ObservedApi, percentile
from bench.playing import Drive, Handled, Pass, Player, serve
from bench.table import INFO, Goal, Row

CHILDREN = 500
PER_SECOND = 20.0
SECONDS = 30.0
ACTIONS_PER_SURVEY = 15
P99_GOAL = Goal("value_below", 150.0)


def poisson(
    chats: list[int],
    *,
    rate: float,
    seconds: float,
    seed: int = 20,
    stop: asyncio.Event | None = None,
) -> Drive:
    """Actions arriving at ``rate`` a second (exponential gaps) for ``seconds`` (or until
    ``stop`` is set). An arrival is a new child starting (``/start``) one time in
    :data:`ACTIONS_PER_SURVEY`, as in a survey of that many actions, else the next action of a
    child who started, picked at random among those not waiting for the bot."""

    async def drive(api: ObservedApi, handled: Handled) -> int:
        rng = random.Random(seed)
        loop = asyncio.get_running_loop()
        players = [Player(api, handled, chat) for chat in chats]
        waiting = list(range(len(players)))  # not started yet
        rng.shuffle(waiting)
        idle: set[int] = set()  # started, not waiting for the bot
        acting: set[asyncio.Task[None]] = set()

        async def act(index: int) -> None:
            try:
                await players[index].act()
            finally:
                if not players[index].finished:
                    idle.add(index)

        def pick() -> int | None:
            # A survey is about fifteen actions: one arrival in fifteen is a child starting.
            if waiting and (not idle or rng.random() < 1 / ACTIONS_PER_SURVEY):
                return waiting.pop()
            if idle:
                index = rng.choice(sorted(idle))
                idle.discard(index)
                return index
            return None

        began = loop.time()
        due = began
        while True:
            due += rng.expovariate(rate)
            if due - began > seconds or (stop is not None and stop.is_set()):
                break
            await asyncio.sleep(max(0.0, due - loop.time()))
            index = pick()
            if index is None:
                continue  # every child is waiting for the bot: the arrival is lost
            task = asyncio.create_task(act(index))
            acting.add(task)
            task.add_done_callback(acting.discard)
        await asyncio.gather(*list(acting))
        return sum(player.actions for player in players)

    return drive


@dataclass(frozen=True)
class Arrivals:
    """:func:`poisson` as a plan a stand-in in another process can play (:mod:`bench.apart`),
    ending early when the bot's process says it is over."""

    chats: list[int]
    rate: float
    seconds: float
    seed: int = 20

    def drive(self, stop: asyncio.Event) -> Drive:
        return poisson(self.chats, rate=self.rate, seconds=self.seconds, seed=self.seed, stop=stop)


async def measure(workdir: Path, children: int, seconds: float) -> tuple[Pass, Pass]:
    """hearme and the storing baseline under the same arrivals."""
    chats = [FIRST_CHAT + i for i in range(children)]
    async with storing_bot(workdir, name="peak-storing") as baseline:
        storing = await serve(
            lambda api, _: baseline.application(api.token, api.base_url),
            poisson(chats, rate=PER_SECOND, seconds=seconds),
        )
    async with hearme_bot(workdir, children, name="peak") as bot:
        hearme = await serve(bot.make, poisson(bot.chats, rate=PER_SECOND, seconds=seconds))
    return hearme, storing


def rows_for(hearme: Pass, storing: Pass, children: int) -> list[Row]:
    ms = 1000.0
    return [
        Row(
            "peak: latency p50",
            percentile(hearme.latencies, 0.5) * ms,
            percentile(storing.latencies, 0.5) * ms,
            "ms",
            INFO,
            note=f"{hearme.actions} actions by {children} children, Poisson at "
            f"{PER_SECOND:g}/s over {hearme.seconds:.0f} s; the storing bot had "
            f"{storing.actions}",
        ),
        Row(
            "peak: latency p99",
            percentile(hearme.latencies, 0.99) * ms,
            percentile(storing.latencies, 0.99) * ms,
            "ms",
            P99_GOAL,
        ),
    ]


def run(scale: float, workdir: Path) -> list[Row]:
    """At ``scale`` 1: 500 children, 30 s of arrivals at 20 a second (the rate never scales)."""
    children = max(10, round(CHILDREN * scale))
    seconds = max(2.0, SECONDS * scale)
    hearme, storing = asyncio.run(measure(workdir, children, seconds))
    return rows_for(hearme, storing, children)
