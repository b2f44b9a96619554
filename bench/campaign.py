"""Figure 2: campaign sending against a Bot API that enforces Telegram's limits, scaled up.

A ``tell_us_more`` campaign is planned for enrolled children (``bot.outbox.planning``) and sent
by hearme's scheduler inside the real ``Application``
(``bot.channels.telegram.app.build_application`` with
``bot.outbox.scheduler.register``, as ``hearme run`` builds it), through the loopback Bot API whose
fault hook (:class:`bench.loopback.TelegramLimits`) allows 300 messages a second overall and 10
a second to one chat, ten times Telegram's own limits, and answers 429 with ``retry_after``
beyond them. Goal: at least 0.9 × the allowed rate, and not one 429.

hearme's settings say what limits to pace to (``send_rate_overall``, ``send_rate_per_chat``,
``send_burst_per_chat``; Telegram's own by default), so both passes tell hearme the stand-in's
scaled limits: the first through the Application ``hearme run`` builds, the second by driving
the same scheduler (``bot.outbox.scheduler.tick``) directly through a bot with the same pacing, to
show
what the sending path itself reaches without the repeating job around it. In both, the stand-in
and its limits run in a process of their own (:mod:`bench.apart`), as Telegram does its work on
its own machines: the bot's process pays only for its own sending.

The clock runs in real time from a Saturday late morning, so quiet hours and school hours hold
nothing back.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from telegram.ext import ExtBot

from bench import seed
from bench.apart import NoChildren, Played, serve_bot, stand_in_apart
from bench.loopback import TelegramLimits
from bench.playing import Address, AnyApplication, Handled, Make
from bench.table import Goal, Row
from bot.channels.telegram.app import build_application, pacing_for
from bot.channels.telegram.http import AiohttpRequest
from bot.outbox import planning, scheduler
from bot.services import Services
from bot.settings import Settings
from storage.crypto import load_cipher
from storage.db import Database
from surveys.catalogue import load_definitions

MESSAGES = 2000
# An offer to a child aged 8-15 (an adult helping) is the offer of a private word with the IRO
# and the first question; at 16-17 (their own chat) just the question: 1.8 messages a child.
MESSAGES_PER_CHILD = 1.8
OVERALL_PER_SECOND = 300
PER_CHAT_PER_SECOND = 10
POLL_SECONDS = 0.2
# hearme's pacing for the stand-in's limits: the whole overall rate, and per chat a bucket of
# 5 refilled at 5 a second, so at most 10 start in any one second to one chat.
PACING = Settings(
    outbox_poll_seconds=POLL_SECONDS,
    send_rate_overall=OVERALL_PER_SECOND,
    send_rate_per_chat=PER_CHAT_PER_SECOND / 2,
    send_burst_per_chat=PER_CHAT_PER_SECOND // 2,
)
RATE_GOAL = Goal("ratio_at_least", 0.9)


def running_clock(start: datetime) -> Callable[[], datetime]:
    """A clock that starts at ``start`` and moves in real time."""
    origin = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - origin)


async def _offer_counts(db: Database) -> dict[str, int]:
    """How many campaign offers are in each outbox status (sending one plans later reminders,
    which stay pending: they are not part of the campaign)."""
    async with db.reader.execute(
        "SELECT status, COUNT(*) FROM outbox WHERE kind = ? GROUP BY status", (planning.OFFER,)
    ) as cursor:
        return {str(row[0]): int(row[1]) for row in await cursor.fetchall()}


async def _stage(workdir: Path, name: str, children: int) -> Services:
    """A database of ``children`` enrolled children aged 8–17 with the campaign planned."""
    db_path, key_path = workdir / f"{name}.db", workdir / f"{name}.key"
    await seed.create_database(db_path, key_path)
    start = seed.saturday_morning()
    conn = seed.connect(db_path)
    iros = seed.add_staff(conn, max(1, children // 60))
    enrolled = seed.add_children(
        conn, children, ages=range(8, 18), on=start.date(), iro_ids=iros, rng=random.Random(2)
    )
    seed.enrol(conn, enrolled, first_chat=500_000, on=start.date())
    conn.close()
    db = await Database.open(db_path, cipher=load_cipher(key_path))
    services = Services(
        db=db,
        definitions=load_definitions(),
        settings=PACING,
        clock=running_clock(start),
    )
    await planning.start_campaign(services, "tell_us_more", ages=(8, 17), close_days=14)
    return services


@dataclass(frozen=True)
class Sent:
    """What one way of sending achieved against the limits."""

    limits: TelegramLimits
    offers: dict[str, int]
    seconds: float
    stand_in_busy: float  # % of a core


def scaled_limits() -> TelegramLimits:
    """Ten times Telegram's flood limits, for the stand-in to enforce."""
    return TelegramLimits(overall=OVERALL_PER_SECOND, per_chat=PER_CHAT_PER_SECOND)


def as_run_builds(services: Services) -> Make:
    """The Application ``hearme run`` builds, outbox job included, for a stand-in's address."""

    def make(api: Address, handled: Handled) -> AnyApplication:
        return build_application(
            services, token=api.token, base_url=api.base_url, extra=(scheduler.register,)
        )

    return make


def _sent(played: Played, offers: dict[str, int]) -> Sent:
    return Sent(played.enforced, offers, played.seconds, played.busy)


async def as_shipped(services: Services, *, deadline: float) -> Sent:
    """The campaign sent by the outbox job of the Application ``hearme run`` builds."""
    offers: dict[str, int] = {}

    async def all_sent() -> None:
        offers.update(await _until_sent(services.db, time.perf_counter() + deadline))

    served = await serve_bot(
        as_run_builds(services), NoChildren(), limits=scaled_limits(), until=all_sent
    )
    return _sent(served.played, offers)


async def paced_to_limits(services: Services, *, deadline: float) -> Sent:
    """The campaign sent by ``bot.outbox.scheduler.tick`` called back to back, through a bot paced
    and connected as the Application's: the sending path without the repeating job around it."""
    pacing = pacing_for(services.settings)
    offers: dict[str, int] = {}
    async with stand_in_apart(NoChildren(), limits=scaled_limits()) as stand_in:
        api = stand_in.endpoint
        bot: ExtBot[int] = ExtBot(
            api.token, base_url=api.base_url, rate_limiter=pacing, request=AiohttpRequest()
        )

        async def ticking() -> None:
            state = scheduler.TickState()
            began = time.perf_counter()
            while True:
                counts = await _offer_counts(services.db)
                waiting = counts.get("pending", 0) + counts.get("sending", 0)
                if not waiting or time.perf_counter() > began + deadline:
                    offers.update(counts)
                    return
                await scheduler.tick(bot, services, state)

        async with bot:
            played = await stand_in.play(until=ticking)
    return _sent(played, offers)


async def _until_sent(db: Database, deadline: float, *, every: float = 0.2) -> dict[str, int]:
    """Wait until no offer is waiting or being sent (or the deadline passes), looking
    ``every`` so many seconds."""
    while True:
        counts = await _offer_counts(db)
        if not counts.get("pending") and not counts.get("sending"):
            return counts
        if time.perf_counter() > deadline:
            return counts
        await asyncio.sleep(every)


def _rows(label: str, sent: Sent, children: int) -> list[Row]:
    outcome = ", ".join(f"{count} {status}" for status, count in sorted(sent.offers.items()))
    return [
        Row(
            f"campaign: messages/s {label}",
            sent.limits.achieved_rate(),
            float(OVERALL_PER_SECOND),
            "/s",
            RATE_GOAL,
            note=f"{len(sent.limits.accepted):,} messages to {children:,} children in "
            f"{sent.seconds:.0f} s; offers: {outcome}; the stand-in's process (its own): "
            f"{sent.stand_in_busy:.0f} % of a core",
        ),
        Row(
            f"campaign: 429 answers {label}",
            float(sent.limits.refused),
            None,
            "answers",
            Goal("value_at_most", 0),
        ),
    ]


async def _both(workdir: Path, children: int, deadline: float) -> list[Row]:
    rows: list[Row] = []
    for label, send in (("as shipped", as_shipped), ("paced to 300/s", paced_to_limits)):
        services = await _stage(workdir, "campaign-" + label.split()[0], children)
        try:
            rows += _rows(label, await send(services, deadline=deadline), children)
        finally:
            await services.db.close()
    return rows


def run(scale: float, workdir: Path) -> list[Row]:
    """Figure 2 at ``scale`` (1 = 2,000 messages): as hearme ships, and paced to the limits."""
    children = max(5, round(MESSAGES * scale / MESSAGES_PER_CHILD))
    # Even hearme's own pace (Telegram's 30 a second) must finish well inside this.
    deadline = 30.0 + 2 * children * MESSAGES_PER_CHILD / 30
    return asyncio.run(_both(workdir, children, deadline))
