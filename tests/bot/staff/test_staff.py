"""Staff over the real bot: alerts acknowledged and escalated, an IRO sees only their own
children by every command and button, a participation officer sees no names."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from bot.outbox import scheduler
from bot.safeguarding import alerts as safeguarding
from storage import alerts
from tests.support.council import (
    ADMIN_CHAT,
    DUTY_CHAT,
    IRO_CHAT,
    OTHER_IRO_CHAT,
    PARTICIPATION_CHAT,
    TEEN_CHAT,
    Council,
    add_review,
)
from tests.support.telegram import BotWorld, skip_to

NOW = datetime(2026, 3, 10, 10, 30, tzinfo=UTC)


async def raise_alert(world: BotWorld, child_id: int, words: str) -> int:
    async with world.db.transaction() as conn:
        alert_id = await alerts.create_alert(
            conn,
            world.db.cipher,
            child_id=child_id,
            run_id=None,
            kind="concern",
            categories=["physical_abuse"],
            excerpt=words,
            source="message",
            now=world.clock(),
        )
    await safeguarding.notify_alert(world.app.bot, world.services, alert_id)
    return alert_id


def alert_messages(world: BotWorld, chat_id: int, alert_id: int) -> list[str]:
    return [m.text for m in world.api.messages(chat_id) if f"alert #{alert_id}" in m.text]


async def test_alert_delivered_then_acknowledged_and_the_others_are_told(
    world: BotWorld, world_council: Council
) -> None:
    world.clock.now = NOW
    alert_id = await raise_alert(world, world_council.teen, "he hits me")
    [to_iro] = [m for m in world.api.messages(IRO_CHAT) if f"alert #{alert_id}" in m.text]
    assert "he hits me" in to_iro.text and to_iro.button_data == [f"ack:{alert_id}"]
    assert alert_messages(world, DUTY_CHAT, alert_id)
    assert alert_messages(world, OTHER_IRO_CHAT, alert_id) == []

    # Another IRO forging the button changes nothing.
    await world.chat(OTHER_IRO_CHAT).press(to_iro.message_id, f"ack:{alert_id}")
    [row] = await world.query("SELECT acknowledged_by FROM alerts WHERE id = ?", alert_id)
    assert row["acknowledged_by"] is None

    world.clock.now = NOW + timedelta(minutes=4)
    await world.chat(IRO_CHAT).press(to_iro.message_id, f"ack:{alert_id}")
    [row] = await world.query(
        "SELECT acknowledged_by, acknowledged_at FROM alerts WHERE id = ?", alert_id
    )
    assert row["acknowledged_by"] == world_council.iro
    assert row["acknowledged_at"] == "2026-03-10T10:34:00+00:00"
    handled = [m.text for m in world.api.messages(DUTY_CHAT) if "being handled" in m.text]
    assert handled == [
        f"✅ Alert #{alert_id} is being handled by Alice Reviewer (acknowledged 10:34)."
    ]
    [audit] = await world.query("SELECT actor FROM audit_log WHERE action = 'alert.acknowledge'")
    assert audit["actor"] == "staff:IRO01"

    # Acknowledged alerts are never escalated.
    await scheduler.escalate_alerts(world.app.bot, world.services, now=NOW + timedelta(hours=2))
    assert not any("ESCALATED" in t for t in alert_messages(world, ADMIN_CHAT, alert_id))


async def test_unacknowledged_alert_is_escalated_every_interval(
    world: BotWorld, world_council: Council
) -> None:
    world.clock.now = NOW
    alert_id = await raise_alert(world, world_council.younger, "I want to die")
    bot, services = world.app.bot, world.services
    assert await scheduler.escalate_alerts(bot, services, now=NOW + timedelta(minutes=29)) == 0
    assert await scheduler.escalate_alerts(bot, services, now=NOW + timedelta(minutes=31)) == 1
    admin_copy = alert_messages(world, ADMIN_CHAT, alert_id)
    assert len(admin_copy) == 1 and "ESCALATED" in admin_copy[0]
    assert "I want to die" not in admin_copy[0], "admins never see the child's words"
    assert any("ESCALATED" in t for t in alert_messages(world, DUTY_CHAT, alert_id))
    # Not again until another interval has passed; then again.
    assert await scheduler.escalate_alerts(bot, services, now=NOW + timedelta(minutes=45)) == 0
    assert await scheduler.escalate_alerts(bot, services, now=NOW + timedelta(minutes=62)) == 1
    [row] = await world.query("SELECT escalations, escalated_at FROM alerts WHERE id = ?", alert_id)
    assert (row["escalations"], row["escalated_at"]) == (2, "2026-03-10T11:32:00+00:00")


async def test_an_iro_sees_only_their_own_children(world: BotWorld, world_council: Council) -> None:
    world.clock.now = NOW
    mine = await add_review(world.db, world_council.teen, NOW + timedelta(days=3))
    theirs = await add_review(world.db, world_council.other_child, NOW - timedelta(hours=1))
    iro = world.chat(IRO_CHAT)

    upcoming = "\n".join(m.text for m in await iro.send("/upcoming"))
    assert "Jordan (C001)" in upcoming and "Kai" not in upcoming and "C003" not in upcoming
    for command in ("/views C003", "/views C999", "/held C003"):
        [answer] = await iro.send(command)
        assert answer.text == "No child with that reference among your children."
    other = world.chat(OTHER_IRO_CHAT)
    assert "Kai (C003)" in "\n".join(m.text for m in await other.send("/upcoming"))

    # Forged buttons for another IRO's child: nothing recorded, nothing revealed.
    shown = (await iro.send("/upcoming"))[0]
    for data in (f"pr:{theirs}:PN1:i:1:1", f"held:{theirs}", f"pr:{theirs}"):
        answers = await iro.press(shown.message_id, data)
        assert all(m.text == "No child with that reference among your children." for m in answers)
    alert_id = await raise_alert(world, world_council.other_child, "he hurts me")
    await iro.press(shown.message_id, f"ack:{alert_id}")
    [review] = await world.query(
        "SELECT participation_code, held FROM reviews WHERE id = ?", theirs
    )
    assert (review["participation_code"], review["held"]) == (None, 0)
    [alert] = await world.query("SELECT acknowledged_at FROM alerts WHERE id = ?", alert_id)
    assert alert["acknowledged_at"] is None
    assert all("Kai" not in m.text for m in world.api.messages(IRO_CHAT))
    assert all(
        answer.get("text")
        in (
            None,
            "",
            "No child with that reference among your children.",
            "This alert is not one you can acknowledge.",
        )
        for answer in world.api.callback_answers.values()
    )

    # Their own child: marked held, then coded through the buttons.
    [held] = await iro.send("/held C001")
    assert held.text == "Jordan (C001) has no review today or before to mark held."
    world.clock.now = NOW + timedelta(days=3, hours=2)
    [held] = await iro.send("/held C001")
    assert held.text.startswith("Marked held")
    await scheduler.tick(world.app.bot, world.services, scheduler.TickState())
    prompt = [m for m in world.api.messages(IRO_CHAT) if "take part" in m.text][-1]
    await iro.tap("PN1", prompt)
    await iro.tap("In person", prompt)
    await iro.tap("Yes", prompt)
    await iro.tap("No", prompt)
    [review] = await world.query(
        "SELECT participation_code, mode, held, child_chaired, iro_spoke_beforehand, recorded_by "
        "FROM reviews WHERE id = ?",
        mine,
    )
    assert tuple(review) == ("PN1", "in_person", 1, 1, 0, world_council.iro)
    # Once recorded, the IRO is offered the "you said / we did" note for next time.
    recorded = [m for m in world.api.messages(IRO_CHAT) if "Recorded for" in m.text][-1]
    assert "Add a “you said / we did” note for next time, e.g. /wedid C001" in recorded.text
    [saved] = await iro.send("/wedid C001 You asked to meet after school: we did.")
    assert saved.text.startswith("Saved for the review of Jordan (C001)")
    actions = [r["action"] for r in await world.query("SELECT action FROM audit_log")]
    assert {"upcoming", "review.held", "review.participation", "review.we_did"} <= set(actions)
    # Each names the IRO who did it and the child whose review it was.
    done = await world.query(
        "SELECT action, actor, child_id, detail FROM audit_log WHERE action LIKE 'review.%' "
        "ORDER BY id"
    )
    assert [(*row[:3], json.loads(row[3])["review_id"]) for row in done] == [
        (action, "staff:IRO01", world_council.teen, mine)
        for action in ("review.held", "review.participation", "review.we_did")
    ]


async def test_participation_officer_sees_figures_without_names(
    world: BotWorld, world_council: Council
) -> None:
    world.clock.now = NOW
    await add_review(world.db, world_council.teen, NOW - timedelta(days=20))
    officer = world.chat(PARTICIPATION_CHAT)
    [report] = await officer.send("/report")
    assert "Participation" in report.text
    for name in ("Jordan", "Mia", "Kai", "C001", "C002", "C003"):
        assert name not in report.text
    [refused] = await officer.send("/views C001")
    assert refused.text == "No child with that reference among your children."
    [refused] = await officer.send("/upcoming")
    assert "for IROs and admins" in refused.text
    [audit] = await world.query("SELECT actor, detail FROM audit_log WHERE action LIKE 'report%'")
    assert audit["actor"] == "staff:PART01" and '"exact": false' in audit["detail"]
    admin_report = (await world.chat(ADMIN_CHAT).send("/report"))[0].text
    assert "Participation" in admin_report


async def test_views_sends_a_summary_and_the_page_and_is_audited(
    world: BotWorld, world_council: Council
) -> None:
    world.clock.now = NOW
    await add_review(world.db, world_council.teen, NOW + timedelta(days=5))
    sent = await world.chat(IRO_CHAT).send("/views C001")
    assert "Jordan" in sent[0].text
    assert sent[1].kind == "document" and sent[1].file_name == "views-C001.html"
    assert sent[1].file_bytes is not None and b"Jordan" in sent[1].file_bytes
    [audit] = await world.query("SELECT actor, child_id FROM audit_log WHERE action = 'views'")
    assert (audit["actor"], audit["child_id"]) == ("staff:IRO01", world_council.teen)


async def test_views_sends_the_childs_voice_notes_to_their_iro_only(
    world: BotWorld, world_council: Council
) -> None:
    world.clock.now = NOW
    review = await add_review(world.db, world_council.teen, NOW + timedelta(days=5))
    run_id = await world.offer(world_council.teen, "my_review", review_id=review)
    jordan = world.chat(TEEN_CHAT)
    await jordan.send("/start")
    question = await skip_to(world, jordan, run_id, "for_iro")
    await jordan.voice()
    await jordan.tap("Just for my IRO")
    await jordan.tap("Send")
    [answer] = await world.query(
        "SELECT kind, text, audience FROM answers WHERE run_id = ? AND question_id = 'for_iro'",
        run_id,
    )
    file_ref = world.db.cipher.decrypt(answer["text"])
    assert (answer["kind"], answer["audience"]) == ("voice", "iro_only")
    await raise_alert(world, world_council.teen, "he hits me")

    sent = await world.chat(IRO_CHAT).send("/views C001")
    assert [m.kind for m in sent] == ["text", "document", "voice"]
    voice = sent[2]
    assert voice.text == question.text and voice.file_bytes == b"OggS"
    [call] = [c for c in world.api.calls if c.method.lower() == "sendvoice"]
    assert call.params["voice"] == file_ref  # the same file, sent again: nothing uploaded
    page = (sent[1].file_bytes or b"").decode("utf-8")
    assert "Voice note: sent to you in the chat when you use /views" in page
    assert file_ref not in page and file_ref not in sent[0].text
    assert "he hits me" in page and "Just for my IRO: not to be shared at the meeting" in page

    # An admin may read the views, but not the child's words in an alert, nor what they kept
    # just for their IRO, spoken or written.
    admin = await world.chat(ADMIN_CHAT).send("/views C001")
    assert [m.kind for m in admin] == ["text", "document"]
    admin_page = (admin[1].file_bytes or b"").decode("utf-8")
    assert "he hits me" not in admin_page and "An alert was raised on" in admin_page
    assert "Jordan kept 1 answer just for their IRO" in admin_page
    rows = await world.query("SELECT actor, detail FROM audit_log WHERE action = 'views'")
    assert [(r["actor"], r["detail"]) for r in rows] == [
        ("staff:IRO01", '{"voice_notes": 1}'),
        ("staff:ADM01", '{"voice_notes": 0}'),
    ]


async def test_an_iro_cannot_acknowledge_an_alert_from_a_survey_about_them(
    world: BotWorld, world_council: Council
) -> None:
    """A Tell Us More disclosure goes to duty staff, not the IRO it is about; that IRO's forged
    button is refused even though escalation reaches other staff."""
    world.clock.now = NOW
    run_id = await world.offer(world_council.teen, "tell_us_more")
    async with world.db.transaction() as conn:
        alert_id = await alerts.create_alert(
            conn,
            world.db.cipher,
            child_id=world_council.teen,
            run_id=run_id,
            kind="concern",
            categories=["physical_abuse"],
            excerpt="my iro shouts at me",
            source="answer",
            now=world.clock(),
        )
    await safeguarding.notify_alert(world.app.bot, world.services, alert_id)
    assert alert_messages(world, IRO_CHAT, alert_id) == []
    [to_duty] = [m for m in world.api.messages(DUTY_CHAT) if f"alert #{alert_id}" in m.text]

    await world.chat(IRO_CHAT).press(to_duty.message_id, f"ack:{alert_id}")
    [row] = await world.query("SELECT acknowledged_by FROM alerts WHERE id = ?", alert_id)
    assert row["acknowledged_by"] is None
    assert "This alert is not one you can acknowledge." in [
        answer.get("text") for answer in world.api.callback_answers.values()
    ]

    await world.chat(DUTY_CHAT).press(to_duty.message_id, f"ack:{alert_id}")
    [row] = await world.query("SELECT acknowledged_by FROM alerts WHERE id = ?", alert_id)
    assert row["acknowledged_by"] == world_council.duty
