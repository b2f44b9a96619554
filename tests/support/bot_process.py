"""Run the hearme Telegram bot in its own process, for tests that kill and restart it.

    python -m tests.support.bot_process

reads ``HEARME_DB``, ``HEARME_DATA_KEY``, ``TELEGRAM_API_URL`` and ``TELEGRAM_BOT_TOKEN``
(and ``HEARME_TEST_NOW``, an ISO moment the clock stands still at, so the process agrees with
the test about the date), long-polls until it is killed, and prints ``ready`` once polling has
started.
"""

from __future__ import annotations

import asyncio
import os
from datetime import datetime
from pathlib import Path

from bot.channels.telegram.app import build_application
from bot.services import Services
from storage.crypto import load_cipher
from storage.db import Database
from surveys.catalogue import load_definitions


async def main() -> None:
    db = await Database.open(
        Path(os.environ["HEARME_DB"]), cipher=load_cipher(Path(os.environ["HEARME_DATA_KEY"]))
    )
    services = Services(db=db, definitions=load_definitions())
    if os.environ.get("HEARME_TEST_NOW"):
        moment = datetime.fromisoformat(os.environ["HEARME_TEST_NOW"])
        services.clock = lambda: moment
    app = build_application(
        services, token=os.environ["TELEGRAM_BOT_TOKEN"], base_url=os.environ["TELEGRAM_API_URL"]
    )
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        print("ready", flush=True)
        await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
