"""Staff e-mails through a real SMTP server: the child's IRO hears their views came back, and
duty and the IRO hear of a new alert; neither e-mail names the child or holds their words."""

from __future__ import annotations

import asyncio

from tests.bot.channels.web.world import FormClient, WebWorld
from tests.staffapp.mailbox import Mailbox
from tests.staffapp.world import (
    DUTY_EMAIL,
    IRO_EMAIL,
    OTHER_IRO_EMAIL,
    skip_to_the_end,
    with_email,
)


async def test_the_iro_is_emailed_a_link_when_views_come_back(
    world: WebWorld, child: FormClient, mailbox: Mailbox
) -> None:
    with_email(world, mailbox)
    await child.get(await world.new_link())
    await child.choose_pin("4829")
    await skip_to_the_end(child)
    (mail,) = await asyncio.to_thread(mailbox.wait_for, IRO_EMAIL, seconds=60)
    body = mail.get_content()
    assert mail["Subject"] == "hearme: a consultation came back"
    assert f"{world.base_url}/staff/" in body
    assert "Sam" not in body and "C100" not in body
    assert mailbox.to(OTHER_IRO_EMAIL) == [] and mailbox.to(DUTY_EMAIL) == []


async def test_duty_and_the_childs_iro_are_emailed_about_a_disclosure(
    world: WebWorld, child: FormClient, mailbox: Mailbox
) -> None:
    from bot.staffapp import mail

    with_email(world, mailbox)
    await child.get(await world.new_link())
    await child.choose_pin("4829")
    await child.say("my stepdad hits me when mum is out")
    (alert,) = world.rows("SELECT id FROM alerts")
    reached = await mail.email_alert(world.services, alert["id"])
    assert reached == 2
    for address in (DUTY_EMAIL, IRO_EMAIL):
        (message,) = mailbox.to(address)
        assert f"alert #{alert['id']}" in message["Subject"]
        assert "stepdad" not in message.get_content() and "Sam" not in message.get_content()
    assert mailbox.to(OTHER_IRO_EMAIL) == []


def test_safeguarding_imports_nothing_from_the_staff_app() -> None:
    # E-mail reaches safeguarding by registering with telling, never by an import back up
    # (a function-local import counts too).
    from tests.test_layers import ROOT, imports_of

    found = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in sorted((ROOT / "bot" / "safeguarding").rglob("*.py"))
        for line, name in imports_of(path)
        if name.startswith("bot.staffapp")
    ]
    assert found == []


async def test_telling_e_mails_through_the_teller_the_staff_app_registered(
    world: WebWorld, child: FormClient, mailbox: Mailbox
) -> None:
    from bot.safeguarding import telling
    from tests.staffapp.world import ADMIN_EMAIL

    assert "e-mail" in telling.registered()  # the staff app registered it as it was built
    with_email(world, mailbox)
    await child.get(await world.new_link())
    await child.choose_pin("4829")
    await child.say("my stepdad hits me when mum is out")
    (alert,) = world.rows("SELECT id FROM alerts")
    # No bot: the registered ways alone (what `hearme run` does without Telegram).
    assert await telling.notify_alert(None, world.services, alert["id"]) == 2
    assert mailbox.to(ADMIN_EMAIL) == []
    # The scheduler's escalation goes the same way, and adds the admins.
    assert await telling.notify_alert(None, world.services, alert["id"], escalation=True) == 3
    (escalated,) = mailbox.to(ADMIN_EMAIL)
    assert "still waiting to be acknowledged" in escalated["Subject"]
    assert len(mailbox.to(DUTY_EMAIL)) == 2 and len(mailbox.to(IRO_EMAIL)) == 2
