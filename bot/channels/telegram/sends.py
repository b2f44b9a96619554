"""The Bot API calls that show the conversation's replies, their answers kept as plain JSON.

python-telegram-bot turns every answer of the Bot API into objects: a sent or edited message
comes back as a ``Message`` with its chat, its sender and every button of its keyboard, each
attribute set one at a time. hearme reads only the new message's id, and building those
objects cost more than anything hearme itself did with an answer once the database's
hand-overs were gone (issue 20). These calls go through python-telegram-bot's public
``Bot.do_api_request``, so the rate limiter, the timeouts and the errors (``Forbidden``,
``BadRequest``, ``RetryAfter``) are python-telegram-bot's own; only the answer stays JSON.

The keyboards are written as the JSON the Bot API takes (two fields a button), not built as
``InlineKeyboardButton`` objects that are then walked attribute by attribute to make the same
JSON.

Methods are named in lower case: the Bot API takes a method's name in any case ("All methods
in the Bot API are case-insensitive", https://core.telegram.org/bots/api#making-requests), and
python-telegram-bot warns when ``do_api_request`` is given the name of one of its own methods.
"""

from __future__ import annotations

from typing import Any

from telegram import Bot

from bot.conversation.consultation import Button

# Telegram refuses button data over 64 bytes.
CALLBACK_DATA_LIMIT = 64
Keyboard = tuple[tuple[Button, ...], ...]


def markup(buttons: Keyboard) -> dict[str, Any] | None:
    """The buttons as the Bot API's ``reply_markup`` (an inline keyboard); None for none.

    Pure.

    Raises:
        ValueError: a button's data is longer than Telegram takes (a fault in hearme: the
            conversation's button data is a run id, a token and an index).
    """
    if not buttons:
        return None
    rows = []
    for row in buttons:
        for button in row:
            if len(button.data.encode("utf-8")) > CALLBACK_DATA_LIMIT:
                raise ValueError(f"button data over {CALLBACK_DATA_LIMIT} bytes: {button.data!r}")
        rows.append([{"text": b.label, "callback_data": b.data} for b in row])
    return {"inline_keyboard": rows}


async def send_text(bot: Bot, chat_id: int, text: str, buttons: Keyboard = ()) -> int:
    """Send a message with an inline keyboard (if any); returns the new message's id."""
    sent = await bot.do_api_request("sendmessage", _params(chat_id, text, buttons))
    return int(sent["message_id"])


async def redraw(bot: Bot, chat_id: int, message_id: int, text: str, buttons: Keyboard) -> None:
    """Replace a message's text and keyboard (no keyboard: the old one goes)."""
    params = _params(chat_id, text, buttons)
    params["message_id"] = message_id
    await bot.do_api_request("editmessagetext", params)


async def clear_buttons(bot: Bot, chat_id: int, message_id: int) -> None:
    """Take a message's keyboard away, leaving its text."""
    await bot.do_api_request(
        "editmessagereplymarkup", {"chat_id": chat_id, "message_id": message_id}
    )


def _params(chat_id: int, text: str, buttons: Keyboard) -> dict[str, Any]:
    params: dict[str, Any] = {"chat_id": chat_id, "text": text}
    keyboard = markup(buttons)
    if keyboard is not None:
        params["reply_markup"] = keyboard
    return params
