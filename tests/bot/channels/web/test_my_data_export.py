"""The "what hearme holds about me" export (``hearme child export``) carries a child's own words
from the web page: it has a Content-Security-Policy, so even words that slipped past escaping
could run nothing and reach nowhere when a DPO opens the file."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web

from bot.channels.web.server import bound_port
from tests.bot.channels.web.world import FormClient, WebWorld
from tests.surveys.cli import run_hearme

CHROMIUM = Path("/usr/bin/chromium")
MARKUP = '<img src="x" onerror="document.title=1"> my stepdad'


async def _exported(world: WebWorld, child: FormClient, out: Path) -> str:
    """The child writes markup in an answer on the page; staff export what is held."""
    await child.get(await world.new_link())
    await child.choose_pin("4829")
    await child.press("Happy")
    for _ in range(12):
        await child.press("Skip")
    await child.say(MARKUP)
    await child.press("Just for my IRO")
    key = world.db_path.parent / "hearme.key"
    env = {"HEARME_DB": str(world.db_path), "HEARME_DATA_KEY": str(key)}
    result = run_hearme(["child", "export", "C100", "--out", str(out)], env=env)
    assert result.returncode == 0, result.stderr
    return (out / "C100.html").read_text(encoding="utf-8")


async def test_the_export_page_carries_a_strict_content_security_policy(
    world: WebWorld, child: FormClient, tmp_path: Path
) -> None:
    page = await _exported(world, child, tmp_path / "out")
    assert "&lt;img src=" in page and "my stepdad" in page and MARKUP not in page
    head = page.split("</head>", 1)[0]
    policy = head.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]
    policy = html.unescape(policy)
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert directives["default-src"] == ["'none'"]
    assert "script-src" not in directives, "no script may run"
    assert directives["form-action"] == ["'none'"] and directives["base-uri"] == ["'none'"]


@pytest_asyncio.fixture
async def beacon() -> AsyncIterator[tuple[str, list[str]]]:
    """A loopback server that notes every request: where leaked markup would phone home."""
    hits: list[str] = []

    async def note(request: web.Request) -> web.Response:
        hits.append(request.path)
        return web.Response(text="")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", note)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        yield f"http://127.0.0.1:{bound_port(runner)}", hits
    finally:
        await runner.cleanup()


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (`make browser`)")
async def test_markup_that_slipped_through_would_run_nothing_and_send_nothing(
    world: WebWorld, child: FormClient, tmp_path: Path, beacon: tuple[str, list[str]]
) -> None:
    from playwright.async_api import async_playwright

    url, hits = beacon
    page_html = await _exported(world, child, tmp_path / "out")
    # As if a future change forgot to escape one value.
    leaked = (
        f"<script>document.title = 'ran'</script><img src=\"{url}/img\">"
        f'<link rel="stylesheet" href="{url}/css"><form action="{url}/form"></form>'
    )
    path = tmp_path / "opened.html"
    path.write_text(page_html.replace("<body>", "<body>" + leaked, 1), encoding="utf-8")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            tab: Any = await browser.new_page()
            await tab.goto(path.as_uri())
            await tab.wait_for_load_state("load")
            assert await tab.title() == "What hearme holds about C100"
            # The page's own styles still apply.
            header = tab.locator("th").first
            colour = await header.evaluate("cell => getComputedStyle(cell).backgroundColor")
            assert colour == "rgb(238, 238, 238)"
        finally:
            await browser.close()
    assert hits == []
