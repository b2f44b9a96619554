"""Two workers behind one webhook address: Telegram's posts are taken by either.

Each worker registers the webhook when it starts, with the secret header Telegram must send
back; the last registration wins at Telegram, so every worker must register the same secret.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import aiohttp

from bot import runner
from hearme_dev.ports import free_port
from tests.support.telegram import BotWorld
from tests.support.webhook import SECRET_HEADER, URL, start_worker, text_update


async def test_every_worker_accepts_telegrams_posts_and_refuses_forged_ones(
    tmp_path: Path, postgres_migrated_url: str
) -> None:
    async with BotWorld(tmp_path, database=postgres_migrated_url, run_bot=False) as world:
        ports = [free_port(), free_port()]
        workers = []
        try:
            for port in ports:
                workers.append(await start_worker(world, world.services, port))
            assert world.api.webhook_url == URL and world.api.webhook_secret
            async with aiohttp.ClientSession() as http:
                for number, port in enumerate(ports):
                    address = f"http://127.0.0.1:{port}/telegram"
                    update = text_update(7000 + number, 600 + number)
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
