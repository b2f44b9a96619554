"""The IRO's pages: caseload, views, recording participation, marking held; and the one access
policy that the staff app and the Telegram commands share."""

from __future__ import annotations

from datetime import date

from storage import children, reviews
from tests.bot.channels.web.world import FormClient, WebWorld
from tests.staffapp.world import IRO_EMAIL, OTHER_IRO_EMAIL, csrf, links, sign_in


def _code(world: WebWorld, review_id: int) -> str | None:
    (row,) = world.rows("SELECT participation_code FROM reviews WHERE id = ?", review_id)
    return row[0]  # type: ignore[no-any-return]


def _review_link(page_links: list[str], ref: str) -> str:
    return next(link for link in page_links if f"/children/{ref}/reviews/" in link)


async def test_an_iro_opens_a_childs_views_and_it_is_audit_logged(
    world: WebWorld, browser: FormClient
) -> None:
    caseload = await sign_in(browser, IRO_EMAIL)
    assert "/staff/children/C100/views" in links(caseload)
    page = await browser.get("/staff/children/C100/views")
    assert page.status == 200
    assert "Sam" in page.text() and "C100" in page.text()
    # The page keeps its own print styles, allowed by hash and nothing looser.
    policy = page.headers["Content-Security-Policy"]
    assert "'sha256-" in policy and "unsafe-inline" not in policy
    (line,) = world.rows("SELECT actor, child_id FROM audit_log WHERE action = 'staff_app.views'")
    assert line["actor"] == "staff:IRO1" and line["child_id"] == world.child_id


async def test_another_iros_child_by_url_is_a_404_with_an_audit_line(
    world: WebWorld, browser: FormClient
) -> None:
    await sign_in(browser, IRO_EMAIL)
    for path in ("/staff/children/C200/views", "/staff/children/NOPE/views"):
        page = await browser.get(path)
        assert page.status == 404, path
        assert "Jordan" not in page.text()
    refused = world.rows(
        "SELECT actor, child_id FROM audit_log WHERE action = 'staff_app.refused' ORDER BY id"
    )
    assert [r["actor"] for r in refused] == ["staff:IRO1", "staff:IRO1"]
    (jordan,) = world.rows("SELECT id FROM children WHERE child_ref = 'C200'")
    assert refused[0]["child_id"] == jordan["id"] and refused[1]["child_id"] is None
    # Tom, their IRO, gets the page.
    other = FormClient(world.base_url)
    try:
        await sign_in(other, OTHER_IRO_EMAIL)
        assert (await other.get("/staff/children/C200/views")).status == 200
    finally:
        await other.close()


async def test_an_iro_marks_a_review_held_and_records_pn6(
    world: WebWorld, browser: FormClient
) -> None:
    caseload = await sign_in(browser, IRO_EMAIL)
    page = await browser.get(_review_link(links(caseload), "C100"))
    assert page.status == 200 and "Mark the review held" in page.text()
    review_id = int(page.url.rsplit("/", 1)[1])
    page = await browser.post(
        f"/staff/children/C100/reviews/{review_id}/held", {"csrf": csrf(page)}
    )
    assert "Marked as held." in page.text()
    page = await browser.post(
        f"/staff/children/C100/reviews/{review_id}/participation",
        {"csrf": csrf(page), "code": "PN6", "mode": "virtual", "chaired": "no", "spoke": "yes"},
    )
    assert "Recorded PN6." in page.text()
    (row,) = world.rows(
        "SELECT participation_code, mode, held, child_chaired, iro_spoke_beforehand, "
        "recorded_by FROM reviews WHERE id = ?",
        review_id,
    )
    assert tuple(row) == ("PN6", "virtual", 1, 0, 1, 1)
    actions = [r["action"] for r in world.rows("SELECT action FROM audit_log")]
    assert "review.held" in actions and "review.participation" in actions


async def test_pn0_is_recorded_for_a_child_under_four_whatever_is_sent(
    world: WebWorld, browser: FormClient
) -> None:
    async with world.services.db.transaction() as conn:
        iro = (await children.get_child(conn, world.child_id)).iro_id  # type: ignore[union-attr]
        baby = await children.upsert_child(
            conn,
            child_ref="C300",
            first_name="Robin",
            date_of_birth=date(2023, 6, 1),
            iro_id=iro,
            language="en",
            now=world.clock(),
        )
        review_id = await reviews.upsert_review(
            conn, child_id=baby, review_at=date(2026, 3, 9), age_band="under_4"
        )
    await sign_in(browser, IRO_EMAIL)
    page = await browser.get(f"/staff/children/C300/reviews/{review_id}")
    assert "PN0 · under 4" in page.text() and "PN6" not in page.text()
    page = await browser.post(
        f"/staff/children/C300/reviews/{review_id}/participation",
        {"csrf": csrf(page), "code": "PN6", "mode": "in_person", "chaired": "no", "spoke": "no"},
    )
    assert "Recorded PN0." in page.text()
    (row,) = world.rows("SELECT participation_code FROM reviews WHERE id = ?", review_id)
    assert row[0] == "PN0"


async def test_an_iro_cannot_record_for_another_iros_child(
    world: WebWorld, browser: FormClient
) -> None:
    page = await sign_in(browser, OTHER_IRO_EMAIL)
    (review,) = world.rows(
        "SELECT id FROM reviews WHERE child_id = ? ORDER BY review_at LIMIT 1", world.child_id
    )
    refused = await browser.post(
        f"/staff/children/C100/reviews/{review['id']}/participation",
        {"csrf": csrf(page), "code": "PN1", "mode": "in_person", "chaired": "no", "spoke": "no"},
    )
    assert refused.status == 404
    (row,) = world.rows("SELECT participation_code FROM reviews WHERE id = ?", review["id"])
    assert row[0] is None


async def test_a_code_already_recorded_is_replaced_only_after_confirming(
    world: WebWorld, browser: FormClient
) -> None:
    caseload = await sign_in(browser, IRO_EMAIL)
    page = await browser.get(_review_link(links(caseload), "C100"))
    review_id = int(page.url.rsplit("/", 1)[1])
    path = f"/staff/children/C100/reviews/{review_id}/participation"
    answers = {"mode": "virtual", "chaired": "no", "spoke": "yes"}
    page = await browser.post(path, {"csrf": csrf(page), "code": "PN6", **answers})
    assert "Recorded PN6." in page.text()
    # A plain POST of another code (an old tab, a second IRO) asks first and changes nothing.
    page = await browser.post(path, {"csrf": csrf(page), "code": "PN1", **answers})
    words = " ".join(page.text().split())
    assert "PN6 is already recorded" in words and "Nothing has been changed yet." in words
    assert "Recorded now PN6 · did not attend, views sent another way" in words
    assert "You chose PN1 · attended, spoke for themselves" in words
    assert _code(world, review_id) == "PN6"
    # "Keep" keeps it.
    kept = await browser.post(
        path, {"csrf": csrf(page), "code": "PN1", "confirm": "keep", **answers}
    )
    assert "Kept PN6. Nothing was changed." in kept.text()
    assert _code(world, review_id) == "PN6"
    # "Replace" replaces it, and the audit log says what it replaced.
    done = await browser.post(
        path, {"csrf": csrf(page), "code": "PN1", "confirm": "replace", **answers}
    )
    assert "Recorded PN1." in done.text()
    assert _code(world, review_id) == "PN1"
    details = [
        r["detail"]
        for r in world.rows(
            "SELECT detail FROM audit_log WHERE action = 'review.participation' ORDER BY id"
        )
    ]
    assert len(details) == 2 and '"replaced": "PN6"' in details[1]
