"""Several workers on one PostgreSQL database share the web page's and the staff app's rate
limits: a guesser spreading attempts over the workers gets no more than from one (issue 19)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import aiohttp

from bot.channels.web.security import WebLimits
from bot.channels.web.server import bound_port, start_web
from bot.services import Services
from bot.staffapp.limits import SignInLimits, SignInThrottle
from storage.db import Database
from surveys.catalogue import load_definitions


@contextlib.asynccontextmanager
async def _workers(url: str, limits: WebLimits) -> AsyncIterator[list[str]]:
    """Two web workers, each with its own connection to the database; their addresses."""
    async with contextlib.AsyncExitStack() as stack:
        addresses = []
        for _ in range(2):
            db = await Database.open(url)
            stack.push_async_callback(db.close)
            services = Services(db=db, definitions=load_definitions())
            runner = await start_web(services, port=0, limits=limits)
            stack.push_async_callback(runner.cleanup)
            addresses.append(f"http://127.0.0.1:{bound_port(runner)}")
        yield addresses


async def test_guessing_links_over_two_workers_meets_one_limit(postgres_migrated_url: str) -> None:
    limits = WebLimits(link_opens_per_ip=4)
    async with (
        _workers(postgres_migrated_url, limits) as (first, second),
        aiohttp.ClientSession() as http,
    ):
        statuses = []
        for number in range(6):
            worker = first if number % 2 == 0 else second
            async with http.get(f"{worker}/c/not-a-real-code-{number}") as response:
                statuses.append(response.status)
    assert 429 not in statuses[:4], statuses
    assert statuses[4:] == [429, 429], "each worker counted its own guesses"


async def test_sign_in_attempts_for_one_account_are_counted_by_every_worker(
    postgres_migrated_url: str,
) -> None:
    first = await Database.open(postgres_migrated_url)
    second = await Database.open(postgres_migrated_url)
    try:
        limits = SignInLimits(per_account=3)
        throttles = [SignInThrottle(limits, shared=db) for db in (first, second)]
        allowed = [
            await throttles[n % 2].by_account("email", "Ana.Jones@council.example")
            for n in range(5)
        ]
        assert allowed == [True, True, True, False, False]
        # Another account has its own count; the e-mail address itself is never stored.
        assert await throttles[1].by_account("email", "dee@council.example")
        async with first.reader.execute("SELECT key FROM rate_hits") as cursor:
            keys = [row[0] for row in await cursor.fetchall()]
        assert keys and not any("council" in key for key in keys)
    finally:
        await first.close()
        await second.close()
