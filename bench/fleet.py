"""Fleet figure: answers a second with 1, 2 and 3 ``hearme run --webhook`` workers on PostgreSQL,
against one worker on a SQLite file.

The same harness as the fleet test (:mod:`hearme_dev.fleet`), without kills or a
campaign: children answer My Review through a round-robin load balancer, each action posted to
the next worker and acknowledged once handled, each child waiting for the last action as a
person would. The PostgreSQL passes share three processes, the balancer sending to the first
one, two or three of them (a cohort of children each). The figure
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
from hearme_dev.fleet import Outcome, measure_answers

CHILDREN = 200
ANSWERS_EACH = 10
WORKERS = (1, 2, 3)


def _stored(outcome: Outcome) -> str:
    stored = sum(len(questions) for questions in outcome.stored.values())
    return f"{outcome.answers:,} answers acknowledged, {stored:,} stored"


async def _measure(scale: float, workdir: Path) -> list[Row]:
    from tests.support.postgres import Cluster  # the tests' throwaway server, reused

    children = max(2, round(CHILDREN * scale))
    folder = Path(tempfile.mkdtemp(prefix="fleet-sqlite-", dir=workdir))
    [sqlite] = await measure_answers(
        str(folder / "hearme.db"),
        folder,
        workers=(1,),
        children=children,
        answers_each=ANSWERS_EACH,
    )
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
        folder = Path(tempfile.mkdtemp(prefix="fleet-pg-", dir=workdir))
        outcomes = await measure_answers(
            cluster.new_database(),
            folder,
            workers=WORKERS,
            children=children,
            answers_each=ANSWERS_EACH,
        )
    finally:
        cluster.stop()
    for workers, outcome in zip(WORKERS, outcomes, strict=True):
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
    return rows


def run(scale: float, workdir: Path) -> list[Row]:
    """The fleet figure at ``scale`` (1 = 200 children answering 10 questions each)."""
    return asyncio.run(_measure(scale, workdir))
