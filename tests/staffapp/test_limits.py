"""Limits on the staff app: sign-in attempts per address and per account (asking for an
e-mailed link, a link with its authenticator code, coming back from the identity provider), and
the size of what is sent (forms small; a CSV upload up to 5 MB, told plainly when over)."""

from __future__ import annotations

import pyotp
from aiohttp import web

from bot.staffapp.context import STAFF, StaffContext
from bot.staffapp.email_sign_in import issue_link
from bot.staffapp.limits import SignInLimits, SignInThrottle
from storage import staff_sessions
from tests.bot.channels.web.world import FormClient, Page, WebWorld
from tests.staffapp.mailbox import Mailbox
from tests.staffapp.world import (
    ADMIN_EMAIL,
    IRO_EMAIL,
    OTHER_IRO_EMAIL,
    csrf,
    sign_in,
    upload,
)

TOO_MANY = "Too many sign-in attempts"


def _staff_app(world: WebWorld) -> StaffContext:
    for resource in world.runner.app.router.resources():
        info = resource.get_info()
        if info.get("prefix") == "/staff":
            app = info["app"]
            assert isinstance(app, web.Application)
            return app[STAFF]
    raise AssertionError("the staff app is not mounted")


def _small_limits(world: WebWorld, *, per_address: int, per_account: int) -> None:
    """Small limits, and the test's loopback trusted as a proxy so each request can say which
    address it comes from (as a council's reverse proxy does)."""
    _staff_app(world).throttle = SignInThrottle(
        SignInLimits(per_address=per_address, per_account=per_account)
    )
    world.services.settings = world.services.settings.model_copy(
        update={"trusted_proxies": ("127.0.0.1",)}
    )


async def _post_from(browser: FormClient, address: str, path: str, data: dict[str, str]) -> Page:
    async with browser.http.post(
        browser.base_url + path, data=data, headers={"X-Forwarded-For": address}
    ) as response:
        return await browser._read(response)


async def test_asking_for_links_is_limited_per_account_and_per_address(
    world: WebWorld, browser: FormClient, by_email: Mailbox
) -> None:
    _small_limits(world, per_address=4, per_account=2)
    token = csrf(await browser.get("/staff/sign-in"))

    async def ask(address: str, email: str) -> Page:
        return await _post_from(
            browser, address, "/staff/sign-in/email", {"csrf": token, "email": email}
        )

    for _ in range(2):
        assert "on its way" in (await ask("10.0.0.1", IRO_EMAIL)).text()
    refused = await ask("10.0.0.1", IRO_EMAIL)
    assert refused.status == 429 and TOO_MANY in refused.text()
    assert "Wait 15 minutes" in refused.text()
    # The account stays limited from another address; another account does not.
    assert (await ask("10.0.0.2", IRO_EMAIL)).status == 429
    assert len(by_email.to(IRO_EMAIL)) == 2
    assert "on its way" in (await ask("10.0.0.1", OTHER_IRO_EMAIL)).text()
    # The first address has now tried four times: a fifth account is refused there too, and an
    # unknown address is counted the same (the limit confirms no account).
    assert (await ask("10.0.0.1", ADMIN_EMAIL)).status == 429
    assert (await ask("10.0.0.1", "nobody@council.example")).status == 429
    assert "on its way" in (await ask("10.0.0.3", ADMIN_EMAIL)).text()
    assert by_email.to(ADMIN_EMAIL) and not by_email.to("nobody@council.example")


async def test_authenticator_codes_are_limited_per_account_even_a_right_one(
    world: WebWorld, browser: FormClient, by_email: Mailbox
) -> None:
    _small_limits(world, per_address=10, per_account=2)
    secret = pyotp.random_base32()
    services = world.services
    iro = await staff_sessions.staff_by_email(services.db.reader, IRO_EMAIL)
    assert iro is not None
    async with services.db.transaction() as conn:
        await staff_sessions.set_totp_secret(conn, services.db.cipher, iro.id, secret)

    async def use(address: str, code: str) -> Page:
        link = await issue_link(services, iro.id, now=world.clock())
        page = await browser.get(link)
        return await _post_from(
            browser,
            address,
            "/staff/sign-in/link",
            {"csrf": csrf(page), "code": link.rsplit("/", 1)[1], "totp": code},
        )

    for address in ("10.0.0.1", "10.0.0.2"):
        wrong = await use(address, "000000")
        assert wrong.status == 403 and "does not work" in wrong.text()
    right = pyotp.TOTP(secret).at(world.clock())
    refused = await use("10.0.0.3", right)
    assert refused.status == 429 and TOO_MANY in refused.text()
    assert world.rows("SELECT * FROM staff_sessions WHERE staff_id = ?", iro.id) == []


async def test_coming_back_from_the_identity_provider_is_limited(
    world: WebWorld, browser: FormClient
) -> None:
    _small_limits(world, per_address=3, per_account=2)
    for _ in range(2):
        page = await sign_in(browser, IRO_EMAIL)
        assert "Sam (C100)" in page.text()
    page = await sign_in(browser, IRO_EMAIL)
    assert page.status == 429 and TOO_MANY in page.text()
    # Three returns from this address: a forged return is refused before it is looked at.
    forged = await browser.get("/staff/oidc/callback?state=x&code=y")
    assert forged.status == 429


def _staff_csv(rows: int) -> bytes:
    lines = ["staff_ref,name,role,email"]
    lines += [f"IRO{n:05d},Reviewing Officer {n:05d},iro," for n in range(rows)]
    return ("\n".join(lines) + "\n").encode()


async def test_a_large_list_uploads_and_one_over_5_mb_is_refused_plainly(
    world: WebWorld, browser: FormClient
) -> None:
    await sign_in(browser, ADMIN_EMAIL)
    await browser.get("/staff/admin")
    # Well over the children's page's 64 KB: a county's list must still go in.
    body = _staff_csv(4000)
    assert len(body) > 128 * 1024
    done = await upload(browser, "staff", "staff.csv", body)
    assert "4000 row(s) imported" in done.text()
    huge = _staff_csv(140_000)
    assert len(huge) > 5 * 1024 * 1024
    refused = await upload(browser, "staff", "staff.csv", huge)
    assert refused.status == 413
    assert "File too large" in refused.text() and "(limit 5 MB)" in refused.text()
    (count,) = world.rows("SELECT COUNT(*) FROM staff WHERE staff_ref LIKE 'IRO0%'")
    assert count[0] == 4000


async def test_a_form_post_is_held_to_16_kb(world: WebWorld, browser: FormClient) -> None:
    page = await sign_in(browser, IRO_EMAIL)
    refused = await browser.post("/staff/sign-out", {"csrf": csrf(page), "pad": "x" * 20_000})
    assert refused.status == 413 and "(limit 16 KB)" in refused.text()
    # Still signed in: the refused form did nothing.
    assert "Sam (C100)" in (await browser.get("/staff/")).text()
