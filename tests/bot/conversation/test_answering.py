"""Answering over Telegram: buttons bound to their run and question, re-delivered updates,
edits, stickers, long text and voice notes. Each test checks what the child sees and what the
database holds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.conversation.consultation import prompt_token
from tests.support.telegram import BotWorld, Player, skip_to

ADULT = date(2009, 5, 5)  # 16 on the test clock's day


async def _young_person(world: BotWorld, ref: str, chat_id: int, name: str) -> tuple[int, Player]:
    iro = await world.add_staff(f"IRO-{ref}", "Ana Jones", "iro")
    child = await world.add_child(ref, name, ADULT, iro_id=iro)
    return child, await world.enrol_child(child, chat_id)


async def _answers(world: BotWorld, run_id: int) -> list[tuple[str, str, str]]:
    rows = await world.query(
        "SELECT question_id, kind, choices FROM answers WHERE run_id = ? ORDER BY id", run_id
    )
    return [(r["question_id"], r["kind"], r["choices"]) for r in rows]


async def test_stale_button_gets_moved_on_and_the_current_question(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child, sam = await _young_person(world, "C1", 101, "Sam")
        run_id = await world.offer(child, "my_review")
        await sam.send("/start")
        first = sam.last_prompt()
        stale = first.button_data[1]  # kept, as an old screen or another device would
        await sam.tap_index(0, first)
        assert first.buttons == []  # the answered question's buttons are taken away
        second = await world.prompt_of(run_id)
        before = await _answers(world, run_id)
        replies = await sam.press(first.message_id, stale)
        assert "moved on" in replies[0].text
        assert second.text in replies[-1].text and replies[-1].buttons
        assert await _answers(world, run_id) == before
        assert all(len(d.encode()) <= 64 for m in sam.messages for d in m.button_data)


async def test_forged_button_for_another_childs_run_does_nothing(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child_a, sam = await _young_person(world, "CA", 201, "Sam")
        child_b, _ = await _young_person(world, "CB", 202, "Zoltan")
        run_a = await world.offer(child_a, "my_review")
        run_b = await world.offer(child_b, "my_review")
        await sam.send("/start")
        prompt_b = await world.prompt_of(run_b)
        forged = f"{run_b}.{prompt_token(run_b, prompt_b)}.1"
        replies = await sam.press(sam.last_prompt().message_id, forged)
        assert "moved on" in replies[0].text
        assert all("Zoltan" not in m.text for m in sam.messages)
        assert await _answers(world, run_b) == []
        status = await world.query("SELECT status FROM runs WHERE id = ?", run_b)
        assert status[0]["status"] == "sent"
        # Made-up data in this child's own run is refused the same way.
        replies = await sam.press(sam.last_prompt().message_id, f"{run_a}.00000000.0")
        assert "moved on" in replies[0].text
        assert await _answers(world, run_a) == []


async def test_button_of_a_finished_run_changes_nothing(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child, sam = await _young_person(world, "C1", 301, "Sam")
        run_id = await world.offer(child, "tell_us_more")
        await sam.send("/start")
        first = sam.last_prompt()
        stale = first.button_data[0]
        for _ in range(11):
            prompt = await world.prompt_of(run_id)
            if prompt.kind == "finished":
                break
            send = [i for i, c in enumerate(prompt.choices) if c.id == "_send"]
            await sam.tap_index(send[0] if send else len(prompt.choices))
        assert (await world.prompt_of(run_id)).kind == "finished"
        before = await _answers(world, run_id)
        replies = await sam.press(first.message_id, stale)
        assert "moved on" in replies[0].text
        assert "Nothing to answer right now, Sam" in replies[-1].text
        assert await _answers(world, run_id) == before


async def test_same_update_delivered_twice_is_stored_once_and_shows_the_question_again(
    tmp_path: Path,
) -> None:
    """Telegram sends an update again when the worker that handled it stopped before saying so,
    maybe before the next question went out: the answer is stored once and the child is shown
    the question they are on, so nobody is left waiting for one that never comes."""
    async with BotWorld(tmp_path) as world:
        child, sam = await _young_person(world, "C1", 401, "Sam")
        run_id = await world.offer(child, "tell_us_more")
        await sam.send("/start")
        await skip_to(world, sam, run_id, "anything_else_about_iro")
        await sam.send("She always listens to me")
        typed = world.api.updates[-1]
        after_text = await world.prompt_of(run_id)
        assert after_text.question_id == "one_thing_to_change"
        again = await sam.redeliver(typed)
        assert len(again) == 1 and again[0].text.endswith(after_text.text)
        assert again[0].buttons  # its Skip button, so the child can go on
        assert (await world.prompt_of(run_id)).question_id == "one_thing_to_change"
        rows = await world.query(
            "SELECT question_id FROM answers WHERE run_id = ? AND kind = 'text'", run_id
        )
        assert [r["question_id"] for r in rows] == ["anything_else_about_iro"]
        await sam.tap_index(0)  # a button press delivered twice as well
        pressed = world.api.updates[-1]
        count = len(await _answers(world, run_id))
        now_on = await world.prompt_of(run_id)
        again = await sam.redeliver(pressed)
        assert len(again) == 1 and again[0].text.endswith(now_on.text) and again[0].buttons
        assert len(await _answers(world, run_id)) == count
        # A command other than /start is not answered twice: one "stopped" notice is enough.
        await sam.send("/stop")
        assert await sam.redeliver(world.api.updates[-1]) == []


async def test_edited_message_updates_the_answer_while_its_question_is_current(
    tmp_path: Path,
) -> None:
    async with BotWorld(tmp_path) as world:
        child, sam = await _young_person(world, "C1", 501, "Sam")
        run_id = await world.offer(child, "my_review")
        await sam.send("/start")
        await skip_to(world, sam, run_id, "for_iro")
        sent = await world.api.send_text(501, "I want to see my nan more")
        await world.processed(world.api.last_update_id)
        assert (await world.prompt_of(run_id)).kind == "audience"
        linked = await world.query(
            "SELECT chat_id, message_id, run_id, question_id FROM answer_messages"
        )
        assert [tuple(r) for r in linked] == [(501, sent.message_id, run_id, "for_iro")]
        noted = await world.query("SELECT action FROM audit_log WHERE action LIKE 'answer%'")
        assert noted == []  # the audit log is for who saw or changed what, not message links
        replies = await sam.edit(sent.message_id, "I want to see my nan every week")
        assert any("changed your answer" in m.text for m in replies)
        await sam.tap("OK to talk about")
        stored = await world.query(
            "SELECT text, audience FROM answers WHERE run_id = ? AND question_id = 'for_iro'",
            run_id,
        )
        assert world.db.cipher.decrypt(stored[0]["text"]) == "I want to see my nan every week"
        assert stored[0]["audience"] == "meeting"
        # Now the question has moved on: a second edit changes nothing.
        replies = await sam.edit(sent.message_id, "actually nothing")
        assert "moved on" in replies[0].text
        stored = await world.query(
            "SELECT text FROM answers WHERE run_id = ? AND question_id = 'for_iro'", run_id
        )
        assert world.db.cipher.decrypt(stored[0]["text"]) == "I want to see my nan every week"


async def test_sticker_photo_long_text_and_voice(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child, sam = await _young_person(world, "C1", 601, "Sam")
        run_id = await world.offer(child, "my_review")
        await sam.send("/start")
        question = await world.prompt_of(run_id)
        replies = await sam.sticker()
        assert "can't read stickers" in replies[0].text
        assert question.text in replies[-1].text
        replies = await sam.photo(caption="look at my room")
        assert "can't read stickers" in replies[0].text
        assert await _answers(world, run_id) == []
        await skip_to(world, sam, run_id, "for_iro")
        replies = await sam.voice()
        assert (await world.prompt_of(run_id)).kind == "audience"
        await sam.tap("Just for")
        voice = await world.query(
            "SELECT kind, text, audience FROM answers WHERE run_id = ? AND question_id = 'for_iro'",
            run_id,
        )
        assert voice[0]["kind"] == "voice" and voice[0]["audience"] == "iro_only"
        assert world.db.cipher.decrypt(voice[0]["text"]).startswith("file-")
        await sam.tap("Change: Anything else")
        replies = await sam.send("a" * 3500)
        assert any("kept the first 3000 characters" in m.text for m in replies)
        await sam.tap("OK to talk about")
        long = await world.query(
            "SELECT kind, text FROM answers WHERE run_id = ? AND question_id = 'for_iro'", run_id
        )
        assert long[0]["kind"] == "text" and len(world.db.cipher.decrypt(long[0]["text"])) == 3000
