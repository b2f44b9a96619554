"""The page speaks the child's language: every web sentence has a Welsh version, and a Welsh child
sees no English page chrome from setting up to the controls."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio

from bot.channels.web import texts
from surveys.wording import placeholders_in
from tests.bot.channels.web.world import FormClient, Page, WebWorld, build_world, close_world


@pytest_asyncio.fixture
async def welsh(tmp_path: Path) -> AsyncIterator[WebWorld]:
    built = await build_world(tmp_path, language="cy")
    try:
        yield built
    finally:
        await close_world(built)


def test_every_web_sentence_has_welsh_with_the_same_placeholders() -> None:
    for key in texts.KEYS:
        english, welsh = texts.text(key, "en"), texts.text(key, "cy")
        assert welsh != english, key
        raw = texts.TEXTS[key]
        assert placeholders_in(raw["en"]) == placeholders_in(raw["cy"]), key
    assert texts.picture_name("butterfly", "cy") == "pili-pala"


def _english_left(page: Page) -> list[str]:
    """English page sentences (with no placeholders) that appear on a Welsh page."""
    shown = page.text()
    return [
        raw["en"]
        for raw in texts.TEXTS.values()
        if not placeholders_in(raw["en"]) and len(raw["en"]) > 8 and raw["en"] in shown
    ]


async def test_a_welsh_child_sees_the_page_in_welsh(welsh: WebWorld) -> None:
    child = FormClient(welsh.base_url)
    link = await welsh.new_link()
    try:
        page = await child.get(link)
        assert '<html lang="cy">' in page.html
        assert "Gadael yn gyflym" in page.text() and "dewisa PIN neu dri llun" in page.text()
        helpers = "ofyn i dy Swyddog Adolygu neu'r bobl rwyt ti'n byw gyda nhw"
        assert f"Gelli di bob amser {helpers}" in page.text()
        assert "llwynog" in page.text()
        assert _english_left(page) == []

        page = await child.choose_pin("4829", "4828")
        assert "Roedd y ddau PIN yn wahanol" in page.text()
        page = await child.choose_pin("4829")
        assert "Sut mae pethau gartref" in page.text()
        assert "Dy ddewisiadau, unrhyw bryd" in page.text() and "Dileu fy atebion" in page.text()
        assert _english_left(page) == []

        page = await child.press("Beth mae hearme yn ei gadw amdana i")
        assert "Beth mae hearme yn ei gadw amdanat ti" in page.text()
        page = await child.press("Stopio — dim mwy o gwestiynau")
        assert "Iawn, dim mwy o gwestiynau" in page.text()
        assert _english_left(page) == []

        async with FormClient(welsh.base_url) as other:
            page = await other.get(link)
            assert "Teipia dy PIN i barhau" in page.text()
            page = await other.enter_pin("1111")
            assert "Nid hwnna oedd y PIN cywir. Mae gen ti 4 cynnig ar ôl." in page.text()
            assert _english_left(page) == []
    finally:
        await child.close()


async def test_pages_before_the_child_is_known_follow_the_browser(welsh: WebWorld) -> None:
    async with FormClient(welsh.base_url) as child:
        async with child.http.get(
            welsh.base_url + "/", headers={"Accept-Language": "cy-GB,cy;q=0.9,en;q=0.5"}
        ) as response:
            body = await response.text()
        assert "Tudalen breifat yw hon" in body and 'lang="cy"' in body
        page = await child.get("/")
        assert "This is a private page" in page.text()
