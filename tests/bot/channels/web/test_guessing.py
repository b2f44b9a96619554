"""Guessing a child's PIN or pictures cannot go on for ever: locks grow longer, the third retires
the link until staff issue a new card, and a set-up link lasts a stated time."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiosqlite

from bot.channels.web.guessing import AfterWrongTry, after_wrong_try, lock_length
from bot.channels.web.passcodes import hash_secret
from bot.channels.web.security import WebLimits
from storage.db import migrate
from storage.times import parse
from storage.web_sessions import WebAccess
from tests.bot.channels.web.world import FormClient, WebWorld

MOMENT = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)


async def _wrong_five_times(guesser: FormClient, link: str) -> int:
    """Open the link and enter five wrong PINs; the status of the last answer."""
    page = await guesser.get(link)
    assert "Type your PIN" in page.text(), page.text()
    for _ in range(5):
        page = await guesser.enter_pin("1111")
    return page.status


def _locked_for(world: WebWorld) -> timedelta:
    row = world.rows("SELECT locked_until FROM web_access")[0]
    return parse(row["locked_until"]) - world.clock()


async def test_locks_double_and_the_third_retires_the_link_until_a_new_card(
    world: WebWorld, child: FormClient
) -> None:
    link = await world.new_link()
    await child.get(link)
    await child.choose_pin("4829")
    async with FormClient(world.base_url) as guesser:
        assert await _wrong_five_times(guesser, link) == 423
        assert _locked_for(world) == timedelta(minutes=15)
        world.clock.advance(minutes=16)

        assert await _wrong_five_times(guesser, link) == 423
        assert _locked_for(world) == timedelta(minutes=30), "the second lock lasts twice as long"
        assert "locked for 30 minutes" in (guesser.page.text() if guesser.page else "")
        world.clock.advance(minutes=20)
        page = await guesser.enter_pin("4829")
        assert page.status == 423, "even the right PIN waits out a lock"
        world.clock.advance(minutes=11)

        assert await _wrong_five_times(guesser, link) == 200
        assert guesser.page is not None
        assert "This card has stopped working" in guesser.page.text()
        page = guesser.page
        assert "ask your IRO or the people you live with for a new card" in page.text()
        access = world.rows("SELECT retired_at, lockouts FROM web_access")[0]
        assert access["retired_at"] is not None and access["lockouts"] == 3
        retired = world.rows(
            "SELECT child_id, detail FROM audit_log WHERE action = 'web.link_retired'"
        )
        assert [r["child_id"] for r in retired] == [world.child_id]
        assert "4829" not in retired[0]["detail"] and "1111" not in retired[0]["detail"]
        # Retired for good: the right PIN no longer helps, and the child's own visit ended.
        page = await guesser.get(link)
        assert "This card has stopped working" in page.text() and "My PIN" not in page.text()
        page = await child.get("/")
        assert "How are things" not in page.text()
        assert world.rows("SELECT * FROM web_sessions WHERE ended_at IS NULL") == []

    # Staff issue a new card: it works, and the child's answers were never touched.
    async with FormClient(world.base_url) as fresh:
        await fresh.get(await world.new_link())
        page = await fresh.choose_pin("5930")
        assert "How are things at home" in page.text()


def test_lock_lengths_double_from_15_minutes_up_to_a_day() -> None:
    limits = WebLimits(lockouts_before_retire=20)
    lengths = [lock_length(n, limits) for n in range(8)]
    assert lengths[:4] == [timedelta(minutes=m) for m in (15, 30, 60, 120)]
    assert lengths[-1] == timedelta(hours=24) and max(lengths) == timedelta(hours=24)


def _access(failed: int, lockouts: int) -> WebAccess:
    return WebAccess(1, 1, "pin", b"", b"", failed, None, MOMENT, lockouts=lockouts)


def test_what_a_wrong_try_leads_to() -> None:
    limits = WebLimits()
    assert after_wrong_try(_access(1, 0), limits, now=MOMENT) == AfterWrongTry(tries_left=4)
    locked = after_wrong_try(_access(5, 1), limits, now=MOMENT)
    assert locked.locked_until == MOMENT + timedelta(minutes=30) and not locked.retire
    assert after_wrong_try(_access(5, 2), limits, now=MOMENT).retire


async def test_a_set_up_link_works_for_12_months_then_needs_a_new_card(
    world: WebWorld, child: FormClient
) -> None:
    link = await world.new_link()
    await child.get(link)
    await child.choose_pin("4829")
    world.clock.advance(days=365, minutes=-10)
    async with FormClient(world.base_url) as later:
        await later.get(link)
        assert "How are things" in (await later.enter_pin("4829")).text()
        world.clock.advance(minutes=15)  # the visit is still fresh, the card is not
        page = await later.get("/")
        assert "How are things" not in page.text() and "This card has run out" in page.text()
        page = await later.get(link)
        assert "This card has run out" in page.text()
        assert "A link works for 12 months after it is first set up" in page.text()
        assert "My PIN" not in page.text()


async def _two_picture_card(world: WebWorld, child: FormClient) -> str:
    """A link whose child is in, stored as a card chosen when two pictures were asked for."""
    link = await world.new_link()
    await child.get(link)
    await child.pick_pictures("/setup", "fox", "rocket", "star")
    salt = world.rows("SELECT salt FROM web_access")[0]["salt"]
    with sqlite3.connect(world.db_path) as conn:
        conn.execute(
            "UPDATE web_access SET picture_count = 2, secret_hash = ?",
            (hash_secret("pictures:fox,rocket", salt),),
        )
    return link


async def test_a_two_picture_card_is_retired_kindly_and_staff_can_see_why(
    world: WebWorld, child: FormClient
) -> None:
    link = await _two_picture_card(world, child)
    # The child's own open visit ends, with a kind page.
    page = await child.get("/")
    assert "This card needs changing" in page.text() and "How are things" not in page.text()
    assert "cards now use three pictures instead of two" in page.text()
    assert "ask your IRO or the people you live with for a new card" in page.text()
    assert world.rows("SELECT * FROM web_sessions WHERE ended_at IS NULL") == []
    async with FormClient(world.base_url) as other:
        page = await other.get(link)
        # 132 orders are too few: the two pictures no longer open anything, not even once.
        assert "This card needs changing" in page.text()
        assert "Pick your" not in page.text() and 'name="first"' not in page.html
    access = world.rows("SELECT retired_at FROM web_access")[0]
    assert access["retired_at"] is not None
    retired = world.rows("SELECT child_id, detail FROM audit_log WHERE action = 'web.link_retired'")
    assert [r["child_id"] for r in retired] == [world.child_id]
    assert "two_pictures" in retired[0]["detail"] and "fox" not in retired[0]["detail"]
    # A new card works, with three pictures.
    async with FormClient(world.base_url) as fresh:
        await fresh.get(await world.new_link())
        page = await fresh.pick_pictures("/setup", "panda", "star", "frog")
        assert "How are things at home" in page.text()


async def test_a_two_picture_card_open_at_the_pin_page_cannot_be_unlocked(
    world: WebWorld, child: FormClient
) -> None:
    link = await _two_picture_card(world, child)
    async with FormClient(world.base_url) as other:
        # A visit that reached the unlock page before the card was seen as too weak.
        with sqlite3.connect(world.db_path) as conn:
            conn.execute("UPDATE web_access SET picture_count = 3")
        page = await other.get(link)
        assert "Pick your 3 pictures" in page.text()
        with sqlite3.connect(world.db_path) as conn:
            conn.execute("UPDATE web_access SET picture_count = 2")
        page = await other.pick_pictures("/unlock", "fox", "rocket")
        assert "This card needs changing" in page.text()
        assert "How are things" not in page.text()
        assert world.rows("SELECT state FROM web_sessions WHERE ended_at IS NULL") == []


async def test_the_migration_keeps_two_picture_links_at_two(tmp_path: Path) -> None:
    async with aiosqlite.connect(tmp_path / "old.db") as conn:
        await migrate(conn, up_to=4)
        await conn.execute(
            "INSERT INTO web_access (invite_id, child_id, secret_kind, secret_hash, salt, "
            "created_at) VALUES (1, 1, 'pictures', x'00', x'00', '2026-01-01T00:00:00+00:00'), "
            "(2, 1, 'pin', x'00', x'00', '2026-01-01T00:00:00+00:00')"
        )
        await conn.commit()
        await migrate(conn)
        rows = await conn.execute_fetchall(
            "SELECT secret_kind, picture_count, lockouts, retired_at, stopped_at FROM web_access "
            "ORDER BY invite_id"
        )
    assert [tuple(r) for r in rows] == [
        ("pictures", 2, 0, None, None),
        ("pin", None, 0, None, None),
    ]
