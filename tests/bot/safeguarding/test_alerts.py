"""Disclosures and requests to talk: the child is answered at once, an alert is stored with
the words encrypted, and the child's IRO and the duty worker are told with an Acknowledge
button; admins only on escalation, and without the child's words."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from bot.safeguarding.alerts import notify_alert
from surveys.support import support_reply, talk_reply
from tests.support.telegram import BotWorld, skip_to

SATURDAY_NIGHT = datetime(2026, 3, 14, 22, 0, tzinfo=UTC)


async def _team(world: BotWorld) -> tuple[int, dict[str, int]]:
    iro = await world.add_staff("IRO1", "Ana Jones", "iro")
    other_iro = await world.add_staff("IRO2", "Bob Other", "iro")
    duty = await world.add_staff("D1", "Dee Duty", "duty")
    admin = await world.add_staff("A1", "Al Admin", "admin")
    chats = {"iro": 901, "other_iro": 902, "duty": 903, "admin": 904}
    for staff_id, key in ((iro, "iro"), (other_iro, "other_iro"), (duty, "duty"), (admin, "admin")):
        await world.enrol_staff(staff_id, chats[key])
    child = await world.add_child("C1", "Jess", date(2008, 4, 4), iro_id=iro)
    return child, chats


def _alerts_to(world: BotWorld, chat_id: int) -> list[str]:
    return [
        m.text
        for m in world.api.messages(chat_id)
        if m.button_data[:1] and m.button_data[0].startswith("ack:")
    ]


async def test_disclosure_in_an_answer(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child, chats = await _team(world)
        run_id = await world.offer(child, "my_review")
        jess = await world.enrol_child(child, 501)
        await skip_to(world, jess, run_id, "for_iro")
        replies = await jess.send("my stepdad hits me when mum is out")
        expected = support_reply("16_plus", "en", out_of_hours=False, assisted=False)
        assert replies[0].text == expected
        assert "0800 1111" in expected and "999" in expected
        assert replies[-1].buttons  # then the next question
        rows = await world.query("SELECT * FROM alerts")
        assert len(rows) == 1
        alert = rows[0]
        assert (alert["kind"], alert["source"], alert["run_id"]) == ("concern", "answer", run_id)
        assert "physical_abuse" in alert["categories"]
        assert world.db.cipher.decrypt(alert["excerpt"]) == "my stepdad hits me when mum is out"
        files = [world.db_path, world.db_path.with_name("hearme.db-wal")]
        assert all(b"stepdad" not in f.read_bytes() for f in files if f.exists())
        for key in ("iro", "duty"):
            texts = _alerts_to(world, chats[key])
            assert len(texts) == 1 and "my stepdad hits me" in texts[0] and "Jess" in texts[0]
        assert _alerts_to(world, chats["other_iro"]) == []
        assert _alerts_to(world, chats["admin"]) == []
        await notify_alert(world.app.bot, world.services, alert["id"], escalation=True)
        admin_texts = _alerts_to(world, chats["admin"])
        assert len(admin_texts) == 1 and "ESCALATED" in admin_texts[0]
        assert "stepdad" not in admin_texts[0]
        assert world.api.messages(chats["iro"])[-1].button_data == [f"ack:{alert['id']}"]


async def test_disclosure_outside_a_run_in_a_caption_and_out_of_hours(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child, chats = await _team(world)
        jess = await world.enrol_child(child, 502)
        world.clock.now = SATURDAY_NIGHT
        replies = await jess.send("i want to kill myself")
        assert replies[0].text == support_reply("16_plus", "en", out_of_hours=True, assisted=False)
        replies = await jess.photo(caption="he touches me where he shouldnt")
        assert "0800 1111" in replies[0].text
        rows = await world.query("SELECT kind, source, categories FROM alerts ORDER BY id")
        assert [(r["kind"], r["source"]) for r in rows] == [
            ("concern", "message"),
            ("concern", "caption"),
        ]
        assert "self_harm" in rows[0]["categories"]
        assert len(_alerts_to(world, chats["iro"])) == 2


async def test_talk_command_and_the_private_word_button(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child, chats = await _team(world)
        jess = await world.enrol_child(child, 503)
        replies = await jess.send("/talk")
        assert replies[0].text == talk_reply("16_plus", "en", out_of_hours=False, assisted=False)
        young = await world.add_child("C2", "Tom", date(2019, 9, 9), iro_id=None)
        helper = await world.enrol_child(young, 504)
        offer = helper.messages[0]
        replies = await helper.press(offer.message_id, "talk")
        assert replies[0].text == talk_reply("4_7", "en", out_of_hours=False, assisted=True)
        rows = await world.query("SELECT child_id, kind, source, excerpt FROM alerts ORDER BY id")
        assert [(r["child_id"], r["kind"], r["source"]) for r in rows] == [
            (child, "talk", "talk"),
            (young, "talk", "talk"),
        ]
        assert rows[0]["excerpt"] is None
        texts = _alerts_to(world, chats["iro"])
        assert len(texts) == 1 and "asked to talk" in texts[0]
        assert len(_alerts_to(world, chats["duty"])) == 2
