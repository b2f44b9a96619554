"""Issue 13 through the running bot: county lines and an unsafe home described in words no frame
was written for are heard by their structure and get the urgent reply, an everyday saying gets
none, and each reply names Childline and 999 once at most."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from surveys.concerns import detect
from surveys.support import support_reply
from tests.support.telegram import BotWorld

IRO_CHAT, DUTY_CHAT = 911, 913
URGENT_REPLY = support_reply("16_plus", "en", out_of_hours=False, assisted=False)


async def _team(world: BotWorld) -> int:
    iro = await world.add_staff("IRO1", "Ana Jones", "iro")
    duty = await world.add_staff("D1", "Dee Duty", "duty")
    for staff_id, chat in ((iro, IRO_CHAT), (duty, DUTY_CHAT)):
        await world.enrol_staff(staff_id, chat)
    return await world.add_child("C1", "Jess", date(2008, 4, 4), iro_id=iro)


def _alerts_to(world: BotWorld, chat_id: int) -> list[str]:
    return [
        m.text
        for m in world.api.messages(chat_id)
        if m.button_data[:1] and m.button_data[0].startswith("ack:")
    ]


def _one_mention_each(replies: list[str]) -> None:
    for text in replies:
        assert text.count("0800 1111") <= 1 and text.count("999") <= 1, text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Signs of three families (a train to another town, "stuff", "for them").
        ("im always on the train to places like swindon with stuff for them", "exploitation"),
        # Parts of a clause in the child's own order.
        ("the weed at my house, i keep it for the olders", "exploitation"),
        ("i dread going home after school", "unsafe_home"),
        ("my foster carer keeps me locked in my room when she goes out", "unsafe_home"),
    ],
)
async def test_a_disclosure_heard_by_its_structure_gets_the_urgent_reply(
    tmp_path: Path, text: str, category: str
) -> None:
    async with BotWorld(tmp_path) as world:
        child = await _team(world)
        jess = await world.enrol_child(child, 601)
        replies = [m.text for m in await jess.send(text)]
        assert replies[0] == URGENT_REPLY
        _one_mention_each(replies)
        [alert] = await world.query("SELECT categories FROM alerts")
        assert category in alert["categories"]
        # Serious harm: the IRO and the duty team are both told, as urgent.
        assert "URGENT" in _alerts_to(world, IRO_CHAT)[0]
        assert "URGENT" in _alerts_to(world, DUTY_CHAT)[0]


async def test_an_everyday_saying_raises_no_alert_and_the_threat_does(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child = await _team(world)
        jess = await world.enrol_child(child, 602)
        for saying in (
            "mum said she would kill me if I was late lol",
            "the dog ran away with my sock",
            "we were killing it at netball, im dead",
        ):
            replies = [m.text for m in await jess.send(saying)]
            assert not any("0800 1111" in r or "999" in r for r in replies), saying
        assert await world.query("SELECT id FROM alerts") == []
        replies = [m.text for m in await jess.send("he said he would kill me if I told")]
        assert replies[0] == URGENT_REPLY
        _one_mention_each(replies)
        assert len(await world.query("SELECT id FROM alerts")) == 1


async def test_a_county_lines_disclosure_over_two_messages_is_caught_once(
    tmp_path: Path,
) -> None:
    first, second = "im looking after a bag", "for some older boys"
    # Neither half is a disclosure to the rules; the learned layer may find the second alone
    # like one (a worry), but the urgent alert must come from the two read together.
    assert detect(first) is None and detect(second, learned=False) is None
    async with BotWorld(tmp_path) as world:
        child = await _team(world)
        jess = await world.enrol_child(child, 603)
        replies = [m.text for m in await jess.send(first)]
        assert not any("0800 1111" in text for text in replies)
        replies = [m.text for m in await jess.send(second)]
        assert replies[0] == URGENT_REPLY
        [alert] = await world.query("SELECT categories FROM alerts")
        assert "exploitation" in alert["categories"]
