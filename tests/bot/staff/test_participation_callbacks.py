"""The IRO's participation buttons against forged and stale presses, over the real bot: PN0
only and always for a child under 4 on the review date, and a recorded code is replaced only
once the IRO says so."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from hearme_dev.sandbox import BotMessage
from tests.support.council import IRO_CHAT, Council, add_review
from tests.support.telegram import BotWorld

NOW = datetime(2026, 3, 10, 10, 30, tzinfo=UTC)


async def code_of(world: BotWorld, review_id: int) -> str | None:
    [row] = await world.query("SELECT participation_code FROM reviews WHERE id = ?", review_id)
    code: str | None = row["participation_code"]
    return code


async def press(world: BotWorld, message: BotMessage, data: str) -> dict[str, object]:
    """Press ``data`` on ``message`` in the IRO's chat; returns how the press was answered."""
    query_id = await world.api.press(IRO_CHAT, message.message_id, data)
    await world.processed(world.api.last_update_id)
    return world.api.callback_answers[query_id]


def shown(world: BotWorld, message: BotMessage) -> BotMessage:
    [now] = [m for m in world.api.messages(IRO_CHAT) if m.message_id == message.message_id]
    return now


async def test_pn0_is_refused_for_a_teenager_and_required_for_a_toddler(
    world: BotWorld, world_council: Council
) -> None:
    world.clock.now = NOW
    teen_review = await add_review(world.db, world_council.teen, NOW - timedelta(days=1))
    toddler = await world.add_child("C010", "Tia", date(2023, 11, 1), iro_id=world_council.iro)
    toddler_review = await add_review(world.db, toddler, NOW - timedelta(days=1))
    host = (await world.chat(IRO_CHAT).send("/upcoming"))[0]

    for data in (f"pr:{teen_review}:PN0", f"pr:{teen_review}:PN0:i:0:1"):
        answer = await press(world, host, data)
        assert answer.get("show_alert") is True
        assert answer.get("text") == (
            "PN0 is only for a child under 4 on the review date, and Jordan (C001) was not. "
            "Nothing was recorded."
        )
    assert await code_of(world, teen_review) is None

    for data in (f"pr:{toddler_review}:PN1", f"pr:{toddler_review}:PN3:h:0:1"):
        answer = await press(world, host, data)
        assert answer.get("text") == (
            "Tia (C010) was under 4 on the review date, so the code is PN0. Nothing was recorded."
        )
    assert await code_of(world, toddler_review) is None

    answer = await press(world, host, f"pr:{toddler_review}:PN0:v:0:1")
    assert answer.get("text") in (None, "")
    assert await code_of(world, toddler_review) == "PN0"
    assert shown(world, host).text.startswith("Recorded for Tia (C010): PN0")


async def test_a_stale_press_asks_before_replacing_a_recorded_code(
    world: BotWorld, world_council: Council
) -> None:
    world.clock.now = NOW
    review = await add_review(world.db, world_council.teen, NOW - timedelta(days=1))
    iro = world.chat(IRO_CHAT)
    first = (await iro.send("/upcoming"))[0]
    stale = (await iro.send("/upcoming"))[0]
    await press(world, first, f"pr:{review}:PN1:i:1:1")
    assert await code_of(world, review) == "PN1"

    # An older message's buttons, finished later: nothing is replaced without asking.
    await press(world, stale, f"pr:{review}:PN6:v:0:0")
    assert await code_of(world, review) == "PN1"
    asking = shown(world, stale)
    assert asking.text == (
        "PN1 is already recorded for Jordan (C001)'s review (PN1 · attended, spoke for "
        "themselves). Replace it with PN6 · did not attend, views sent another way?"
    )
    assert asking.button_data == [f"pr:{review}:PN6:v:0:0:y", f"pr:{review}:PN6:v:0:0:k"]

    await press(world, asking, asking.data_for("No, keep PN1"))
    assert await code_of(world, review) == "PN1"
    assert shown(world, stale).text == "Kept PN1 for Jordan (C001). Nothing was changed."
    [row] = await world.query("SELECT mode, child_chaired FROM reviews WHERE id = ?", review)
    assert tuple(row) == ("in_person", 1)

    await press(world, stale, f"pr:{review}:PN6:v:0:0")
    await press(world, stale, shown(world, stale).data_for("Yes, replace with PN6"))
    assert await code_of(world, review) == "PN6"
    [row] = await world.query("SELECT mode, child_chaired FROM reviews WHERE id = ?", review)
    assert tuple(row) == ("virtual", 0)
    details = [
        json.loads(r["detail"])
        for r in await world.query(
            "SELECT detail FROM audit_log WHERE action = 'review.participation' ORDER BY id"
        )
    ]
    assert details == [
        {"review_id": review, "code": "PN1"},
        {"review_id": review, "code": "PN6", "replaced": "PN1"},
    ]

    # The same code again (a second tap on the first message) needs no question.
    await press(world, first, f"pr:{review}:PN6:h:0:1")
    assert await code_of(world, review) == "PN6"
    assert shown(world, first).text.startswith("Recorded for Jordan (C001): PN6")
