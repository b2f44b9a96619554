"""Workers behind one webhook address, for the tests of several hearme workers: each is a real
python-telegram-bot Application taking Telegram's posts on a loopback port of its own."""

from __future__ import annotations

import time

from bot import runner
from bot.channels.telegram.app import AnyApplication, Extra, build_application
from bot.services import Services
from tests.support.telegram import BotWorld

URL = "https://hearme.example.org/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def text_update(update_id: int, chat_id: int, text: str = "hello") -> dict[str, object]:
    """Telegram's post of a private text message."""
    person = {"id": chat_id, "is_bot": False, "first_name": "Sam"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": person,
            "text": text,
        },
    }


async def start_worker(
    world: BotWorld, services: Services, port: int, *, extra: tuple[Extra, ...] = ()
) -> AnyApplication:
    """Start one worker's Application and its webhook server on ``port`` (registering the
    webhook at the stand-in Bot API). Stop it with ``runner._stop_telegram``."""
    app = build_application(
        services, token=world.api.token, base_url=world.api.base_url, extra=extra
    )
    await app.initialize()
    await app.start()
    config = runner.RunConfig(
        token=world.api.token,
        api_url=world.api.base_url,
        webhook_url=URL,
        web=False,
        settings=world.settings,
        webhook_port=port,
    )
    await runner._take_updates(app, config)
    return app
