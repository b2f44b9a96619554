"""A loopback stand-in for the Telegram Bot API, for the tests and ``hearme demo``.

``FakeBotApi`` is a small aiohttp server on 127.0.0.1 that answers the Bot API methods hearme
uses (:mod:`bot.sandbox.server`), so the real ``Application`` runs against it unchanged: point
``base_url`` at :attr:`FakeBotApi.base_url`. The other side plays the people
(:mod:`bot.sandbox.people`): :meth:`~FakeBotApi.send_text`, :meth:`~FakeBotApi.press`,
:meth:`~FakeBotApi.send_sticker`, ... push updates that the bot's long polling picks up, and
:meth:`~FakeBotApi.wait_for` awaits what the bot sends back. A ``faults`` hook answers chosen
calls with 429, 500, 403, a delay or a dropped connection (:class:`Fault`), to test how hearme
copes.
"""

from bot.sandbox.people import FakeBotApi
from bot.sandbox.records import BotMessage, Call, Fault, FaultHook, Files, Params
from bot.sandbox.server import BotApiServer

__all__ = [
    "BotApiServer",
    "BotMessage",
    "Call",
    "FakeBotApi",
    "Fault",
    "FaultHook",
    "Files",
    "Params",
]
