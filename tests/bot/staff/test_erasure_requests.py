"""``/delete``: the request is stored and audited, every admin with a staff chat is told at once
(the child's reference only), the child is told honestly what happens next, and hearme stops
starting anything new in their chats."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.support.telegram import BotWorld

ADULT = date(2009, 5, 5)  # 16 on the test clock's day


async def test_delete_tells_the_admins_and_the_child_what_happens_next(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        iro = await world.add_staff("IRO1", "Ana Jones", "iro")
        duty = await world.add_staff("D1", "Dee Duty", "duty")
        admin_one = await world.add_staff("A1", "Al Admin", "admin")
        admin_two = await world.add_staff("A2", "Bo Admin", "admin")
        await world.add_staff("A3", "Cy Admin", "admin")  # no chat enrolled: cannot be told
        staff_chats = {iro: 951, duty: 952, admin_one: 953, admin_two: 954}
        for staff_id, chat_id in staff_chats.items():
            await world.enrol_staff(staff_id, chat_id)
        child = await world.add_child(
            "C77", "Jess", ADULT, iro_id=iro, preferred_name="Jessie", words={"iro": "Ana"}
        )
        await world.offer(child, "my_review")
        jess = await world.enrol_child(child, 960)
        before = {chat_id: world.api.mark(chat_id) for chat_id in staff_chats.values()}

        replies = await jess.send("/delete")

        assert len(replies) == 1
        told = replies[0].text
        assert "admin at the council" in told and "or with Ana," in told  # who, in her own words
        assert "date of birth, everything you wrote or recorded" in told  # what goes
        assert "Numbers with no name on them are kept" in told  # what stays
        assert "won't send you new questions" in told
        rows = await world.query(
            "SELECT erasure_requested_at, first_name, status FROM children WHERE id = ?", child
        )
        assert rows[0]["erasure_requested_at"] is not None
        assert (rows[0]["first_name"], rows[0]["status"]) == ("Jess", "active")  # a person erases
        audit = await world.query(
            "SELECT actor, action, detail FROM audit_log WHERE child_id = ? "
            "AND action = 'child.erasure_requested'",
            child,
        )
        assert [(a["actor"], a["detail"]) for a in audit] == [
            ("child:C77", '{"channel": "telegram"}')
        ]
        stopped = await world.query("SELECT stopped FROM chats WHERE chat_id = 960")
        assert stopped[0]["stopped"] == 1

        def new_to(chat_id: int) -> list[str]:
            return [m.text for m in world.api.messages(chat_id)[before[chat_id] :]]

        for admin in (admin_one, admin_two):
            notices = new_to(staff_chats[admin])
            assert len(notices) == 1
            assert "Deletion request" in notices[0] and "Child C77 asked" in notices[0]
            assert "hearme child erase C77" in notices[0]
            assert "Jess" not in notices[0]
        assert new_to(staff_chats[iro]) == [] and new_to(staff_chats[duty]) == []

        again = await jess.send("/delete")
        assert len(again) == 1 and "already asked" in again[0].text
        assert len(new_to(staff_chats[admin_one])) == 1  # admins are not told twice
        audit = await world.query(
            "SELECT id FROM audit_log WHERE action = 'child.erasure_requested'"
        )
        assert len(audit) == 1
