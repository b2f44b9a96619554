"""Several workers on one PostgreSQL database share the web page's and the staff app's rate
limits, and a link's wrong PIN tries: a guesser spreading attempts over the workers gets no
more than from one (issue 19)."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp

from bot.channels.web.links import create_web_link
from bot.channels.web.security import WebLimits
from bot.channels.web.server import bound_port, start_web
from bot.conversation.consultation import offer
from bot.services import Services
from bot.staffapp.limits import SignInLimits, SignInThrottle
from storage import children, staff
from storage.crypto import Cipher, create_key_file, load_cipher
from storage.db import Database
from surveys.catalogue import load_definitions
from tests.bot.channels.web.world import FormClient
from tests.support.postgres import query


@contextlib.asynccontextmanager
async def _workers(
    url: str, limits: WebLimits, cipher: Cipher | None = None
) -> AsyncIterator[list[str]]:
    """Two web workers, each with its own connection to the database; their addresses."""
    async with contextlib.AsyncExitStack() as stack:
        addresses = []
        for _ in range(2):
            db = await Database.open(url, cipher=cipher)
            stack.push_async_callback(db.close)
            services = Services(db=db, definitions=load_definitions())
            services.clock = lambda: NOW  # the same moment on every worker: no lock runs out
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


NOW = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)


async def _child_with_a_link(url: str, cipher: Cipher) -> str:
    """A child with a consultation offered and a new web link; the link's path."""
    db = await Database.open(url, cipher=cipher)
    try:
        services = Services(db=db, definitions=load_definitions(), clock=lambda: NOW)
        async with db.transaction() as conn:
            iro = await staff.upsert_staff(
                conn, staff_ref="IRO1", name="Priya Shah", role="iro", now=NOW
            )
            child = await children.upsert_child(
                conn,
                child_ref="C100",
                first_name="Sam",
                date_of_birth=date(2014, 9, 1),
                iro_id=iro,
                now=NOW,
            )
        await offer(
            services,
            child_id=child,
            definition_id="my_review",
            review_id=None,
            now=NOW,
            closes_at=NOW + timedelta(days=14),
        )
        link, _card = await create_web_link(services, "C100", now=NOW)
        return urlsplit(link).path
    finally:
        await db.close()


async def test_wrong_pins_sent_to_two_workers_at_once_never_get_more_tries(
    postgres_migrated_url: str, tmp_path: Path
) -> None:
    limits = WebLimits()
    create_key_file(tmp_path / "hearme.key")
    cipher = load_cipher(tmp_path / "hearme.key")
    link = await _child_with_a_link(postgres_migrated_url, cipher)
    async with _workers(postgres_migrated_url, limits, cipher) as (first, second):
        async with FormClient(first) as child:
            await child.get(link)
            page = await child.choose_pin("4829")
            assert page.status == 200 and "Type your PIN" not in page.text()
        async with FormClient(first) as guesser:
            page = await guesser.get(link)
            assert "Type your PIN" in page.text(), page.text()
            form = {"csrf": page.field("csrf"), "kind": "pin", "pin": "1111"}

            async def wrong(worker: str) -> int:
                # One visit (its cookie goes to both workers), its tries spread over both.
                async with guesser.http.post(f"{worker}/unlock", data=form) as response:
                    await response.read()
                    return response.status

            answers = await asyncio.gather(
                *(wrong(first if n % 2 == 0 else second) for n in range(3 * limits.pin_tries))
            )
    statuses = Counter(answers)
    # Four wrong tries say how many are left; the fifth locks the link, and every try after it,
    # on either worker, finds it locked and is neither judged nor counted.
    assert statuses == {400: limits.pin_tries - 1, 423: 2 * limits.pin_tries + 1}, answers
    access = query(postgres_migrated_url, "SELECT failed_attempts, lockouts FROM web_access")
    assert access == [(0, 1)], "tries were counted past the limit: (failed_attempts, lockouts)"
