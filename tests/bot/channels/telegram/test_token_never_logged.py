"""The bot token never reaches a log line or stderr, even when the Bot API misbehaves.

A proxy or a hijacked address in front of the Bot API may answer with redirects (following one
would send the token-bearing path to another server) and with bodies that are not JSON, often
an error page echoing the request path, token and all. The real ``hearme run`` and the real
``Application`` run against such a server here; every log line and everything on stderr is
searched for the token, and the place a redirect pointed at must never be asked anything.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import signal
from asyncio.subprocess import Process
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot import logs
from bot.channels.telegram.app import build_application
from bot.services import Services
from hearme_dev.sandbox import FakeBotApi, Fault
from storage.crypto import load_cipher
from storage.db import Database
from surveys.catalogue import load_definitions
from tests.bot.cli.test_cli import HEARME, make_database

# Shaped like a real token (bot id, colon, 35 characters), so nothing matches it by its shape
# alone in a way a test token would not.
TOKEN = "7310498765:AAH2kQ_b7xZ0pLmNoPqRsTuVwXyZ01234ab"
SECRET_PART = TOKEN.split(":", 1)[1]
ECHO_PAGE = "<html><h1>502 Bad Gateway</h1><p>upstream failed for {path}</p></html>"


class Elsewhere:
    """Another server a redirect points at: it must never hear from the bot."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def __aenter__(self) -> Elsewhere:
        async def record(request: web.Request) -> web.Response:
            self.requests.append(request.path)
            return web.json_response({"ok": True, "result": []})

        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", record)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *_: object) -> None:
        assert self._runner is not None
        await self._runner.cleanup()


def misbehaving(elsewhere: Elsewhere) -> Any:
    """Answer getUpdates in turn with a 302, a non-JSON 200, a non-JSON 502 and a JSON answer
    echoing the path; sendMessage always with the echoing error page."""
    turns = iter(range(10**6))

    def fault(method: str, params: dict[str, Any]) -> Fault | None:
        name = method.lower()
        if name == "sendmessage":
            return Fault.garbage(ECHO_PAGE, status=502)
        if name != "getupdates":
            return None
        turn = next(turns) % 4
        if turn == 0:
            return Fault.redirect(elsewhere.url)
        if turn == 1:
            return Fault.garbage("not json at all: {path}")
        if turn == 2:
            return Fault.garbage(ECHO_PAGE, status=502)
        return None

    return fault


def assert_no_token(text: str, where: str) -> None:
    assert TOKEN not in text, f"the token reached {where}"
    assert SECRET_PART not in text, f"the token's secret part reached {where}"


@pytest.fixture
async def elsewhere() -> AsyncIterator[Elsewhere]:
    async with Elsewhere() as server:
        yield server


# The line the bot writes when its answer meets the echoing error page: what both runs wait for
# before stopping, however slowly a loaded machine gets there (a fixed pause once flaked).
UNDELIVERED = "bot.channels.telegram.handlers:chat_reply_not_delivered"
# Only bounds a bot that never gets there; a slow one is waited for.
PATIENCE = 120.0


class _Seen(logging.Handler):
    """Sets ``seen`` when a record of event ``event`` is logged (in this process's loop)."""

    def __init__(self, event: str) -> None:
        super().__init__(logging.DEBUG)
        self.event = event
        self.seen = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if logs.event_name(record) == self.event:
            self.seen.set()


async def _stderr_until(process: Process, event: str) -> list[str]:
    """The JSON lines ``process`` writes to stderr, read until one of ``event``."""
    assert process.stderr is not None
    read: list[str] = []
    async with asyncio.timeout(PATIENCE):
        while True:
            line = (await process.stderr.readline()).decode()
            if not line:
                raise AssertionError(f"stderr ended before {event}: {''.join(read)}")
            read.append(line)
            if line.startswith("{") and json.loads(line).get("event") == event:
                return read


async def test_the_application_logs_failures_with_tracebacks_but_never_the_token(
    tmp_path: Path,
    elsewhere: Elsewhere,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    env = await make_database(tmp_path)
    lines = io.StringIO()
    handler = logs.configure("json", stream=lines)
    undelivered_seen = _Seen(UNDELIVERED)
    logging.getLogger().addHandler(undelivered_seen)
    caplog.set_level(logging.DEBUG)
    db = await Database.open(
        Path(env["HEARME_DB"]), cipher=load_cipher(Path(env["HEARME_DATA_KEY"]))
    )
    try:
        async with FakeBotApi(token=TOKEN, faults=misbehaving(elsewhere)) as api:
            services = Services(db=db, definitions=load_definitions())
            app = build_application(services, token=TOKEN, base_url=api.base_url)
            async with app:
                await app.start()
                assert app.updater is not None
                await app.updater.start_polling(poll_interval=0.0, timeout=1)
                await api.wait_for_calls("getUpdates", 5, PATIENCE)
                # Someone writes; the bot's answer meets the echoing error page.
                await api.send_text(5550001, "/help")
                await api.wait_for_calls("sendMessage", 1, PATIENCE)
                await asyncio.wait_for(undelivered_seen.seen.wait(), PATIENCE)
                await app.updater.stop()
                await app.stop()
    finally:
        await db.close()
        logging.getLogger().removeHandler(handler)
        logging.getLogger().removeHandler(undelivered_seen)

    assert elsewhere.requests == [], "a redirect was followed"
    written = lines.getvalue()
    records = [json.loads(line) for line in written.splitlines()]
    failures = [r for r in records if r["level"] in ("ERROR", "WARNING") and "traceback" in r]
    assert failures, f"the failures were logged with their tracebacks: {written}"
    undelivered = [
        r for r in failures if r["event"] == UNDELIVERED
    ]
    assert undelivered and "handlers.py" in undelivered[0]["traceback"], written
    assert all(r["event_id"] and r["time"] for r in records)
    # The quoted server answer is replaced whole in the lines hearme writes.
    assert "Parsing the server response '…' failed" in written, written
    assert_no_token(written, "the JSON log lines")
    raw = "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''} {r.exc_info[1] if r.exc_info else ''}"
        for r in caplog.records
    )
    assert "polling for updates" in raw, "the library's own lines were captured too"
    # Even the raw error python-telegram-bot builds has the echoed token cut out.
    assert "upstream failed for /bot<hidden>/getUpdates" in raw
    assert_no_token(raw, "a log record")
    captured = capsys.readouterr()
    assert_no_token(captured.out + captured.err, "stdout or stderr")


async def start_run(env: dict[str, str], api: FakeBotApi, **more: str) -> Process:
    """``hearme run --no-web`` against ``api`` with the token, in its own process."""
    return await asyncio.create_subprocess_exec(
        *HEARME,
        "run",
        "--api-url",
        api.base_url,
        "--no-web",
        env={**env, "TELEGRAM_BOT_TOKEN": TOKEN, "PTB_TIMEDELTA": "1", **more},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_hearme_run_against_a_misbehaving_api_keeps_the_token_out_of_stderr(
    tmp_path: Path, elsewhere: Elsewhere
) -> None:
    env = await make_database(tmp_path)
    read: list[str] = []
    async with FakeBotApi(token=TOKEN, faults=misbehaving(elsewhere)) as api:
        process = await start_run(env, api, HEARME_LOG_FORMAT="json")
        try:
            assert process.stdout is not None
            line = await asyncio.wait_for(process.stdout.readline(), PATIENCE)
            assert b"is running" in line, line
            await api.wait_for_calls("getUpdates", 5, PATIENCE)
            await api.send_text(5550002, "/help")
            await api.wait_for_calls("sendMessage", 1, PATIENCE)
            # Stopped only once the failed answer is logged, so there is a failure to search.
            read = await _stderr_until(process, UNDELIVERED)
        finally:
            process.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(process.communicate(), PATIENCE)
    stderr = "".join(read) + err.decode()
    assert process.returncode == 0, stderr
    assert elsewhere.requests == [], "a redirect was followed"
    records = [json.loads(text) for text in stderr.splitlines() if text.startswith("{")]
    assert any("traceback" in r for r in records), f"failures were logged in full: {stderr}"
    assert_no_token(stderr, "hearme run's stderr")
    assert_no_token(out.decode(), "hearme run's stdout")


@pytest.mark.parametrize(
    "answer",
    [Fault.garbage(ECHO_PAGE, status=502), Fault.garbage("{path} ok"), "redirect"],
    ids=["error page", "not json", "redirect"],
)
async def test_a_bot_api_that_answers_getme_wrongly_stops_hearme_run_with_a_clear_error(
    tmp_path: Path, elsewhere: Elsewhere, answer: Fault | str
) -> None:
    def fault(method: str, params: dict[str, Any]) -> Fault | None:
        if method.lower() != "getme":
            return None
        return answer if isinstance(answer, Fault) else Fault.redirect(elsewhere.url)

    env = await make_database(tmp_path)
    async with FakeBotApi(token=TOKEN, faults=fault) as api:
        process = await start_run(env, api)
        out, err = await asyncio.wait_for(process.communicate(), 60)
    stderr = err.decode()
    assert process.returncode == 1, stderr
    assert "did not answer as Telegram does" in stderr, stderr
    assert "check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL" in stderr
    assert elsewhere.requests == []
    assert_no_token(stderr + out.decode(), "hearme run's output")
