"""hearme's inline keyboards reach the Bot API exactly as python-telegram-bot's own would send
them, though written out directly (issue 20: walking every button was a top cost)."""

from __future__ import annotations

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup

from bot.channels.telegram.handlers import deliver, keyboard
from bot.channels.telegram.http import AiohttpRequest
from bot.conversation.consultation import Button, Reply
from hearme_dev.sandbox import FakeBotApi

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
    ours = keyboard(QUESTION)
    assert ours is not None
    assert ours.to_dict() == theirs.to_dict()
    assert ours == theirs
    assert keyboard(Reply("No buttons here")) is None


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
