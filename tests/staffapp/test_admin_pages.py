"""Admin pages: CSV uploads with the same row-by-row problems as ``hearme import``, web cards
with a QR code, leavers, and erasure requests."""

from __future__ import annotations

import re

from storage import children
from tests.bot.channels.web.world import FormClient, Page, WebWorld
from tests.staffapp.world import ADMIN_EMAIL, IRO_EMAIL, csrf, sign_in, upload


async def _upload(browser: FormClient, kind: str, name: str, text: str) -> Page:
    return await upload(browser, kind, name, text.encode())


async def test_a_staff_file_with_a_bad_row_imports_nothing_and_says_where(
    world: WebWorld, browser: FormClient
) -> None:
    await sign_in(browser, ADMIN_EMAIL)
    await browser.get("/staff/admin")
    page = await _upload(
        browser,
        "staff",
        "staff.csv",
        "staff_ref,name,role,email\nIRO9,Nia Jones,iro,nia@council.example\nX1,Bob,chef,\n",
    )
    assert "Nothing was imported" in page.text()
    assert "staff.csv row 3, column role: chef is not a role" in page.text()
    assert world.rows("SELECT * FROM staff WHERE staff_ref = 'IRO9'") == []
    page = await _upload(
        browser,
        "staff",
        "staff.csv",
        "staff_ref,name,role,email\nIRO9,Nia Jones,iro,nia@council.example\n",
    )
    assert "1 row(s) imported, 1 new or changed." in page.text()
    (row,) = world.rows("SELECT email FROM staff WHERE staff_ref = 'IRO9'")
    assert row["email"] == "nia@council.example"


async def test_an_admin_marks_a_leaver_and_carries_out_an_erasure(
    world: WebWorld, browser: FormClient
) -> None:
    async with world.services.db.transaction() as conn:
        await children.request_erasure(conn, world.child_id, now=world.clock())
    await sign_in(browser, ADMIN_EMAIL)
    page = await browser.get("/staff/admin")
    assert "C100 asked on" in page.text()
    page = await browser.post("/staff/admin/leave/IRO2", {"csrf": csrf(page)})
    (row,) = world.rows("SELECT active FROM staff WHERE staff_ref = 'IRO2'")
    assert row["active"] == 0
    page = await browser.post("/staff/admin/erase/C100", {"csrf": csrf(page), "confirm": "yes"})
    assert page.status == 200 and "No erasure requests are waiting." in page.text()
    (child,) = world.rows("SELECT child_ref, first_name FROM children WHERE id = ?", world.child_id)
    assert child["first_name"] is None and child["child_ref"].startswith("erased-")


async def test_a_web_card_shows_the_link_and_its_qr_code(
    world: WebWorld, browser: FormClient
) -> None:
    await sign_in(browser, ADMIN_EMAIL)
    page = await browser.get("/staff/admin")
    page = await browser.post("/staff/admin/card", {"csrf": csrf(page), "child_ref": "C101"})
    assert page.status == 200
    assert 'src="data:image/png;base64,' in page.html
    assert f"{world.base_url}/c/" in page.text()


async def test_admin_pages_are_for_admins_only(world: WebWorld, browser: FormClient) -> None:
    page = await sign_in(browser, IRO_EMAIL)
    assert (await browser.get("/staff/admin")).status == 404
    refused = await browser.post("/staff/admin/leave/IRO2", {"csrf": csrf(page)})
    assert refused.status == 404
    (row,) = world.rows("SELECT active FROM staff WHERE staff_ref = 'IRO2'")
    assert row["active"] == 1


async def test_a_telegram_link_is_offered_only_once_the_bots_username_is_set(
    world: WebWorld, browser: FormClient
) -> None:
    page = await sign_in(browser, ADMIN_EMAIL)
    page = await browser.get("/staff/admin")
    assert "Make a Telegram link" not in page.text()
    assert "Telegram links need the bot's username" in page.text()
    refused = await browser.post(
        "/staff/admin/telegram-invite", {"csrf": csrf(page), "for": "child", "ref": "C101"}
    )
    assert refused.status == 400
    assert world.rows("SELECT * FROM invites") == []
    world.services.settings = world.services.settings.model_copy(
        update={"bot_username": "@council_hearme_bot"}
    )
    page = await browser.get("/staff/admin")
    assert "it opens @council_hearme_bot" in page.text()
    # Alex (C101) is 13: Telegram is for 16s and over, so the link is for the adult helping.
    card = await browser.post(
        "/staff/admin/telegram-invite", {"csrf": csrf(page), "for": "child", "ref": "C101"}
    )
    assert card.status == 200
    link = re.search(r"https://t\.me/council_hearme_bot\?start=(\w+)", card.text())
    assert link is not None, card.text()
    assert "Assisted invite: C101 is 13" in card.text()
    assert 'src="data:image/png;base64,' in card.html
    (invite,) = world.rows("SELECT kind, child_id FROM invites")
    (alex,) = world.rows("SELECT id FROM children WHERE child_ref = 'C101'")
    assert invite["kind"] == "assisted" and invite["child_id"] == alex["id"]
    staff_card = await browser.post(
        "/staff/admin/telegram-invite", {"csrf": csrf(page), "for": "staff", "ref": "IRO2"}
    )
    assert "Staff invite for Tom Lee (iro)." in staff_card.text()
    assert "https://t.me/council_hearme_bot?start=" in staff_card.text()
    actions = [r["action"] for r in world.rows("SELECT action FROM audit_log ORDER BY id")]
    assert "invite.create" in actions and "invite.staff" in actions
    unknown = await browser.post(
        "/staff/admin/telegram-invite", {"csrf": csrf(page), "for": "staff", "ref": "NOPE"}
    )
    assert unknown.status == 400 and "no active member of staff 'NOPE'" in unknown.text()
