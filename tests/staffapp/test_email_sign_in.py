"""Councils without single sign-on: a sign-in link e-mailed through a real SMTP server, working
once and for 15 minutes."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from tests.bot.channels.web.world import FormClient, Page, WebWorld
from tests.staffapp.mailbox import Mailbox
from tests.staffapp.world import IRO_EMAIL, csrf


async def _link(browser: FormClient, mailbox: Mailbox, address: str) -> str:
    page = await browser.get("/staff/sign-in")
    assert "Sign in with your council account" not in page.text()
    page = await browser.post("/staff/sign-in/email", {"csrf": csrf(page), "email": address})
    assert "a sign-in link is on its way" in page.text()
    (mail,) = mailbox.to(address)
    found = re.search(r"(http://\S+/staff/sign-in/link/\S+)", mail.get_content())
    assert found is not None
    return found.group(1)


async def test_an_iro_signs_in_with_an_emailed_link_once(
    world: WebWorld, browser: FormClient, by_email: Mailbox
) -> None:
    link = await _link(browser, by_email, IRO_EMAIL)
    page = await browser.get(link)
    assert page.status == 200
    page = await browser.post(
        "/staff/sign-in/link", {"csrf": csrf(page), "code": link.rsplit("/", 1)[1]}
    )
    assert page.url.endswith("/staff/") and "Sam (C100)" in page.text()
    # The same link again, from another browser: spent.
    async with FormClient(world.base_url) as other:
        page = await other.get(link)
        page = await other.post(
            "/staff/sign-in/link", {"csrf": csrf(page), "code": link.rsplit("/", 1)[1]}
        )
        assert page.status == 403 and "work once" in page.text()


async def test_a_link_older_than_15_minutes_does_not_work(
    world: WebWorld, browser: FormClient, by_email: Mailbox
) -> None:
    link = await _link(browser, by_email, IRO_EMAIL)
    world.clock.advance(minutes=16)
    page = await browser.get(link)
    page = await browser.post(
        "/staff/sign-in/link", {"csrf": csrf(page), "code": link.rsplit("/", 1)[1]}
    )
    assert page.status == 403
    assert (await browser.get("/staff/")).url.endswith("/staff/sign-in")


async def test_an_unknown_address_gets_the_same_answer_and_no_mail(
    world: WebWorld, browser: FormClient, by_email: Mailbox
) -> None:
    page = await browser.get("/staff/sign-in")
    page = await browser.post(
        "/staff/sign-in/email", {"csrf": csrf(page), "email": "nobody@council.example"}
    )
    assert "a sign-in link is on its way" in page.text()
    assert by_email.received == []


async def test_the_demo_page_gives_a_link_that_signs_the_iro_in(
    world: WebWorld, browser: FormClient, tmp_path: Path
) -> None:
    from bot.staffapp.email_sign_in import write_demo_link

    world.clock.now = datetime.now(UTC)  # the demo's link is made on the real clock
    path = await write_demo_link(world.services, tmp_path, staff_ref="IRO1")
    assert path is not None and path.name == "staff-app.html"
    found = re.search(r"<code>(http://\S+/staff/sign-in/link/[^<\s]+)</code>", path.read_text())
    assert found is not None
    link = found.group(1)
    page = await browser.get(link)
    page = await browser.post(
        "/staff/sign-in/link", {"csrf": csrf(page), "code": link.rsplit("/", 1)[1]}
    )
    assert page.url.endswith("/staff/") and "Sam (C100)" in page.text()


async def test_once_an_authenticator_is_set_up_a_link_alone_is_not_enough(
    world: WebWorld, browser: FormClient, by_email: Mailbox
) -> None:
    import pyotp

    async def use(client: FormClient, link: str, code: str) -> Page:
        page = await client.get(link)
        return await client.post(
            "/staff/sign-in/link",
            {"csrf": csrf(page), "code": link.rsplit("/", 1)[1], "totp": code},
        )

    link = await _link(browser, by_email, IRO_EMAIL)
    await use(browser, link, "")
    page = await browser.get("/staff/totp")
    secret = page.field("secret")
    assert 'src="data:image/png;base64,' in page.html
    page = await browser.post(
        "/staff/totp", {"csrf": csrf(page), "secret": secret, "code": "000000"}
    )
    assert "did not match" in page.text()
    code = pyotp.TOTP(secret).at(world.clock())
    page = await browser.post("/staff/totp", {"csrf": csrf(page), "secret": secret, "code": code})
    assert "Set up." in page.text()
    (row,) = world.rows("SELECT totp_secret FROM staff WHERE staff_ref = 'IRO1'")
    assert row[0] is not None and secret.encode() not in row[0]  # encrypted
    by_email.received.clear()
    async with FormClient(world.base_url) as other:
        link = await _link(other, by_email, IRO_EMAIL)
        refused = await use(other, link, "")
        assert refused.status == 403
        by_email.received.clear()
        link = await _link(other, by_email, IRO_EMAIL)
        page = await use(other, link, pyotp.TOTP(secret).at(world.clock()))
        assert page.url.endswith("/staff/") and "Sam (C100)" in page.text()
