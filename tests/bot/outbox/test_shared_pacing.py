"""Workers on one PostgreSQL database share Telegram's send rate through the database: two
workers sending one campaign together stay within the configured rate at the Bot API."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator

import pytest
from telegram.ext import ExtBot

from bench.loopback import TelegramLimits
from bot.channels.telegram.http import AiohttpRequest
from bot.outbox.send_pacing import TelegramPacing, pacing_each_chat
from hearme_dev.sandbox import FakeBotApi

RATE = 40  # messages a second, in all
SENT_EACH = 60


@pytest.fixture(autouse=True)
def timedelta_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


def _pacing(shared: str | None, *, per_chat_rate: float = 100, burst: int = 10) -> TelegramPacing:
    return TelegramPacing(
        overall=RATE,
        per_chat_rate=per_chat_rate,
        per_chat_burst=burst,
        max_retries=0,
        shared=shared,
    )


@contextlib.asynccontextmanager
async def _worker(api: FakeBotApi, pacing: TelegramPacing) -> AsyncIterator[ExtBot[int]]:
    bot: ExtBot[int] = ExtBot(
        api.token, base_url=api.base_url, rate_limiter=pacing, request=AiohttpRequest()
    )
    async with bot:
        yield bot


async def _campaign(bot: ExtBot[int], chats: list[int]) -> None:
    with pacing_each_chat():  # what hearme starts, as the scheduler's tick sends it
        await asyncio.gather(
            *(bot.send_message(chat, "Your review is coming up") for chat in chats)
        )


def _busiest_second(times: list[float]) -> int:
    """The most messages that reached the Bot API within any one second."""
    ordered = sorted(times)
    most, start = 0, 0
    for end, moment in enumerate(ordered):
        while moment - ordered[start] >= 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


async def _two_workers(shared: str | None) -> TelegramLimits:
    seen = TelegramLimits(overall=100_000, per_chat=100_000)  # counts, refuses nothing
    async with (
        FakeBotApi(faults=seen) as api,
        _worker(api, _pacing(shared)) as first,
        _worker(api, _pacing(shared)) as second,
    ):
        await asyncio.gather(
            _campaign(first, [7000 + n for n in range(SENT_EACH)]),
            _campaign(second, [8000 + n for n in range(SENT_EACH)]),
        )
    assert len(seen.accepted) == 2 * SENT_EACH
    return seen


async def test_two_workers_share_one_rate(postgres_migrated_url: str) -> None:
    seen = await _two_workers(postgres_migrated_url)
    # The slots are the rate exactly; one more may land in a second when a request reaches
    # the stand-in a moment late and the next one on time.
    assert _busiest_second(seen.accepted) <= RATE + 1, _busiest_second(seen.accepted)
    assert seen.achieved_rate() <= RATE * 1.05, seen.achieved_rate()
    assert seen.achieved_rate() >= RATE * 0.75, "paced far below the rate"


async def test_without_sharing_two_workers_send_twice_the_rate() -> None:
    # What the shared pace prevents: each worker alone keeps to the rate, together they do not.
    seen = await _two_workers(None)
    assert _busiest_second(seen.accepted) > RATE * 1.5


async def test_one_chats_pace_is_shared_too(postgres_migrated_url: str) -> None:
    seen = TelegramLimits(overall=100_000, per_chat=100_000)
    async with (
        FakeBotApi(faults=seen) as api,
        _worker(api, _pacing(postgres_migrated_url, per_chat_rate=4, burst=2)) as first,
        _worker(api, _pacing(postgres_migrated_url, per_chat_rate=4, burst=2)) as second,
    ):
        began = time.perf_counter()
        await asyncio.gather(_campaign(first, [555] * 3), _campaign(second, [555] * 3))
        took = time.perf_counter() - began
    # Two at once, then four more at four a second, whichever worker sends them.
    assert len(api.messages(555)) == 6
    assert took >= 0.95, took
    assert _busiest_second(seen.accepted) <= 2 + 4
