"""Fixtures for the operations tests: a real database file with a small council in it, and the
whole bot (the shared harness) with the staff commands plugged in."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.staff import commands as staff_commands
from storage import chats, children, reviews, staff
from storage.crypto import Cipher
from storage.db import Database
from surveys.bands import band_for
from tests.support.telegram import BotWorld

# A Monday in term time, in winter (London = UTC).
MONDAY = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Council:
    """Ids of the people the tests use. Chat ids equal 1000 + a small number for children,
    2000 + for staff, so a test can tell at a glance who got a message."""

    iro: int
    other_iro: int
    participation: int
    admin: int
    duty: int
    teen: int  # 16, enrolled in their own chat, IRO = iro
    younger: int  # 11, assisted chat, IRO = iro
    other_child: int  # 13, assisted chat, IRO = other_iro


TEEN_CHAT, YOUNGER_CHAT, OTHER_CHILD_CHAT = 1001, 1002, 1003
IRO_CHAT, OTHER_IRO_CHAT, PARTICIPATION_CHAT, ADMIN_CHAT, DUTY_CHAT = 2001, 2002, 2003, 2004, 2005


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "hearme.db", cipher=Cipher(os.urandom(32)))
    try:
        yield database
    finally:
        await database.close()


async def add_review(db: Database, child_id: int, review_at: datetime) -> int:
    async with db.transaction() as conn:
        child = await children.get_child(conn, child_id)
        assert child is not None and child.date_of_birth is not None
        band = band_for(child.date_of_birth, review_at.date())
        return await reviews.upsert_review(
            conn, child_id=child_id, review_at=review_at, age_band=band
        )


@pytest.fixture(autouse=True)
def timedelta_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """PTB 22 warns on every 429 unless opted in to ``retry_after`` as a timedelta (as
    ``hearme run`` does); the scheduler reads either form."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[BotWorld]:
    """The running bot. The scheduler's job is not started: tests call ``scheduler.tick`` with
    the injected clock, so nothing happens between steps; no rate limiter, so the fake API's
    429s reach the scheduler itself."""
    async with BotWorld(tmp_path, extra=(staff_commands.register,), rate_limiter=False) as running:
        yield running


@pytest.fixture
async def world_council(world: BotWorld) -> Council:
    return await seed_council(world.db)


@pytest.fixture
async def council(db: Database) -> Council:
    return await seed_council(db)


async def seed_council(db: Database) -> Council:
    now = MONDAY
    async with db.transaction() as conn:
        ids = {}
        for ref, name, role, chat in (
            ("IRO01", "Alice Reviewer", "iro", IRO_CHAT),
            ("IRO02", "Bob Reviewer", "iro", OTHER_IRO_CHAT),
            ("PART01", "Pat Participation", "participation", PARTICIPATION_CHAT),
            ("ADM01", "Ada Admin", "admin", ADMIN_CHAT),
            ("DUTY01", "Dee Duty", "duty", DUTY_CHAT),
        ):
            ids[ref] = await staff.upsert_staff(conn, staff_ref=ref, name=name, role=role, now=now)
            await staff.bind_chat(conn, ids[ref], chat, now=now)
        for ref, name, born, iro, chat, mode in (
            ("C001", "Jordan", date(2009, 6, 1), "IRO01", TEEN_CHAT, "self"),
            ("C002", "Mia", date(2014, 5, 1), "IRO01", YOUNGER_CHAT, "assisted"),
            ("C003", "Kai", date(2012, 9, 9), "IRO02", OTHER_CHILD_CHAT, "assisted"),
        ):
            ids[ref] = await children.upsert_child(
                conn, child_ref=ref, first_name=name, date_of_birth=born, iro_id=ids[iro], now=now
            )
            await chats.bind_chat(conn, chat_id=chat, child_id=ids[ref], mode=mode, now=now)
    return Council(
        iro=ids["IRO01"],
        other_iro=ids["IRO02"],
        participation=ids["PART01"],
        admin=ids["ADM01"],
        duty=ids["DUTY01"],
        teen=ids["C001"],
        younger=ids["C002"],
        other_child=ids["C003"],
    )
