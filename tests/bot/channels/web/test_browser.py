"""The web page in headless Chromium at phone size, with JavaScript on and off: a full My Review
as a 9-year-old, a disclosure, resuming after the tab is closed, quick exit, accessibility."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from surveys import wording
from tests.bot.channels.web.world import WebWorld, build_world, close_world

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.asyncio(loop_scope="module"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (`make browser`)"),
]
playwright_api = pytest.importorskip("playwright.async_api")
PHONE = {"width": 390, "height": 844}
BOTH = pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
LAST_QUESTION = "Is there anything else you want your IRO to know?"


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
async def web(tmp_path: Path) -> AsyncIterator[WebWorld]:
    built = await build_world(tmp_path)
    try:
        yield built
    finally:
        await close_world(built)


async def phone(browser: Any, *, js: bool) -> Any:
    """A fresh phone-sized tab with no cookies (a new device, or the tab closed and reopened)."""
    context = await browser.new_context(viewport=PHONE, java_script_enabled=js, is_mobile=True)
    page = await context.new_page()
    page.set_default_timeout(5000)
    return page


async def tap(page: Any, label: str) -> None:
    """Press a button and wait for the next page (a reload, or the script's swap)."""
    marker = page.locator("input[name=at]").first
    before = await marker.get_attribute("value") if await marker.count() else None
    await page.get_by_role("button", name=label, exact=True).first.click()
    await page.wait_for_load_state()
    if before is not None:
        await playwright_api.expect(marker).not_to_have_attribute("value", before)


async def choose_pin(page: Any, link: str, pin: str = "4829") -> None:
    await page.goto(link)
    await page.get_by_label("My PIN", exact=True).fill(pin)
    await page.get_by_label("My PIN again").fill(pin)
    await tap(page, "Use this PIN")
    await page.get_by_text("How are things at home").wait_for()


async def see(page: Any, text: str) -> None:
    await page.locator(".bubble.current").get_by_text(text).first.wait_for()


def spoken(web: WebWorld, key: str) -> str:
    """The engine's own phrase ``key`` as this child is shown it (the audience choice
    ``iro_only``, the last step, the thank-you), so the test follows the survey wording."""
    kind = web.services.definitions["my_review"].kind
    return wording.phrase(wording.for_kind(key, kind), "en", {})


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!])\s", text, maxsplit=1)[0]


async def skip_to_last_question(page: Any) -> None:
    for _ in range(13):
        await tap(page, "Skip")
    await see(page, LAST_QUESTION)


@BOTH
async def test_a_9_year_old_answers_the_whole_of_my_review(
    browser: Any, web: WebWorld, js: bool
) -> None:
    page = await phone(browser, js=js)
    await choose_pin(page, await web.new_link())
    await tap(page, "😀 Happy")
    await see(page, "Do you feel safe where you live?")
    await tap(page, "Yes")
    await tap(page, "😐 Okay")
    await tap(page, "🙁 Sad")
    await see(page, "What is going well?")
    await tap(page, "🏫 School")
    await tap(page, "⚽ Friends and hobbies")
    await tap(page, "Done")
    await tap(page, "🙂 Nothing")
    await tap(page, "Done")
    await tap(page, "Skip")  # topics
    await tap(page, "I don't want to say")  # who should come
    await tap(page, "No, that's fine")  # anyone not wanted there
    await tap(page, "Done")
    await tap(page, "Online")  # where
    await tap(page, "Done")
    await tap(page, "After school")  # when
    await tap(page, "Done")
    await tap(page, "✉️ No, send my answers")
    await tap(page, "Yes please")
    await see(page, LAST_QUESTION)
    await page.get_by_label("Type your answer").fill("I want to keep playing football on Saturdays")
    await tap(page, "Send")
    await tap(page, spoken(web, "iro_only"))  # the audience choice: just for the IRO
    await see(page, first_sentence(spoken(web, "review")))
    await tap(page, "Send")
    await see(page, first_sentence(spoken(web, "finished")))
    await page.context.close()

    run = web.rows("SELECT status, channel, completed_at FROM runs WHERE id = ?", web.run_id)[0]
    assert (run["status"], run["channel"]) == ("completed", "web")
    answers = {
        a["question_id"]: a for a in web.rows("SELECT * FROM answers WHERE run_id = ?", web.run_id)
    }
    assert len(answers) == 14
    assert answers["home"]["choices"] == '["happy"]'
    assert answers["going_well"]["kind"] == "choice"
    assert set(re.findall(r'"(\w+)"', answers["going_well"]["choices"])) >= {"school"}
    assert answers["topics"]["kind"] == "skipped"
    assert answers["who_should_come"]["kind"] == "declined"
    assert answers["for_iro"]["kind"] == "text"
    assert answers["for_iro"]["audience"] == "iro_only"
    assert b"football" not in answers["for_iro"]["text"]  # encrypted at rest
    assert web.services.db.cipher.decrypt(answers["for_iro"]["text"]).startswith("I want to keep")
    assert web.rows("SELECT * FROM alerts") == []


@BOTH
async def test_a_disclosure_gets_support_at_once_and_alerts_a_person(
    browser: Any, web: WebWorld, js: bool
) -> None:
    page = await phone(browser, js=js)
    await choose_pin(page, await web.new_link())
    await skip_to_last_question(page)
    await page.get_by_label("Type your answer").fill("my stepdad hits me when mum is out")
    await tap(page, "Send")
    await page.locator(".log").get_by_text("0800 1111").first.wait_for()
    shown = await page.locator(".log").inner_text()
    assert "Childline" in shown and "999" in shown
    await page.context.close()

    alerts = web.rows("SELECT * FROM alerts")
    assert len(alerts) == 1
    alert = alerts[0]
    assert (alert["child_id"], alert["run_id"]) == (web.child_id, web.run_id)
    assert (alert["kind"], alert["source"]) == ("concern", "answer")
    assert "physical_abuse" in alert["categories"]
    assert b"stepdad" not in alert["excerpt"]
    assert "stepdad" in web.services.db.cipher.decrypt(alert["excerpt"])
    assert web.notified == [alert["id"]]  # handed to the IRO/duty sender after the commit


@BOTH
async def test_resume_after_the_tab_is_closed_needs_the_pin(
    browser: Any, web: WebWorld, js: bool
) -> None:
    link = await web.new_link()
    first = await phone(browser, js=js)
    await choose_pin(first, link)
    await tap(first, "😀 Happy")
    await tap(first, "Yes")
    await see(first, "How are things at school?")
    await first.context.close()

    again = await phone(browser, js=js)
    await again.goto(link)
    assert await again.get_by_text("How are things").count() == 0
    await again.get_by_label("My PIN", exact=True).fill("1111")
    await tap(again, "Carry on")
    await again.get_by_text("not the right PIN").wait_for()
    await again.get_by_label("My PIN", exact=True).fill("4829")
    await tap(again, "Carry on")
    await see(again, "How are things at school?")
    await tap(again, "😐 Okay")
    await see(again, "How is family time going?")
    await again.context.close()

    answers = web.rows("SELECT question_id, choices FROM answers ORDER BY id")
    assert [(a["question_id"], a["choices"]) for a in answers] == [
        ("home", '["happy"]'),
        ("feel_safe", '["yes"]'),
        ("school", '["okay"]'),
    ]
    assert web.rows("SELECT failed_attempts FROM web_access")[0]["failed_attempts"] == 0
    assert len(web.rows("SELECT * FROM web_sessions")) == 2


@BOTH
async def test_quick_exit_leaves_for_a_neutral_page(browser: Any, web: WebWorld, js: bool) -> None:
    page = await phone(browser, js=js)
    await choose_pin(page, await web.new_link())
    await tap(page, "😀 Happy")
    await page.get_by_role("button", name="Leave quickly").click()
    await page.wait_for_url(re.compile(r"/learn$"))
    await page.get_by_role("heading", name="The Solar System").wait_for()
    assert await page.context.cookies() == []
    if js:
        # The page replaced its own history entry: Back cannot return to the answers.
        await page.go_back()
        assert "How are things" not in await page.content()
    await page.goto(web.base_url + "/")
    assert "Do you feel safe" not in await page.content()
    await page.context.close()

    session = web.rows("SELECT ended_at, view FROM web_sessions")[0]
    assert session["ended_at"] is not None and session["view"] is None
    assert [a["question_id"] for a in web.rows("SELECT question_id FROM answers")] == ["home"]


async def test_read_aloud_is_offered_to_a_6_year_old(browser: Any, tmp_path: Path) -> None:
    world = await build_world(tmp_path, born=date(2019, 6, 1))
    try:
        page = await phone(browser, js=True)
        await page.add_init_script(
            "window.__spoken = [];"
            "window.speechSynthesis.speak = function (u) { window.__spoken.push(u.text); };"
        )
        await choose_pin_for_young(page, await world.new_link())
        button = page.get_by_role("button", name="🔊 Read it to me")
        await button.click()
        spoken = await page.evaluate("window.__spoken")
        current = await page.locator(".bubble.current").inner_text()
        assert spoken == [current] and current.strip()
        await page.context.close()
    finally:
        await close_world(world)


async def choose_pin_for_young(page: Any, link: str) -> None:
    await page.goto(link)
    await page.get_by_label("My PIN", exact=True).fill("4829")
    await page.get_by_label("My PIN again").fill("4829")
    await tap(page, "Use this PIN")
    await page.locator(".bubble.current").wait_for()


async def test_no_serious_accessibility_problems(browser: Any, web: WebWorld) -> None:
    from axe_playwright_python.async_playwright import Axe

    axe = Axe()
    page = await phone(browser, js=True)
    link = await web.new_link()
    await page.goto(link)
    checked = {"setup": await axe.run(page)}
    await page.get_by_label("My PIN", exact=True).fill("4829")
    await page.get_by_label("My PIN again").fill("4829")
    await tap(page, "Use this PIN")
    await see(page, "How are things at home")
    checked["question"] = await axe.run(page)
    await skip_to_last_question(page)
    checked["text question"] = await axe.run(page)
    await page.context.close()
    other = await phone(browser, js=True)
    await other.goto(link)
    checked["unlock"] = await axe.run(other)
    await other.goto(web.base_url + "/learn")
    checked["neutral page"] = await axe.run(other)
    await other.context.close()
    for name, results in checked.items():
        bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert not bad, f"{name}: {results.generate_report()}"


@BOTH
async def test_the_childrens_code_tools_are_found_by_keyboard_and_screen_reader(
    browser: Any, web: WebWorld, js: bool
) -> None:
    page = await phone(browser, js=js)
    await choose_pin(page, await web.new_link())
    tools = page.get_by_role("region", name="Your choices, at any time")
    names = [await b.inner_text() for b in await tools.get_by_role("button").all()]
    assert names == [
        "I want to talk to someone",
        "Stop — no more questions",
        "What hearme keeps about me",
        "Delete my answers",
    ]
    stop = tools.get_by_role("button", name="Stop — no more questions")
    for _ in range(60):  # Tab through the page, as a keyboard user would, until Stop has focus
        await page.keyboard.press("Tab")
        if await stop.evaluate("button => button === document.activeElement"):
            break
    else:
        raise AssertionError("Stop cannot be reached with the Tab key")
    await page.keyboard.press("Enter")
    await see(page, "OK, no more questions")
    await page.context.close()
    assert web.rows("SELECT stopped_at FROM web_access")[0]["stopped_at"] is not None
