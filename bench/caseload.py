"""The staff app's caseload page for an IRO with 80 children, over the national-scale file.

Issue 20, item 5. The real web server (``bot.channels.web.server.start_web``, the staff app at
``/staff``) runs over figure 4's database; an IRO with a full caseload is signed in (a session
row, as sign-in leaves it) and ``GET /staff/`` is timed over real HTTP, after one warm-up. The
baseline, in the same command, is the same server's sign-in page (not signed in): what the
server costs before any child's data. Goal: the caseload page under 100 ms (the median of the
timed requests).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import aiohttp

from bench.memory_data import Filled
from bot.channels.web.security import new_token, token_hash
from bot.channels.web.server import bound_port, start_web
from bot.services import Services
from bot.settings import Settings
from bot.staffapp.context import STAFF_COOKIE
from storage import staff_sessions
from storage.crypto import load_cipher
from storage.db import Database
from surveys.catalogue import load_definitions

REQUESTS = 15


@dataclass(frozen=True)
class PageTimes:
    """Median milliseconds of the caseload page and of the baseline page; children shown."""

    caseload_ms: float
    baseline_ms: float
    children_shown: int


async def _median_ms(http: aiohttp.ClientSession, url: str, requests: int) -> tuple[float, str]:
    async with http.get(url, allow_redirects=False) as response:  # warm-up
        page = await response.text()
        if response.status != 200:
            raise RuntimeError(f"{url} answered {response.status}, not the page")
    times = []
    for _ in range(requests):
        began = time.perf_counter()
        async with http.get(url, allow_redirects=False) as response:
            page = await response.text()
        times.append((time.perf_counter() - began) * 1000.0)
    return statistics.median(times), page


async def caseload_times(filled: Filled, requests: int = REQUESTS) -> PageTimes:
    """Time the caseload page of ``filled.iro_id`` against the sign-in page."""
    db = await Database.open(filled.db_path, cipher=load_cipher(filled.key_path))
    services = Services(
        db=db,
        definitions=load_definitions(),
        settings=Settings(),
        clock=lambda: datetime.now(UTC),
    )
    runner = None
    try:
        token = new_token()
        now = services.clock()
        async with db.transaction() as conn:
            session = await staff_sessions.create_session(
                conn, token_hash=token_hash(token), now=now
            )
            await staff_sessions.sign_in(
                conn, session, staff_id=filled.iro_id, token_hash=token_hash(token), now=now
            )
        runner = await start_web(services, port=0)
        base = f"http://127.0.0.1:{bound_port(runner)}/staff"
        async with aiohttp.ClientSession() as stranger:  # signed in, it would be sent on
            baseline, _ = await _median_ms(stranger, f"{base}/sign-in", requests)
        async with aiohttp.ClientSession(cookies={STAFF_COOKIE: token}) as http:
            caseload, page = await _median_ms(http, f"{base}/", requests)
        shown = page.count('href="/staff/children/') // max(1, _links_per_child(page))
        return PageTimes(caseload, baseline, shown)
    finally:
        if runner is not None:
            await runner.cleanup()
        await db.close()


def _links_per_child(page: str) -> int:
    """How many links to one child the caseload page has (views, review…)."""
    first = page.find('href="/staff/children/')
    if first < 0:
        return 1
    ref = page[first:].split("/")[3]
    return max(1, page.count(f'href="/staff/children/{ref}/'))
