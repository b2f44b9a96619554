"""Getting in: private links, choosing and entering the PIN or pictures, guessing limits, expiry,
quick exit, over real HTTP with plain forms (no browser needed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.channels.web.links import WebLinkError, create_web_link
from bot.channels.web.security import WebLimits, token_hash
from tests.bot.channels.web.world import FormClient, WebWorld, build_world, close_world


async def test_link_is_stored_only_as_a_hash_and_expires_in_14_days(world: WebWorld) -> None:
    url = await world.new_link()
    code = url.rsplit("/c/", 1)[1]
    assert url.startswith(world.base_url + "/c/")
    assert len(code) >= 22  # at least 128 bits of URL-safe base64
    rows = world.rows("SELECT code_hash, kind, child_id, created_at, expires_at FROM invites")
    assert [(r["kind"], r["child_id"]) for r in rows] == [("web", world.child_id)]
    assert rows[0]["code_hash"] != code and code not in rows[0]["code_hash"]
    assert rows[0]["expires_at"].startswith("2026-03-25T10:00")


async def test_first_visit_chooses_a_pin_then_sees_the_first_question(
    world: WebWorld, child: FormClient
) -> None:
    page = await child.get(await world.new_link())
    assert page.status == 200
    assert "choose a PIN or three pictures" in page.text()
    assert "keep your answers private" in page.text()
    assert "Do not tell anyone" not in page.text()  # no secrets from trusted adults
    assert "ask your IRO or the people you live with for help, or for a new card" in page.text()
    assert "works for 12 months" in page.text()
    assert "Sam" not in page.text()  # nothing about the child before the secret is chosen
    page = await child.choose_pin("4829")
    assert page.url == world.base_url + "/"
    assert "How are things at home" in page.text()
    assert "Hi Sam!" in page.text()
    access = world.rows("SELECT secret_kind, secret_hash, salt FROM web_access")
    assert [a["secret_kind"] for a in access] == ["pin"]
    assert b"4829" not in access[0]["secret_hash"] and len(access[0]["secret_hash"]) == 32
    invite = world.rows("SELECT used_at, used_by FROM invites")[0]
    assert invite["used_at"] is not None and invite["used_by"].startswith("web:")
    session = world.rows("SELECT state, token_hash, view FROM web_sessions")[0]
    assert session["state"] == "open"
    assert b"How are things" not in session["view"]  # the page view is encrypted at rest


async def test_weak_or_mismatched_pins_are_refused_kindly(
    world: WebWorld, child: FormClient
) -> None:
    await child.get(await world.new_link())
    page = await child.choose_pin("1234")
    assert page.status == 400 and "easy for someone else to guess" in page.text()
    page = await child.choose_pin("4829", "4828")
    assert "two PINs were different" in page.text()
    page = await child.choose_pin("12")
    assert "4 to 6 numbers" in page.text()
    assert world.rows("SELECT * FROM web_access") == []


async def test_three_pictures_work_as_the_secret_in_order(
    world: WebWorld, child: FormClient
) -> None:
    link = await world.new_link()
    await child.get(link)
    assert child.page is not None and 'name="third"' in child.page.html
    form = {"csrf": child.page.field("csrf"), "kind": "pictures"}
    page = await child.post("/setup", {**form, "first": "fox", "second": "rocket"})
    assert "a first, a second and a third picture" in page.text()
    page = await child.post("/setup", {**form, "first": "fox", "second": "fox", "third": "star"})
    assert "three different pictures" in page.text()
    chosen = {"first": "fox", "second": "rocket", "third": "star"}
    page = await child.post("/setup", {**form, **chosen})
    assert "How are things at home" in page.text()
    assert world.rows("SELECT picture_count FROM web_access")[0]["picture_count"] == 3

    other = FormClient(world.base_url)
    try:
        page = await other.get(link)
        assert "Pick your 3 pictures, in the same order" in page.text()
        unlock = {"csrf": page.field("csrf"), "kind": "pictures"}
        wrong = {"first": "rocket", "second": "fox", "third": "star"}
        page = await other.post("/unlock", {**unlock, **wrong})
        assert "not the right pictures" in page.text()
        page = await other.post("/unlock", {**unlock, **chosen})
        assert "How are things at home" in page.text()
    finally:
        await other.close()


async def test_resume_needs_the_pin_and_five_wrong_tries_lock_the_link(
    world: WebWorld, child: FormClient
) -> None:
    link = await world.new_link()
    await child.get(link)
    await child.choose_pin("4829")

    guesser = FormClient(world.base_url)
    try:
        page = await guesser.get(link)
        assert "Type your PIN to carry on" in page.text()
        for left in (4, 3, 2, 1):
            page = await guesser.enter_pin("1111")
            assert f"try {left} more" in page.text()
        page = await guesser.enter_pin("0000")
        assert page.status == 423 and "locked" in page.text()
        # Even the right PIN waits out the lock.
        page = await guesser.enter_pin("4829")
        assert page.status == 423
        assert world.rows("SELECT locked_until FROM web_access")[0]["locked_until"] is not None
        world.clock.advance(minutes=16)
        page = await guesser.get(link)
        page = await guesser.enter_pin("4829")
        assert "How are things at home" in page.text()
        access = world.rows("SELECT failed_attempts, locked_until, lockouts FROM web_access")[0]
        assert (access["failed_attempts"], access["locked_until"]) == (0, None)
        assert access["lockouts"] == 1  # a right PIN forgets wrong tries, never the lock
    finally:
        await guesser.close()


async def test_unknown_used_up_and_expired_links_all_say_the_same(
    world: WebWorld, child: FormClient
) -> None:
    unknown = await child.get(world.base_url + "/c/not-a-real-code-at-all-xxxxxxxx")
    expired_link = await world.new_link()
    world.clock.advance(days=15)
    expired = await child.get(expired_link)
    assert unknown.status == expired.status == 404
    assert "This link does not work" in unknown.text()
    assert unknown.text() == expired.text()
    assert world.rows("SELECT * FROM web_sessions") == []


async def test_a_new_link_retires_the_old_card(world: WebWorld, child: FormClient) -> None:
    old = await world.new_link()
    await child.get(old)
    await child.choose_pin("4829")
    new = await world.new_link()
    other = FormClient(world.base_url)
    try:
        await other.get(new)
        page = await other.choose_pin("5930")
        assert "How are things at home" in page.text()
    finally:
        await other.close()
    page = await child.get("/")
    assert "private page" in page.text()  # the old visit was ended
    page = await child.get(old)
    assert "This link does not work" in page.text()
    assert len(world.rows("SELECT * FROM web_access")) == 1


async def test_idle_visit_expires_after_30_minutes(world: WebWorld, child: FormClient) -> None:
    await child.get(await world.new_link())
    await child.choose_pin("4829")
    world.clock.advance(minutes=29)
    assert "How are things at home" in (await child.get("/")).text()
    world.clock.advance(minutes=31)
    page = await child.get("/")
    assert "Your time ran out" in page.text()
    session = world.rows("SELECT ended_at, view FROM web_sessions")[0]
    assert session["ended_at"] is not None and session["view"] is None


async def test_quick_exit_ends_the_visit_and_forgets_the_cookie(
    world: WebWorld, child: FormClient
) -> None:
    await child.get(await world.new_link())
    page = await child.choose_pin("4829")
    page = await child.post("/exit", {"csrf": page.field("csrf")})
    assert page.url == world.base_url + "/learn"
    assert "The Solar System" in page.text() and "My voice" not in page.text()
    assert not [c for c in child.http.cookie_jar if c.key == "hm_session" and c.value]
    session = world.rows("SELECT ended_at, view FROM web_sessions")[0]
    assert session["ended_at"] is not None and session["view"] is None
    page = await child.get("/")
    assert "How are things" not in page.text()


async def test_link_opening_is_rate_limited_per_address(tmp_path: Path) -> None:
    world = await build_world(tmp_path, limits=WebLimits(link_opens_per_ip=3))
    client = FormClient(world.base_url)
    try:
        statuses = [(await client.get(f"/c/guess-{n}")).status for n in range(5)]
        assert statuses == [404, 404, 404, 429, 429]
        assert "Please wait a moment" in (client.page.text() if client.page else "")
    finally:
        await client.close()
        await close_world(world)


async def test_session_tokens_are_stored_hashed(world: WebWorld, child: FormClient) -> None:
    await child.get(await world.new_link())
    cookie = next(c for c in child.http.cookie_jar if c.key == "hm_session")
    stored = world.rows("SELECT token_hash FROM web_sessions")[0]["token_hash"]
    assert stored == token_hash(cookie.value) and cookie.value not in stored
    assert cookie["httponly"] and cookie["samesite"] == "Strict"


async def test_link_comes_with_a_scannable_qr_png_and_refuses_unknown_children(
    world: WebWorld,
) -> None:
    url, png = await create_web_link(world.services, "C100", now=world.clock())
    assert url.startswith(world.base_url + "/c/")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(png[16:20], "big")  # from the PNG header
    assert width >= 200  # big enough to scan from a printed card
    with pytest.raises(WebLinkError, match="no child with reference 'NOPE'"):
        await create_web_link(world.services, "NOPE", now=world.clock())
    assert len(world.rows("SELECT * FROM invites")) == 1
    assert world.rows("SELECT action FROM audit_log WHERE action = 'invite.web'")


async def test_no_link_for_a_child_under_4(tmp_path: Path) -> None:
    world = await build_world(tmp_path, born=date(2024, 1, 1), survey=None)
    try:
        with pytest.raises(WebLinkError, match="under 4"):
            await world.new_link()
    finally:
        await close_world(world)
