"""Staff sign in through a real OpenID Connect provider; sessions, CSRF and timeouts."""

from __future__ import annotations

from tests.bot.channels.web.world import FormClient, WebWorld
from tests.staffapp.world import DUTY_EMAIL, IRO_EMAIL, csrf, sign_in


async def test_an_iro_signs_in_and_sees_only_their_own_children(
    world: WebWorld, browser: FormClient
) -> None:
    page = await sign_in(browser, IRO_EMAIL)
    assert page.status == 200 and page.url.endswith("/staff/"), page.url
    text = page.text()
    assert "Your children" in text
    assert "Sam (C100)" in text and "Alex (C101)" in text
    assert "C200" not in text and "Jordan" not in text
    (session,) = world.rows("SELECT * FROM staff_sessions WHERE ended_at IS NULL")
    assert session["staff_id"] is not None and session["pending"] is None
    cookie = next(c for c in browser.http.cookie_jar if c.key == "hm_staff")
    # Only the token's hash is stored; the cookie is HttpOnly and SameSite.
    assert session["token_hash"] != cookie.value and len(session["token_hash"]) == 64
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    actions = [r["action"] for r in world.rows("SELECT action FROM audit_log")]
    assert "staff.sign_in" in actions and "staff_app.caseload" in actions


async def test_the_session_token_is_replaced_at_sign_in(
    world: WebWorld, browser: FormClient
) -> None:
    await browser.get("/staff/oidc/start")
    before = next(c.value for c in browser.http.cookie_jar if c.key == "hm_staff")
    async with browser.http.post(browser.page.url if browser.page else "", data={"sub": IRO_EMAIL}):
        pass
    after = next(c.value for c in browser.http.cookie_jar if c.key == "hm_staff")
    assert before != after
    # The token seen before sign-in opens nothing afterwards.
    stale = FormClient(world.base_url)
    try:
        stale.http.cookie_jar.update_cookies({"hm_staff": before})
        page = await stale.get("/staff/")
        assert page.url.endswith("/staff/sign-in")
    finally:
        await stale.close()


async def test_someone_the_council_knows_but_hearme_does_not_is_refused(
    world: WebWorld, browser: FormClient
) -> None:
    page = await sign_in(browser, "stranger@council.example")
    assert page.status == 403
    assert "no member of staff in hearme has that e-mail address" in page.text()
    page = await browser.get("/staff/")
    assert page.url.endswith("/staff/sign-in")


async def test_a_post_without_the_csrf_token_is_refused(
    world: WebWorld, browser: FormClient
) -> None:
    await sign_in(browser, IRO_EMAIL)
    refused = await browser.post("/staff/sign-out", {})
    assert refused.status == 403 and "did not come from hearme" in refused.text()
    signed_in = "SELECT ended_at FROM staff_sessions WHERE staff_id IS NOT NULL"
    assert world.rows(signed_in)[0][0] is None
    page = await browser.get("/staff/")
    signed_out = await browser.post("/staff/sign-out", {"csrf": csrf(page)})
    assert signed_out.url.endswith("/staff/sign-in")
    assert world.rows(signed_in)[0][0] is not None


async def test_sessions_end_after_thirty_idle_minutes_and_twelve_hours(
    world: WebWorld, browser: FormClient
) -> None:
    await sign_in(browser, IRO_EMAIL)
    world.clock.advance(minutes=29)
    assert (await browser.get("/staff/")).url.endswith("/staff/")
    world.clock.advance(minutes=31)
    assert (await browser.get("/staff/")).url.endswith("/staff/sign-in")

    await sign_in(browser, DUTY_EMAIL)
    for _ in range(25):  # busy all day, never idle for long
        world.clock.advance(minutes=29)
        await browser.get("/staff/alerts")
    assert (await browser.get("/staff/alerts")).url.endswith("/staff/sign-in")


async def test_a_leaver_is_signed_out_at_their_next_request(
    world: WebWorld, browser: FormClient
) -> None:
    from storage import staff

    await sign_in(browser, IRO_EMAIL)
    async with world.services.db.transaction() as conn:
        member = await staff.get_staff_by_ref(conn, "IRO1")
        assert member is not None
        await staff.set_active(conn, member.id, False, now=world.clock())
    assert (await browser.get("/staff/")).url.endswith("/staff/sign-in")
    ended = [r["ended_at"] for r in world.rows("SELECT * FROM staff_sessions")]
    assert ended and all(ended)
