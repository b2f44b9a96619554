"""Pacing what hearme sends so Telegram never has to refuse it (no 429s), as fast as allowed.

Telegram's flood limits (https://core.telegram.org/bots/faq): about 30 messages a second in all,
and in one chat about one a second, with short bursts tolerated. python-telegram-bot's
``AIORateLimiter`` paces the overall rate with a leaky bucket, which lets up to twice the rate
through in some one-second window, and limits each chat only for groups (negative ids). hearme
talks in private chats, where a sustained stream to one chat does happen: escalations to the
duty chat, a campaign's notices to one IRO. So :class:`TelegramPacing` keeps

* **overall**: at most ``overall`` requests in any ``period``, counted as Telegram counts them,
  on arrival: a place is given back only ``period`` after its request *finished*, so however
  late a request reaches the server, ``overall + 1`` of them can never land inside one period;
* **per chat**, for what hearme starts itself (inside :func:`pacing_each_chat`, which the
  scheduler's tick uses): a token bucket holding ``per_chat_burst`` messages, refilled at
  ``per_chat_rate`` a second, so an offer (a few messages) goes at once and a stream to one chat
  (escalations to the duty chat, a campaign's notices to one IRO) settles at the chat's rate.
  Replies to what a person just did are not held per chat: each tap or message brings one or two
  messages back, at the person's own pace, which is the short burst Telegram tolerates, and
  holding them would only make a child wait for the next question. For the same reason they
  take the next overall place ahead of what hearme starts (a campaign's queue of sends);
* **spread**, for what hearme starts: a token bucket at the overall rate holding a tenth of
  the period's places, so a campaign takes its places evenly through the period. Taken all at
  once, they would come back all at once a period later, and a reply asked for in between
  would wait for them (issue 20: a child's p99 of half a second during a campaign).

Several workers on one PostgreSQL database share both paces through the database
(``storage.send_pace``): Telegram counts the bot, not each worker. Replies queue for the next
overall slot; what hearme starts takes a slot only when one is open, so it never queues ahead
of a reply.

Requests without a ``chat_id`` (fetching updates, answering a button press) and edits that only
take a keyboard away are not paced.
When Telegram answers 429 anyway, every send waits ``retry_after`` and the request is tried
again, up to ``max_retries`` times, as ``AIORateLimiter`` does. Pauses that overlap (two
requests refused close together) end when the *last* of them ends: a shorter pause never lifts
a longer one, or a send would go out while Telegram still asks the bot to wait (issue 20).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable, Coroutine, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.outbox.aftercare import retry_after_seconds
from storage import send_pace
from storage.send_pace import SharedPace

log = logging.getLogger(__name__)

JSONDict = dict[str, Any]
Result = bool | JSONDict | list[JSONDict]
# A chat's bucket is dropped once full again and this many buckets exist: idle chats cost
# nothing, and a full bucket is exactly what a new one would be.
_BUCKETS_KEPT = 512
_EACH_CHAT: ContextVar[bool] = ContextVar("hearme_pacing_each_chat", default=False)
# Taking a message's keyboard away puts nothing new on anyone's screen, and Telegram's flood
# limits count messages: a button press's clearing edit held a place a campaign's message
# then lacked while children answered (issue 20).
_NOT_MESSAGES = frozenset({"editmessagereplymarkup"})


@contextlib.contextmanager
def pacing_each_chat() -> Iterator[None]:
    """Within this block (and the tasks started in it), sends are paced per chat too."""
    token = _EACH_CHAT.set(True)
    try:
        yield
    finally:
        _EACH_CHAT.reset(token)


class ArrivalWindow:
    """At most ``count`` requests in any ``period`` seconds, counted from when each finished.

    A request may ask to go ``first``: it gets the next free place before every request that
    did not ask. Replies to a child go first, so a campaign's queue of sends never makes a
    child wait for the next question (issue 20: a reply waited behind the whole queue).

    Args:
        count: requests allowed in one period.
        period: the period, in seconds.
    """

    def __init__(self, count: int, period: float) -> None:
        if count < 1 or period <= 0:
            raise ValueError("a window needs a count of at least 1 and a positive period")
        self.count = count
        self.period = period
        self._free = count
        self._first: deque[asyncio.Future[None]] = deque()
        self._others: deque[asyncio.Future[None]] = deque()

    async def acquire(self, *, first: bool = False) -> None:
        """Wait for a place (ahead of the others when ``first``)."""
        if self._free > 0 and not self._first and not self._others:
            self._free -= 1
            return
        waiter = asyncio.get_running_loop().create_future()
        (self._first if first else self._others).append(waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._give()  # handed a place just as it was cancelled: pass it on
            raise

    def release_later(self) -> None:
        """Give the place back one period from now (call when the request has finished)."""
        asyncio.get_running_loop().call_later(self.period, self._give)

    def _give(self) -> None:
        for queue in (self._first, self._others):
            while queue:
                waiter = queue.popleft()
                if not waiter.done():
                    waiter.set_result(None)
                    return
        self._free += 1


@dataclass
class ChatBucket:
    """A token bucket: ``burst`` tokens, ``rate`` new tokens a second. Pure but for the clock."""

    burst: float
    rate: float
    tokens: float
    updated: float

    def wait_for_token(self, now: float) -> float:
        """Take a token; returns how long to wait before using it (0 when one was there)."""
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        self.tokens -= 1
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate

    def full(self, now: float) -> bool:
        """Whether the bucket has refilled (and so can be forgotten)."""
        return self.tokens + (now - self.updated) * self.rate >= self.burst


class FloodPause:
    """When Telegram's flood control lets the bot send again: the latest end of every pause
    asked for so far, so overlapping pauses end with the longest one."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._until = 0.0

    def extend(self, seconds: float) -> None:
        """Nothing is sent for ``seconds`` from now (or until a later pause already ends)."""
        self._until = max(self._until, self._clock() + seconds)

    def remaining(self) -> float:
        """Seconds until sending may resume; 0 when no pause is on."""
        return max(0.0, self._until - self._clock())

    async def wait(self) -> None:
        """Return once no pause is on, however pauses were extended meanwhile."""
        while (left := self.remaining()) > 0:
            await asyncio.sleep(left)


def chat_of(data: JSONDict) -> int | str | None:
    """The chat a request is for, from its parameters; None when it has none."""
    chat = data.get("chat_id")
    if chat is None:
        return None
    with contextlib.suppress(TypeError, ValueError):
        return int(chat)
    return str(chat)


class TelegramPacing(BaseRateLimiter[int]):
    """hearme's rate limiter for python-telegram-bot (see the module docstring).

    Args:
        overall: messages allowed in all, per ``period``.
        per_chat_rate: messages a second one chat settles to.
        per_chat_burst: messages one chat may get at once.
        max_retries: how often a request refused with 429 is tried again.
        period: the overall window, in seconds.
        shared: the PostgreSQL database whose ``send_pace`` rows every worker paces by; None
            paces this process alone (a SQLite file has one worker).
    """

    def __init__(
        self,
        *,
        overall: int,
        per_chat_rate: float,
        per_chat_burst: int,
        max_retries: int,
        period: float = 1.0,
        shared: str | None = None,
    ) -> None:
        if per_chat_rate <= 0 or per_chat_burst < 1 or max_retries < 0:
            raise ValueError("per-chat pacing needs a positive rate and burst")
        self._overall = ArrivalWindow(overall, period)
        self._overall_step = period / overall
        # What hearme starts goes at the overall rate with a small burst (module docstring).
        spread = max(1, overall // 10)
        self._spread = ChatBucket(spread, overall / period, spread, time.monotonic())
        self._shared_url = shared
        self._shared: SharedPace | None = None
        self._rate = per_chat_rate
        self._burst = per_chat_burst
        self._max_retries = max_retries
        self._buckets: dict[int | str, ChatBucket] = {}
        self._flood = FloodPause()

    async def initialize(self) -> None:
        """Connect to the shared paces, when the fleet shares them."""
        if self._shared_url is not None and self._shared is None:
            self._shared = await SharedPace.connect(self._shared_url)

    async def shutdown(self) -> None:
        """Close the shared paces' connection."""
        if self._shared is not None:
            await self._shared.close()
            self._shared = None

    async def _shared_slot(self, name: str, *, step: float, burst: int, queue: bool) -> None:
        assert self._shared is not None
        while True:
            taken, wait = await self._shared.take(name, step=step, burst=burst, queue=queue)
            if taken:
                if wait > 0:
                    await asyncio.sleep(wait)
                return
            # No slot open now: try again when the next one opens (a reply may take it first).
            await asyncio.sleep(max(wait, 0.002))

    async def _shared_turn(self, chat: int | str, started_here: bool) -> None:
        assert self._shared is not None
        if started_here:
            await self._shared_slot(
                send_pace.chat_pace(chat), step=1.0 / self._rate, burst=self._burst, queue=True
            )
        await self._shared_slot(
            send_pace.OVERALL, step=self._overall_step, burst=1, queue=not started_here
        )

    async def _chat_turn(self, chat: int | str) -> None:
        now = time.monotonic()
        if len(self._buckets) > _BUCKETS_KEPT:
            for key in [k for k, b in self._buckets.items() if k != chat and b.full(now)]:
                del self._buckets[key]
        bucket = self._buckets.get(chat)
        if bucket is None:
            bucket = self._buckets[chat] = ChatBucket(self._burst, self._rate, self._burst, now)
        wait = bucket.wait_for_token(now)
        if wait > 0:
            await asyncio.sleep(wait)

    async def _once(
        self,
        chat: int | str | None,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
    ) -> Result:
        if chat is None:
            await self._flood.wait()
            return await callback(*args, **kwargs)
        started_here = _EACH_CHAT.get()
        if self._shared is not None:
            await self._shared_turn(chat, started_here)
            await self._flood.wait()
            return await callback(*args, **kwargs)
        if started_here:
            await self._chat_turn(chat)
            if (wait := self._spread.wait_for_token(time.monotonic())) > 0:
                await asyncio.sleep(wait)
        await self._overall.acquire(first=not started_here)
        try:
            await self._flood.wait()
            return await callback(*args, **kwargs)
        finally:
            self._overall.release_later()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        """Send one request when the limits allow; retry it after a 429.

        Args:
            callback: python-telegram-bot's request.
            args: its positional arguments.
            kwargs: its keyword arguments.
            endpoint: the Bot API method: every method with a chat counts, but for taking
                a keyboard away.
            data: the request's parameters; ``chat_id`` says which chat it is for.
            rate_limit_args: retries for this request instead of ``max_retries``.
        """
        retries = self._max_retries if rate_limit_args is None else rate_limit_args
        chat = None if endpoint.lower() in _NOT_MESSAGES else chat_of(data)
        for attempt in range(retries + 1):
            try:
                return await self._once(chat, callback, args, kwargs)
            except RetryAfter as error:
                if attempt == retries:
                    raise
                pause = (retry_after_seconds(error) or 1.0) + 0.1
                log.info("flood control: every send waits %.1f s", pause)
                # Everything waits, not only this chat: Telegram counts the bot as a whole.
                self._flood.extend(pause)
        raise AssertionError("unreachable: the last attempt returns or raises")
