"""A loopback stand-in for the Telegram Bot API, for the tests and ``hearme demo``.

``FakeBotApi`` is a small aiohttp server on 127.0.0.1 that answers the Bot API methods hearme
uses (:mod:`hearme_dev.sandbox.server`), so the real ``Application`` runs against it unchanged:
point
``base_url`` at :attr:`FakeBotApi.base_url`. The other side plays the people
(:mod:`hearme_dev.sandbox.people`): :meth:`~FakeBotApi.send_text`, :meth:`~FakeBotApi.press`,
:meth:`~FakeBotApi.send_sticker`, ... push updates that the bot's long polling picks up, and
:meth:`~FakeBotApi.wait_for` awaits what the bot sends back. A ``faults`` hook answers chosen
calls with 429, 500, 403, a delay or a dropped connection (:class:`Fault`), to test how hearme
copes.
"""

from hearme_dev.sandbox.people import FakeBotApi
from hearme_dev.sandbox.records import BotMessage, Call, Fault, FaultHook, Files, Params
from hearme_dev.sandbox.server import BotApiServer

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
