"""Telegram's own limits are kept by the Telegram channel: a reply too long for one message goes
as its paragraphs with the buttons on the last, and no button carries more data than Telegram
takes. The conversation itself knows nothing of either (``tests/test_layers.py``)."""

from __future__ import annotations

import pytest

from bot.channels.telegram import handlers as telegram_channel
from bot.conversation.consultation import Button, Reply
from tests.support.telegram import BotWorld

CHAT = 4242
BUTTONS = ((Button("Yes", "12.0a1b2c3d.0"), Button("No", "12.0a1b2c3d.1")),)


async def test_a_long_reply_goes_as_its_paragraphs_with_the_buttons_last(world: BotWorld) -> None:
    notice, summary, question = "A notice. " * 50, "What your IRO will see. " * 400, "Send it?"
    parts = (notice, summary, question)
    reply = Reply("\n\n".join(parts), BUTTONS, parts=parts)
    assert len(reply.text) > 4096
    await telegram_channel.deliver(world.app.bot, CHAT, [reply])
    sent = world.api.messages(CHAT)
    assert all(len(m.text) <= 4096 for m in sent)
    assert [m.buttons for m in sent[:-1]] == [[] for _ in sent[:-1]]
    assert sent[-1].text == question
    assert sent[-1].buttons == [[("Yes", "12.0a1b2c3d.0"), ("No", "12.0a1b2c3d.1")]]
    assert "".join(m.text for m in sent[:-1]) == notice + summary


async def test_a_reply_that_fits_is_one_message(world: BotWorld) -> None:
    parts = ("Hello.", "How are things at home?")
    await telegram_channel.deliver(
        world.app.bot, CHAT, [Reply("\n\n".join(parts), BUTTONS, parts=parts)]
    )
    [sent] = world.api.messages(CHAT)
    assert sent.text == "Hello.\n\nHow are things at home?" and len(sent.buttons[0]) == 2


async def test_button_data_telegram_would_refuse_is_never_sent(world: BotWorld) -> None:
    too_long = Reply("Pick one", ((Button("One", "x" * 65),),))
    with pytest.raises(ValueError, match="64 bytes"):
        await telegram_channel.deliver(world.app.bot, CHAT, [too_long])
    assert world.api.messages(CHAT) == []
