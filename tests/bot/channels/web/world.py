"""The web channel's test world: a real database file, the real aiohttp server on 127.0.0.1, a
9-year-old child with a pending My Review, their IRO and a duty worker; and a small form-filling
HTTP client for the tests that need no browser."""

from __future__ import annotations

import html
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.channels.web.links import create_web_link
from bot.channels.web.security import WebLimits
from bot.channels.web.server import bound_port, start_web
from bot.conversation.consultation import offer
from bot.services import Services
from bot.settings import Settings
from storage import children, staff
from storage.crypto import create_key_file, load_cipher
from storage.db import Database
from surveys.catalogue import load_definitions
from tests.support.telegram import Clock

# A fixed Wednesday in office hours, so what the child is told about "when" is predictable.
START = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)


@dataclass
class WebWorld:
    """Everything one web test needs."""

    services: Services
    db_path: Path
    runner: web.AppRunner
    clock: Clock
    child_id: int
    run_id: int
    notified: list[int] = field(default_factory=list)
    erasures_notified: list[int] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return self.services.settings.public_url

    async def new_link(self, child_ref: str = "C100") -> str:
        url, _png = await create_web_link(self.services, child_ref, now=self.clock())
        return url

    def rows(self, sql: str, *params: Any) -> list[sqlite3.Row]:
        """Read the database file directly, as a DPO would (a separate connection)."""
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


async def build_world(
    tmp_path: Path,
    *,
    born: date = date(2016, 9, 1),
    limits: WebLimits | None = None,
    survey: str | None = "my_review",
    language: str = "en",
) -> WebWorld:
    """A fresh database and a started web server (the child is 9 on ``START`` by default), with
    ``survey`` offered to the child (run id 0 when None)."""
    key = tmp_path / "hearme.key"
    create_key_file(key)
    db_path = tmp_path / "hearme.db"
    db = await Database.open(db_path, cipher=load_cipher(key))
    clock = Clock(START)
    services = Services(db=db, definitions=load_definitions(), settings=Settings(), clock=clock)
    async with db.transaction() as conn:
        iro = await staff.upsert_staff(
            conn, staff_ref="IRO1", name="Priya Shah", role="iro", now=clock()
        )
        await staff.upsert_staff(
            conn, staff_ref="DUTY1", name="Duty Desk", role="duty", now=clock()
        )
        child_id = await children.upsert_child(
            conn,
            child_ref="C100",
            first_name="Sam",
            date_of_birth=born,
            iro_id=iro,
            language=language,
            now=clock(),
        )
    run_id = 0
    if survey is not None:
        run_id = await offer(
            services,
            child_id=child_id,
            definition_id=survey,
            review_id=None,
            now=clock(),
            closes_at=clock() + timedelta(days=14),
        )
    notified: list[int] = []
    erasures: list[int] = []

    async def notify(alert_id: int) -> None:
        notified.append(alert_id)

    async def notify_erasure(child_id: int) -> None:
        erasures.append(child_id)

    runner = await start_web(
        services, port=0, limits=limits, notify_alert=notify, notify_erasure=notify_erasure
    )
    port = bound_port(runner)
    services.settings = services.settings.model_copy(
        update={"public_url": f"http://127.0.0.1:{port}"}
    )
    return WebWorld(services, db_path, runner, clock, child_id, run_id, notified, erasures)


async def close_world(world: WebWorld) -> None:
    await world.runner.cleanup()
    await world.services.db.close()


@dataclass(frozen=True)
class Page:
    """One response as a browser without JavaScript would see it."""

    status: int
    url: str
    html: str
    headers: dict[str, str]

    def field(self, name: str) -> str:
        """The value of the first hidden field called ``name``."""
        found = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', self.html)
        if found is None:
            raise AssertionError(f"no {name} field on {self.url}")
        return html.unescape(found.group(1))

    def buttons(self) -> list[tuple[str, str]]:
        """Every answer button as ``(label, data)``."""
        return [
            (html.unescape(label), html.unescape(value))
            for value, label in re.findall(
                r'<button type="submit" name="data" value="([^"]*)">([^<]*)</button>', self.html
            )
        ]

    def text(self) -> str:
        """The visible words, tags removed (enough for "does the page say X")."""
        return html.unescape(re.sub(r"<[^>]+>", " ", self.html))


class FormClient:
    """Plain HTML forms over real HTTP, with a cookie jar: a browser with JavaScript off."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.page: Page | None = None

    async def close(self) -> None:
        await self.http.close()

    async def __aenter__(self) -> FormClient:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    async def _read(self, response: aiohttp.ClientResponse) -> Page:
        body = await response.text()
        self.page = Page(response.status, str(response.url), body, dict(response.headers))
        return self.page

    async def get(self, path_or_url: str) -> Page:
        url = path_or_url if "://" in path_or_url else self.base_url + path_or_url
        async with self.http.get(url) as response:
            return await self._read(response)

    async def post(self, path: str, data: dict[str, str]) -> Page:
        async with self.http.post(self.base_url + path, data=data) as response:
            return await self._read(response)

    def _current(self) -> Page:
        if self.page is None:
            raise AssertionError("no page loaded yet")
        return self.page

    async def choose_pin(self, pin: str, repeat: str | None = None) -> Page:
        form = {"csrf": self._current().field("csrf"), "kind": "pin", "pin": pin}
        form["pin2"] = pin if repeat is None else repeat
        return await self.post("/setup", form)

    async def enter_pin(self, pin: str) -> Page:
        return await self.post(
            "/unlock", {"csrf": self._current().field("csrf"), "kind": "pin", "pin": pin}
        )

    async def press(self, label: str) -> Page:
        """Press the answer button whose label contains ``label``."""
        page = self._current()
        for shown, data in page.buttons():
            if label in shown:
                form = {"csrf": page.field("csrf"), "at": page.field("at"), "data": data}
                return await self.post("/press", form)
        raise AssertionError(f"no button {label!r} among {[b for b, _ in page.buttons()]}")

    async def pick_pictures(self, path: str, *pictures: str) -> Page:
        """Choose (``/setup``) or enter (``/unlock``) pictures, in order."""
        form = {"csrf": self._current().field("csrf"), "kind": "pictures"}
        form.update(zip(("first", "second", "third"), pictures, strict=False))
        return await self.post(path, form)

    async def say(self, text: str) -> Page:
        page = self._current()
        return await self.post(
            "/say", {"csrf": page.field("csrf"), "at": page.field("at"), "text": text}
        )
