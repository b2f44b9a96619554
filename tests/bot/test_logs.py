"""Log lines an on-call person can use: failures carry their traceback and an event id, as text
or one JSON object per line, and neither form ever holds a child's words or the bot token."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import ContextTypes, MessageHandler, filters

from bot import logs
from bot.channels.telegram.app import AnyApplication, build_application
from bot.services import Services
from hearme_dev.sandbox import FakeBotApi
from storage.db import Database
from surveys.catalogue import load_definitions

WORDS = "my stepdad hits me when mum is out"
TOKEN = "6203948571:AAFq9Zt_Lm3NoPqRsTuVwXyZabcdefghijk"
UPDATE_FAILED = "bot.channels.telegram.app:update_failed"


@pytest.fixture
def lines() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logs.configure("json", stream=stream)
    try:
        yield stream
    finally:
        logging.getLogger().removeHandler(handler)


def records(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def _failing_handler(application: AnyApplication, services: Services) -> None:
    async def choke(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        text = update.effective_message.text
        # The kind of message a library error carries: the value it could not handle, quoted,
        # and the URL it was talking to.
        raise ValueError(f"could not read {text!r} from https://api.telegram.org/bot{TOKEN}/x")

    application.add_handler(MessageHandler(filters.TEXT, choke), group=5)


async def test_a_failed_update_is_logged_with_its_traceback_but_not_the_words(
    tmp_path: Path, lines: io.StringIO
) -> None:
    db = await Database.open(tmp_path / "hearme.db")
    try:
        async with FakeBotApi(token=TOKEN) as api:
            services = Services(db=db, definitions=load_definitions())
            app = build_application(
                services, token=TOKEN, base_url=api.base_url, extra=(_failing_handler,)
            )
            async with app:
                await app.start()
                assert app.updater is not None
                await app.updater.start_polling(poll_interval=0.0, timeout=1)
                await api.send_text(4440001, WORDS)
                for _ in range(100):
                    if any(r["event"] == UPDATE_FAILED for r in records(lines)):
                        break
                    await asyncio.sleep(0.1)
                await app.updater.stop()
                await app.stop()
    finally:
        await db.close()
    [failed] = [r for r in records(lines) if r["event"] == UPDATE_FAILED]
    assert failed["level"] == "ERROR" and failed["error"] == "ValueError"
    assert failed["message"].startswith("update 1 failed: ValueError at test_logs.py:")
    assert len(failed["event_id"]) == 12
    trace = failed["traceback"]
    assert "in choke" in trace and "ValueError: could not read '…' from" in trace, trace
    everything = lines.getvalue()
    for secret in ("stepdad", "hits me", TOKEN, TOKEN.split(":")[1]):
        assert secret not in everything, f"{secret!r} reached the log"


def test_a_failure_logged_by_type_gets_its_traceback_in_text_lines() -> None:
    stream = io.StringIO()
    handler = logs.configure("text", stream=stream, hidden=["s3cret-value"])
    log = logging.getLogger("bot.outbox.sending")
    try:
        try:
            {}["missing"]
        except KeyError as error:
            log.error("outbox row %d failed: %s", 7, type(error).__name__)
        log.info("outbox row %d sent with s3cret-value", 8)
        log.warning("nothing is failing here")
    finally:
        logging.getLogger().removeHandler(handler)
    first, *rest = stream.getvalue().splitlines()
    assert first.endswith("outbox row 7 failed: KeyError")
    assert " ERROR bot.outbox.sending [" in first
    assert rest[0] == "Traceback (most recent call last):"
    assert any("test_a_failure_logged_by_type_gets_its_traceback" in line for line in rest)
    assert "KeyError: '…'" in rest, "the key (it could be anything) is not written"
    assert rest[-2].endswith("outbox row 8 sent with <hidden>")
    assert rest[-1].endswith("nothing is failing here"), "no traceback outside a failure"


def test_event_names_are_stable_and_ids_unique(lines: io.StringIO) -> None:
    log = logging.getLogger("bot.outbox.scheduler")
    log.warning("%d outbox rows were interrupted mid-send; not re-sent", 3)
    log.warning("%d outbox rows were interrupted mid-send; not re-sent", 4)
    log.warning("alert %d escalated", 9, extra={"event": "alert.escalated"})
    first, second, named = records(lines)
    event = "bot.outbox.scheduler:outbox_rows_were_interrupted_mid_send"
    assert first["event"] == second["event"] == event
    assert first["event_id"] != second["event_id"]
    assert named["event"] == "alert.escalated" and named["message"] == "alert 9 escalated"


def test_library_lines_lose_quoted_values_and_token_shapes(lines: io.StringIO) -> None:
    logging.getLogger("telegram.request").error(
        'Can not load invalid JSON data: "%s"', f"{WORDS} /bot{TOKEN}/sendMessage"
    )
    [line] = records(lines)
    assert line["message"] == "Can not load invalid JSON data: '…'"
    text = f"GET https://api.telegram.org/bot{TOKEN}/getMe and {TOKEN}"
    assert logs.scrub_secrets(text) == "GET https://api.telegram.org/bot<hidden>/getMe and <hidden>"
    # A path that merely starts with "bot" is not a token.
    assert logs.scrub_secrets("/srv/hearme/bot/app.py") == "/srv/hearme/bot/app.py"


def test_an_unknown_log_format_is_refused() -> None:
    with pytest.raises(ValueError, match="text, json"):
        logs.configure("xml")
