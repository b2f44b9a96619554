"""Enrolment by one-time invite: binding, refusal for under-16s, reuse, expiry and guessing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.channels.telegram.chat import deep_link
from storage.invites import code_hash
from tests.support.telegram import BotWorld

BAD = "Sorry, that link doesn't work. Please ask the person who sent it for a new one."


async def _bound(world: BotWorld, chat_id: int) -> list[tuple[int, str]]:
    rows = await world.query("SELECT child_id, mode FROM chats WHERE chat_id = ?", chat_id)
    return [(r["child_id"], r["mode"]) for r in rows]


async def test_code_is_stored_hashed_and_binds_once(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child = await world.add_child(
            "C1", "Robyn", date(2008, 1, 1), language="cy", preferred_name="Rob"
        )
        code = await world.invite("child", child_id=child)
        assert 22 <= len(code) <= 64 and code.replace("-", "").replace("_", "").isalnum()
        link = deep_link("@hearme_bot", code)
        assert link == f"https://t.me/hearme_bot?start={code}"
        stored = await world.query("SELECT code_hash FROM invites")
        assert stored[0]["code_hash"] == code_hash(code) and code not in stored[0]["code_hash"]
        first = await world.chat(11).send(f"/start {code}")
        assert first[0].text.startswith("Helo Rob!")  # Welsh, by preferred name
        assert "Dim byd i'w ateb" in first[-1].text
        assert await _bound(world, 11) == [(child, "self")]
        reused = await world.chat(12).send(f"/start {code}")
        assert [m.text for m in reused] == [BAD]
        assert await _bound(world, 12) == []


async def test_expired_and_under_16_invites_are_refused(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        older = await world.add_child("C1", "Kai", date(2008, 1, 1))
        code = await world.invite("child", child_id=older)
        world.clock.advance(days=15)
        replies = await world.chat(21).send(f"/start {code}")
        assert [m.text for m in replies] == [BAD]
        younger = await world.add_child("C2", "Mia", date(2013, 6, 1))
        code = await world.invite("child", child_id=younger)
        replies = await world.chat(22).send(f"/start {code}")
        assert len(replies) == 1 and "adult-helped invite" in replies[0].text
        assert "Mia" not in replies[0].text
        assert await _bound(world, 22) == []
        helped = await world.invite("assisted", child_id=younger)
        replies = await world.chat(23).send(f"/start {helped}")
        assert "with an adult helping" in replies[0].text
        assert replies[0].button_data == ["talk"]  # a private word with the IRO is offered
        assert await _bound(world, 23) == [(younger, "assisted")]


async def test_five_wrong_codes_silence_the_chat_for_an_hour(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child = await world.add_child("C1", "Kai", date(2008, 1, 1))
        guesser = world.chat(31)
        for attempt in range(5):
            replies = await guesser.send(f"/start guess{attempt}")
            assert [m.text for m in replies] == [BAD]
            world.clock.advance(minutes=1)
        good = await world.invite("child", child_id=child)
        assert await guesser.send(f"/start {good}") == []
        assert await guesser.send("hello?") == []
        assert await _bound(world, 31) == []
        world.clock.advance(minutes=61)
        replies = await guesser.send(f"/start {good}")
        assert replies[0].text.startswith("Hi Kai!")
        assert await _bound(world, 31) == [(child, "self")]


async def test_unknown_chat_learns_nothing_and_staff_invite_binds_staff(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        iro = await world.add_staff("IRO1", "Ana Jones", "iro")
        await world.add_child("C1", "Kai", date(2008, 1, 1), iro_id=iro)
        replies = await world.chat(41).send("hi, is Kai there?")
        assert len(replies) == 1 and "invite link" in replies[0].text
        assert "Kai" not in replies[0].text
        ana = await world.enrol_staff(iro, 42)
        assert "Ana Jones" in ana.messages[0].text
        rows = await world.query("SELECT chat_id FROM staff WHERE id = ?", iro)
        assert rows[0]["chat_id"] == 42
        replies = await ana.send("hello")
        assert "staff chat" in replies[0].text


async def test_a_second_childs_invite_in_a_helping_chat_is_refused_kindly(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        first = await world.add_child("C1", "Ava", date(2018, 2, 2))
        second = await world.add_child("C2", "Ben", date(2017, 3, 3))
        carer = await world.enrol_child(first, 700)
        async with world.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO outbox (due_at, kind, child_id, dedupe_key) "
                "VALUES ('2026-04-01T10:00:00+00:00', 'offer', ?, 'offer:test')",
                (first,),
            )
        code = await world.invite("assisted", child_id=second)
        replies = await carer.send(f"/start {code}")
        assert len(replies) == 1
        text = replies[0].text
        assert "already helps another child" in text and "one chat can only help one child" in text
        assert "IRO" in text and "Ava" not in text and "Ben" not in text
        assert await _bound(world, 700) == [(first, "assisted")]
        [row] = await world.query("SELECT status FROM outbox WHERE dedupe_key = 'offer:test'")
        assert row["status"] == "pending", "the first child's plans are untouched"
        [logged] = await world.query(
            "SELECT child_id, detail FROM audit_log WHERE action = 'chat.second_child_refused'"
        )
        assert logged["child_id"] == second and f'"bound_child_id": {first}' in logged["detail"]
        [invite] = await world.query("SELECT used_at FROM invites WHERE child_id = ?", second)
        assert invite["used_at"] is None
        elsewhere = await world.chat(701).send(f"/start {code}")
        assert "Ben" in elsewhere[0].text
        assert await _bound(world, 701) == [(second, "assisted")]
