"""The staff app in headless Chromium (Debian's): an IRO signs in through the identity
provider, sees two children, opens views and records PN6; duty acknowledges an alert raised on
the children's page; a participation officer downloads the XLSX; an IRO asking for another
IRO's child by URL gets a 404 (and an audit line); a POST without the CSRF token is refused;
an admin prints a web card. axe finds no violation of any impact on any page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.bot.channels.web.world import FormClient, WebWorld, close_world
from tests.staffapp.world import (
    ADMIN_EMAIL,
    DUTY_EMAIL,
    IRO_EMAIL,
    PO_EMAIL,
    identity_provider,
    staff_world,
)

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.asyncio(loop_scope="module"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (`make browser`)"),
]
playwright_api = pytest.importorskip("playwright.async_api")
DESK = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def issuer() -> Iterator[str]:
    with identity_provider() as address:
        yield address


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser() -> AsyncIterator[Any]:
    async with playwright_api.async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            yield launched
        finally:
            await launched.close()


@pytest_asyncio.fixture(loop_scope="module")
async def world(tmp_path: Path, issuer: str) -> AsyncIterator[WebWorld]:
    built = await staff_world(tmp_path, issuer)
    try:
        yield built
    finally:
        await close_world(built)


async def signed_in(browser: Any, world: WebWorld, email: str) -> Any:
    """A fresh desk-sized tab signed in as ``email`` at the provider. The staff pages carry no
    script at all (the form tests show they work without one); axe needs JavaScript to run."""
    context = await browser.new_context(
        viewport=DESK, java_script_enabled=True, accept_downloads=True
    )
    page = await context.new_page()
    page.set_default_timeout(5000)
    await page.goto(world.base_url + "/staff/sign-in")
    from axe_playwright_python.async_playwright import Axe

    results = await Axe().run(page)
    assert not violations(results), f"sign-in: {results.generate_report()}"
    await page.get_by_role("link", name="Sign in with your council account").click()
    await page.locator("input[name=sub]").fill(email)
    await page.get_by_role("button", name="Authorize").click()
    await page.wait_for_load_state()
    return page


def violations(results: Any) -> list[Any]:
    """Every violation axe finds, whatever its impact: the issue asks for none at all."""
    return list(results.response["violations"])


async def test_an_iro_signs_in_sees_two_children_opens_views_and_records_pn6(
    browser: Any, world: WebWorld
) -> None:
    from axe_playwright_python.async_playwright import Axe

    axe = Axe()
    page = await signed_in(browser, world, IRO_EMAIL)
    rows = page.locator("tbody tr")
    await playwright_api.expect(rows).to_have_count(2)
    assert "Sam (C100)" in await rows.nth(0).inner_text()
    assert "Alex (C101)" in await rows.nth(1).inner_text()
    checked = {"caseload": await axe.run(page)}
    await page.get_by_role("link", name="Views for C100").click()
    await playwright_api.expect(page.get_by_text("Sam").first).to_be_visible()
    checked["views"] = await axe.run(page)
    await page.go_back()
    await page.get_by_role("link", name="After the review of 2026-03-10 (C100)").click()
    checked["after the review"] = await axe.run(page)
    await page.get_by_role("button", name="Mark the review held").click()
    await playwright_api.expect(page.get_by_role("status")).to_have_text("Marked as held.")
    await page.get_by_label("PN6 · did not attend, views sent another way").check()
    await page.get_by_label("Virtual").check()
    await page.get_by_role("button", name="Record participation").click()
    await playwright_api.expect(page.get_by_role("status")).to_have_text("Recorded PN6.")
    (row,) = world.rows(
        "SELECT participation_code, mode, held FROM reviews WHERE child_id = ? "
        "AND review_at = '2026-03-10'",
        world.child_id,
    )
    assert tuple(row) == ("PN6", "virtual", 1)
    # Another code over it asks first (old and new side by side), then replaces.
    await page.get_by_label("PN1 · attended, spoke for themselves").check()
    await page.get_by_role("button", name="Record participation").click()
    await playwright_api.expect(page.get_by_role("alert")).to_contain_text(
        "PN6 is already recorded"
    )
    checked["replace the code?"] = await axe.run(page)
    await page.get_by_role("button", name="Yes, replace PN6 with PN1").click()
    await playwright_api.expect(page.get_by_role("status")).to_have_text("Recorded PN1.")
    # Another IRO's child by URL: the same 404 as a child who does not exist, and audit-logged.
    response = await page.goto(world.base_url + "/staff/children/C200/views")
    assert response is not None and response.status == 404
    assert "Jordan" not in await page.content()
    assert world.rows("SELECT * FROM audit_log WHERE action = 'staff_app.refused'")
    await page.context.close()
    for name, results in checked.items():
        assert not violations(results), f"{name}: {results.generate_report()}"


async def test_duty_acknowledges_an_alert_raised_on_the_childrens_page(
    browser: Any, world: WebWorld
) -> None:
    from axe_playwright_python.async_playwright import Axe

    async with FormClient(world.base_url) as child:
        await child.get(await world.new_link())
        await child.choose_pin("4829")
        await child.say("my stepdad hits me when mum is out")
    page = await signed_in(browser, world, DUTY_EMAIL)
    assert page.url.endswith("/staff/alerts")
    await playwright_api.expect(
        page.get_by_text("my stepdad hits me when mum is out")
    ).to_be_visible()
    results = await Axe().run(page)
    await page.get_by_role("button", name="Acknowledge alert #1").click()
    await playwright_api.expect(page.get_by_role("status")).to_have_text("Acknowledged. Thank you.")
    (alert,) = world.rows("SELECT acknowledged_by FROM alerts")
    (duty,) = world.rows("SELECT id FROM staff WHERE staff_ref = 'DUTY1'")
    assert alert["acknowledged_by"] == duty["id"]
    # A POST without the CSRF token (a forged form elsewhere) is refused.
    response = await page.request.post(world.base_url + "/staff/sign-out", form={"nothing": "here"})
    assert response.status == 403
    # ... and did nothing: the session it tried to end goes on.
    await page.reload()
    await playwright_api.expect(
        page.get_by_role("button", name="Sign out Duty Desk")
    ).to_be_visible()
    await page.context.close()
    assert not violations(results), results.generate_report()


async def test_a_participation_officer_downloads_the_xlsx(browser: Any, world: WebWorld) -> None:
    from axe_playwright_python.async_playwright import Axe

    page = await signed_in(browser, world, PO_EMAIL)
    assert page.url.endswith("/staff/reports")
    results = await Axe().run(page)
    async with page.expect_download() as waiting:
        await page.get_by_role("link", name="Download the participation report as XLSX").click()
    download = await waiting.value
    assert download.suggested_filename.startswith("participation-")
    assert download.suggested_filename.endswith(".xlsx")
    saved = Path(await download.path())
    assert saved.read_bytes()[:2] == b"PK"  # an XLSX is a zip
    await page.context.close()
    assert not violations(results), results.generate_report()


async def test_an_admin_prints_a_card_and_the_admin_pages_pass_axe(
    browser: Any, world: WebWorld
) -> None:
    from axe_playwright_python.async_playwright import Axe

    axe = Axe()
    page = await signed_in(browser, world, ADMIN_EMAIL)
    await page.goto(world.base_url + "/staff/admin")
    checked = {"admin": await axe.run(page)}
    await page.get_by_label("Child reference").fill("C101")
    await page.get_by_role("button", name="Make a printable card").click()
    await playwright_api.expect(page.get_by_role("heading", level=1)).to_have_text(
        "A private link for C101"
    )
    await playwright_api.expect(page.get_by_role("img", name="QR code of the link")).to_be_visible()
    checked["card"] = await axe.run(page)
    # Printed, the card is all there is: no navigation, no forms, no "print this" hint.
    await page.emulate_media(media="print")
    assert not await page.locator("header").is_visible()
    assert not await page.get_by_text("Print this page").is_visible()
    assert await page.get_by_role("img", name="QR code of the link").is_visible()
    await page.context.close()
    for name, results in checked.items():
        assert not violations(results), f"{name}: {results.generate_report()}"
