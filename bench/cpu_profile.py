"""Where hearme's CPU goes while children answer: a ``cProfile`` summary (issue 20, item 3).

hearme is run as in figure 1 at a fifth of its size under ``cProfile``; the five functions with
the most time of their own, per child action, are printed and written as rows. As in figure 1,
the Bot API stand-in and the simulated children run in a process of their own
(:mod:`bench.apart`), so the profile sees only the bot's process: its event loop's thread. A
turn's statements run on this thread (``sqlite3.Connection.execute``, :mod:`storage.writer`);
its commit runs in aiosqlite's thread and shows here only as the hand-over to it
(``SimpleQueue.put_nowait``). The time waiting in ``epoll`` is idle and left out.
"""

from __future__ import annotations

import asyncio
import cProfile
import pstats
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.answers import Sizes, hearme_bot, sizes
from bench.apart import serve_apart
from bench.playing import Pass
from bench.table import INFO, Row

TOP = 5
_IDLE = "'poll' of 'select.epoll'"  # the loop waiting for something to do
_ROOT = str(Path(__file__).resolve().parent.parent) + "/"


@dataclass(frozen=True)
class Cost:
    """One function's own time over a profiled pass."""

    where: str
    calls: int
    seconds: float


def _name(filename: str, line: int, function: str) -> str:
    """``package/module.py:line(function)``, without this machine's paths."""
    if filename == "~":
        return function
    short = filename
    for prefix in (*(p + "/" for p in sys.path if p), _ROOT):
        if short.startswith(prefix):
            short = short[len(prefix) :]
            break
    short = re.sub(r"^.*/(site-packages|lib/python3\.\d+)/", "", short)
    return f"{short}:{line}({function})"


def top_costs(profiler: cProfile.Profile, count: int = TOP) -> list[Cost]:
    """The ``count`` functions with the most time of their own, idle waiting left out."""
    stats = pstats.Stats(profiler)
    table = stats.stats  # type: ignore[attr-defined]  # (file, line, name) → (cc, nc, tt, ct, …)
    costs = [
        Cost(_name(*key), int(value[1]), float(value[2]))
        for key, value in table.items()
        if _IDLE not in key[2]
    ]
    costs.sort(key=lambda cost: cost.seconds, reverse=True)
    return costs[:count]


async def profiled_pass(workdir: Path, size: Sizes) -> tuple[Pass, list[Cost]]:
    """hearme at saturation under ``cProfile``; the pass and its top costs."""
    profiler = cProfile.Profile()

    @contextmanager
    def profiling() -> Iterator[None]:
        profiler.enable()
        try:
            yield
        finally:
            profiler.disable()

    async with hearme_bot(workdir, size.children, name="profile") as bot:
        served = await serve_apart(bot.make, bot.chats, size.answers_per_child, during=profiling)
    return served.run, top_costs(profiler)


def rows_for(result: Pass, costs: list[Cost]) -> list[Row]:
    """One row per top cost: its own time per child action, the function in the note."""
    ms = 1000.0
    return [
        Row(
            f"profile: top cost {rank}",
            result.per_action(cost.seconds) * ms,
            None,
            "ms/action",
            INFO,
            note=f"{cost.where}, {cost.calls / max(1, result.actions):.1f} calls/action",
        )
        for rank, cost in enumerate(costs, start=1)
    ]


def run(scale: float, workdir: Path) -> list[Row]:
    """The profile of figure 1 at a fifth of ``scale``."""
    full = sizes(scale)
    children = max(4, full.children // 5)
    size = Sizes(children, max(2 * children, full.answers // 5))
    result, costs = asyncio.run(profiled_pass(workdir, size))
    return rows_for(result, costs)
