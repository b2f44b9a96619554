"""The children's page at phone size (390×844) in headless Chromium, as issue 17 found it:
each new question must show below the sticky header, and the page never offers a voice note."""

from __future__ import annotations

from typing import Any

import pytest

from tests.bot.channels.web.test_browser import (
    CHROMIUM,
    PHONE,
    browser,
    choose_pin,
    phone,
    tap,
    web,
)
from tests.bot.channels.web.world import WebWorld

pytestmark = [
    pytest.mark.browser,
    pytest.mark.asyncio(loop_scope="module"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (`make browser`)"),
]
# The module-scoped Chromium and the web world, shared with test_browser.
__all__ = ["browser", "web"]


async def assert_current_in_view(page: Any, what: str) -> None:
    """The newest message's box is wholly on screen and not under the sticky header."""
    header = await page.locator("header.top").bounding_box()
    box = await page.locator(".bubble.current").bounding_box()
    assert header is not None and box is not None
    header_bottom = header["y"] + header["height"]
    assert box["y"] >= header_bottom - 0.5, (what, box, header)
    assert box["y"] + box["height"] <= PHONE["height"] + 0.5, (what, box)


async def test_each_new_question_shows_below_the_sticky_header(browser: Any, web: WebWorld) -> None:
    page = await phone(browser, js=True)
    await choose_pin(page, await web.new_link())
    seen = []
    for label in ("😀 Happy", "Yes", "😐 Okay", "🙁 Sad", "Skip", "Skip", "Skip", "Skip"):
        await tap(page, label)
        text = await page.locator(".bubble.current").inner_text()
        seen.append(text.splitlines()[0])
        await assert_current_in_view(page, text)
    while await page.get_by_role("button", name="Skip", exact=True).count():
        await tap(page, "Skip")
    # The last step: the summary's heading ("This is what your IRO will see") shows too.
    current = page.locator(".bubble.current")
    assert "will see" in await current.inner_text()
    header = await page.locator("header.top").bounding_box()
    box = await current.bounding_box()
    assert header is not None and box is not None
    assert header["y"] + header["height"] - 0.5 <= box["y"] < PHONE["height"]
    assert len(set(seen)) == len(seen)  # a new question every time
    await page.context.close()


async def test_the_page_never_offers_a_voice_note(browser: Any, web: WebWorld) -> None:
    page = await phone(browser, js=True)
    await choose_pin(page, await web.new_link())
    while not await page.get_by_label("Type your answer").count():
        await tap(page, "Skip")
    shown = await page.locator("main").inner_text()
    assert "Is there anything else you want your IRO to know?" in shown
    assert "voice" not in shown.lower()
    await page.context.close()
