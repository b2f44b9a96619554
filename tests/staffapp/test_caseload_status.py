"""The caseload says how each child's My Review for their next review stands, in the issue's
words: not sent / sent / reminded / partly answered / stopped / returned. The children answer
(or not) on their own web page; the reminder is counted as the outbox counts a sent one."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.conversation.consultation import offer
from storage import children, reviews, runs
from tests.bot.channels.web.world import FormClient, Page, WebWorld
from tests.staffapp.world import IRO_EMAIL, sign_in, skip_to_the_end

# The next review of each child, and how far each has got with their My Review.
EXPECTED = {
    "C401": "not sent",
    "C402": "sent",
    "C403": "reminded",
    "C404": "partly answered",
    "C405": "stopped",
    "C406": "returned",
}


async def _child_with_review(world: WebWorld, ref: str, name: str) -> tuple[int, int]:
    async with world.services.db.transaction() as conn:
        iro = (await children.get_child(conn, world.child_id)).iro_id  # type: ignore[union-attr]
        child_id = await children.upsert_child(
            conn,
            child_ref=ref,
            first_name=name,
            date_of_birth=date(2015, 2, 1),
            iro_id=iro,
            language="en",
            now=world.clock(),
        )
        review_id = await reviews.upsert_review(
            conn, child_id=child_id, review_at=date(2026, 3, 25), age_band="8_11"
        )
    return child_id, review_id


async def _offered(world: WebWorld, child_id: int, review_id: int) -> int:
    now = world.clock()
    return await offer(
        world.services,
        child_id=child_id,
        definition_id="my_review",
        review_id=review_id,
        now=now,
        closes_at=now + timedelta(days=14),
    )


async def _on_the_page(world: WebWorld, ref: str) -> FormClient:
    child = FormClient(world.base_url)
    await child.get(await world.new_link(ref))
    await child.choose_pin("4829")
    return child


def _words(page: Page) -> str:
    return " ".join(page.text().split())


def _stages(html: str) -> dict[str, str]:
    """Child reference → the My Review column of their caseload row."""
    found = {}
    for row in re.findall(r"<tr>(.*?)</tr>", html, re.DOTALL):
        ref = re.search(r"\((C\d+)\)</th>", row)
        cells = re.findall(r"<td>(.*?)</td>", row, re.DOTALL)
        if ref and len(cells) >= 2:
            found[ref.group(1)] = cells[1].strip()
    return found


async def test_the_caseload_says_how_each_childs_my_review_stands(
    world: WebWorld, browser: FormClient
) -> None:
    names = dict(zip(EXPECTED, ("Ash", "Bo", "Cy", "Dee", "Eli", "Fay"), strict=True))
    made = {ref: await _child_with_review(world, ref, name) for ref, name in names.items()}
    run_of = {}
    for ref in ("C402", "C403", "C404", "C405", "C406"):
        run_of[ref] = await _offered(world, *made[ref])
    async with world.services.db.transaction() as conn:
        # What the outbox does as it sends a reminder row for the run.
        await runs.record_reminder(conn, run_of["C403"], now=world.clock())
    for ref, steps in (("C404", "partly"), ("C405", "stop"), ("C406", "all")):
        child = await _on_the_page(world, ref)
        try:
            await child.press("Skip")
            if steps == "stop":
                await child.press("Stop for now")
            elif steps == "all":
                await skip_to_the_end(child)
        finally:
            await child.close()
    page = await sign_in(browser, IRO_EMAIL)
    assert page.status == 200
    stages = _stages(page.html)
    assert {ref: stages.get(ref) for ref in EXPECTED} == EXPECTED
    # The after-the-review page of the child who sent their views back suggests PN6; the one
    # who stopped gets no suggestion.
    returned = _words(await browser.get(f"/staff/children/C406/reviews/{made['C406'][1]}"))
    assert "My Review: returned." in returned and "Suggested: PN6" in returned
    stopped = _words(await browser.get(f"/staff/children/C405/reviews/{made['C405'][1]}"))
    assert "My Review: stopped." in stopped and "Suggested" not in stopped
