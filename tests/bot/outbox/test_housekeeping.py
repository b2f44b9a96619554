"""The running bot's scheduler forgets processed update ids and wrong codes that no longer count.

Telegram may start its update ids again from a random number after a week without updates: an
old id kept for ever would make a child's new message look like a repeat and drop it, even a
disclosure.
"""

from __future__ import annotations

import asyncio
import copy
import os
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bot.outbox import scheduler
from storage import chats, updates
from tests.support.telegram import BotWorld

CHILD_CHAT, IRO_CHAT, STRANGER_CHAT = 601, 901, 777


async def test_an_old_update_id_no_longer_blocks_a_new_update_with_the_same_id(
    tmp_path: Path,
) -> None:
    async with BotWorld(tmp_path) as world:
        iro = await world.add_staff("IRO1", "Ana Jones", "iro")
        await world.enrol_staff(iro, IRO_CHAT)
        child = await world.add_child("C1", "Sam", date(2008, 4, 4), iro_id=iro)
        sam = await world.enrol_child(child, CHILD_CHAT)
        await world.chat(STRANGER_CHAT).send("/start NOTACODE")
        await sam.send("hello")
        old = copy.deepcopy(world.api.updates[-1])
        claimed = await world.query("SELECT update_id FROM processed_updates")
        assert old["update_id"] in {row["update_id"] for row in claimed}
        assert await world.query("SELECT * FROM failed_codes")

        state = scheduler.TickState()
        await scheduler.tick(world.app.bot, world.services, state)  # nothing old yet
        assert len(await world.query("SELECT * FROM processed_updates")) >= 1
        world.clock.advance(days=8)  # a week without updates: Telegram may reuse the id
        await scheduler.tick(world.app.bot, world.services, state)
        assert await world.query("SELECT * FROM processed_updates") == []
        assert await world.query("SELECT * FROM failed_codes") == []

        reused = copy.deepcopy(old)
        reused["message"]["text"] = "he hits me every night"
        reused["message"]["message_id"] = old["message"]["message_id"] + 100
        replies = await sam.redeliver(reused)
        assert replies and "0800 1111" in replies[0].text
        [alert] = await world.query("SELECT kind FROM alerts")
        assert alert["kind"] == "concern"
        assert any("Safeguarding alert" in m.text for m in world.api.messages(IRO_CHAT))


async def test_hearme_run_forgets_old_update_ids_before_taking_waiting_updates(
    tmp_path: Path,
) -> None:
    """The bot was stopped for over a week; meanwhile Telegram started its ids again and a child
    wrote. The message waiting at start, with an id hearme saw long ago, is answered."""
    async with BotWorld(tmp_path, run_bot=False) as world:
        child = await world.add_child("C1", "Sam", date(2008, 4, 4))
        long_ago = datetime.now(UTC) - timedelta(days=9)
        async with world.db.transaction() as conn:
            await chats.bind_chat(
                conn, chat_id=CHILD_CHAT, child_id=child, mode="self", now=long_ago
            )
            # The stand-in numbers updates from 1, as a restarted Telegram might.
            await updates.claim_update(conn, 1, now=long_ago)
        await world.api.send_text(CHILD_CHAT, "hello, is anyone there?")
        env = {
            **os.environ,
            "HEARME_DB": str(world.db_target),
            "HEARME_DATA_KEY": str(world.key_path),
            "TELEGRAM_API_URL": world.api.base_url,
            "TELEGRAM_BOT_TOKEN": world.api.token,
        }
        errors = tmp_path / "hearme-run.stderr"
        with errors.open("wb") as stderr:
            process = await asyncio.create_subprocess_exec(
                str(Path(sys.executable).with_name("hearme")),
                "run",
                "--no-web",
                env=env,
                cwd=tmp_path,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=stderr,
            )
        # Wait for the answer itself, or for the process to stop without giving it: how long
        # starting takes (compiling the rules, seconds on a busy machine) is no part of what is
        # tested, so no fixed time is allowed for it.
        replied = asyncio.ensure_future(world.api.wait_for(CHILD_CHAT, timeout=None))
        stopped = asyncio.ensure_future(process.wait())
        try:
            await asyncio.wait({replied, stopped}, return_when=asyncio.FIRST_COMPLETED)
            assert replied.done(), (
                f"hearme run stopped (exit {process.returncode}) before answering: "
                + errors.read_text(encoding="utf-8", errors="replace")[-2000:]
            )
            assert "Sam" in replied.result().text
        finally:
            for waiting in (replied, stopped):
                waiting.cancel()
            if process.returncode is None:
                process.terminate()
                await process.wait()
