"""Staff e-mails through a real SMTP server: the child's IRO hears their views came back, and
duty and the IRO hear of a new alert; neither e-mail names the child or holds their words."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from bot.settings import StaffEmail
from tests.bot.channels.web.world import FormClient, WebWorld
from tests.staffapp.mailbox import Mailbox, smtp_server
from tests.staffapp.world import DUTY_EMAIL, IRO_EMAIL, OTHER_IRO_EMAIL


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    with smtp_server() as box:
        yield box


def _with_email(world: WebWorld, mailbox: Mailbox) -> None:
    world.services.settings = world.services.settings.model_copy(
        update={
            "staff_email": StaffEmail(
                host="127.0.0.1",
                port=mailbox.port,
                security="none",
                from_address="hearme@council.example",
            )
        }
    )


async def _finish(child: FormClient) -> None:
    for _ in range(60):
        page = child.page
        assert page is not None
        labels = [label for label, _ in page.buttons()]
        if any("Send" in label for label in labels):
            await child.press("Send")
            return
        await child.press("Skip")
    raise AssertionError("the survey never reached its last step")


async def test_the_iro_is_emailed_a_link_when_views_come_back(
    world: WebWorld, child: FormClient, mailbox: Mailbox
) -> None:
    _with_email(world, mailbox)
    await child.get(await world.new_link())
    await child.choose_pin("4829")
    await _finish(child)
    (mail,) = await asyncio.to_thread(mailbox.wait_for, IRO_EMAIL, seconds=5)
    body = mail.get_content()
    assert mail["Subject"] == "hearme: a consultation came back"
    assert f"{world.base_url}/staff/" in body
    assert "Sam" not in body and "C100" not in body
    assert mailbox.to(OTHER_IRO_EMAIL) == [] and mailbox.to(DUTY_EMAIL) == []


async def test_duty_and_the_childs_iro_are_emailed_about_a_disclosure(
    world: WebWorld, child: FormClient, mailbox: Mailbox
) -> None:
    from bot.staffapp import mail

    _with_email(world, mailbox)
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
