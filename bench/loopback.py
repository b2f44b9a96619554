"""hearme's loopback Bot API, watched: when each update was handed out, when each reply came.

:class:`ObservedApi` is :class:`hearme_dev.sandbox.FakeBotApi` with a stopwatch. It notes the moment
``getUpdates`` hands an update to the bot, and the first message the bot then sends (or redraws)
in that chat, which is the handling latency a child feels. It also remembers the newest update
pushed in each chat, so a simulated child knows which update to wait for.

:class:`TelegramLimits` is a fault hook for the same stand-in that enforces Telegram's flood
limits (scaled): too many messages overall or to one chat within a second are answered with
429 and ``retry_after``, as Telegram does.
"""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from hearme_dev.sandbox import FakeBotApi, Fault

# Methods that put a message on a person's screen (what Telegram's flood limits count).
SENDING = frozenset(
    {"sendmessage", "editmessagetext", "senddocument", "sendvoice", "sendphoto", "copymessage"}
)


def _chat_of(update: dict[str, Any]) -> int | None:
    for key in ("message", "edited_message"):
        if key in update:
            return int(update[key]["chat"]["id"])
    query = update.get("callback_query")
    if query is not None and query.get("message"):
        return int(query["message"]["chat"]["id"])
    return None


class ObservedApi(FakeBotApi):
    """The Bot API stand-in, timing each update from hand-out to the bot's next message."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.latencies: list[float] = []
        self._waiting: dict[int, float] = {}  # chat → when its latest update was handed out
        self._handed: set[int] = set()
        self._last_update: dict[int, int] = {}

    async def push_update(self, raw: dict[str, Any]) -> int:
        returned = await super().push_update(raw)
        # The stand-in's helpers number updates before pushing them; that number is certain,
        # whereas the returned one may belong to another chat that pushed meanwhile.
        update_id = int(raw["update_id"]) if "update_id" in raw else returned
        chat_id = _chat_of(raw)
        if chat_id is not None:
            self._last_update[chat_id] = update_id
        return update_id

    def last_update_for(self, chat_id: int) -> int:
        """The id of the newest update pushed in ``chat_id``."""
        return self._last_update[chat_id]

    async def _api_getupdates(self, params: dict[str, Any], files: dict[str, Any]) -> Any:
        handed = await super()._api_getupdates(params, files)
        now = time.perf_counter()
        for update in handed:
            update_id = int(update["update_id"])
            chat_id = _chat_of(update)
            # Long polling hands an unconfirmed update out again; the first time counts.
            if chat_id is not None and update_id not in self._handed:
                self._handed.add(update_id)
                self._waiting[chat_id] = now
        return handed

    def _replied(self, chat_id: int) -> None:
        started = self._waiting.pop(chat_id, None)
        if started is not None:
            self.latencies.append(time.perf_counter() - started)

    async def _api_sendmessage(self, params: dict[str, Any], files: dict[str, Any]) -> Any:
        raw = await super()._api_sendmessage(params, files)
        self._replied(int(params["chat_id"]))
        return raw

    async def _api_editmessagetext(self, params: dict[str, Any], files: dict[str, Any]) -> Any:
        raw = await super()._api_editmessagetext(params, files)
        self._replied(int(params["chat_id"]))
        return raw


@dataclass
class TelegramLimits:
    """A fault hook enforcing ``overall`` messages a second in all and ``per_chat`` to one chat.

    Sliding one-second windows; a message over either limit is refused with 429 and
    ``retry_after`` (whole seconds, as Telegram gives it) and is not counted as sent.
    """

    overall: int = 300
    per_chat: int = 10
    window: float = 1.0
    accepted: list[float] = field(default_factory=list)
    refused: int = 0
    _recent: deque[float] = field(default_factory=deque)
    _per_chat: dict[str, deque[float]] = field(default_factory=dict)

    def __call__(self, method: str, params: dict[str, Any]) -> Fault | None:
        if method.lower() not in SENDING:
            return None
        now = time.perf_counter()
        chat = str(params.get("chat_id"))
        recent = self._recent
        in_chat = self._per_chat.setdefault(chat, deque())
        for times in (recent, in_chat):
            while times and now - times[0] >= self.window:
                times.popleft()
        if len(recent) >= self.overall or len(in_chat) >= self.per_chat:
            self.refused += 1
            return Fault.too_many_requests(retry_after=1)
        recent.append(now)
        in_chat.append(now)
        self.accepted.append(now)
        return None

    def achieved_rate(self) -> float:
        """Messages accepted per second, from the first accepted to the last."""
        if len(self.accepted) < 2:
            return 0.0
        span = self.accepted[-1] - self.accepted[0]
        return (len(self.accepted) - 1) / span if span > 0 else 0.0


def percentile(values: list[float], share: float) -> float:
    """The ``share`` (0..1) percentile of ``values`` by nearest rank; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    # The rank is rounded first so that 0.95 × 100 counts as 95, not 95.00000000000001.
    rank = math.ceil(round(share * len(ordered), 9))
    index = min(len(ordered) - 1, max(0, rank - 1))
    return ordered[index]
