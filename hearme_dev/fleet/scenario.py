"""The fleet run: workers, children answering, a campaign, kills, alerts, and what came of it.

:func:`run_fleet` stages the people, starts the workers, lets the answering children answer
and the campaign go out at the same time, SIGKILLs a worker at even steps of the answering
(sending a disclosure to that worker as it dies, and restarting it), waits until every offer is
settled, stops the workers and reads back what the database holds and what each chat received.
It judges nothing: the test asserts and the benchmark reports.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.outbox import planning
from bot.services import Services
from hearme_dev.fleet.balancer import WebhookBotApi, aimed_at
from hearme_dev.fleet.children import AnsweringChild
from hearme_dev.fleet.stage import DUTY_CHAT, Cast, stage
from hearme_dev.fleet.workers import Worker
from hearme_dev.ports import free_port
from storage.crypto import create_key_file, load_cipher
from storage.db import Database
from storage.outbox_followups import IN_FLIGHT
from surveys.catalogue import load_definitions

CAMPAIGN = "tell_us_more"
DISCLOSURE = "he hits me every night and I am scared to go home"
CHILDLINE = "0800 1111"  # in every caring reply
SETTLE_TIMEOUT = 120.0
ALERT_TIMEOUT = 30.0


@dataclass(frozen=True)
class Plan:
    """How big the run is."""

    workers: int = 3
    answering: int = 200
    answers_each: int = 10
    offers: int = 1000
    kills: int = 3
    send_rate: int = 1000  # messages a second in all (the stand-in enforces no limit)


@dataclass
class Outcome:
    """What the run did and what it left behind."""

    answering_seconds: float = 0.0
    acknowledged: dict[int, list[str]] = field(default_factory=dict)  # chat → question tokens
    gave_up: dict[int, str] = field(default_factory=dict)  # chat → why it stopped short
    caring_replies: dict[int, int] = field(default_factory=dict)  # disclosing chat → how many
    stored: dict[int, list[str]] = field(default_factory=dict)  # chat → question ids, by id
    flow: list[str] = field(default_factory=list)  # My Review's questions (12-15), in order
    offer_status: Counter[str] = field(default_factory=Counter)  # "sent", "sent:in flight"
    offer_prompts: dict[int, int] = field(default_factory=dict)  # chat → prompts received
    interrupted_chats: list[int] = field(default_factory=list)  # offers in flight at a kill
    unreminded_chats: list[int] = field(default_factory=list)  # sent offers with no reminder
    alert_delays: list[float] = field(default_factory=list)  # seconds, one per kill
    kills: int = 0
    redeliveries: int = 0

    @property
    def answers(self) -> int:
        return sum(len(tokens) for tokens in self.acknowledged.values())

    @property
    def answers_per_second(self) -> float:
        return self.answers / self.answering_seconds if self.answering_seconds else 0.0


def _environment(database: str, key: Path, api: WebhookBotApi, plan: Plan) -> dict[str, str]:
    return {
        "HEARME_DB": database,
        "HEARME_DATA_KEY": str(key),
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_URL": api.base_url,
        "HEARME_OUTBOX_POLL_SECONDS": "1",
        # Quiet hours off: the run must not depend on the hour it is run at.
        "HEARME_QUIET__START": "00:00",
        "HEARME_QUIET__END": "00:00",
        "HEARME_SEND_RATE_OVERALL": str(plan.send_rate),
        "HEARME_SEND_RATE_PER_CHAT": "50",
        "HEARME_SEND_BURST_PER_CHAT": "10",
    }


class _Progress:
    """Answers acknowledged so far, and a wake-up for whoever waits for a number of them."""

    def __init__(self) -> None:
        self.count = 0
        self._changed = asyncio.Condition()

    async def add(self) -> None:
        async with self._changed:
            self.count += 1
            self._changed.notify_all()

    async def reached(self, count: int) -> None:
        async with self._changed:
            await self._changed.wait_for(lambda: self.count >= count)


async def _kill_during_disclosure(
    api: WebhookBotApi, worker: Worker, index: int, chat_id: int
) -> float:
    """Send a disclosure to ``worker`` and kill it as it arrives; seconds until duty has it."""
    seen = api.mark(DUTY_CHAT)
    began = time.monotonic()
    with aimed_at(index):
        telling = asyncio.create_task(api.send_text(chat_id, DISCLOSURE))
    await asyncio.sleep(0)  # let the post leave before the worker dies
    await worker.kill()
    await api.wait_for(
        DUTY_CHAT,
        lambda m: any(d.startswith("ack:") for row in m.buttons for _, d in row),
        timeout=ALERT_TIMEOUT,
        after=seen,
    )
    delay = time.monotonic() - began
    await telling
    await worker.start()
    return delay


async def _settle(db: Database, offers: int) -> None:
    """Wait until every campaign offer is sent (its follow-ups planned), failed or cancelled."""
    deadline = time.monotonic() + SETTLE_TIMEOUT
    while True:
        async with db.reader.execute(
            "SELECT COUNT(*) FROM outbox WHERE kind = 'offer' "
            "AND status IN ('sent', 'failed', 'cancelled') AND followups_due = 0"
        ) as cursor:
            row = await cursor.fetchone()
        if row is not None and int(row[0]) >= offers:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"only {row[0] if row else 0} of {offers} offers were settled")
        await asyncio.sleep(0.2)


def _status(status: str, error: str | None) -> str:
    return status if status == "sent" else f"{status}:{error}"


async def _read_back(db: Database, cast: Cast, api: WebhookBotApi, outcome: Outcome) -> None:
    chat_of = {child.child_id: child.chat_id for child in cast.answering + cast.offered}
    async with db.reader.execute(
        "SELECT r.child_id, a.question_id FROM answers a JOIN runs r ON r.id = a.run_id "
        "WHERE r.definition_id = 'my_review' ORDER BY a.id"
    ) as cursor:
        for child_id, question in await cursor.fetchall():
            outcome.stored.setdefault(chat_of[child_id], []).append(question)
    async with db.reader.execute(
        "SELECT o.child_id, o.status, o.last_error, EXISTS (SELECT 1 FROM outbox r "
        "WHERE r.kind = 'remind' AND r.run_id = o.run_id) FROM outbox o WHERE o.kind = 'offer'"
    ) as cursor:
        for child_id, status, error, reminded in await cursor.fetchall():
            in_flight = status == "sent" and error == IN_FLIGHT
            outcome.offer_status["sent:in flight" if in_flight else _status(status, error)] += 1
            if in_flight:
                outcome.interrupted_chats.append(chat_of[child_id])
            if status == "sent" and not reminded:
                outcome.unreminded_chats.append(chat_of[child_id])
    for child in cast.offered:
        outcome.offer_prompts[child.chat_id] = sum(
            1 for m in api.messages(child.chat_id) if any(row for row in m.buttons)
        )
    variant = load_definitions()["my_review"].variant_for("12_15")
    outcome.flow = [] if variant is None else [q.id for q in variant.questions]


@asynccontextmanager
async def _running(
    ports: Sequence[int], env: dict[str, str], folder: Path
) -> AsyncIterator[list[Worker]]:
    """One ``hearme run --webhook`` worker on each of ``ports``, all started, all stopped after
    (whatever happened meanwhile)."""
    workers = [Worker(n, port, env, folder) for n, port in enumerate(ports)]
    try:
        await asyncio.gather(*(worker.start() for worker in workers))
        yield workers
    finally:
        await asyncio.gather(*(worker.stop() for worker in workers))


async def run_fleet(database: str, folder: Path, plan: Plan) -> Outcome:
    """Run ``plan`` against ``database`` (a PostgreSQL URL, or a SQLite file for one worker).

    Args:
        database: what ``HEARME_DB`` names for every worker (a fresh, empty database).
        folder: where the key and the workers' logs go.
        plan: how many workers, children, answers, offers and kills.
    """
    key = folder / "hearme.key"
    create_key_file(key)
    db = await Database.open(database, cipher=load_cipher(key))
    services = Services(db=db, definitions=load_definitions())
    outcome = Outcome()
    try:
        cast = await stage(
            services,
            answering=plan.answering,
            offered=plan.offers,
            disclosing=plan.kills,
            now=services.clock(),
        )
        ports = [free_port() for _ in range(plan.workers)]
        async with WebhookBotApi(ports) as api:
            env = _environment(database, key, api, plan)
            async with _running(ports, env, folder) as workers:
                await _drive(services, api, workers, cast, plan, outcome)
            outcome.redeliveries = api.redeliveries
            await _read_back(db, cast, api, outcome)
    finally:
        await db.close()
    return outcome


async def _drive(
    services: Services,
    api: WebhookBotApi,
    workers: list[Worker],
    cast: Cast,
    plan: Plan,
    outcome: Outcome,
) -> None:
    if plan.offers:
        await planning.start_campaign(services, CAMPAIGN, ages=(16, 17), close_days=14)
    progress = _Progress()
    children = [
        AnsweringChild(api, c.chat_id, plan.answers_each, on_answer=progress.add)
        for c in cast.answering
    ]
    total = plan.answering * plan.answers_each

    async def kills() -> None:
        for number in range(plan.kills):
            step = total * (number + 1) // (plan.kills + 1)
            await asyncio.wait_for(progress.reached(step), SETTLE_TIMEOUT)
            index = number % len(workers)
            chat = cast.disclosing[number].chat_id
            outcome.alert_delays.append(
                await _kill_during_disclosure(api, workers[index], index, chat)
            )
            outcome.kills += 1

    began = time.monotonic()
    await asyncio.gather(kills(), *(child.play() for child in children))
    outcome.answering_seconds = time.monotonic() - began
    outcome.acknowledged = {child.chat_id: list(child.answered) for child in children}
    outcome.gave_up = {c.chat_id: c.gave_up for c in children if c.gave_up is not None}
    if plan.offers:
        await _settle(services.db, plan.offers)
    for child in cast.disclosing[: outcome.kills]:
        outcome.caring_replies[child.chat_id] = await _caring_replies(api, child.chat_id)


async def _caring_replies(api: WebhookBotApi, chat_id: int) -> int:
    """How many caring replies a child who disclosed as their worker was killed got, waiting
    for the outbox's copy when the worker died after the commit, before the send."""
    with contextlib.suppress(TimeoutError):
        await api.wait_for(chat_id, lambda m: CHILDLINE in m.text, timeout=ALERT_TIMEOUT)
    return sum(CHILDLINE in m.text for m in api.messages(chat_id))


async def measure_answers(
    database: str, folder: Path, *, workers: Sequence[int], children: int, answers_each: int
) -> list[Outcome]:
    """Answers a second with each number of ``workers`` in turn, on one set of processes.

    ``max(workers)`` workers are started once; each pass lets a cohort of ``children`` of its
    own answer through the first ``n`` of them only (the load balancer's list), so a figure for
    one, two and three workers costs three starts, not six. Nothing is killed, nothing offered.
    """
    key = folder / "hearme.key"
    create_key_file(key)
    db = await Database.open(database, cipher=load_cipher(key))
    services = Services(db=db, definitions=load_definitions())
    plan = Plan(workers=max(workers), answering=children, answers_each=answers_each, offers=0)
    outcomes: list[Outcome] = []
    try:
        cast = await stage(
            services,
            answering=children * len(workers),
            offered=0,
            disclosing=0,
            now=services.clock(),
        )
        ports = [free_port() for _ in range(plan.workers)]
        async with WebhookBotApi(ports) as api:
            env = _environment(database, key, api, plan)
            async with _running(ports, env, folder) as processes:
                for number, count in enumerate(workers):
                    api.ports = ports[:count]
                    cohort = cast.answering[number * children : (number + 1) * children]
                    outcome = Outcome()
                    await _drive(
                        services,
                        api,
                        processes[:count],
                        replace(cast, answering=cohort),
                        replace(plan, workers=count, kills=0),
                        outcome,
                    )
                    outcomes.append(outcome)
            for outcome in outcomes:
                await _read_back(db, cast, api, outcome)
                outcome.stored = {
                    c: outcome.stored[c] for c in outcome.acknowledged if c in outcome.stored
                }
    finally:
        await db.close()
    return outcomes
