"""When a child writes, hearme answers at once: an offer held back by quiet hours is offered in
the reply (and never sent again later), and a child who had blocked the bot is reachable again.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from bot.outbox import scheduler
from hearme_dev.sandbox import Fault
from storage import outbox, runs
from tests.support.council import IRO_CHAT, TEEN_CHAT, YOUNGER_CHAT, Council, add_review
from tests.support.telegram import BotWorld

REVIEW_AT = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
OFFER_KEY = "offer:my_review:review:1"
NEW_PHONE = 555_001


async def tick_at(world: BotWorld, state: scheduler.TickState, moment: datetime) -> None:
    world.clock.now = moment
    await scheduler.tick(world.app.bot, world.services, state)


async def test_an_offer_held_by_quiet_hours_is_offered_when_the_child_writes(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.teen, REVIEW_AT)
    state = scheduler.TickState()
    await tick_at(world, state, datetime(2026, 3, 10, 21, 0, tzinfo=UTC))
    held = await outbox.get_by_key(world.db.reader, OFFER_KEY)
    assert held is not None and held.status == "pending" and held.due_at.hour == 8
    assert world.api.messages(TEEN_CHAT) == []

    world.clock.now = datetime(2026, 3, 10, 21, 5, tzinfo=UTC)
    replies = await world.chat(TEEN_CHAT).send("hi is there anything for me")
    assert replies[0].text.startswith("Hi Jordan")
    assert not any("Nothing to answer" in m.text for m in replies)
    assert replies[-1].buttons, "the first question, ready to answer"
    [run] = await runs.runs_for_child(world.db.reader, world_council.teen)
    assert (run.definition_id, run.status, run.closes_at) == ("my_review", "sent", REVIEW_AT)
    row = await outbox.get_by_key(world.db.reader, OFFER_KEY)
    assert row is not None and (row.status, row.run_id) == ("sent", run.id)
    reminders = await world.query(
        "SELECT kind FROM outbox WHERE run_id = ? AND kind != 'offer'", run.id
    )
    assert sorted(r["kind"] for r in reminders) == ["close", "remind", "remind"]

    shown = len(world.api.messages(TEEN_CHAT))
    await tick_at(world, state, datetime(2026, 3, 11, 8, 0, tzinfo=UTC))
    assert len(world.api.messages(TEEN_CHAT)) == shown, "the offer is never sent twice"
    assert len(await runs.runs_for_child(world.db.reader, world_council.teen)) == 1


async def test_an_offer_planned_for_later_is_not_brought_forward(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.teen, REVIEW_AT)
    state = scheduler.TickState()
    await tick_at(world, state, datetime(2026, 3, 5, 12, 0, tzinfo=UTC))  # offer due on the 10th
    replies = await world.chat(TEEN_CHAT).send("hello")
    assert replies[0].text.startswith("Nothing to answer right now")
    assert await runs.runs_for_child(world.db.reader, world_council.teen) == []


async def test_a_child_who_blocked_the_bot_and_writes_again_is_reachable(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.younger, REVIEW_AT)

    def blocked(method: str, params: dict[str, Any]) -> Fault | None:
        return Fault.blocked() if int(params.get("chat_id", 0)) == YOUNGER_CHAT else None

    world.api.faults = blocked
    state = scheduler.TickState()
    await tick_at(world, state, datetime(2026, 3, 11, 16, 0, tzinfo=UTC))
    [first_run] = await runs.runs_for_child(world.db.reader, world_council.younger)
    assert first_run.status == "expired", "the offer the child never saw does not look pending"
    [child] = await world.query("SELECT status FROM children WHERE id = ?", world_council.younger)
    assert child["status"] == "unreachable"
    await tick_at(world, state, datetime(2026, 3, 11, 16, 1, tzinfo=UTC))

    world.api.faults = None
    world.clock.now = datetime(2026, 3, 11, 17, 0, tzinfo=UTC)
    replies = await world.chat(YOUNGER_CHAT).send("hi sorry i blocked you")
    [child] = await world.query("SELECT status FROM children WHERE id = ?", world_council.younger)
    assert child["status"] == "active"
    [logged] = await world.query(
        "SELECT actor, detail FROM audit_log WHERE action = 'child.reachable' AND child_id = ?",
        world_council.younger,
    )
    assert logged["actor"] == "child:C002" and "sorry" not in logged["detail"]
    assert any("Mia" in m.text for m in replies) and replies[-1].buttons, "offered again at once"
    found = await runs.runs_for_child(world.db.reader, world_council.younger)
    assert sorted(r.status for r in found) == ["expired", "sent"]

    await tick_at(world, state, datetime(2026, 3, 11, 17, 1, tzinfo=UTC))
    await world.chat(YOUNGER_CHAT).send("/help")
    await tick_at(world, state, datetime(2026, 3, 11, 17, 2, tzinfo=UTC))
    iro = [m.text for m in world.api.messages(IRO_CHAT)]
    assert sum("blocked hearme" in t for t in iro) == 1
    back = [t for t in iro if "written to hearme again" in t]
    assert len(back) == 1 and "Mia (C002)" in back[0], "the IRO is told once"


async def test_enrolling_while_an_offer_waits_brings_its_first_question_after_the_hello(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.teen, REVIEW_AT)
    state = scheduler.TickState()
    await tick_at(world, state, datetime(2026, 3, 10, 21, 0, tzinfo=UTC))  # held till morning
    # The young person moves to a new phone and enrols it that evening.
    world.clock.now = datetime(2026, 3, 10, 21, 10, tzinfo=UTC)
    code = await world.invite("child", child_id=world_council.teen)
    replies = await world.chat(NEW_PHONE).send(f"/start {code}")

    hellos = [m.text for m in replies if m.text.startswith("Hi Jordan")]
    assert len(hellos) == 1, "one hello, not one from hearme and another from the survey"
    assert not any("Nothing to answer" in m.text for m in replies)
    assert replies[-1].buttons, "the first question of My Review, ready to answer"
    [run] = await runs.runs_for_child(world.db.reader, world_council.teen)
    row = await outbox.get_by_key(world.db.reader, OFFER_KEY)
    assert row is not None and (row.status, row.run_id) == ("sent", run.id)


async def test_an_offer_due_while_no_chat_is_bound_waits_for_enrolment(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.teen, REVIEW_AT)
    state = scheduler.TickState()
    await tick_at(world, state, datetime(2026, 3, 10, 21, 0, tzinfo=UTC))  # held till morning
    async with world.db.transaction() as conn:  # the old phone's chat is gone
        await conn.execute("DELETE FROM chats WHERE chat_id = ?", (TEEN_CHAT,))
    await tick_at(world, state, datetime(2026, 3, 11, 8, 0, tzinfo=UTC))
    row = await outbox.get_by_key(world.db.reader, OFFER_KEY)
    assert row is not None and row.status == "pending", "kept for when they enrol again"
    assert await runs.runs_for_child(world.db.reader, world_council.teen) == []

    world.clock.now = datetime(2026, 3, 12, 17, 0, tzinfo=UTC)
    code = await world.invite("child", child_id=world_council.teen)
    replies = await world.chat(NEW_PHONE).send(f"/start {code}")
    assert replies[-1].buttons, "My Review's first question straight after the hello"
    row = await outbox.get_by_key(world.db.reader, OFFER_KEY)
    assert row is not None and row.status == "sent"

    await tick_at(world, state, REVIEW_AT + timedelta(days=1))
    offered = await runs.runs_for_child(world.db.reader, world_council.teen)
    assert [r.definition_id for r in offered].count("my_review") == 1, "never offered twice"


async def test_an_offer_waiting_for_enrolment_is_cancelled_once_its_window_closes(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.teen, REVIEW_AT)
    state = scheduler.TickState()
    await tick_at(world, state, datetime(2026, 3, 10, 21, 0, tzinfo=UTC))
    async with world.db.transaction() as conn:
        await conn.execute("DELETE FROM chats WHERE chat_id = ?", (TEEN_CHAT,))
    await tick_at(world, state, datetime(2026, 3, 11, 8, 0, tzinfo=UTC))
    await tick_at(world, state, REVIEW_AT + timedelta(hours=1))
    row = await outbox.get_by_key(world.db.reader, OFFER_KEY)
    assert row is not None and row.status == "cancelled"
