"""The aiohttp client under python-telegram-bot, against the loopback Bot API: messages and
uploads arrive as sent, and failures become the errors python-telegram-bot's callers expect."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, NetworkError, TimedOut

from bot.channels.telegram.http import AiohttpRequest
from hearme_dev.sandbox import FakeBotApi, Fault


def _bot(base_url: str, token: str = "123:test", read_timeout: float = 5.0) -> Bot:
    return Bot(
        token,
        base_url=base_url,
        request=AiohttpRequest(read_timeout=read_timeout),
        get_updates_request=AiohttpRequest(connections=1),
    )


async def test_messages_with_buttons_and_uploads_arrive_as_sent() -> None:
    async with FakeBotApi() as api, _bot(api.base_url, api.token) as bot:
        assert (await bot.get_me()).is_bot
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes ✅", callback_data="1.a")]])
        sent = await bot.send_message(6001, "Ready for your meeting? 😊", reply_markup=keyboard)
        report = b"child_ref,code\nC001,PN6\n"
        await bot.send_document(6002, report, filename="figures.csv", caption="Figures")
    [shown] = api.messages(6001)
    assert shown.message_id == sent.message_id
    assert shown.text == "Ready for your meeting? 😊"
    assert shown.buttons == [[("Yes ✅", "1.a")]]
    [document] = api.messages(6002)
    assert (document.file_name, document.file_bytes) == ("figures.csv", report)


@pytest.mark.parametrize(
    ("fault", "error"),
    [(Fault.blocked(), Forbidden), (Fault(400, "Bad Request: chat not found"), BadRequest)],
)
async def test_refusals_become_telegram_errors(fault: Fault, error: type[Exception]) -> None:
    def refuse(method: str, params: dict[str, Any]) -> Fault | None:
        return fault if method.lower() == "sendmessage" else None

    async with FakeBotApi(faults=refuse) as api, _bot(api.base_url, api.token) as bot:
        with pytest.raises(error):
            await bot.send_message(6003, "Hello")


async def test_a_slow_answer_times_out_and_a_dropped_one_is_a_network_error() -> None:
    def misbehave(method: str, params: dict[str, Any]) -> Fault | None:
        if method.lower() != "sendmessage":
            return None
        return Fault.slow(2.0) if params["chat_id"] == 1 else Fault.dropped()

    async with (
        FakeBotApi(faults=misbehave) as api,
        _bot(api.base_url, api.token, read_timeout=0.3) as bot,
    ):
        with pytest.raises(TimedOut):
            await bot.send_message(1, "Hello")
        with pytest.raises(NetworkError):
            await bot.send_message(2, "Hello")


async def test_nobody_listening_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError):
            await request.post(f"http://127.0.0.1:{port}/bot123:test/getMe")
    finally:
        await request.shutdown()


async def test_a_failed_call_never_names_the_token_in_its_error() -> None:
    token = "7310498765:AAH2kQ_b7xZ0pLmNoPqRsTuVwXyZ01234ab"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = AiohttpRequest()
    await request.initialize()
    try:
        refused, invalid = f"http://127.0.0.1:{port}", "http://127.0.0.1:99999"
        for url in (f"{refused}/bot{token}/getMe", f"{invalid}/bot{token}/getMe"):
            with pytest.raises(NetworkError) as caught:
                await request.post(url)
            error = caught.value
            assert str(error).startswith("aiohttp."), error
            # Neither the error nor anything chained to it holds the token.
            chain = [error, error.__cause__, error.__context__]
            assert not any(token in str(link) for link in chain if link is not None)
            assert error.__cause__ is None and error.__context__ is None
    finally:
        await request.shutdown()


async def test_calls_go_through_the_proxy_the_environment_names_unless_no_proxy_says_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A council behind a proxy: HTTP_PROXY names it (looked up once, not on every call).
    # The "proxy" here is a second stand-in, which answers the forwarded call itself.
    for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    async with FakeBotApi() as api, FakeBotApi() as proxy:
        address = proxy.base_url.rsplit("/bot", 1)[0]
        monkeypatch.setenv("HTTP_PROXY", address.replace("http://", "http://user:pw@"))
        async with _bot(api.base_url, api.token) as bot:
            await bot.send_message(6101, "Through the proxy")
        assert [m.text for m in proxy.messages(6101)] == ["Through the proxy"]
        assert api.messages(6101) == []

        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        async with _bot(api.base_url, api.token) as bot:
            await bot.send_message(6102, "Straight to the Bot API")
        assert [m.text for m in api.messages(6102)] == ["Straight to the Bot API"]
        assert proxy.messages(6102) == []


async def test_a_press_arrives_without_the_keyboard_it_was_pressed_under() -> None:
    async with (
        FakeBotApi() as api,
        Bot(
            api.token,
            base_url=api.base_url,
            request=AiohttpRequest(),
            get_updates_request=AiohttpRequest(connections=1, for_updates=True),
        ) as bot,
    ):
        buttons = [
            [InlineKeyboardButton(f"{n} 🙂", callback_data=f"7.0a1b2c3d.{n}")] for n in (0, 1)
        ]
        sent = await bot.send_message(
            6001, "How is school?", reply_markup=InlineKeyboardMarkup(buttons)
        )
        await api.press(6001, sent.message_id, "7.0a1b2c3d.1")
        [update] = await bot.get_updates(timeout=1)
    # A sent message's answer (the other client) keeps its keyboard...
    assert sent.reply_markup is not None and len(sent.reply_markup.inline_keyboard) == 2
    # ...and a press keeps everything hearme reads, but not the keyboard of the message: an
    # object for each of its buttons was the largest cost of a press in the bot (issue 20).
    query = update.callback_query
    assert query is not None and query.data == "7.0a1b2c3d.1"
    assert isinstance(query.message, Message) and query.message.message_id == sent.message_id
    assert update.effective_chat is not None and update.effective_chat.id == 6001
    assert query.message.reply_markup is None
