"""`hearme staff leave` ends the leaver's unused staff invites: a link sent before they left does
not bind a chat to them afterwards (staff chats receive children's names and alerts)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.storage.conftest import Cli, write_csv
from tests.support.telegram import BotWorld

LEAVER_CHAT = 2101


async def test_a_leavers_unused_invite_no_longer_enrols_their_chat(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "hearme.db", tmp_path / "hearme.key")
    assert cli("init").returncode == 0
    staff_csv = write_csv(tmp_path / "staff.csv", "staff_ref,name,role\nIRO01,Sam Iro,iro")
    assert cli("import", "staff", str(staff_csv)).returncode == 0
    invited = cli("invite-staff", "IRO01")
    assert invited.returncode == 0, invited.stderr
    found = re.search(r"\?start=([A-Za-z0-9_-]+)", invited.stdout)
    assert found is not None, invited.stdout
    code = found.group(1)

    left = cli("staff", "leave", "IRO01")
    assert left.returncode == 0, left.stderr
    assert "1 unused staff invite(s) sent to them no longer work." in left.stdout

    async with BotWorld(tmp_path) as world:
        replies = await world.chat(LEAVER_CHAT).send(f"/start {code}")
        assert [r.text for r in replies] == [
            "Sorry, that link doesn't work. Please ask the person who sent it for a new one."
        ]
        [member] = await world.query("SELECT chat_id, active FROM staff")
        assert (member["chat_id"], member["active"]) == (None, 0)
