"""The session cookie: replaced whenever what the visit may do changes, ended by quick exit
without any form field, ``__Host-`` prefixed over https, and a made-up one costs no write."""

from __future__ import annotations

import asyncio
import sqlite3

import aiohttp
import pytest

from bot.channels.web.security import csrf_for, new_token, token_hash
from tests.bot.channels.web.world import FormClient, WebWorld


def _cookie(client: FormClient, name: str = "hm_session") -> str:
    values = [c.value for c in client.http.cookie_jar if c.key == name and c.value]
    assert len(values) == 1, values
    return values[0]


async def _as_cookie(world: WebWorld, token: str, method: str, path: str, **form: str) -> str:
    """The page a browser holding only ``token`` sees (no redirects followed)."""
    headers = {"Cookie": f"hm_session={token}"}
    async with (
        aiohttp.ClientSession() as browser,
        browser.request(
            method, world.base_url + path, headers=headers, data=form or None, allow_redirects=False
        ) as response,
    ):
        return f"{response.status} {response.headers.get('Location', '')} {await response.text()}"


async def test_choosing_a_pin_replaces_the_session_token(
    world: WebWorld, child: FormClient
) -> None:
    # Someone who saw (or planted) the cookie before the PIN was chosen learns nothing by it.
    await child.get(await world.new_link())
    before = _cookie(child)
    page = await child.choose_pin("4829")
    assert "How are things at home" in page.text()
    after = _cookie(child)
    assert after != before
    assert [r["token_hash"] for r in world.rows("SELECT token_hash FROM web_sessions")] == [
        token_hash(after)
    ]
    shown = await _as_cookie(world, before, "GET", "/")
    assert "private page" in shown and "How are things" not in shown and "Sam" not in shown
    data = page.buttons()[0][1]
    form = {"csrf": csrf_for(before), "at": page.field("at"), "data": data}
    shown = await _as_cookie(world, before, "POST", "/press", **form)
    assert shown.startswith("303 /")
    assert world.rows("SELECT * FROM answers") == []
    # The child carries on with the new token.
    await child.press("Happy")
    assert [r["question_id"] for r in world.rows("SELECT question_id FROM answers")] == ["home"]


async def test_choosing_pictures_replaces_the_session_token(
    world: WebWorld, child: FormClient
) -> None:
    await child.get(await world.new_link())
    before = _cookie(child)
    page = await child.pick_pictures("/setup", "fox", "rocket", "star")
    assert "How are things at home" in page.text()
    assert _cookie(child) != before
    assert "private page" in await _as_cookie(world, before, "GET", "/")


async def test_entering_the_pin_replaces_the_session_token(
    world: WebWorld, child: FormClient
) -> None:
    link = await world.new_link()
    await child.get(link)
    await child.choose_pin("4829")
    async with FormClient(world.base_url) as later:
        await later.get(link)
        before = _cookie(later)
        page = await later.enter_pin("1111")
        assert "not the right PIN" in page.text()
        assert _cookie(later) == before, "a wrong try changes nothing the visit may do"
        page = await later.enter_pin("4829")
        assert "How are things at home" in page.text()
        assert _cookie(later) != before
        shown = await _as_cookie(world, before, "GET", "/")
        assert "private page" in shown and "How are things" not in shown


@pytest.mark.parametrize(
    ("chosen", "form"), [(True, {}), (False, {"csrf": "not-the-token"})], ids=["in", "at-setup"]
)
async def test_quick_exit_without_a_csrf_token_ends_the_visit_on_the_server(
    world: WebWorld, child: FormClient, chosen: bool, form: dict[str, str]
) -> None:
    # A child leaving in a hurry, from their page or from the page before the PIN.
    await child.get(await world.new_link())
    if chosen:
        await child.choose_pin("4829")
    token = _cookie(child)
    page = await child.post("/exit", form)
    assert page.url == world.base_url + "/learn" and "The Solar System" in page.text()
    session = world.rows("SELECT ended_at, view FROM web_sessions")[0]
    assert session["ended_at"] is not None and session["view"] is None
    shown = await _as_cookie(world, token, "GET", "/")
    assert "private page" in shown and "How are things" not in shown


def _snapshot(world: WebWorld) -> list[tuple[object, ...]]:
    with sqlite3.connect(world.db_path) as conn:
        return [
            tuple(row)
            for table in ("web_sessions", "audit_log", "answers")
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
        ]


async def test_a_made_up_or_ended_cookie_never_waits_for_the_write_lock(
    world: WebWorld, child: FormClient
) -> None:
    await child.get(await world.new_link())
    await child.choose_pin("4829")
    ended = _cookie(child)
    await child.post("/exit", {})
    before = _snapshot(world)
    requests = [("GET", "/", {}), ("POST", "/press", {"data": "x"}), ("POST", "/say", {})]
    requests += [("POST", "/exit", {}), ("POST", "/unlock", {"pin": "4829"}), ("GET", "/learn", {})]
    # The test holds the one write lock, as a busy moment of other children's answers would: a
    # request that took it would wait here until the timeout.
    async with world.services.db.transaction():
        for token in (new_token(), ended, "x" * 500):
            for method, path, form in requests:
                async with asyncio.timeout(5):
                    shown = await _as_cookie(world, token, method, path, **form)
                assert "How are things" not in shown, (method, path)
    assert _snapshot(world) == before


async def test_over_https_the_cookie_is_host_prefixed_with_hsts_and_no_server_name(
    world: WebWorld,
) -> None:
    loopback = world.base_url
    link = await world.new_link()
    # Children reach the page over https through a proxy; the test server stays on loopback.
    world.services.settings = world.services.settings.model_copy(
        update={"public_url": "https://voice.example.org"}
    )
    # The jar treats the loopback server as the https origin it stands in for, so Secure
    # cookies are sent back as a browser would over https.
    jar = aiohttp.CookieJar(unsafe=True, treat_as_secure_origin=[loopback])
    async with FormClient(loopback) as child:
        await child.http.close()
        child.http = aiohttp.ClientSession(cookie_jar=jar)
        async with child.http.get(link) as response:
            raw = response.headers.getall("Set-Cookie")
            assert response.headers["Strict-Transport-Security"].startswith("max-age=")
            assert "Server" not in response.headers
        assert len(raw) == 1 and raw[0].startswith("__Host-hm_session=")
        attributes = [part.strip().lower() for part in raw[0].split(";")[1:]]
        assert {"secure", "httponly", "path=/", "samesite=strict"} <= set(attributes)
        assert not [a for a in attributes if a.startswith("domain")]
        await child.get(link)
        page = await child.choose_pin("4829")
        assert "How are things at home" in page.text()
        token = _cookie(child, "__Host-hm_session")
    # The unprefixed name is not read over https: a cookie a plain-http page or a sibling
    # subdomain could plant does nothing.
    async with (
        aiohttp.ClientSession() as browser,
        browser.get(loopback + "/", headers={"Cookie": f"hm_session={token}"}) as response,
    ):
        shown = await response.text()
    assert "private page" in shown and "How are things" not in shown


async def test_over_plain_http_there_is_no_hsts_and_no_server_name(
    world: WebWorld, child: FormClient
) -> None:
    for path in ("/", "/learn", "/static/hearme.css", "/no-such-page", "/c/not-a-code"):
        page = await child.get(path)
        assert "Server" not in page.headers, path
        assert "Strict-Transport-Security" not in page.headers, path
    page = await child.get(await world.new_link())
    assert "Server" not in page.headers
    assert _cookie(child)  # loopback http keeps the plain name, so development works
