"""Rate limits protect children, never lock them out: behind a reverse proxy that is not trusted
every request has the proxy's address, so limits are counted per link and visit as well, and a
request that fails the cookie or CSRF checks spends nobody's budget."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

import aiohttp
import pytest

from bot.channels.web.security import WebLimits
from bot.channels.web.server import start_web
from bot.conversation.consultation import offer
from storage import children
from tests.bot.channels.web.world import FormClient, WebWorld, build_world, close_world


async def _second_child(world: WebWorld) -> str:
    """Another child of the same IRO with My Review open; their private link."""
    iro_id = world.rows("SELECT id FROM staff WHERE staff_ref = 'IRO1'")[0]["id"]
    async with world.services.db.transaction() as conn:
        child_id = await children.upsert_child(
            conn,
            child_ref="C200",
            first_name="Alex",
            date_of_birth=date(2015, 5, 5),
            iro_id=iro_id,
            language="en",
            now=world.clock(),
        )
    await offer(
        world.services,
        child_id=child_id,
        definition_id="my_review",
        review_id=None,
        now=world.clock(),
        closes_at=world.clock() + timedelta(days=14),
    )
    return await world.new_link("C200")


async def test_guessing_codes_does_not_stop_a_child_opening_their_card(tmp_path: Path) -> None:
    # No trusted proxies: the guesser and the child both come from 127.0.0.1, as they would
    # through an unconfigured reverse proxy.
    world = await build_world(tmp_path, limits=WebLimits(link_opens_per_ip=3))
    try:
        link = await world.new_link()
        async with FormClient(world.base_url) as guesser:
            statuses = [(await guesser.get(f"/c/guess-{n}")).status for n in range(5)]
            assert statuses == [404, 404, 404, 429, 429], "guessing is still limited"
        async with FormClient(world.base_url) as child:
            page = await child.get(link)
            assert page.status == 200 and "choose a PIN or three pictures" in page.text()
            page = await child.choose_pin("4829")
            assert "How are things at home" in page.text()
    finally:
        await close_world(world)


async def test_forged_and_stale_posts_spend_no_childs_budget(tmp_path: Path) -> None:
    world = await build_world(tmp_path, limits=WebLimits(posts_per_ip=4, posts_per_session=4))
    try:
        async with FormClient(world.base_url) as child:
            await child.get(await world.new_link())
            page = await child.choose_pin("4829")  # post 1
            form = {"at": page.field("at"), "data": page.buttons()[0][1]}
            # A stranger with no cookie, and this browser's own forms with a wrong CSRF token.
            async with aiohttp.ClientSession() as stranger:
                for _ in range(10):
                    url = world.base_url + "/press"
                    async with stranger.post(url, data={**form, "csrf": "x"}) as response:
                        assert "private page" in await response.text()
            for _ in range(10):
                refused = await child.post("/press", {**form, "csrf": "0" * 64})
                assert refused.status == 403
            assert world.rows("SELECT * FROM answers") == []
            # The child's own three answers (posts 2-4) all go through.
            await child.get("/")
            await child.press("Happy")
            await child.press("Yes")
            page = await child.press("Okay")
            assert page.status == 200 and "Please wait a moment" not in page.text()
            assert len(world.rows("SELECT * FROM answers")) == 3
            # And the limit still holds for the child's own visit.
            page = await child.press("Skip")
            assert page.status == 429 and "Please wait a moment" in page.text()
            assert len(world.rows("SELECT * FROM answers")) == 3
    finally:
        await close_world(world)


async def test_one_child_posting_a_lot_leaves_another_childs_budget_alone(
    tmp_path: Path,
) -> None:
    world = await build_world(tmp_path, limits=WebLimits(posts_per_ip=3, posts_per_session=50))
    try:
        other_link = await _second_child(world)
        async with FormClient(world.base_url) as busy, FormClient(world.base_url) as alex:
            await busy.get(await world.new_link())
            await busy.choose_pin("4829")
            await busy.press("Happy")
            await busy.press("Yes")
            page = await busy.press("Okay")
            assert page.status == 429, "three posts from one address on one link, then wait"
            # Same address (the proxy's), another child's link: their own budget.
            await alex.get(other_link)
            page = await alex.choose_pin("5930")
            assert "How are things at home" in page.text() and "Hi Alex!" in page.text()
            page = await alex.press("Happy")
            assert page.status == 200 and "Please wait a moment" not in page.text()
    finally:
        await close_world(world)


async def test_an_untrusted_proxy_is_named_once_in_the_log(
    world: WebWorld, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.channels.web")
    async with aiohttp.ClientSession() as browser:
        for n, path in enumerate(("/", "/learn", "/c/not-a-code", "/")):
            headers = {"X-Forwarded-For": f"203.0.113.{n + 10}"}
            async with browser.get(world.base_url + path, headers=headers) as response:
                assert response.status in (200, 404)
    warnings = [r.getMessage() for r in caplog.records if "X-Forwarded-For" in r.getMessage()]
    assert len(warnings) == 1, warnings
    assert "127.0.0.1" in warnings[0] and "HEARME_TRUSTED_PROXIES" in warnings[0]
    assert "203.0.113" not in warnings[0], "children's own addresses are not logged"


async def test_a_trusted_proxy_raises_no_warning(
    world: WebWorld, caplog: pytest.LogCaptureFixture
) -> None:
    world.services.settings = world.services.settings.model_copy(
        update={"trusted_proxies": ("127.0.0.1",)}
    )
    caplog.set_level(logging.WARNING, logger="bot.channels.web")
    async with aiohttp.ClientSession() as browser:
        headers = {"X-Forwarded-For": "203.0.113.10"}
        async with browser.get(world.base_url + "/", headers=headers) as response:
            assert response.status == 200
    assert not [r for r in caplog.records if "HEARME_TRUSTED_PROXIES" in r.getMessage()]


async def test_an_https_address_without_trusted_proxies_warns_at_start(
    world: WebWorld, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.channels.web")
    for proxies, expected in (((), 1), (("10.0.0.5",), 0)):
        caplog.clear()
        world.services.settings = world.services.settings.model_copy(
            update={"public_url": "https://voice.example.org", "trusted_proxies": proxies}
        )
        runner = await start_web(world.services, port=0)
        await runner.cleanup()
        warned = [r for r in caplog.records if "HEARME_TRUSTED_PROXIES" in r.getMessage()]
        assert len(warned) == expected, proxies
