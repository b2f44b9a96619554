"""hearme's pacing against a Bot API stand-in that enforces flood limits the way Telegram does:
as fast as allowed, and not one 429; a 429 that comes anyway is waited out and retried."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.ext import ExtBot

from bench.loopback import TelegramLimits
from bot.channels.telegram import sends
from bot.channels.telegram.app import pacing_for
from bot.channels.telegram.http import AiohttpRequest
from bot.outbox.send_pacing import ChatBucket, TelegramPacing, pacing_each_chat
from bot.settings import Settings
from hearme_dev.sandbox import FakeBotApi, Fault


@pytest.fixture(autouse=True)
def timedelta_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to ``retry_after`` as a timedelta, as ``hearme run`` does."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


async def _bot(api: FakeBotApi, pacing: TelegramPacing) -> AsyncIterator[ExtBot[int]]:
    bot: ExtBot[int] = ExtBot(
        api.token, base_url=api.base_url, rate_limiter=pacing, request=AiohttpRequest()
    )
    async with bot:
        yield bot


async def _send_all(bot: ExtBot[int], chats: list[int]) -> float:
    began = time.perf_counter()
    await asyncio.gather(*(bot.send_message(chat, "Your review is coming up") for chat in chats))
    return time.perf_counter() - began


async def test_overall_limit_is_reached_and_never_exceeded() -> None:
    # 10 in any 0.2 s (50 a second), counted when each request reaches the stand-in.
    limits = TelegramLimits(overall=10, per_chat=1000, window=0.2)
    pacing = TelegramPacing(
        overall=10, period=0.2, per_chat_rate=100, per_chat_burst=10, max_retries=0
    )
    async with FakeBotApi(faults=limits) as api:
        async for bot in _bot(api, pacing):
            took = await _send_all(bot, [7000 + n for n in range(60)])
    assert limits.refused == 0
    assert len(limits.accepted) == 60
    # Sixty at fifty a second need at least a second; well paced, not much more.
    assert took >= 1.0
    assert limits.achieved_rate() >= 0.75 * 50, limits.achieved_rate()


async def test_what_hearme_starts_settles_at_each_chats_rate_replies_are_not_held() -> None:
    limits = TelegramLimits(overall=1000, per_chat=6, window=1.0)
    pacing = TelegramPacing(overall=1000, per_chat_rate=3, per_chat_burst=3, max_retries=0)
    async with FakeBotApi(faults=limits) as api:
        async for bot in _bot(api, pacing):
            with pacing_each_chat():
                took = await _send_all(bot, [4242] * 9)
                other = await _send_all(bot, [4343])
            replies = await _send_all(bot, [4444] * 4)
    assert limits.refused == 0
    # Three at once, then six more at three a second.
    assert 1.8 <= took < 3.5
    assert other < 0.5, "another chat is not held up by the first one's stream"
    assert replies < 0.5, "replies to a person are not held per chat"


def test_chat_bucket_allows_a_burst_then_its_rate() -> None:
    bucket = ChatBucket(burst=3, rate=2, tokens=3, updated=0.0)
    assert [bucket.wait_for_token(0.0) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.wait_for_token(0.0) == pytest.approx(0.5)
    assert bucket.wait_for_token(0.0) == pytest.approx(1.0)
    assert not bucket.full(1.0)
    assert bucket.full(10.0)


async def test_a_429_pauses_every_send_and_the_message_still_goes() -> None:
    refused: list[float] = []

    def once(method: str, params: dict[str, Any]) -> Fault | None:
        if method.lower() == "sendmessage" and not refused:
            refused.append(time.monotonic())
            return Fault.too_many_requests(retry_after=1)
        return None

    pacing = TelegramPacing(overall=30, per_chat_rate=1, per_chat_burst=5, max_retries=2)
    async with FakeBotApi(faults=once) as api:
        async for bot in _bot(api, pacing):
            first = asyncio.create_task(_send_all(bot, [5001]))
            await asyncio.sleep(0.3)  # refused by now: the pause has begun
            await _send_all(bot, [5002])
            await first
            sent = [call for call in api.calls if call.method.lower() == "sendmessage"]
    assert len(refused) == 1
    assert [m.text for m in api.messages(5001)] == ["Your review is coming up"]
    assert [m.text for m in api.messages(5002)] == ["Your review is coming up"]
    # The other chat's message, asked for during the pause, waited it out too.
    assert len(sent) == 3
    assert all(call.at >= refused[0] + 1.0 for call in sent[1:])


def test_settings_give_telegrams_own_limits_by_default() -> None:
    settings = Settings()
    assert (settings.send_rate_overall, settings.send_rate_per_chat) == (30, 1.0)
    assert settings.concurrent_chats == 32
    assert isinstance(pacing_for(settings), TelegramPacing)


async def test_overlapping_429s_the_longest_pause_wins_and_nothing_is_sent_inside_it() -> None:
    # Two sends in flight at once are both refused: one chat is asked to wait 2 s, the other
    # 1 s. A third send is asked for while both pauses are on. The short pause must not lift
    # the long one: no request may reach the stand-in before every pause it was given is over.
    waits = {6001: 2, 6002: 1}
    pauses: list[tuple[float, float]] = []  # (refused at, until)

    def overlapping(method: str, params: dict[str, Any]) -> Fault | None:
        chat = int(params.get("chat_id", 0))
        if method.lower() == "sendmessage" and chat in waits:
            seconds = waits.pop(chat)
            now = time.monotonic()
            pauses.append((now, now + seconds))
            return Fault.too_many_requests(retry_after=seconds)
        return None

    pacing = TelegramPacing(overall=30, per_chat_rate=5, per_chat_burst=5, max_retries=2)
    async with FakeBotApi(faults=overlapping) as api:
        async for bot in _bot(api, pacing):
            both = asyncio.create_task(_send_all(bot, [6001, 6002]))
            await asyncio.sleep(0.3)  # both refused by now: the pauses overlap
            await _send_all(bot, [6003])
            await both
            sent = [call for call in api.calls if call.method.lower() == "sendmessage"]
    assert len(pauses) == 2
    for chat in (6001, 6002, 6003):
        assert [m.text for m in api.messages(chat)] == ["Your review is coming up"]
    # The two refused requests, then three that went through, each after every pause it met.
    later = [call for call in sent if call.at > max(at for at, _ in pauses)]
    assert len(later) == 3
    for call in later:
        inside = [(at, until) for at, until in pauses if at <= call.at < until]
        assert not inside, f"{call.params['chat_id']} sent {call.at - pauses[0][0]:.2f} s in"


async def test_a_reply_to_a_child_goes_ahead_of_a_campaigns_queue() -> None:
    # Two places a second: twenty campaign sends queue for about ten seconds. A reply to a
    # child asked for meanwhile takes the next free place, not the twenty-first.
    pacing = TelegramPacing(overall=2, per_chat_rate=100, per_chat_burst=100, max_retries=0)
    async with FakeBotApi() as api:
        async for bot in _bot(api, pacing):
            with pacing_each_chat():
                campaign = asyncio.create_task(_send_all(bot, [8000 + n for n in range(20)]))
            await asyncio.sleep(0.2)  # the campaign holds both places and queues the rest
            took = await _send_all(bot, [8100])
            campaign.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await campaign
            sent = [int(c.params["chat_id"]) for c in api.calls if c.method == "sendMessage"]
    assert took < 1.6, took  # one period at most, not ten
    assert sent.index(8100) <= 3, sent


async def test_what_hearme_starts_is_spread_over_the_period_not_sent_in_one_burst() -> None:
    # Twenty places a second. A campaign that took all twenty at once would leave none until a
    # second later, and a child's reply asked for in that gap would wait for it (issue 20: a
    # p99 of half a second during a campaign). Spread out, a place comes free every 50 ms.
    limits = TelegramLimits(overall=20, per_chat=1000, window=1.0)
    pacing = TelegramPacing(overall=20, per_chat_rate=100, per_chat_burst=100, max_retries=0)
    async with FakeBotApi(faults=limits) as api:
        async for bot in _bot(api, pacing):
            with pacing_each_chat():
                await asyncio.wait_for(_send_all(bot, [8300 + n for n in range(40)]), 20)
    assert limits.refused == 0 and len(limits.accepted) == 40
    first = limits.accepted[0]
    early = [at for at in limits.accepted if at - first < 0.25]
    # Two at once, then one each 50 ms: about seven in the first quarter second, never twenty.
    assert len(early) <= 10, len(early)
    assert limits.achieved_rate() >= 0.75 * 20, limits.achieved_rate()


async def test_taking_a_keyboard_away_takes_no_place_a_message_then_lacks() -> None:
    # Ten messages in a period far longer than the test: once ten have gone, no place opens.
    limits = TelegramLimits(overall=10, per_chat=1000, window=60.0)
    pacing = TelegramPacing(
        overall=10, period=60.0, per_chat_rate=100, per_chat_burst=10, max_retries=0
    )
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("😀", callback_data="1.0a1b2c3d.0")]])
    async with FakeBotApi(faults=limits) as api:
        async for bot in _bot(api, pacing):
            shown = [
                await bot.send_message(8000 + n, "How is school?", reply_markup=keyboard)
                for n in range(5)
            ]
            # Each child pressed a button: the pressed question's keyboard goes.
            await asyncio.wait_for(
                asyncio.gather(*(sends.clear_buttons(bot, m.chat_id, m.message_id) for m in shown)),
                10,
            )
            # The five places the clearing edits did not take are there for a campaign.
            await asyncio.wait_for(_send_all(bot, [8100 + n for n in range(5)]), 10)
            eleventh = asyncio.create_task(_send_all(bot, [8200]))
            await asyncio.sleep(0.3)
            held = not eleventh.done()
            eleventh.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await eleventh
    assert all(not m.buttons for chat in range(8000, 8005) for m in api.messages(chat))
    assert len(api.calls_to("sendMessage")) == 10
    assert len(api.calls_to("editMessageReplyMarkup")) == 5
    assert held, "the overall limit still holds the eleventh message"
    assert limits.refused == 0
