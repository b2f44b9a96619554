"""Security headers, CSRF and answer-level protections, checked with plain aiohttp requests."""

from __future__ import annotations

from pathlib import Path

import aiohttp

from bot.channels.web.security import CONTENT_SECURITY_POLICY, WebLimits, forwarded_client
from tests.bot.channels.web.world import FormClient, WebWorld, build_world, close_world


async def test_every_response_carries_the_security_headers(world: WebWorld) -> None:
    client = FormClient(world.base_url)
    try:
        for path in ("/", "/learn", "/c/unknown-code", "/static/hearme.css", "/no-such-page"):
            page = await client.get(path)
            headers = page.headers
            assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY, path
            assert "default-src 'none'" in headers["Content-Security-Policy"]
            assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
            assert headers["X-Content-Type-Options"] == "nosniff", path
            assert headers["Referrer-Policy"] == "no-referrer", path
            assert "camera=()" in headers["Permissions-Policy"], path
        assert (await client.get("/")).headers["Cache-Control"] == "no-store"
    finally:
        await client.close()


async def test_posts_without_the_right_csrf_token_change_nothing(world: WebWorld) -> None:
    child = FormClient(world.base_url)
    try:
        await child.get(await world.new_link())
        page = await child.choose_pin("4829")
        data = page.buttons()[0][1]
        at = page.field("at")
        for token in ("", "0" * 64, page.field("csrf")[:-1] + "x"):
            refused = await child.post("/press", {"csrf": token, "at": at, "data": data})
            assert refused.status == 403
        refused = await child.post("/say", {"at": at, "text": "hello"})
        assert refused.status == 403
        assert world.rows("SELECT * FROM answers") == []
        # The same press with the token goes through.
        await child.post("/press", {"csrf": page.field("csrf"), "at": at, "data": data})
        assert [r["question_id"] for r in world.rows("SELECT question_id FROM answers")] == ["home"]
    finally:
        await child.close()


async def test_a_forged_cross_site_post_without_the_cookie_does_nothing(world: WebWorld) -> None:
    child = FormClient(world.base_url)
    try:
        await child.get(await world.new_link())
        page = await child.choose_pin("4829")
        async with aiohttp.ClientSession() as stranger:
            form = {"csrf": page.field("csrf"), "at": page.field("at")}
            form["data"] = page.buttons()[0][1]
            async with stranger.post(world.base_url + "/press", data=form) as response:
                assert str(response.url).endswith("/")
                assert "private page" in await response.text()
        assert world.rows("SELECT * FROM answers") == []
    finally:
        await child.close()


async def test_a_double_tap_answers_only_one_question(world: WebWorld) -> None:
    child = FormClient(world.base_url)
    try:
        await child.get(await world.new_link())
        first = await child.choose_pin("4829")
        await child.press("Happy")
        # The same form sent again (a second tap, or an old tab) is recognised and ignored.
        again = {"csrf": first.field("csrf"), "at": first.field("at")}
        again["data"] = first.buttons()[0][1]
        page = await child.post("/press", again)
        assert "Do you feel safe where you live?" in page.text()
        answers = world.rows("SELECT question_id, choices FROM answers")
        assert [(a["question_id"], a["choices"]) for a in answers] == [("home", '["happy"]')]
    finally:
        await child.close()


async def test_the_page_before_a_link_tells_nothing(world: WebWorld) -> None:
    async with aiohttp.ClientSession() as stranger, stranger.get(world.base_url + "/") as response:
        body = await response.text()
    assert "private page" in body and "Sam" not in body and "How are things" not in body


def test_the_client_behind_a_trusted_proxy_is_the_right_most_untrusted_address() -> None:
    proxies = ("10.0.0.0/8", "192.0.2.7")
    assert forwarded_client("10.1.1.1", "203.0.113.9", proxies) == "203.0.113.9"
    # Entries left of the proxy's own were written by the client: they cannot pick a key.
    assert forwarded_client("10.1.1.1", "1.2.3.4, 203.0.113.9, 192.0.2.7", proxies) == (
        "203.0.113.9"
    )
    assert forwarded_client("10.1.1.1", "", proxies) == "10.1.1.1"
    assert forwarded_client("10.1.1.1", "10.2.2.2, 192.0.2.7", proxies) == "10.2.2.2"


async def _opens(world: WebWorld, forwarded_for: list[str]) -> list[int]:
    statuses = []
    async with aiohttp.ClientSession() as browser:
        for n, address in enumerate(forwarded_for):
            headers = {"X-Forwarded-For": address}
            async with browser.get(f"{world.base_url}/c/guess-{n}", headers=headers) as response:
                statuses.append(response.status)
    return statuses


async def test_behind_a_trusted_proxy_each_child_has_their_own_limit(tmp_path: Path) -> None:
    world = await build_world(tmp_path, limits=WebLimits(link_opens_per_ip=2))
    try:
        world.services.settings = world.services.settings.model_copy(
            update={"trusted_proxies": ("127.0.0.1",)}
        )
        one, two = "203.0.113.5", "198.51.100.8"
        statuses = await _opens(world, [one, one, one, two, f"9.9.9.9, {two}", f"8.8.8.8, {two}"])
        # Each address has its own two opens; a forged left-hand entry does not make a new one.
        assert statuses == [404, 404, 429, 404, 404, 429]
    finally:
        await close_world(world)


async def test_from_an_untrusted_peer_the_forwarded_header_is_ignored(tmp_path: Path) -> None:
    world = await build_world(tmp_path, limits=WebLimits(link_opens_per_ip=2))
    try:
        statuses = await _opens(world, ["203.0.113.5", "198.51.100.8", "192.0.2.1"])
        assert statuses == [404, 404, 429], "a client cannot pick its own rate-limit key"
    finally:
        await close_world(world)
