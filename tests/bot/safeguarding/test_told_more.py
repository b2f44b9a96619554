"""Through the running bot (issue 13): when a next message completes a disclosure the learned
layer already gave the urgent reply to, staff are told again, named, with both messages; the
child is thanked for telling more, not given 999 and Childline a second time in a row."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from bot.outbox import scheduler
from hearme_dev.sandbox import BotMessage, Fault
from surveys.concerns import LEARNED_SERIOUS, detect
from surveys.excerpts import one_line
from surveys.support import support_reply
from surveys.support_more import told_more_reply
from tests.support.telegram import BotWorld, Player

IRO_CHAT, DUTY_CHAT = 941, 943
# A threat in two halves: the learned layer hears the first as serious by itself; the rules
# name the two together (threats to keep a child quiet).
FIRST, SECOND = "he says he will find me and get me", "if I tell anyone"


async def _child(world: BotWorld, born: date, chat_id: int) -> Player:
    """A child (their own chat at 16+, an adult helping at 4-7), their IRO and a duty worker."""
    iro = await world.add_staff("IRO1", "Ana Jones", "iro")
    duty = await world.add_staff("D1", "Dee Duty", "duty")
    await world.enrol_staff(iro, IRO_CHAT)
    await world.enrol_staff(duty, DUTY_CHAT)
    child = await world.add_child("C1", "Kai", born, iro_id=iro)
    return await world.enrol_child(child, chat_id)


def _alerts_to(world: BotWorld, chat_id: int) -> list[str]:
    return [
        m.text
        for m in world.api.messages(chat_id)
        if m.button_data[:1] and m.button_data[0].startswith("ack:")
    ]


def _shown(replies: list[BotMessage]) -> tuple[str, list[str]]:
    """Everything the child was shown in reply, and every button's label."""
    return "\n".join(m.text for m in replies), [b[0] for m in replies for r in m.buttons for b in r]


async def _staff_told_twice_the_second_time_named(world: BotWorld) -> None:
    rows = await world.query("SELECT categories, excerpt, child_reply FROM alerts ORDER BY id")
    assert [LEARNED_SERIOUS in r["categories"] for r in rows] == [True, False]
    assert "coercion" in rows[1]["categories"]
    # What the child was shown is kept with each alert, for every later message to staff.
    assert [r["child_reply"] for r in rows] == ["urgent", "told_more"]
    both = f"{FIRST}\n{SECOND}"
    assert world.db.cipher.decrypt(rows[1]["excerpt"]) == both
    for chat in (IRO_CHAT, DUTY_CHAT):
        first, second = _alerts_to(world, chat)
        assert "URGENT. Possible disclosure: words like a disclosure of serious harm" in first
        assert "URGENT. Possible disclosure: threats to keep them quiet." in second
        assert f"│ {one_line(both)}" in second
        # Each says truly what the child was shown: 999 and Childline the first time only.
        assert "given Childline 0800 1111 and told to call 999 if in danger" in first
        assert "has been given" not in second and "told to call 999" not in second
        assert "thanked for telling more" in second
        assert "without 999 or Childline again" in second


async def test_a_completed_disclosure_gets_a_short_reply_and_staff_get_both_messages(
    tmp_path: Path,
) -> None:
    assert detect(FIRST, learned=False) is None and detect(SECOND) is None
    found = detect(FIRST)
    assert found is not None and found.categories == (LEARNED_SERIOUS,)
    async with BotWorld(tmp_path) as world:
        kai = await _child(world, date(2008, 4, 4), 951)
        first, _ = _shown(await kai.send(FIRST))
        assert first.count("999") == 1 and first.count("0800 1111") == 1

        replies = await kai.send(SECOND)
        said, labels = _shown(replies)
        assert replies[0].text == told_more_reply("16_plus", "en")
        assert "Thank you for telling me more" in said
        assert "your IRO and the safeguarding duty worker" in said
        assert "999" not in said and "0800 1111" not in said and "Childline" not in said
        assert not any("Just for" in label for label in labels)
        await _staff_told_twice_the_second_time_named(world)

        # Nobody acknowledges: the escalation, read back from the database, says the same.
        mark = world.api.mark(DUTY_CHAT)
        world.clock.advance(hours=2)
        await scheduler.escalate_alerts(world.app.bot, world.services, now=world.clock())
        escalated = [m.text for m in world.api.messages(DUTY_CHAT)[mark:]]
        [again] = [text for text in escalated if "threats to keep them quiet" in text]
        assert "ESCALATED" in again and "thanked for telling more" in again
        assert "told to call 999" not in again


async def test_a_young_child_with_an_adult_helping_is_thanked_simply_and_the_adult_told_nothing(
    tmp_path: Path,
) -> None:
    async with BotWorld(tmp_path) as world:
        kai = await _child(world, date(2019, 9, 9), 952)
        first = (await kai.send(FIRST))[0].text
        assert first == support_reply("4_7", "en", out_of_hours=False, assisted=True)

        said, labels = _shown(await kai.send(SECOND))
        assert said.startswith(told_more_reply("4_7", "en"))
        assert "The same grown-ups will know this too" in said
        assert "adult" not in said.lower() and "duty" not in said and "999" not in said
        assert not any("Just for" in label for label in labels)
        await _staff_told_twice_the_second_time_named(world)
        # Staff hear that the adult was told nothing, as with the first message.
        assert "The adult was not told that staff are being alerted" in _alerts_to(
            world, DUTY_CHAT
        )[1]


async def test_a_new_message_that_is_urgent_by_itself_still_gets_the_whole_urgent_reply(
    tmp_path: Path,
) -> None:
    async with BotWorld(tmp_path) as world:
        kai = await _child(world, date(2008, 4, 4), 953)
        await kai.send(FIRST)
        # Not a completion: these words are a disclosure alone, and get everything again.
        replies = await kai.send("my step dad hits me with his belt")
        assert replies[0].text == support_reply("16_plus", "en", out_of_hours=False, assisted=False)


async def test_a_short_reply_that_failed_is_sent_whole_and_staff_are_told_so_after(
    tmp_path: Path,
) -> None:
    """The thanks for telling more did not reach the child, so the outbox sends the whole
    reply (999 and Childline): the alert keeps that, and escalation says it, not the thanks."""

    def fail_kai(method: str, params: dict[str, Any]) -> Fault | None:
        if method.lower() == "sendmessage" and int(params.get("chat_id", 0)) == 954:
            return Fault.server_error()
        return None

    async with BotWorld(tmp_path) as world:
        kai = await _child(world, date(2008, 4, 4), 954)
        await kai.send(FIRST)
        world.api.faults = fail_kai
        assert await kai.send(SECOND) == []
        rows = await world.query("SELECT child_reply FROM alerts ORDER BY id")
        assert [r["child_reply"] for r in rows] == ["urgent", "told_more"]
        world.api.faults = None
        mark = world.api.mark(954)
        world.clock.advance(minutes=1)
        await scheduler.tick(world.app.bot, world.services, scheduler.TickState())
        whole = support_reply("16_plus", "en", out_of_hours=False, assisted=False)
        assert [m.text for m in kai.messages[mark:]] == [whole]
        rows = await world.query("SELECT child_reply FROM alerts ORDER BY id")
        assert [r["child_reply"] for r in rows] == ["urgent", "urgent"]

        mark = world.api.mark(DUTY_CHAT)
        world.clock.advance(hours=2)
        await scheduler.escalate_alerts(world.app.bot, world.services, now=world.clock())
        escalated = [m.text for m in world.api.messages(DUTY_CHAT)[mark:]]
        [again] = [text for text in escalated if "threats to keep them quiet" in text]
        assert "ESCALATED" in again
        assert "has been given Childline 0800 1111 and told to call 999 if in danger" in again
        assert "thanked for telling more" not in again and "without 999" not in again
