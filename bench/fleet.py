"""Fleet figure: answers a second with 1, 2 and 3 ``hearme run --webhook`` workers on PostgreSQL,
against one worker on a SQLite file.

The same run as the fleet test (:mod:`hearme_dev.fleet`), without kills or a campaign: children
answer My Review through a round-robin load balancer, each action posted to the next worker and
acknowledged once handled, each child waiting for the last action as a person would. The figure
is acknowledged answers a second over the answering. PostgreSQL is a throwaway cluster on a
loopback port (``make postgres`` installs Debian's server). No goal: the issue asks for the
figures side by side; on one machine more workers share the same cores and one database, so
they show what the fleet costs, not what more machines would give.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from bench.table import Row
from hearme_dev.fleet import Outcome, Plan, run_fleet

CHILDREN = 200
ANSWERS_EACH = 10
WORKERS = (1, 2, 3)


def _plan(workers: int, scale: float) -> Plan:
    children = max(2, round(CHILDREN * scale))
    return Plan(workers=workers, answering=children, answers_each=ANSWERS_EACH, offers=0, kills=0)


def _stored(outcome: Outcome) -> str:
    stored = sum(len(questions) for questions in outcome.stored.values())
    return f"{outcome.answers:,} answers acknowledged, {stored:,} stored"


async def _measure(scale: float, workdir: Path) -> list[Row]:
    from tests.support.postgres import Cluster  # the tests' throwaway server, reused

    folder = Path(tempfile.mkdtemp(prefix="fleet-sqlite-", dir=workdir))
    sqlite = await run_fleet(str(folder / "hearme.db"), folder, _plan(1, scale))
    rows = [
        Row(
            "fleet: answers/s SQLite, 1 worker",
            sqlite.answers_per_second,
            None,
            "/s",
            note=_stored(sqlite),
        )
    ]
    cluster = Cluster()
    cluster.start()
    try:
        for workers in WORKERS:
            folder = Path(tempfile.mkdtemp(prefix=f"fleet-pg{workers}-", dir=workdir))
            outcome = await run_fleet(cluster.new_database(), folder, _plan(workers, scale))
            label = "worker" if workers == 1 else "workers"
            rows.append(
                Row(
                    f"fleet: answers/s PostgreSQL, {workers} {label}",
                    outcome.answers_per_second,
                    sqlite.answers_per_second,
                    "/s",
                    note=_stored(outcome) + "; baseline: SQLite, 1 worker",
                )
            )
    finally:
        cluster.stop()
    return rows


def run(scale: float, workdir: Path) -> list[Row]:
    """The fleet figure at ``scale`` (1 = 200 children answering 10 questions each)."""
    return asyncio.run(_measure(scale, workdir))
