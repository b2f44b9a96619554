"""School holidays from hearme.toml lift the school-hours hold for under-16s on those days."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import load_settings
from bot.outbox import scheduler
from bot.outbox.quiet_hours import is_quiet, is_school_day, next_allowed
from bot.settings import SchoolHoliday, Settings
from bot.staff import commands as staff_commands
from storage import outbox
from tests.support.council import YOUNGER_CHAT, add_review, seed_council
from tests.support.telegram import BotWorld

LONDON = ZoneInfo("Europe/London")
# A week off in March (not a real term date: any range the council writes counts).
HALF_TERM = SchoolHoliday(start=date(2026, 3, 9), end=date(2026, 3, 13))
WITH_HALF_TERM = Settings(school_holidays=(HALF_TERM,))


def london(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


def test_a_holiday_weekday_is_not_a_school_day_and_both_ends_count() -> None:
    assert is_school_day(date(2026, 3, 6), WITH_HALF_TERM)  # the Friday before
    assert not is_school_day(date(2026, 3, 9), WITH_HALF_TERM)  # first day of the range
    assert not is_school_day(date(2026, 3, 11), WITH_HALF_TERM)
    assert not is_school_day(date(2026, 3, 13), WITH_HALF_TERM)  # last day of the range
    assert is_school_day(date(2026, 3, 16), WITH_HALF_TERM)  # back to school
    assert not is_school_day(date(2026, 3, 7), WITH_HALF_TERM)  # weekends stay free
    assert is_school_day(date(2026, 3, 11), Settings())


def test_holiday_lifts_the_school_hold_for_under_sixteens_but_not_the_night() -> None:
    wednesday_ten = london(2026, 3, 11, 10)
    assert next_allowed(wednesday_ten, WITH_HALF_TERM, age=10) == wednesday_ten
    assert not is_quiet(wednesday_ten, WITH_HALF_TERM, age=10)
    # The same moment in term time waits for the end of the school day.
    assert next_allowed(wednesday_ten, Settings(), age=10) == london(2026, 3, 11, 15, 30)
    # A holiday does not lift the night window.
    assert next_allowed(london(2026, 3, 11, 22), WITH_HALF_TERM, age=10) == london(2026, 3, 12, 8)
    # Back at school the Monday after: held until the end of the school day again.
    assert next_allowed(london(2026, 3, 16, 9), WITH_HALF_TERM, age=10) == london(
        2026, 3, 16, 15, 30
    )


def test_holiday_ranges_are_read_from_hearme_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "hearme.toml"
    config.write_text(
        "school_holidays = [\n"
        "  {start = 2026-03-09, end = 2026-03-13},\n"
        "  {start = 2026-07-22, end = 2026-09-02},\n"
        "]\n"
    )
    monkeypatch.setenv("HEARME_CONFIG", str(config))
    settings = load_settings().settings
    assert settings.school_holidays == (
        HALF_TERM,
        SchoolHoliday(start=date(2026, 7, 22), end=date(2026, 9, 2)),
    )
    assert not is_school_day(date(2026, 8, 3), settings)


@asynccontextmanager
async def offered_at_ten(tmp_path: Path, settings: Settings) -> AsyncIterator[BotWorld]:
    """Mia (11) has a review on Friday 20 March; her offer falls due Tuesday 10 March at 10:00
    (GMT, so 10:00 in London), when the scheduler ticks."""
    async with BotWorld(
        tmp_path, extra=(staff_commands.register,), settings=settings, rate_limiter=False
    ) as world:
        council = await seed_council(world.db)
        await add_review(world.db, council.younger, datetime(2026, 3, 20, 10, 0, tzinfo=UTC))
        world.clock.now = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
        await scheduler.tick(world.app.bot, world.services, scheduler.TickState())
        yield world


async def test_offer_due_on_a_holiday_weekday_goes_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "hearme.toml"
    config.write_text("school_holidays = [{start = 2026-03-09, end = 2026-03-13}]\n")
    monkeypatch.setenv("HEARME_CONFIG", str(config))
    async with offered_at_ten(tmp_path, load_settings().settings) as world:
        offer = await outbox.get_by_key(world.db.reader, "offer:my_review:review:1")
        assert offer is not None and offer.status == "sent"
        messages = world.api.messages(YOUNGER_CHAT)
        assert any("Mia" in message.text for message in messages), "the offer reached her chat"


async def test_offer_due_on_a_school_day_waits_until_school_ends(tmp_path: Path) -> None:
    async with offered_at_ten(tmp_path, Settings()) as world:
        offer = await outbox.get_by_key(world.db.reader, "offer:my_review:review:1")
        assert offer is not None and offer.status == "pending"
        assert offer.due_at == datetime(2026, 3, 10, 15, 30, tzinfo=UTC)
        assert world.api.messages(YOUNGER_CHAT) == []
