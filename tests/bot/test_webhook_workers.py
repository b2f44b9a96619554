"""Two workers behind one webhook address: Telegram's posts are taken by either.

Each worker registers the webhook when it starts, with the secret header Telegram must send
back; the last registration wins at Telegram, so every worker must register the same secret.
"""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path

import aiohttp

from bot import runner
from bot.channels.telegram.app import build_application
from tests.support.telegram import BotWorld

URL = "https://hearme.example.org/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _message(update_id: int, chat_id: int) -> dict[str, object]:
    person = {"id": chat_id, "is_bot": False, "first_name": "Sam"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": person,
            "text": "hello",
        },
    }


async def test_every_worker_accepts_telegrams_posts_and_refuses_forged_ones(
    tmp_path: Path, postgres_migrated_url: str
) -> None:
    async with BotWorld(tmp_path, database=postgres_migrated_url, run_bot=False) as world:
        ports = [_free_port(), _free_port()]
        workers = []
        try:
            for port in ports:
                app = build_application(
                    world.services, token=world.api.token, base_url=world.api.base_url
                )
                await app.initialize()
                await app.start()
                workers.append(app)
                config = runner.RunConfig(
                    token=world.api.token,
                    api_url=world.api.base_url,
                    webhook_url=URL,
                    web=False,
                    settings=world.settings,
                    webhook_port=port,
                )
                await runner._take_updates(app, config)
            assert world.api.webhook_url == URL and world.api.webhook_secret
            async with aiohttp.ClientSession() as http:
                for number, port in enumerate(ports):
                    address = f"http://127.0.0.1:{port}/telegram"
                    update = _message(7000 + number, 600 + number)
                    headers = {SECRET_HEADER: world.api.webhook_secret}
                    async with http.post(address, json=update, headers=headers) as response:
                        assert response.status == 200, f"worker {number + 1} refused Telegram"
                    forged = {SECRET_HEADER: "not-the-secret"}
                    async with http.post(address, json=update, headers=forged) as response:
                        assert response.status == 403
            deadline = time.monotonic() + 10
            while not all(world.api.messages(600 + n) for n in range(2)):
                assert time.monotonic() < deadline, "a worker did not answer its update"
                await asyncio.sleep(0.05)
        finally:
            for app in workers:
                await runner._stop_telegram(app)
