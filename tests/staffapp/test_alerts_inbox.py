"""The alerts inbox: duty and the child's IRO read the words and acknowledge; an IRO never sees
an alert about themselves; the policy is the same one the Telegram commands ask."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.conversation.consultation import offer
from bot.staff import access as policy
from bot.staffapp import mail
from storage import alerts, staff
from storage.children import Child
from storage.crypto import Cipher
from storage.staff import StaffMember
from surveys.concerns import LEARNED, LEARNED_SERIOUS
from tests.bot.channels.web.world import FormClient, WebWorld
from tests.staffapp.mailbox import Mailbox
from tests.staffapp.world import ADMIN_EMAIL, DUTY_EMAIL, IRO_EMAIL, csrf, sign_in, with_email

WORDS = "he hits me when nobody is home"


async def _alert(
    world: WebWorld,
    *,
    about: str | None = None,
    categories: tuple[str, ...] = ("physical_abuse",),
    child_id: int | None = None,
    words: str = WORDS,
) -> int:
    async with world.services.db.transaction() as conn:
        alert_id = await alerts.create_alert(
            conn,
            world.services.db.cipher,
            child_id=world.child_id if child_id is None else child_id,
            run_id=None,
            kind="concern",
            categories=list(categories),
            excerpt=words,
            source="web",
            now=world.clock(),
        )
        if about is not None:
            member = await staff.get_staff_by_ref(conn, about)
            assert member is not None
            await conn.execute(
                "UPDATE alerts SET about_staff_id = ? WHERE id = ?", (member.id, alert_id)
            )
    return alert_id


async def test_duty_reads_the_words_and_acknowledges(world: WebWorld, browser: FormClient) -> None:
    alert_id = await _alert(world)
    await sign_in(browser, DUTY_EMAIL)  # duty start on their inbox
    page = browser.page
    assert page is not None and page.url.endswith("/staff/alerts")
    assert f"Alert #{alert_id}" in page.text() and WORDS in page.text()
    assert "not escalated" in page.text()
    page = await browser.post(f"/staff/alerts/{alert_id}/acknowledge", {"csrf": csrf(page)})
    assert "Acknowledged. Thank you." in page.text() and "No open alerts" in page.text()
    (row,) = world.rows("SELECT acknowledged_by, acknowledged_at FROM alerts")
    (duty,) = world.rows("SELECT id FROM staff WHERE staff_ref = 'DUTY1'")
    assert row["acknowledged_by"] == duty["id"] and row["acknowledged_at"]


async def test_the_childs_iro_sees_it_but_never_one_about_themselves(
    world: WebWorld, browser: FormClient
) -> None:
    shown = await _alert(world)
    hidden = await _alert(world, about="IRO1")
    page = await sign_in(browser, IRO_EMAIL)
    page = await browser.get("/staff/alerts")
    assert f"Alert #{shown}" in page.text() and f"Alert #{hidden}" not in page.text()
    refused = await browser.post(f"/staff/alerts/{hidden}/acknowledge", {"csrf": csrf(page)})
    assert refused.status == 404
    (row,) = world.rows("SELECT acknowledged_at FROM alerts WHERE id = ?", hidden)
    assert row[0] is None


async def test_the_words_of_an_alert_a_reader_may_not_see_are_never_read_for_them(
    world: WebWorld, browser: FormClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Who may see an alert is decided before its words are decrypted: the IRO's inbox reads
    the words of their own child's alert alone, not those of an alert about them nor of another
    IRO's child; an admin's reads none."""
    about_them, elsewhere = "my iro shouts at me", "my foster dad hits me"
    [other_child] = world.rows("SELECT id FROM children WHERE child_ref = 'C200'")
    await _alert(world, about="IRO1", words=about_them)
    await _alert(world, child_id=other_child["id"], words=elsewhere)
    await _alert(world)
    read: list[str] = []
    decrypt = Cipher.decrypt

    def reading(cipher: Cipher, blob: bytes) -> str:
        text = decrypt(cipher, blob)
        read.append(text)
        return text

    await sign_in(browser, IRO_EMAIL)
    monkeypatch.setattr(Cipher, "decrypt", reading)
    page = (await browser.get("/staff/alerts")).text()
    assert WORDS in page and about_them not in page and elsewhere not in page
    assert WORDS in read and about_them not in read and elsewhere not in read

    async with FormClient(world.base_url) as admin:
        await sign_in(admin, ADMIN_EMAIL)
        read.clear()
        page = (await admin.get("/staff/alerts")).text()
    assert page.count("Alert #") == 3 and not {WORDS, about_them, elsewhere} & set(read)


async def test_the_inbox_says_how_urgent_and_when_only_the_model_heard_it(
    world: WebWorld, browser: FormClient
) -> None:
    await _alert(world)
    await _alert(world, categories=(LEARNED_SERIOUS,))
    await _alert(world, categories=(LEARNED,))
    await sign_in(browser, DUTY_EMAIL)
    page = await browser.get("/staff/alerts")
    text = " ".join(page.text().split())
    assert "URGENT. Possible disclosure: physical abuse." in text
    # No listed phrase matched: staff are told plainly to read the words.
    assert (
        "URGENT. Possible disclosure: words like a disclosure of serious harm that no listed "
        "phrase matched (please read them now)."
    ) in text
    assert (
        "Worry (not urgent). Possible disclosure: words like a disclosure that no listed "
        "phrase matched (please read them)."
    ) in text
    assert LEARNED_SERIOUS not in text and LEARNED not in text


def _member(role: str, member_id: int = 7, active: bool = True) -> StaffMember:
    from datetime import UTC, datetime

    moment = datetime(2026, 1, 1, tzinfo=UTC)
    return StaffMember(member_id, f"S{member_id}", "Someone", role, None, active, moment, moment)


def _child(iro_id: int | None, status: str = "active") -> Child:
    from datetime import UTC, datetime

    moment = datetime(2026, 1, 1, tzinfo=UTC)
    return Child(
        id=1,
        child_ref="C1",
        first_name="Sam",
        preferred_name=None,
        date_of_birth=date(2015, 1, 1),
        iro_id=iro_id,
        language="en",
        preferred_words={},
        status=status,
        erasure_requested_at=None,
        created_at=moment,
        updated_at=moment,
    )


def test_the_policy_decides_children_alerts_and_reports() -> None:
    iro, other, admin = _member("iro", 7), _member("iro", 8), _member("admin", 9)
    duty, po = _member("duty", 10), _member("participation", 11)
    child = _child(iro_id=7)
    assert policy.may_see(iro, child) and policy.may_see(admin, child)
    assert not any(policy.may_see(m, child) for m in (other, duty, po))
    assert not policy.may_see(_member("iro", 7, active=False), child)
    assert not policy.may_see(admin, _child(iro_id=7, status="erased"))

    def access(member: StaffMember, **facts: object) -> policy.AlertAccess:
        args: dict[str, object] = {"childs_iro_id": 7, "about_staff_id": None, "about_iro": False}
        args.update(facts)
        return policy.alert_access(member, **args)  # type: ignore[arg-type]

    assert access(iro).excerpt and access(duty).excerpt
    assert access(admin).sees and not access(admin).excerpt
    assert not access(other).sees and not access(po).sees
    assert not access(iro, about_staff_id=7).sees and not access(iro, about_iro=True).sees
    assert access(duty, about_iro=True).excerpt
    assert not access(duty, about_staff_id=10).sees
    assert policy.may_read_reports(po) and not policy.may_read_reports(iro)
    assert policy.may_see_exact(admin) and not policy.may_see_exact(po)


async def test_asking_to_talk_on_the_page_in_the_survey_about_the_iro_is_for_duty_alone(
    world: WebWorld, browser: FormClient, child: FormClient
) -> None:
    await offer(
        world.services,
        child_id=world.child_id,
        definition_id="tell_us_more",
        review_id=None,
        now=world.clock(),
        closes_at=world.clock() + timedelta(days=14),
    )
    await child.get(await world.new_link())
    page = await child.choose_pin("4829")
    assert "IRO" in page.text()  # the survey about the IRO is the one on the page
    page = await child.press("I want to talk to someone")
    assert "duty worker" in page.text()
    [alert] = world.rows("SELECT id, kind, about_staff_id FROM alerts")
    [iro] = world.rows("SELECT id FROM staff WHERE staff_ref = 'IRO1'")
    assert (alert["kind"], alert["about_staff_id"]) == ("talk", iro["id"])
    await sign_in(browser, IRO_EMAIL)
    assert f"Alert #{alert['id']}" not in (await browser.get("/staff/alerts")).text()
    await browser.close()
    async with FormClient(world.base_url) as duty:
        await sign_in(duty, DUTY_EMAIL)
        inbox = (await duty.get("/staff/alerts")).text()
        assert f"Alert #{alert['id']}" in inbox and "asked to talk" in inbox


async def test_the_inbox_says_the_iro_was_kept_off_and_what_the_child_was_shown(
    world: WebWorld, browser: FormClient, child: FormClient, mailbox: Mailbox
) -> None:
    """What the Telegram message says beside the words is on the page too, for staff who use
    only e-mail and the app; the IRO the words are about sees none of it, nor is e-mailed."""
    with_email(world, mailbox)
    await child.get(await world.new_link())
    await child.choose_pin("4829")
    await child.say("my IRO hits me when nobody is looking")
    [alert] = world.rows("SELECT id, about_staff_id, child_reply FROM alerts")
    [iro] = world.rows("SELECT id FROM staff WHERE staff_ref = 'IRO1'")
    assert (alert["about_staff_id"], alert["child_reply"]) == (iro["id"], "urgent")
    kept_off = (
        "Their words name or concern their IRO (or began in the survey about them), so their "
        "IRO has not been sent it."
    )
    shown = (
        "The child has been given Childline 0800 1111 and told to call 999 if in danger, and "
        "that the duty team will know."
    )
    await sign_in(browser, DUTY_EMAIL)
    duty = " ".join((await browser.get("/staff/alerts")).text().split())
    assert f"Alert #{alert['id']}" in duty and "hits me when nobody" in duty
    assert kept_off in duty and shown in duty
    async with FormClient(world.base_url) as admin:
        await sign_in(admin, ADMIN_EMAIL)
        page = " ".join((await admin.get("/staff/alerts")).text().split())
        assert f"Alert #{alert['id']}" in page and kept_off in page and shown in page
        assert "hits" not in page and "nobody is looking" not in page
    async with FormClient(world.base_url) as their_iro:
        await sign_in(their_iro, IRO_EMAIL)
        page = (await their_iro.get("/staff/alerts")).text()
        assert f"Alert #{alert['id']}" not in page and "No open alerts" in page

    assert await mail.email_alert(world.services, alert["id"]) == 2
    assert mailbox.to(IRO_EMAIL) == []
    for address in (DUTY_EMAIL, ADMIN_EMAIL):
        (message,) = mailbox.to(address)
        body = message.get_content()
        assert "hits" not in body and "Sam" not in body and "999" not in body


async def test_the_inbox_says_a_child_thanked_for_telling_more_had_no_999_again(
    world: WebWorld, browser: FormClient
) -> None:
    async with world.services.db.transaction() as conn:
        for reply in ("urgent", "told_more"):
            await alerts.create_alert(
                conn,
                world.services.db.cipher,
                child_id=world.child_id,
                run_id=None,
                kind="concern",
                categories=["coercion"],
                excerpt=WORDS,
                source="web",
                now=world.clock(),
                child_reply=reply,
            )
    await sign_in(browser, DUTY_EMAIL)
    page = " ".join((await browser.get("/staff/alerts")).text().split())
    first, second = page.split("Alert #2")
    assert "told to call 999 if in danger, and that their IRO and the duty team will know" in first
    assert "thanked for telling more" not in first and "IRO has not been sent it" not in first
    assert "thanked for telling more and told their IRO and the duty team will know this too" in (
        second
    )
    assert "without 999 or Childline again" in second
    assert "has been given Childline" not in second
