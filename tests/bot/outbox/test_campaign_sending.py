"""A campaign sent side by side: every offer once, one child's offers never interleaved, a
half-sent offer carried on from where it stopped, and commits shared between rows."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bot.conversation.service import replies_for_run
from bot.outbox import planning, scheduler
from bot.outbox.group_commit import GroupCommit
from bot.settings import Settings
from hearme_dev.sandbox import FakeBotApi, Fault
from storage import chats, children, outbox, runs, updates
from storage.db import Database
from tests.support.council import YOUNGER_CHAT, Council, add_review
from tests.support.telegram import BotWorld

# A Saturday late morning: no quiet hours, no school hours.
SATURDAY = datetime(2026, 3, 14, 11, 0, tzinfo=UTC)
REVIEW_AT = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)


async def _expected_texts(world: BotWorld, run_id: int) -> list[str]:
    return [reply.text for reply in await replies_for_run(world.services, run_id, greeting=True)]


def _texts(world: BotWorld, chat_id: int) -> list[str]:
    return [message.text for message in world.api.messages(chat_id)]


async def _enrol_many(db: Database, count: int) -> dict[int, int]:
    """``count`` children of 12–15 in their own chats; returns chat id by child id."""
    chat_of = {}
    async with db.transaction() as conn:
        for n in range(count):
            child = await children.upsert_child(
                conn,
                child_ref=f"K{n:03d}",
                first_name="Robin",
                date_of_birth=date(2012, 1, 1 + n % 28),
                iro_id=None,
                now=SATURDAY,
            )
            chat_of[child] = 3000 + n
            await chats.bind_chat(conn, chat_id=3000 + n, child_id=child, mode="self", now=SATURDAY)
    return chat_of


def _count_transactions(db: Database, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    opened = [0]
    original = db.transaction

    @asynccontextmanager
    async def counting(**options: bool) -> AsyncIterator[aiosqlite.Connection]:
        opened[0] += 1
        async with original(**options) as conn:
            yield conn

    monkeypatch.setattr(db, "transaction", counting)
    return opened


# How long the stand-in waits for the sends to fill it: far longer than a sender needs, spent
# only when one never does, and inside the five seconds the bot waits for an answer (past them
# it gives the message up and starts the next beside it). Then how long it holds each message.
PATIENCE = 3.0
HOLD = 0.05


class HeldSends(FakeBotApi):
    """A Bot API stand-in that counts the messages it is holding at the same moment.

    Each message is held until ``wanted`` are held at once (however slowly the sender gets
    there; :data:`PATIENCE` at most, the first time only), then :data:`HOLD` longer, as a slow
    Bot API would: a sender that let more than ``wanted`` go at once would be caught with more.
    """

    def __init__(self, wanted: int) -> None:
        super().__init__()
        self.wanted = wanted
        self.held = 0
        self.most_held = 0
        self._full = asyncio.Event()

    async def _api_sendmessage(self, params: dict[str, Any], files: dict[str, Any]) -> Any:
        self.held += 1
        self.most_held = max(self.most_held, self.held)
        if self.held >= self.wanted:
            self._full.set()
        try:
            with suppress(TimeoutError):
                await asyncio.wait_for(self._full.wait(), PATIENCE)
            self._full.set()  # never fuller, or full once: no message waits for it again
            await asyncio.sleep(HOLD)
            return await super()._api_sendmessage(params, files)
        finally:
            self.held -= 1


async def test_a_campaign_goes_out_side_by_side_once_each_with_shared_commits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(outbox_concurrent_sends=8)
    world = BotWorld(tmp_path, settings=settings, rate_limiter=False)
    world.api = api = HeldSends(wanted=settings.outbox_concurrent_sends)
    async with world:
        world.clock.now = SATURDAY
        chat_of = await _enrol_many(world.db, 24)
        added = await planning.start_campaign(
            world.services, "tell_us_more", ages=(8, 17), close_days=14
        )
        assert added == 24
        opened = _count_transactions(world.db, monkeypatch)
        await scheduler.tick(world.app.bot, world.services, scheduler.TickState())
        # Eight messages in flight at once, to eight children, and never more.
        assert api.most_held == settings.outbox_concurrent_sends == 8, api.most_held

        offers = await world.query("SELECT status, run_id, child_id FROM outbox WHERE kind='offer'")
        assert [row["status"] for row in offers] == ["sent"] * 24
        for row in offers:
            assert len(await runs.runs_for_child(world.db.reader, row["child_id"])) == 1
            expected = await _expected_texts(world, row["run_id"])
            assert _texts(world, chat_of[row["child_id"]]) == expected, "each offer once, whole"
        # One at a time: the read and two commits an offer, 49; shared, about half of that.
        assert opened[0] <= 32, opened[0]


async def test_one_childs_offers_due_together_do_not_interleave(
    world: BotWorld, world_council: Council
) -> None:
    # The younger child's chat is assisted: each offer is more than one message; each message
    # takes a while, so offers sent side by side would mix.
    await add_review(world.db, world_council.younger, REVIEW_AT)
    world.api.faults = lambda method, params: Fault.slow(0.05)
    world.clock.now = SATURDAY
    await planning.start_campaign(world.services, "tell_us_more", ages=(8, 17), close_days=14)
    await scheduler.tick(world.app.bot, world.services, scheduler.TickState())

    offered = await runs.runs_for_child(world.db.reader, world_council.younger)
    assert sorted(run.definition_id for run in offered) == ["my_review", "tell_us_more"]
    first, second = [await _expected_texts(world, run.id) for run in offered]
    assert len(first) >= 2 and len(second) >= 2
    assert _texts(world, YOUNGER_CHAT) in (first + second, second + first)


async def test_a_half_sent_offer_carries_on_where_it_stopped(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.younger, REVIEW_AT)
    sent_to_child = [0]

    def faults(method: str, params: dict[str, Any]) -> Fault | None:
        if method.lower() != "sendmessage" or int(params["chat_id"]) != YOUNGER_CHAT:
            return None
        sent_to_child[0] += 1
        return Fault.server_error() if sent_to_child[0] == 2 else None

    world.api.faults = faults
    state = scheduler.TickState()
    world.clock.now = SATURDAY
    await scheduler.tick(world.app.bot, world.services, state)
    row = await outbox.get_by_key(world.db.reader, "offer:my_review:review:1")
    assert row is not None and row.status == "pending" and row.run_id is not None
    assert row.payload["parts_sent"] == 1, "how far it got is kept with the retry"
    expected = await _expected_texts(world, row.run_id)
    assert len(expected) >= 2
    assert _texts(world, YOUNGER_CHAT) == expected[:1]

    world.clock.now = row.due_at
    await scheduler.tick(world.app.bot, world.services, state)
    again = await outbox.get_row(world.db.reader, row.id)
    assert again is not None and again.status == "sent"
    assert _texts(world, YOUNGER_CHAT) == expected, "the rest, and nothing twice"
    assert len(await runs.runs_for_child(world.db.reader, world_council.younger)) == 1


async def test_pieces_arriving_together_share_a_commit_and_a_bad_one_fails_alone(
    db: Database,
) -> None:
    group: GroupCommit[bool] = GroupCommit(db, most=16)

    def piece(update_id: int) -> Any:
        async def write(conn: aiosqlite.Connection) -> bool:
            claimed = await updates.claim_update(conn, update_id, now=SATURDAY)
            if update_id == 13:
                raise ValueError("a bad row")
            return claimed

        return write

    results = await asyncio.gather(
        *(group.run(piece(n)) for n in range(10, 20)), return_exceptions=True
    )
    assert isinstance(results[3], ValueError)
    assert [r for i, r in enumerate(results) if i != 3] == [True] * 9
    for n in range(10, 20):
        assert await updates.was_processed(db.reader, n) == (n != 13)
    # The first piece alone, the nine others together; that group failed on the bad piece,
    # so each was run again alone: 1 + 1 + 9.
    assert group.transactions == 11

    quiet: GroupCommit[bool] = GroupCommit(db)
    done = await asyncio.gather(*(quiet.run(piece(n)) for n in range(30, 40)))
    assert done == [True] * 10
    assert quiet.transactions == 2, "the first alone, the other nine in one commit"
