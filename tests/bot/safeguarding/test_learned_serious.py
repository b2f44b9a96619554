"""Through the running bot (issue 13): words no listed phrase matches, which the learned layer's
serious head reads as serious harm, get the urgent reply and reach the duty team; staff are told
plainly that a person must read them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from surveys.concerns import LEARNED_SERIOUS, detect
from surveys.support import support_reply
from surveys.support_more import told_more_reply
from tests.support.telegram import BotWorld, Player

IRO_CHAT, DUTY_CHAT = 911, 913
# Grooming towards sexual exploitation, in words the rules were never written for.
GROOMED = "i keep getting messages from a man who says he loves me and wants me to come to his flat"


async def _jess(world: BotWorld, chat_id: int) -> Player:
    """Jess (16) in her own chat; her IRO and a duty worker each in theirs."""
    iro = await world.add_staff("IRO1", "Ana Jones", "iro")
    duty = await world.add_staff("D1", "Dee Duty", "duty")
    await world.enrol_staff(iro, IRO_CHAT)
    await world.enrol_staff(duty, DUTY_CHAT)
    child = await world.add_child("C1", "Jess", date(2008, 4, 4), iro_id=iro)
    return await world.enrol_child(child, chat_id)


def _alerts_to(world: BotWorld, chat_id: int) -> list[str]:
    return [
        m.text
        for m in world.api.messages(chat_id)
        if m.button_data[:1] and m.button_data[0].startswith("ack:")
    ]


async def test_serious_harm_only_the_model_hears_gets_the_urgent_reply_and_reaches_duty(
    tmp_path: Path,
) -> None:
    assert detect(GROOMED, learned=False) is None, "the rules catch this now: pick another"
    async with BotWorld(tmp_path) as world:
        jess = await _jess(world, 921)
        await jess.send("school was ok today")
        assert await world.query("SELECT id FROM alerts") == []

        replies = [m.text for m in await jess.send(GROOMED)]

        # The urgent reply, with Childline and 999 once each, not the worry one.
        assert replies[0] == support_reply("16_plus", "en", out_of_hours=False, assisted=False)
        said = "\n".join(replies)
        assert said.count("999") == 1 and said.count("0800 1111") == 1
        [row] = await world.query("SELECT kind, categories, excerpt FROM alerts")
        assert row["kind"] == "concern" and LEARNED_SERIOUS in row["categories"]
        # The model read this message alone: staff get its words, not the chat before it.
        assert world.db.cipher.decrypt(row["excerpt"]) == GROOMED
        for chat in (IRO_CHAT, DUTY_CHAT):
            [staff_text] = _alerts_to(world, chat)
            assert (
                "URGENT. Possible disclosure: words like a disclosure of serious harm that "
                "no listed phrase matched (please read them now)."
            ) in staff_text
            assert f"│ {GROOMED}" in staff_text
            assert "told to call 999 if in danger" in staff_text


async def test_a_threat_completed_after_the_models_urgent_guess_reaches_staff_named(
    tmp_path: Path,
) -> None:
    first, second = "he says he will find me and get me", "if I tell anyone"
    assert detect(first, learned=False) is None and detect(second) is None
    async with BotWorld(tmp_path) as world:
        jess = await _jess(world, 922)
        urgent = support_reply("16_plus", "en", out_of_hours=False, assisted=False)

        assert (await jess.send(first))[0].text == urgent
        # The model named no kind of harm, so its words are still read with the next message:
        # together they are a threat to keep the child quiet, and staff are told so, with both.
        # The child, who has just had 999 and Childline, is thanked for telling more.
        assert (await jess.send(second))[0].text == told_more_reply("16_plus", "en")
        rows = await world.query("SELECT categories, excerpt FROM alerts ORDER BY id")
        assert [LEARNED_SERIOUS in r["categories"] for r in rows] == [True, False]
        assert "coercion" in rows[1]["categories"]
        assert world.db.cipher.decrypt(rows[1]["excerpt"]) == f"{first}\n{second}"
        assert len(_alerts_to(world, DUTY_CHAT)) == 2
        assert "threats to keep them quiet" in _alerts_to(world, DUTY_CHAT)[1]
