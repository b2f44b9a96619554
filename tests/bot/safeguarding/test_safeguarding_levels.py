"""Safeguarding through the running bot (issues 12 and 13): replies in proportion, words after a
command, a disclosure split over messages, a young child with an adult helping, and staff alerts
a child's text cannot forge lines in."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from bot.safeguarding.alerts import notify_alert
from hearme_dev.sandbox import BotMessage
from surveys.concerns import LEARNED
from surveys.excerpts import EXCERPT_END, EXCERPT_START
from surveys.support import support_reply, worry_reply
from tests.support.telegram import BotWorld, Player, skip_to

IRO_CHAT, DUTY_CHAT, ADMIN_CHAT = 901, 903, 904
BAD_LINK = "that link doesn't work"
# A disclosure in two messages, neither of which raises anything alone (nor to the learned layer:
# "i keep thinking about the bridge" is a hint it may rightly come to hear as a worry).
SPLIT = ("i walk past the bridge every day", "and i think about jumping off it")
# What Jess (16) is told at once: serious harm, and a worry.
URGENT = support_reply("16_plus", "en", out_of_hours=False, assisted=False)
WORRY = worry_reply("16_plus", "en", out_of_hours=False, assisted=False)


async def _team(world: BotWorld, *, born: date = date(2008, 4, 4)) -> int:
    iro = await world.add_staff("IRO1", "Ana Jones", "iro")
    duty = await world.add_staff("D1", "Dee Duty", "duty")
    admin = await world.add_staff("A1", "Al Admin", "admin")
    for staff_id, chat in ((iro, IRO_CHAT), (duty, DUTY_CHAT), (admin, ADMIN_CHAT)):
        await world.enrol_staff(staff_id, chat)
    return await world.add_child("C1", "Jess", born, iro_id=iro)


def _alerts_to(world: BotWorld, chat_id: int) -> list[str]:
    return [
        m.text
        for m in world.api.messages(chat_id)
        if m.button_data[:1] and m.button_data[0].startswith("ack:")
    ]


async def _alerts(world: BotWorld) -> list[tuple[str, str]]:
    rows = await world.query("SELECT kind, categories FROM alerts ORDER BY id")
    return [(r["kind"], r["categories"]) for r in rows]


@dataclass(frozen=True)
class Team:
    """The running bot, Jess (16) and her IRO, duty worker and admin, each in their chat."""

    world: BotWorld
    child: int

    async def jess(self, chat_id: int) -> Player:
        """Jess's own chat, enrolled."""
        return await self.world.enrol_child(self.child, chat_id)

    async def jess_at_for_iro(self, chat_id: int) -> Player:
        """Jess in her My Review, at the written question whose answer may be just for the IRO."""
        run_id = await self.world.offer(self.child, "my_review")
        jess = await self.jess(chat_id)
        await skip_to(self.world, jess, run_id, "for_iro")
        return jess


@pytest.fixture
async def team(tmp_path: Path) -> AsyncIterator[Team]:
    async with BotWorld(tmp_path) as world:
        yield Team(world, await _team(world))


async def _kept_out_of_the_meeting(world: BotWorld, replies: list[BotMessage]) -> None:
    """No "Just for my IRO" button was offered, and the answer went to the IRO only."""
    labels = [b[0] for m in replies for row in m.buttons for b in row]
    assert labels and not any("Just for" in label for label in labels)
    rows = await world.query("SELECT audience FROM answers WHERE question_id = 'for_iro'")
    assert [r["audience"] for r in rows] == ["iro_only"]


async def test_words_after_a_command_are_checked_like_any_words(team: Team) -> None:
    world, jess = team.world, await team.jess(501)
    replies = [m.text for m in await jess.send("/stop my foster dad hits me")]
    assert replies[0] == URGENT
    # ... and the command still does what it says.
    assert any("won't send you any more messages" in text for text in replies[1:])
    replies = [m.text for m in await jess.send("/help I want to kill myself")]
    assert replies[0] == URGENT
    # /talk with a disclosure: one alert, the concern (it already asks a person to talk).
    await jess.send("/talk i want to die")
    kinds = [kind for kind, _ in await _alerts(world)]
    assert kinds == ["concern", "concern", "concern"]
    assert "physical_abuse" in (await _alerts(world))[0][1]
    assert len(_alerts_to(world, IRO_CHAT)) == 3
    assert len(_alerts_to(world, DUTY_CHAT)) == 3


async def test_an_enrolled_child_typing_after_start_is_not_told_the_link_is_broken(
    team: Team,
) -> None:
    world, jess = team.world, await team.jess(502)
    replies = [m.text for m in await jess.send("/start hello again")]
    assert not any(BAD_LINK in text for text in replies), replies
    assert any("Jess" in text for text in replies)  # welcomed back by name
    assert await _alerts(world) == []

    replies = [m.text for m in await jess.send("/start my mums boyfriend hits me")]
    assert replies[0] == URGENT
    assert not any(BAD_LINK in text for text in replies)
    assert len(await _alerts(world)) == 1
    # A chat hearme does not know still gets the one sentence about links, and no alert.
    stranger = world.chat(777)
    replies = [m.text for m in await stranger.send("/start my dad hits me")]
    assert replies and all(BAD_LINK in text for text in replies)
    assert len(await _alerts(world)) == 1


async def test_a_disclosure_split_over_messages_is_caught_once(team: Team) -> None:
    world, jess = team.world, await team.jess(503)
    # Neither message raises anything on its own.
    first = [m.text for m in await jess.send(SPLIT[0])]
    assert not any("0800 1111" in text for text in first)
    replies = [m.text for m in await jess.send(SPLIT[1])]
    assert replies[0] == URGENT
    rows = await world.query("SELECT excerpt, categories FROM alerts")
    assert len(rows) == 1
    # Staff see both messages, in order, as the child wrote them.
    excerpt = world.db.cipher.decrypt(rows[0]["excerpt"])
    assert excerpt == "\n".join(SPLIT)
    [staff_text] = _alerts_to(world, IRO_CHAT)
    assert f"│ {SPLIT[0]} ⏎ {SPLIT[1]}" in staff_text
    # The joined words are forgotten once alerted: the next message starts afresh.
    await jess.send(SPLIT[1])
    await jess.send("ok")
    assert len(await world.query("SELECT id FROM alerts")) == 1
    assert len(world.services.recent_words) == 1  # only the two harmless messages since


async def test_a_split_disclosure_on_a_written_answer_is_never_offered_just_for_my_iro(
    team: Team,
) -> None:
    jess = await team.jess_at_for_iro(504)
    asked = await jess.send(SPLIT[0])
    assert any("Just for" in b[0] for m in asked for row in m.buttons for b in row)
    replies = await jess.send(SPLIT[1])
    texts = [m.text for m in replies]
    assert texts[0] == URGENT
    assert any("will go to your IRO and a safeguarding worker" in t for t in texts)
    await _kept_out_of_the_meeting(team.world, replies)


async def test_a_worry_gets_a_kind_reply_without_999_and_only_the_iro_is_told(
    team: Team,
) -> None:
    world, jess = team.world, await team.jess(505)
    replies = [m.text for m in await jess.send("people at school call me names")]
    assert replies[0] == WORRY
    assert not any("999" in text for text in replies)
    assert not any("between us" in text for text in replies)
    [alert] = await world.query("SELECT id, categories FROM alerts")
    assert "bullying" in alert["categories"]
    [iro_text] = _alerts_to(world, IRO_CHAT)
    assert "Worry (not urgent)" in iro_text and "999" not in iro_text
    assert _alerts_to(world, DUTY_CHAT) == []
    # Unacknowledged, it escalates like any alert: duty and admins are told then.
    await notify_alert(world.app.bot, world.services, alert["id"], escalation=True)
    assert len(_alerts_to(world, DUTY_CHAT)) == 1
    assert len(_alerts_to(world, ADMIN_CHAT)) == 1
    # Serious harm beside a worry is urgent.
    replies = [m.text for m in await jess.send("they call me names and my dad hits me")]
    assert replies[0] == URGENT
    assert "URGENT" in _alerts_to(world, DUTY_CHAT)[-1]


async def test_a_young_child_with_an_adult_is_told_simply_and_staff_are_warned(
    tmp_path: Path,
) -> None:
    async with BotWorld(tmp_path) as world:
        child = await _team(world, born=date(2020, 5, 5))  # 5 on the test's day
        helper = await world.enrol_child(child, 506)  # an adult's assisted chat
        replies = [m.text for m in await helper.send("daddy hits me")]
        assert replies[0] == support_reply("4_7", "en", out_of_hours=False, assisted=True)
        for text in replies:
            assert "To the adult helping" not in text
            assert "duty" not in text and "safeguarding" not in text
        assert "I have to tell your IRO and another grown-up who helps children." in replies[0]
        for chat in (IRO_CHAT, DUTY_CHAT):
            [staff_text] = _alerts_to(world, chat)
            assert "An adult helps this child (aged 4-7) answer." in staff_text
            assert "If that adult may be the person named" in staff_text


async def test_a_childs_words_cannot_forge_lines_in_the_staff_alert(team: Team) -> None:
    world, jess = team.world, await team.jess(507)
    forged = "he hits me\n✅ Acknowledged by Dee Duty\r\nNo action needed.\u2028\u202eOK"
    await jess.send(forged)
    for chat in (IRO_CHAT, DUTY_CHAT):
        [staff_text] = _alerts_to(world, chat)
        lines = staff_text.split("\n")
        start = lines.index(EXCERPT_START)
        assert lines[start + 2] == EXCERPT_END
        assert lines[start + 1] == (
            "│ he hits me ⏎ ✅ Acknowledged by Dee Duty ⏎ No action needed. ⏎ OK"
        )
        # No line of the message, outside the fence, carries the child's words.
        outside = lines[:start] + lines[start + 3 :]
        assert not any("Acknowledged" in line or "No action" in line for line in outside)
    # The stored words are unchanged: only their display is fenced.
    [row] = await world.query("SELECT excerpt FROM alerts")
    assert world.db.cipher.decrypt(row["excerpt"]) == forged


async def test_words_only_the_learned_layer_finds_get_a_worry_and_a_person_reads_them(
    team: Team,
) -> None:
    world, jess = team.world, await team.jess(508)
    words = "everyone in my class thinks im weird and wont sit next to me"
    replies = [m.text for m in await jess.send(words)]
    assert replies[0] == WORRY
    assert not any("999" in text for text in replies)
    [alert] = await world.query("SELECT kind, categories FROM alerts")
    assert alert["kind"] == "concern" and LEARNED in alert["categories"]
    [iro_text] = _alerts_to(world, IRO_CHAT)
    assert "Worry (not urgent). Possible disclosure: words like a disclosure" in iro_text
    assert f"│ {words}" in iro_text
    assert _alerts_to(world, DUTY_CHAT) == []


async def test_a_written_answer_only_the_learned_layer_finds_is_never_just_for_my_iro(
    team: Team,
) -> None:
    jess = await team.jess_at_for_iro(509)
    replies = await jess.send("everyone in my class says im weird and wont sit next to me")
    assert replies[0].text == WORRY
    await _kept_out_of_the_meeting(team.world, replies)


async def test_a_worry_on_the_first_half_of_a_threat_does_not_stop_the_second_making_it_urgent(
    team: Team,
) -> None:
    world, jess = team.world, await team.jess(510)
    # The learned layer finds the first half worrying by itself: a worry, no 999 ...
    first = [m.text for m in await jess.send("someone at the park keeps saying he will get me")]
    assert first[0] == WORRY
    # ... and its words are still read with the next message: together, an urgent threat.
    replies = [m.text for m in await jess.send("if I tell anyone")]
    assert replies[0] == URGENT
    rows = await world.query("SELECT categories, excerpt FROM alerts ORDER BY id")
    assert [LEARNED in r["categories"] for r in rows] == [True, False]
    assert "coercion" in rows[1]["categories"]
    excerpt = world.db.cipher.decrypt(rows[1]["excerpt"])
    assert excerpt == "someone at the park keeps saying he will get me\nif I tell anyone"
    assert len(_alerts_to(world, DUTY_CHAT)) == 1  # the urgent one only
