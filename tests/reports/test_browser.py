"""Reports open in headless Chromium as a council laptop would: offline, drawn, nothing run."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reports import collect
from reports.render import render_html, render_views_html
from tests.reports.builders import SCRIPT_QUOTE, fill_surveys, open_builder
from tests.reports.test_participation import _fill

CHROMIUM = "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        shutil.which(CHROMIUM) is None,
        reason="needs Debian's chromium (`make browser` installs it)",
    ),
]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
async def pages(tmp_path: Path) -> dict[str, Path]:
    b = await open_builder(tmp_path)
    await _fill(b)
    await fill_surveys(b)
    span = (date(2025, 4, 1), date(2026, 3, 31))
    docs = {
        "participation": await collect.participation_document(
            b.db.reader, date(2023, 4, 1), span[1]
        ),
        "satisfaction": await collect.satisfaction_document(b.db.reader, b.cipher, *span),
    }
    views = await collect.pre_meeting_views(b.db.reader, b.cipher, "TUM", date(2026, 2, 1))
    await b.db.close()
    assert views is not None
    files = {}
    for name, doc in docs.items():
        files[name] = tmp_path / f"{name}.html"
        files[name].write_text(render_html(doc), encoding="utf-8")
    files["views"] = tmp_path / "views.html"
    files["views"].write_text(render_views_html(views, today=date(2026, 2, 1)), encoding="utf-8")
    return files


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        await launched.close()


async def test_reports_open_offline_with_charts_and_quotes_as_text(
    browser: Any, pages: dict[str, Path], tmp_path: Path
) -> None:
    for name, path in pages.items():
        page = await browser.new_page()
        errors: list[str] = []
        requests: list[str] = []
        dialogs: list[str] = []
        page.on("console", lambda m, e=errors: e.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda err, e=errors: e.append(str(err)))
        page.on("request", lambda r, q=requests: q.append(r.url))
        page.on("dialog", lambda d, s=dialogs: s.append(d.message))
        await page.goto(path.as_uri())
        assert errors == [], name
        assert requests == [path.as_uri()], name
        assert dialogs == [], name
        if name != "views":
            assert await page.locator("svg.chart").count() >= 1, name
            assert await page.locator("svg.chart rect, svg.chart polyline").count() > 5, name
        shot = await page.screenshot(full_page=True)
        # PNG header: width and height are the big-endian words after "IHDR".
        width, height = int.from_bytes(shot[16:20], "big"), int.from_bytes(shot[20:24], "big")
        assert shot[:8] == b"\x89PNG\r\n\x1a\n" and width >= 600 and height >= 400, name
        assert len(shot) > 20_000, name
        if name == "satisfaction":
            assert SCRIPT_QUOTE in await page.locator("#quotes").inner_text()
            assert await page.locator("#quotes script").count() == 0
        await page.close()


async def test_chart_labels_do_not_overlap(browser: Any, pages: dict[str, Path]) -> None:
    for name in ("participation", "satisfaction"):
        page = await browser.new_page()
        await page.goto(pages[name].as_uri())
        boxes = await page.evaluate(
            """() => [...document.querySelectorAll('svg.chart')].map(svg =>
                [...svg.querySelectorAll('text.category')].map(t => {
                    const b = t.getBBox(); return [b.x, b.x + b.width, t.textContent];
                }))"""
        )
        assert boxes and any(len(chart) >= 4 for chart in boxes), name
        for chart in boxes:
            ordered = sorted(chart)
            for (_, right, text), (left, _, following) in itertools.pairwise(ordered):
                assert right <= left + 0.5, f"{name}: {text!r} runs into {following!r}"
        await page.close()
