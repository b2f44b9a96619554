"""hearme's inline keyboards reach the Bot API exactly as python-telegram-bot's own would send
them, though written out directly, and the replies' calls keep Telegram's answers as JSON
(issue 20: walking every button, and building a ``Message`` from every answer, were top
costs)."""

from __future__ import annotations

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden

from bot.channels.telegram import sends
from bot.channels.telegram.handlers import deliver, keyboard
from bot.channels.telegram.http import AiohttpRequest
from bot.conversation.consultation import Button, Reply
from hearme_dev.sandbox import FakeBotApi, Fault

QUESTION = Reply(
    "How is school? 🏫",
    (
        (Button("😀 Good", "12.0a1b2c3d.0"), Button("😐 OK", "12.0a1b2c3d.1")),
        (Button("Skip", "12.0a1b2c3d.2"), Button("I don't want to say", "12.0a1b2c3d.3")),
    ),
)


def test_the_keyboard_is_the_json_python_telegram_bot_would_send() -> None:
    theirs = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
            for row in QUESTION.buttons
        ]
    )
    assert keyboard(QUESTION) == theirs.to_dict()
    assert keyboard(Reply("No buttons here")) is None
    with pytest.raises(ValueError, match="64 bytes"):
        keyboard(Reply("Too long", ((Button("A", "x" * 65),),)))


async def test_a_question_arrives_with_every_button_in_place() -> None:
    async with (
        FakeBotApi() as api,
        Bot(api.token, base_url=api.base_url, request=AiohttpRequest()) as bot,
    ):
        await deliver(bot, 7001, [QUESTION])
    [shown] = api.messages(7001)
    assert shown.text == "How is school? 🏫"
    assert shown.buttons == [
        [("😀 Good", "12.0a1b2c3d.0"), ("😐 OK", "12.0a1b2c3d.1")],
        [("Skip", "12.0a1b2c3d.2"), ("I don't want to say", "12.0a1b2c3d.3")],
    ]


async def test_a_redrawn_question_and_cleared_buttons_reach_the_chat() -> None:
    async with (
        FakeBotApi() as api,
        Bot(api.token, base_url=api.base_url, request=AiohttpRequest()) as bot,
    ):
        [first] = await deliver(bot, 7002, [QUESTION])
        good = Button("✅ 😀 Good", "12.0a1b2c3d.0")
        ticked = Reply("How is school? 🏫", ((good,),), redraws=True)
        assert await deliver(bot, 7002, [ticked], pressed=first) == [first]
        [(_, before)] = [(m.text, m.buttons) for m in api.messages(7002)]
        await sends.clear_buttons(bot, 7002, first)
        [shown] = api.messages(7002)
        # Recorded under the Bot API's documented names, whatever case they were sent in.
        methods = [call.method for call in api.calls if call.method != "getMe"]
    assert before == [[("✅ 😀 Good", "12.0a1b2c3d.0")]]
    assert shown.message_id == first and shown.buttons == []
    assert methods == ["sendMessage", "editMessageText", "editMessageReplyMarkup"]


async def test_telegram_refusals_raise_python_telegram_bots_errors() -> None:
    async with (
        FakeBotApi() as api,
        Bot(api.token, base_url=api.base_url, request=AiohttpRequest()) as bot,
    ):
        with pytest.raises(BadRequest):
            await sends.redraw(bot, 7003, 999, "No such message", ())
        api.faults = lambda method, params: Fault.blocked()
        with pytest.raises(Forbidden):
            await deliver(bot, 7003, [QUESTION])
