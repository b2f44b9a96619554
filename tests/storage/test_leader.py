"""One worker runs the scheduled jobs; when it dies, another takes over."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from storage.db import Database
from storage.leader import take_lead

# A worker that leads, says so, and waits to be killed.
LEADER = """
import asyncio, sys
from storage.db import Database
from storage.leader import take_lead

async def main() -> None:
    db = await Database.open(sys.argv[1])
    print("leading" if await take_lead(db) else "following", flush=True)
    await asyncio.sleep(600)

asyncio.run(main())
"""


async def test_the_only_process_on_a_file_leads(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "hearme.db")
    try:
        assert await take_lead(db) and await take_lead(db)
    finally:
        await db.close()


async def test_one_worker_leads_and_another_takes_over_when_it_is_killed(
    postgres_url: str,
) -> None:
    first = subprocess.Popen(
        [sys.executable, "-c", LEADER, postgres_url],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    second = await Database.open(postgres_url)
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "leading"
        assert not await take_lead(second)  # the first holds it
        assert not await take_lead(second)

        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
        deadline = time.monotonic() + 10
        while not await take_lead(second):
            assert time.monotonic() < deadline, "nobody took the lead within 10 s"
            await asyncio.sleep(0.1)

        # The new leader keeps it: a third worker follows.
        third = await Database.open(postgres_url)
        try:
            assert not await take_lead(third)
        finally:
            await third.close()
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
        if first.stdout is not None:
            first.stdout.close()
        await second.close()
