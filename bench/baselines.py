"""What a council would run instead of hearme, as fair baselines for figure 1 (issue 20).

Both are python-telegram-bot ``Application`` objects given exactly what hearme is given: the
same HTTP client (:class:`bot.channels.telegram.http.AiohttpRequest`, for calls and for fetching
updates) and the same number of chats handled at once (``Settings().concurrent_chats``, through
python-telegram-bot's own ``concurrent_updates``). Neither paces its sends, as hearme does not in
figure 1.

* **bare**: answers every message and button with one fixed text and a one-button keyboard. It
  stores nothing: the ceiling of what python-telegram-bot itself does on this machine.
* **storing**: what a council developer would write in an afternoon: every message or button
  press is one ``INSERT`` into an SQLite file (WAL, ``synchronous=FULL`` as hearme's answers,
  each insert its own commit), then a reply with an inline keyboard of five answers and
  "Skip". No survey logic, no encryption, no safeguarding, no idempotency.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiosqlite
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.channels.telegram.http import AiohttpRequest
from bot.settings import Settings

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
BARE_TEXT = "Thanks, got it."
STORING_TEXT = "Thanks! How is school going?"
_FACES = ("😀", "🙂", "😐", "🙁", "😢")
# Five answers on one row and "Skip" under them: as many buttons as a hearme question has.
_STORING_KEYBOARD = InlineKeyboardMarkup(
    [
        [
            InlineKeyboardButton(label, callback_data=f"a{n}")
            for n, label in enumerate("😀🙂😐🙁😢")
        ],
        [InlineKeyboardButton("Skip this one", callback_data="skip")],
    ]
)
_BARE_KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("OK", callback_data="ok")]])
ANSWERS_TABLE = """CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY,
    chat_id INTEGER NOT NULL,
    update_id INTEGER NOT NULL,
    answer TEXT NOT NULL,
    answered_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
)"""


def _builder(token: str, base_url: str) -> Any:
    """python-telegram-bot's builder with hearme's HTTP client and concurrency."""
    return (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .request(AiohttpRequest())
        .get_updates_request(AiohttpRequest(connections=1, for_updates=True))
        .concurrent_updates(Settings().concurrent_chats)
    )


async def _bare_reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer()
    chat = update.effective_chat
    assert chat is not None
    await context.bot.send_message(chat.id, BARE_TEXT, reply_markup=_BARE_KEYBOARD)


def bare_bot(token: str, base_url: str) -> AnyApplication:
    """The bare bot: a fixed reply to everything, nothing stored."""
    application: AnyApplication = _builder(token, base_url).build()
    application.add_handler(MessageHandler(filters.ALL, _bare_reply))
    application.add_handler(CallbackQueryHandler(_bare_reply))
    return application


class StoringBot:
    """The storing baseline: one ``INSERT`` per answer, then the next question's keyboard.

    Open the database with :meth:`open` before the application starts; :meth:`close` after.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: aiosqlite.Connection | None = None

    async def open(self) -> None:
        conn = await aiosqlite.connect(self.path, isolation_level=None)
        await conn.execute("PRAGMA journal_mode = WAL")
        await conn.execute("PRAGMA synchronous = FULL")
        await conn.execute(ANSWERS_TABLE)
        self._conn = conn

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()

    async def trace(self, callback: Callable[[str], None]) -> None:
        """Call ``callback`` with every SQL statement the file runs."""
        assert self._conn is not None
        await self._conn.set_trace_callback(callback)

    async def stored(self) -> int:
        """How many answers the file holds."""
        assert self._conn is not None
        rows = await self._conn.execute_fetchall("SELECT COUNT(*) FROM answers")
        return int(next(iter(rows))[0])

    async def _answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert self._conn is not None
        chat = update.effective_chat
        assert chat is not None
        query, message = update.callback_query, update.effective_message
        if query is not None:
            await query.answer()
        answer = query.data if query is not None else message.text if message else None
        # Autocommit: the INSERT is its own transaction, durable before the reply goes.
        await self._conn.execute(
            "INSERT INTO answers (chat_id, update_id, answer) VALUES (?, ?, ?)",
            (chat.id, update.update_id, answer or ""),
        )
        await context.bot.send_message(chat.id, STORING_TEXT, reply_markup=_STORING_KEYBOARD)

    def application(self, token: str, base_url: str) -> AnyApplication:
        """The bot as a python-telegram-bot ``Application``, not yet started."""
        application: AnyApplication = _builder(token, base_url).build()
        application.add_handler(MessageHandler(filters.ALL, self._answer))
        application.add_handler(CallbackQueryHandler(self._answer))
        return application
