"""A disclosure a child makes in the survey about their IRO never reaches that IRO by any read
path: not `/views` in the bot, not `hearme views --for` (terminal or page), not a page written
for nobody in particular. Other readers still learn of it, and the IRO still sees the alerts
that are not about them."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from bot.outbox import scheduler
from tests.bot.safeguarding.test_words_across_surveys import _alerts_to, _jordan_in
from tests.bot.staff.test_staff import NOW, raise_alert
from tests.support.council import (
    ADMIN_CHAT,
    DUTY_CHAT,
    IRO_CHAT,
    TEEN_CHAT,
    Council,
    add_review,
)
from tests.support.telegram import BotWorld, skip_to

ABOUT_IRO = "my iro hurts me when nobody is looking"
ELSEWHERE = "he hits me at home"


async def _disclose_about_the_iro(world: BotWorld, council: Council) -> None:
    world.clock.now = NOW
    # Beyond My Review's window, so /start brings Tell Us More, not a due My Review.
    await add_review(world.db, council.teen, NOW + timedelta(days=30))
    run_id = await world.offer(council.teen, "tell_us_more")
    jordan = world.chat(TEEN_CHAT)
    await jordan.send("/start")
    await skip_to(world, jordan, run_id, "anything_else_about_iro")
    await jordan.send(ABOUT_IRO)
    [alert] = await world.query("SELECT about_staff_id FROM alerts")
    assert alert["about_staff_id"] == council.iro, "the alert names the IRO it is about"


def _page(sent: list[object]) -> str:
    document = sent[1]
    data = getattr(document, "file_bytes", None) or b""
    return bytes(data).decode("utf-8")


async def test_the_iro_never_sees_an_alert_about_them_in_views(
    world: BotWorld, world_council: Council
) -> None:
    await _disclose_about_the_iro(world, world_council)

    sent = await world.chat(IRO_CHAT).send("/views C001")
    page = _page(list(sent))
    assert "open alert" not in sent[0].text
    assert "An alert was raised" not in page and ABOUT_IRO not in page

    # The admin learns of it (without the words); the IRO still sees alerts not about them.
    admin = await world.chat(ADMIN_CHAT).send("/views C001")
    admin_page = _page(list(admin))
    assert "An alert was raised" in admin_page and ABOUT_IRO not in admin_page
    await raise_alert(world, world_council.teen, ELSEWHERE)
    again = await world.chat(IRO_CHAT).send("/views C001")
    page = _page(list(again))
    assert "1 open alert" in again[0].text
    assert ELSEWHERE in page and ABOUT_IRO not in page


def _hearme(world: BotWorld, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HEARME_DB": str(world.db_target),
        "HEARME_DATA_KEY": str(world.key_path),
    }
    command = [sys.executable, "-c", "from bot.cli import main; main()", *args]
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )


async def test_hearme_views_for_the_iro_leaves_out_an_alert_about_them(
    world: BotWorld, world_council: Council, tmp_path: Path
) -> None:
    await _disclose_about_the_iro(world, world_council)

    shown = _hearme(world, "views", "C001", "--for", "IRO01")
    assert shown.returncode == 0, shown.stderr
    assert "Jordan" in shown.stdout and "alert" not in shown.stdout

    pages = {}
    for reader in ("IRO01", "DUTY01", None):
        out = tmp_path / f"views-{reader}.html"
        extra = ("--for", reader) if reader else ()
        done = _hearme(world, "views", "C001", "--out", str(out), *extra)
        assert done.returncode == 0, done.stderr
        pages[reader] = out.read_text(encoding="utf-8")
    assert "An alert was raised" not in pages["IRO01"] and ABOUT_IRO not in pages["IRO01"]
    # A page written for nobody in particular may be handed to the IRO: it leaves it out too.
    assert "An alert was raised" not in pages[None] and ABOUT_IRO not in pages[None]
    assert "An alert was raised" in pages["DUTY01"] and ABOUT_IRO in pages["DUTY01"]


async def test_an_alert_never_reaches_the_iro_it_is_about_after_a_change_of_role(
    world: BotWorld, world_council: Council
) -> None:
    """The IRO the child wrote about moves to the duty team and the child to another IRO: the
    escalation goes to duty workers, but never to the one it is about."""
    await _disclose_about_the_iro(world, world_council)
    [alert] = await world.query("SELECT id FROM alerts")
    async with world.db.transaction() as conn:
        await conn.execute(
            "UPDATE children SET iro_id = ? WHERE id = ?",
            (world_council.other_iro, world_council.teen),
        )
        await conn.execute("UPDATE staff SET role = 'duty' WHERE id = ?", (world_council.iro,))
    mark = world.api.mark(IRO_CHAT)
    world.clock.advance(hours=2)
    await scheduler.escalate_alerts(world.app.bot, world.services, now=world.clock())
    assert [m.text for m in world.api.messages(IRO_CHAT)[mark:]] == []
    to_duty = [m.text for m in world.api.messages(DUTY_CHAT) if "ESCALATED" in m.text]
    assert to_duty and ABOUT_IRO in to_duty[0], "the duty team still hears of it"
    # Nor may they acknowledge it with a forged button.
    await world.chat(IRO_CHAT).press(1, f"ack:{alert['id']}")
    [row] = await world.query("SELECT acknowledged_by FROM alerts")
    assert row["acknowledged_by"] is None


@pytest.mark.parametrize(
    ("survey", "words"),
    [("tell_us_more", ELSEWHERE), ("my_review", ABOUT_IRO)],
    ids=["sent-while-the-survey-about-the-iro-is-open", "naming-the-role"],
)
async def test_an_alert_about_the_iro_stays_so_for_an_iro_recorded_after_it(
    world: BotWorld, world_council: Council, survey: str, words: str
) -> None:
    """Words about the IRO from a child with no IRO on record (sent while the survey about the
    IRO is open, or naming the role): the child hears the duty team alone will know, and every
    reader keeps to that, also once their IRO is recorded. (Kept only through the IRO's id, the
    answer was lost without one: staff read that the IRO would know, and the IRO recorded
    later was sent the words.)"""
    async with world.db.transaction() as conn:
        await conn.execute("UPDATE children SET iro_id = NULL WHERE id = ?", (world_council.teen,))
    jordan, _ = await _jordan_in(world, world_council, survey)
    told = await jordan.photo(caption=words)
    caring = next(m.text for m in told if "0800 1111" in m.text)
    assert "duty team" in caring and "IRO" not in caring
    [alert] = await world.query("SELECT about_iro, about_staff_id FROM alerts")
    assert (alert["about_iro"], alert["about_staff_id"]) == (1, None)
    [to_duty] = _alerts_to(world, DUTY_CHAT)
    assert "the duty team will know" in to_duty and "their IRO and" not in to_duty

    async with world.db.transaction() as conn:
        await conn.execute(
            "UPDATE children SET iro_id = ? WHERE id = ?", (world_council.iro, world_council.teen)
        )
    world.clock.advance(hours=2)
    await scheduler.escalate_alerts(world.app.bot, world.services, now=world.clock())
    assert _alerts_to(world, IRO_CHAT) == []
    escalated = [text for text in _alerts_to(world, DUTY_CHAT) if "ESCALATED" in text]
    assert escalated and words in escalated[0]
