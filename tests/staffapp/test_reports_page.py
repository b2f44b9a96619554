"""The reports page: participation officers download anonymised reports; exact figures are for
admins only and every report is audit-logged."""

from __future__ import annotations

import io
import json
from datetime import timedelta

from openpyxl import load_workbook

from bot.conversation.consultation import offer
from tests.bot.channels.web.world import FormClient, WebWorld
from tests.staffapp.world import ADMIN_EMAIL, IRO_EMAIL, PO_EMAIL, links, sign_in, skip_to_the_end


async def test_a_participation_officer_downloads_the_xlsx_and_json(
    world: WebWorld, browser: FormClient
) -> None:
    page = await sign_in(browser, PO_EMAIL)
    assert page.url.endswith("/staff/reports")
    page = await browser.get("/staff/reports?from=2025-04-01&to=2026-03-31")
    assert "/staff/reports/participation/xlsx?from=2025-04-01&amp;to=2026-03-31" in page.html
    assert not [link for link in links(page) if "exact=yes" in link]
    url = f"{world.base_url}/staff/reports/participation/xlsx?from=2025-04-01&to=2026-03-31"
    async with browser.http.get(url) as response:
        assert response.status == 200
        assert "attachment" in response.headers["Content-Disposition"]
        book = load_workbook(io.BytesIO(await response.read()))
    assert book.sheetnames
    async with browser.http.get(url.replace("/xlsx?", "/json?")) as response:
        figures = json.loads(await response.text())
    assert "codes" in json.dumps(figures)
    lines = world.rows("SELECT actor, detail FROM audit_log WHERE action = 'report.participation'")
    assert [json.loads(r["detail"])["format"] for r in lines] == ["xlsx", "json"]
    assert {r["actor"] for r in lines} == {"staff:PO1"}


async def test_exact_figures_are_for_admins_only(world: WebWorld, browser: FormClient) -> None:
    await sign_in(browser, PO_EMAIL)
    page = await browser.get("/staff/reports/participation/html?exact=yes")
    assert page.status == 403
    (refused,) = world.rows("SELECT detail FROM audit_log WHERE action = 'staff_app.refused'")
    assert json.loads(refused["detail"])["exact"] is True
    admin = FormClient(world.base_url)
    try:
        await sign_in(admin, ADMIN_EMAIL)
        page = await admin.get("/staff/reports/participation/html?exact=yes")
        assert page.status == 200 and "'sha256-" in page.headers["Content-Security-Policy"]
    finally:
        await admin.close()
    (line,) = world.rows(
        "SELECT actor, detail FROM audit_log WHERE action = 'report.participation'"
    )
    assert line["actor"] == "staff:ADM1" and json.loads(line["detail"])["exact"] is True


async def test_an_iro_has_no_reports_page(world: WebWorld, browser: FormClient) -> None:
    await sign_in(browser, IRO_EMAIL)
    assert (await browser.get("/staff/reports")).status == 404
    assert (await browser.get("/staff/reports/participation/csv")).status == 404


async def test_a_downloaded_report_marks_the_runs_it_carries_as_exported(
    world: WebWorld, browser: FormClient, child: FormClient
) -> None:
    # Alex (13) answers Tell Us More on their page, skipping every question.
    (alex,) = world.rows("SELECT id FROM children WHERE child_ref = 'C101'")
    now = world.clock()
    run_id = await offer(
        world.services,
        child_id=alex["id"],
        definition_id="tell_us_more",
        review_id=None,
        now=now,
        closes_at=now + timedelta(days=14),
    )
    await child.get(await world.new_link("C101"))
    await child.choose_pin("4829")
    await skip_to_the_end(child)
    (run,) = world.rows("SELECT status, exported FROM runs WHERE id = ?", run_id)
    assert tuple(run) == ("completed", 0)
    await sign_in(browser, PO_EMAIL)
    # Looking at the picker marks nothing; sending the report does, as `hearme report` does.
    await browser.get("/staff/reports?from=2025-04-01&to=2026-03-31")
    assert world.rows("SELECT exported FROM runs WHERE id = ?", run_id)[0][0] == 0
    url = f"{world.base_url}/staff/reports/satisfaction/csv?from=2025-04-01&to=2026-03-31"
    async with browser.http.get(url) as response:
        assert response.status == 200 and (await response.read())
        assert response.headers["Cache-Control"] == "no-store"
        assert "attachment" in response.headers["Content-Disposition"]
    assert world.rows("SELECT exported FROM runs WHERE id = ?", run_id)[0][0] == 1
    (line,) = world.rows("SELECT actor, detail FROM audit_log WHERE action = 'report.satisfaction'")
    assert line["actor"] == "staff:PO1" and json.loads(line["detail"])["exported"] == 1
