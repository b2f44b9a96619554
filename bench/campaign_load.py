"""Figure 2 under load: the campaign while children are answering, and a national projection.

Issue 20, item 4. The campaign of figure 2 (``tell_us_more`` to enrolled children, sent by the
outbox job of the Application ``hearme run`` builds, against the stand-in enforcing ten times
Telegram's limits) goes out while, in the same bot, other children answer ``my_review`` at the
realistic peak of :mod:`bench.peak` (Poisson arrivals, 20 actions a second). Replies to those
children count against the same flood limits, so the figure is every message Telegram accepted
per second while the campaign was going out, against the 300 a second allowed. Goal: at least
0.9 × that, and not one 429.

As in figure 1, the bot runs in this process and the stand-in, its limits and the answering
children in another (:mod:`bench.apart`): Telegram's work and the children's are not the bot's.
The stand-in counts by its own clock, from when the bot is polling until the bot's process sees
no offer waiting; its process's CPU time is reported beside the bot's.

The projection: the campaign's own messages per second as measured here, scaled to Telegram's
real 30 a second, gives how long 84,000 children (all of England's children in care, 1.8
messages each) would take, beside the time at exactly 30 a second.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass
from pathlib import Path

from bench import seed
from bench.answers import offer_my_review
from bench.apart import serve_bot
from bench.campaign import (
    MESSAGES,
    MESSAGES_PER_CHILD,
    OVERALL_PER_SECOND,
    RATE_GOAL,
    _offer_counts,
    _stage,
    _until_sent,
    as_run_builds,
    scaled_limits,
)
from bench.loopback import TelegramLimits, percentile
from bench.peak import PER_SECOND, Arrivals
from bench.table import INFO, Goal, Row
from bot.services import Services

NATIONAL_CHILDREN = 84_000
TELEGRAM_PER_SECOND = 30.0
ANSWERING = 500
FIRST_ANSWERING_CHAT = 10_000


@dataclass(frozen=True)
class Together:
    """The campaign and the children's answers, over the campaign's time."""

    limits: TelegramLimits
    offers: dict[str, int]
    seconds: float  # from start until no offer was waiting
    accepted: int  # every message accepted meanwhile
    campaign_messages: int
    child_actions: int
    latencies: list[float]
    bot_cpu_seconds: float
    stand_in_cpu_seconds: float
    stand_in_pid: int

    @property
    def rate(self) -> float:
        return self.accepted / self.seconds if self.seconds else 0.0

    @property
    def campaign_rate(self) -> float:
        return self.campaign_messages / self.seconds if self.seconds else 0.0

    def busy(self, cpu_seconds: float) -> float:
        """``cpu_seconds`` over the campaign's time, in percent of one core."""
        return 100.0 * cpu_seconds / self.seconds if self.seconds else 0.0


async def _add_answering(services: Services, children: int) -> list[int]:
    """``children`` more children aged 8–17, each already answering ``my_review``."""
    now = services.clock()
    # The children are seeded straight into the SQLite file, as the campaign's stage is.
    if services.db.path is None:
        raise ValueError("the campaign under load is measured on a SQLite file, not PostgreSQL")
    conn = seed.connect(services.db.path)
    made = seed.add_children(
        conn, children, ages=range(8, 18), on=now.date(), iro_ids=[], rng=random.Random(5)
    )
    chat_of = seed.enrol(conn, made, first_chat=FIRST_ANSWERING_CHAT, on=now.date())
    conn.close()
    await offer_my_review(services, made)
    return list(chat_of.values())


async def together(services: Services, chats: list[int], *, deadline: float) -> Together:
    """Send the campaign through ``hearme run``'s Application while ``chats`` answer."""
    sent_before = (await _offer_counts(services.db)).get("sent", 0)
    offers: dict[str, int] = {}

    async def campaign_sent() -> None:
        # Looked for often: the campaign's time ends at most this late.
        offers.update(await _until_sent(services.db, time.perf_counter() + deadline, every=0.05))

    served = await serve_bot(
        as_run_builds(services),
        Arrivals(chats, rate=PER_SECOND, seconds=deadline),
        limits=scaled_limits(),
        until=campaign_sent,
    )
    played = served.played
    answering = {int(chat) for chat in chats}
    return Together(
        played.enforced,
        {k: v - (sent_before if k == "sent" else 0) for k, v in offers.items()},
        played.seconds,
        played.accepted,
        sum(count for chat, count in played.sent_to.items() if chat not in answering),
        played.actions,
        played.latencies,
        served.cpu_seconds,
        played.cpu_seconds,
        played.pid,
    )


def national_hours(campaign_rate: float) -> tuple[float, float]:
    """(projected, ideal) hours for 84,000 children at Telegram's 30 a second, the projection
    from the campaign's measured share of the allowed rate."""
    messages = NATIONAL_CHILDREN * MESSAGES_PER_CHILD
    share = campaign_rate / OVERALL_PER_SECOND
    ideal = messages / TELEGRAM_PER_SECOND / 3600
    return (ideal / share if share > 0 else float("inf")), ideal


def rows_for(result: Together, children: int) -> list[Row]:
    ms = 1000.0
    projected, ideal = national_hours(result.campaign_rate)
    outcome = ", ".join(f"{count} {status}" for status, count in sorted(result.offers.items()))
    return [
        Row(
            "campaign: messages/s with children answering",
            result.rate,
            float(OVERALL_PER_SECOND),
            "/s",
            RATE_GOAL,
            note=f"{result.accepted:,} messages in {result.seconds:.1f} s: "
            f"{result.campaign_messages:,} to {children:,} children in the campaign, the rest "
            f"replies to {result.child_actions} actions of children answering (Poisson "
            f"{PER_SECOND:g}/s); offers: {outcome}",
        ),
        Row(
            "campaign: 429 answers with children answering",
            float(result.limits.refused),
            None,
            "answers",
            Goal("value_at_most", 0),
        ),
        Row(
            "campaign: child latency p99 during the campaign",
            percentile(result.latencies, 0.99) * ms,
            None,
            "ms",
            INFO,
        ),
        Row(
            "campaign: stand-in's process busy with children answering",
            result.busy(result.stand_in_cpu_seconds),
            None,
            "% of a core",
            INFO,
            note="the Bot API stand-in with its limits and the children answering, in a process "
            f"of their own; the bot's process: {result.busy(result.bot_cpu_seconds):.0f} %",
        ),
        Row(
            "campaign: 84,000 children at 30/s, projected",
            projected,
            ideal,
            "hours",
            Goal("ratio_at_most", round(1 / RATE_GOAL.limit, 3)),
            note=f"the campaign's own {result.campaign_rate:.0f} messages/s of "
            f"{OVERALL_PER_SECOND} allowed, scaled to Telegram's 30/s (pessimistic: at 30/s "
            "the bot has a tenth of the sending work to keep up with)",
        ),
    ]


async def _measure(workdir: Path, children: int, answering: int, deadline: float) -> list[Row]:
    services = await _stage(workdir, "campaign-load", children)
    try:
        chats = await _add_answering(services, answering)
        return rows_for(await together(services, chats, deadline=deadline), children)
    finally:
        await services.db.close()


def run(scale: float, workdir: Path) -> list[Row]:
    """At ``scale`` 1: 2,000 campaign messages while 500 children answer."""
    children = max(5, round(MESSAGES * scale / MESSAGES_PER_CHILD))
    answering = max(10, round(ANSWERING * scale))
    deadline = 30.0 + 2 * children * MESSAGES_PER_CHILD / 30
    return asyncio.run(_measure(workdir, children, answering, deadline))
