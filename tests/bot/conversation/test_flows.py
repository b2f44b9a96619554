"""Whole consultations played through the real bot over HTTP, checked in the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from surveys.engine import Prompt
from tests.support.telegram import BotWorld, first_choice, play_run


def _born(age: int, world: BotWorld) -> date:
    today = world.clock().date()
    return date(today.year - age, 1, 15) if today.month > 1 else date(today.year - age - 1, 1, 15)


async def _visible_answers(world: BotWorld, run_id: int) -> dict[str, str]:
    rows = await world.query("SELECT question_id, kind FROM answers WHERE run_id = ?", run_id)
    return {row["question_id"]: row["kind"] for row in rows}


@pytest.mark.parametrize(("age", "band"), [(6, "4_7"), (9, "8_11"), (13, "12_15"), (17, "16_plus")])
async def test_my_review_for_every_band(tmp_path: Path, age: int, band: str) -> None:
    async with BotWorld(tmp_path) as world:
        iro = await world.add_staff("IRO1", "Ana Jones", "iro")
        child = await world.add_child(
            "C1", "Samantha", _born(age, world), iro_id=iro, preferred_name="Sam"
        )
        run_id = await world.offer(child, "my_review")
        player = await world.enrol_child(child, chat_id=5000 + age)
        greeting = player.messages[0].text
        assert "Sam" in greeting and "Samantha" not in greeting
        assisted = age < 16
        assert ("adult" in greeting) == assisted
        steps = await play_run(world, player, run_id, first_choice)
        assert steps >= 3
        run = (
            await world.query("SELECT status, age_band, channel FROM runs WHERE id = ?", run_id)
        )[0]
        assert (run["status"], run["age_band"], run["channel"]) == ("completed", band, "telegram")
        state = await world.state_of(run_id)
        stored = await _visible_answers(world, run_id)
        assert set(stored) == set(state.answers)
        assert len(stored) >= 3
        prompts = [m for m in player.messages if m.buttons and "talk" not in m.button_data]
        assert all(("An adult is helping you" in m.text) == assisted for m in prompts)
        assert "Thank" in player.messages[-1].text or "thank" in player.messages[-1].text.lower()


def _agree_then_write(prompt: Prompt) -> str | int:
    if prompt.accepts_text:
        return f"words for {prompt.question_id}"
    return 0


async def test_tell_us_more_and_after_my_review(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        iro = await world.add_staff("IRO1", "Ana Jones", "iro")
        child = await world.add_child("C1", "Lee", _born(12, world), iro_id=iro)
        young = await world.add_child("C2", "Ava", _born(6, world), iro_id=iro)
        survey = await world.offer(child, "tell_us_more")
        lee = await world.enrol_child(child, 8101)
        await play_run(world, lee, survey, _agree_then_write)
        feedback = await world.offer(child, "after_my_review")
        await lee.send("/start")
        await play_run(world, lee, feedback, _agree_then_write)
        ava_run = await world.offer(young, "after_my_review")
        ava = await world.enrol_child(young, 8102)
        await play_run(world, ava, ava_run, _agree_then_write)
        rows = await world.query(
            "SELECT r.id, r.definition_id, r.age_band, r.status, COUNT(a.id) AS n, "
            "SUM(a.kind = 'text') AS texts FROM runs r LEFT JOIN answers a ON a.run_id = r.id "
            "GROUP BY r.id ORDER BY r.id"
        )
        summary = [(r["definition_id"], r["age_band"], r["status"]) for r in rows]
        assert summary == [
            ("tell_us_more", "12_15", "completed"),
            ("after_my_review", "12_15", "completed"),
            ("after_my_review", "4_7", "completed"),
        ]
        counts = {r["id"]: (r["n"], r["texts"]) for r in rows}
        assert counts[survey][0] == 10 and counts[survey][1] == 2
        assert counts[ava_run][0] == 4  # were you there, how it went, listened, next time
        statement = await world.query(
            "SELECT core_id, choices FROM answers WHERE run_id = ? AND question_id = ?",
            survey,
            "iro_does_what_they_say",
        )
        assert statement[0]["core_id"] and statement[0]["choices"].startswith('["')
        texts = await world.query(
            "SELECT text FROM answers WHERE run_id = ? AND kind = 'text'", survey
        )
        decoded = sorted(world.db.cipher.decrypt(r["text"]) for r in texts)
        assert decoded == ["words for anything_else_about_iro", "words for one_thing_to_change"]


async def test_commands_help_stop_start_mydata_delete(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child = await world.add_child(
            "C1", "Nia", _born(17, world), language="cy", words={"review": "cyfarfod mawr"}
        )
        run_id = await world.offer(child, "my_review")
        nia = await world.enrol_child(child, 8201)
        assert "cyfarfod mawr" in nia.messages[0].text
        assert (await world.state_of(run_id)).language == "cy"
        assert (await world.prompt_of(run_id)).text in nia.last_prompt().text
        await nia.tap_index(0)
        help_text = (await nia.send("/help"))[0].text
        assert "0800 1111" in help_text and "/talk" in help_text
        await nia.send("/stop")
        assert (await world.query("SELECT stopped FROM chats"))[0]["stopped"] == 1
        back = await nia.send("/start")
        assert back[0].text == "Croeso'n ôl, Nia!" and "(2/" in back[-1].text
        assert (await world.query("SELECT stopped FROM chats"))[0]["stopped"] == 0
        mine = await nia.send("/mydata")
        assert "(1 hyd yma)" in mine[0].text
        await nia.send("/delete")
        asked = await world.query("SELECT erasure_requested_at FROM children WHERE id = ?", child)
        assert asked[0]["erasure_requested_at"] is not None
        assert (await world.prompt_of(run_id)).step == 2
        # "Stop for now" inside the survey, then /start resumes at the same question.
        await nia.tap_index(len((await world.prompt_of(run_id)).choices) + 3)
        assert (await world.prompt_of(run_id)).kind == "stopped"
        await nia.send("/start")
        assert (await world.prompt_of(run_id)).step == 2
