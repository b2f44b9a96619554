"""The IRO's views as issue 17 asked for them, through the running bot: when an adult helped,
when and where the child answered, a stopped return with what was answered, the decisions first
on one printed A4 page, and "Last time" with the IRO's "you said / we did" note. The pages are
the documents `/views` sends, opened in headless Chromium at phone size (390×844)."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from storage import review_notes, rights
from tests.support.council import (
    IRO_CHAT,
    OTHER_IRO_CHAT,
    TEEN_CHAT,
    YOUNGER_CHAT,
    Council,
    add_review,
)
from tests.support.telegram import BotWorld

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
LAST_REVIEW = datetime(2026, 2, 20, 10, 0, tzinfo=UTC)
NEXT_REVIEW = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
ANSWERING = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)  # ten days before the next review
WE_DID = "You asked for more time with your brother: it is now every Saturday."
needs_chromium = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None, reason="needs Debian's chromium (`make browser`)"
)


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--no-first-run"]
        )
        yield launched
        await launched.close()


async def views_page(world: BotWorld, child_ref: str, tmp_path: Path) -> Path:
    """The HTML page the IRO's `/views CHILD_REF` sends, saved as a file."""
    before = len(world.api.messages(IRO_CHAT))
    await world.chat(IRO_CHAT).send(f"/views {child_ref}")
    sent = [m for m in world.api.messages(IRO_CHAT)[before:] if m.kind == "document"]
    assert len(sent) == 1 and sent[0].file_bytes is not None
    path = tmp_path / f"views-{child_ref}.html"
    path.write_bytes(sent[0].file_bytes)
    return path


async def on_phone(browser: Any, path: Path) -> Any:
    context = await browser.new_context(viewport=PHONE, is_mobile=True)
    page = await context.new_page()
    await page.goto(path.as_uri())
    return page


async def answer_to_stop(world: BotWorld, chat_id: int) -> None:
    """Write while My Review is due (it is offered at once), answer two questions, press Stop."""
    world.clock.now = ANSWERING
    player = world.chat(chat_id)
    await player.send("hi")
    await player.tap("Happy")
    await player.tap("Yes")
    await player.tap("Stop for now")


@needs_chromium
async def test_an_assisted_childs_stopped_return_says_what_was_answered(
    world: BotWorld, world_council: Council, browser: Any, tmp_path: Path
) -> None:
    await add_review(world.db, world_council.younger, NEXT_REVIEW)
    await answer_to_stop(world, YOUNGER_CHAT)
    world.clock.now = ANSWERING + timedelta(days=1)
    page = await on_phone(browser, await views_page(world, "C002", tmp_path))
    answered = await page.locator("#answered").inner_text()
    assert answered == (
        "Answered on Telegram, with an adult helping; started 2026-03-10 at 17:00; not sent yet."
    )
    status = page.locator("#status")
    assert await status.get_by_role("heading").inner_text() == "Stopped part-way"
    assert "Mia pressed Stop after 2 questions" in await status.inner_text()
    how = await page.locator("#how").inner_text()
    assert "How are things at home with the people you live with?" in how and "Happy" in how
    assert "not returned" not in (await page.content()).lower()
    # Every part is readable on the phone: nothing wider than the screen.
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]
    await page.context.close()


@needs_chromium
async def test_a_young_person_on_their_own_chat_is_not_said_to_be_helped(
    world: BotWorld, world_council: Council, browser: Any, tmp_path: Path
) -> None:
    await add_review(world.db, world_council.teen, NEXT_REVIEW)
    await answer_to_stop(world, TEEN_CHAT)
    page = await on_phone(browser, await views_page(world, "C001", tmp_path))
    assert "on their own" in await page.locator("#answered").inner_text()
    await page.context.close()


async def finish_my_review(world: BotWorld, chat_id: int) -> None:
    """Answer My Review to the end: faces and first choices, who, where, when, and a note."""
    player = world.chat(chat_id)
    await player.send("hi")
    for _ in range(40):
        prompt = player.last_prompt()
        text = prompt.text
        if "This is what" in text:
            await player.tap("Send")
            return
        if "Who would you like" in text:
            await player.tap("social worker")
            await player.tap("Done")
        elif "anyone you don't want" in text:
            await player.tap("No, that's fine")
            await player.tap("Done")
        elif "Where would you like" in text:
            await player.tap("At school")
            await player.tap("Done")
        elif "When would suit" in text:
            await player.tap("After school")
            await player.tap("Done")
        elif "talk about" in text:
            await player.tap("Family time")
            await player.tap("Done")
        elif "Would you like to come" in text:
            await player.tap("For part of it")
        elif "Who can hear" in text:
            await player.tap("OK to talk about")
        elif "anything else you want" in text.lower():
            await player.send("I want to see my brother more")
        elif "all that fit" in text:
            await player.tap_index(0)
            await player.tap("Done")
        else:
            await player.tap_index(0)
    texts = [m.text[:60] for m in player.messages][-12:]
    raise AssertionError(f"My Review did not reach its last step: {texts}")


@needs_chromium
async def test_decisions_come_first_and_a_typical_return_prints_on_one_a4_page(
    world: BotWorld, world_council: Council, browser: Any, tmp_path: Path
) -> None:
    last = await add_review(world.db, world_council.younger, LAST_REVIEW)
    await add_review(world.db, world_council.younger, NEXT_REVIEW)
    async with world.db.transaction() as conn:
        await conn.execute("UPDATE reviews SET participation_code = 'PN1' WHERE id = ?", (last,))
    world.clock.now = LAST_REVIEW + timedelta(days=1)
    reply = await world.chat(IRO_CHAT).send(f"/wedid C002 {WE_DID}")
    assert "Saved for the review of Mia (C002)" in reply[-1].text
    world.clock.now = ANSWERING
    await finish_my_review(world, YOUNGER_CHAT)
    path = await views_page(world, "C002", tmp_path)

    page = await on_phone(browser, path)
    top = {}
    for section in ("#decisions", "#for-iro", "#how", "#last-time"):
        box = await page.locator(section).bounding_box()
        assert box is not None, section
        top[section] = box["y"]
    assert top["#decisions"] < top["#for-iro"] < top["#how"] < top["#last-time"]
    decisions = await page.locator("#decisions").inner_text()
    for expected in (
        "Who should come\tMy social worker",
        "Not wanted there\tNo, that's fine",
        "Where\tAt school",
        "When\tAfter school",
        "Coming\t🤏 For part of it",
        "Mia wants to talk about: 👪 Family time",
    ):
        assert expected in decisions, decisions
    assert WE_DID in await page.locator("#we-did").inner_text()
    assert "with an adult helping" in await page.locator("#answered").inner_text()

    pdf = await page.pdf(format="A4", print_background=True)
    assert _pages(pdf) == 1
    await page.context.close()


def _pages(pdf: bytes) -> int:
    """Pages in a PDF: objects of type /Page (not /Pages)."""
    import re

    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


async def test_wedid_is_for_the_childs_own_iro_and_is_erased_with_the_child(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.younger, LAST_REVIEW)
    world.clock.now = LAST_REVIEW + timedelta(days=1)
    refused = await world.chat(OTHER_IRO_CHAT).send(f"/wedid C002 {WE_DID}")
    assert refused[-1].text == "No child with that reference among your children."
    empty = await world.chat(IRO_CHAT).send("/wedid C002")
    assert "What was done?" in empty[-1].text
    await world.chat(IRO_CHAT).send(f"/wedid C002 {WE_DID}")
    notes = await review_notes.notes_of_child(
        world.db.reader, world.db.cipher, world_council.younger
    )
    assert [n.note for n in notes.values()] == [WE_DID]
    raw = await world.query("SELECT note FROM review_notes")
    assert b"Saturday" not in raw[0]["note"]  # encrypted at rest
    async with world.db.transaction() as conn:
        await rights.erase_child(
            conn, world.db.cipher, world_council.younger, now=world.clock(), actor="test"
        )
    assert await world.query("SELECT * FROM review_notes") == []
