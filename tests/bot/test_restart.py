"""The bot process killed mid-run and started again: the child carries on where they were."""

from __future__ import annotations

import asyncio
import signal
from datetime import date
from pathlib import Path

from hearme_dev.sandbox import BotMessage, Fault
from tests.support.telegram import BotWorld, is_prompt, start_bot_process

CHAT = 7001
# Generous: the suite shares two cores with others, and a fresh process imports everything.
WAIT_SECONDS = 30


async def _next_prompt(world: BotWorld, push: object) -> BotMessage:
    mark = world.api.mark(CHAT)
    await push  # type: ignore[misc]
    return await world.api.wait_for(CHAT, is_prompt, timeout=WAIT_SECONDS, after=mark)


async def _answer_count(world: BotWorld, run_id: int) -> int:
    rows = await world.query("SELECT COUNT(*) AS n FROM answers WHERE run_id = ?", run_id)
    return int(rows[0]["n"])


async def test_killed_mid_run_and_restarted_loses_and_doubles_nothing(tmp_path: Path) -> None:
    async with BotWorld(tmp_path, run_bot=False) as world:
        iro = await world.add_staff("IRO1", "Ana Jones", "iro")
        child = await world.add_child("C1", "Jordan", date(2009, 2, 1), iro_id=iro)
        run_id = await world.offer(child, "my_review")
        code = await world.invite("child", child_id=child)
        api = world.api
        bot = await start_bot_process(world)
        try:
            prompt = await _next_prompt(world, api.send_text(CHAT, f"/start {code}"))
            for _ in range(2):
                prompt = await _next_prompt(
                    world, api.press(CHAT, prompt.message_id, prompt.button_data[0])
                )
            # The third answer is committed, but the bot dies before its reply goes out.
            api.faults = lambda method, params: Fault.slow(3) if method == "sendMessage" else None
            await api.press(CHAT, prompt.message_id, prompt.button_data[0])
            for _ in range(WAIT_SECONDS * 20):
                if await _answer_count(world, run_id) == 3:
                    break
                await asyncio.sleep(0.05)
            bot.send_signal(signal.SIGKILL)
            await bot.wait()
        finally:
            if bot.returncode is None:
                bot.kill()
                await bot.wait()
        api.faults = None
        assert await _answer_count(world, run_id) == 3
        on_screen = await world.prompt_of(run_id)
        assert on_screen.step == 4

        bot = await start_bot_process(world)
        try:
            resumed = await _next_prompt(world, api.send_text(CHAT, "/start"))
            assert on_screen.text in resumed.text
            assert "(4/" in resumed.text
            prompt = resumed
            for _ in range(60):
                current = await world.prompt_of(run_id)
                if current.kind == "review":
                    break
                skip = len(current.choices)  # the first control after the options
                prompt = await _next_prompt(
                    world, api.press(CHAT, prompt.message_id, prompt.button_data[skip])
                )
            mark = api.mark(CHAT)
            await api.press(CHAT, prompt.message_id, prompt.data_for("Send"))
            await api.wait_for(
                CHAT, lambda m: "Thank you" in m.text, timeout=WAIT_SECONDS, after=mark
            )
        finally:
            bot.send_signal(signal.SIGTERM)
            await bot.wait()

        state = await world.state_of(run_id)
        rows = await world.query(
            "SELECT question_id, kind FROM answers WHERE run_id = ? ORDER BY id", run_id
        )
        assert [r["question_id"] for r in rows] == list(state.answers)
        assert [r["kind"] for r in rows[:3]] == ["choice"] * 3
        assert {r["kind"] for r in rows[3:]} == {"skipped"}
        assert (await world.query("SELECT COUNT(*) AS n FROM answer_history"))[0]["n"] == 0
        status = await world.query("SELECT status FROM runs WHERE id = ?", run_id)
        assert status[0]["status"] == "completed"
