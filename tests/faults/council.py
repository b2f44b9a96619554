"""People for the fault suites: an IRO, a duty worker and many children of every age band,
added straight to the database of a :class:`~tests.support.telegram.BotWorld`."""

from __future__ import annotations

import asyncio
import signal
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from storage import chats, children, reviews
from surveys.bands import band_for
from tests.support.telegram import BotWorld, start_bot_process

REPO = Path(__file__).resolve().parents[2]

# Invented first names, none of which is an English word, so a name found in a message or a
# report can only have come from that child's record.
NAMES = (
    "Zephyrine", "Quillon", "Marisol", "Thaddeus", "Ysolde", "Caspian", "Odalys", "Leopold",
    "Briallen", "Ezekiel", "Saoirse", "Florian", "Wrenna", "Ignatius", "Peregrine", "Rosalind",
    "Tobiah", "Vespera", "Osric", "Ottilie",
)  # fmt: skip
# Dates of birth giving every consulted band on the harness's default day (10 March 2026).
BIRTHDAYS = (date(2009, 1, 5), date(2012, 6, 1), date(2015, 2, 3), date(2020, 7, 8))


@dataclass(frozen=True)
class Child:
    """A child in the test council: ids, their chat and what they are called."""

    child_id: int
    ref: str
    name: str
    chat_id: int
    date_of_birth: date


def child_name(index: int) -> str:
    """A distinct invented name for child ``index`` (a number is added after the first 20)."""
    base = NAMES[index % len(NAMES)]
    return base if index < len(NAMES) else f"{base}{index // len(NAMES)}"


async def add_children(
    world: BotWorld,
    count: int,
    *,
    iro_id: int,
    first_chat: int = 10_000,
    birthdays: tuple[date, ...] = BIRTHDAYS,
) -> list[Child]:
    """Add ``count`` children, born on ``birthdays`` in turn (not yet enrolled)."""
    made = []
    for index in range(count):
        born = birthdays[index % len(birthdays)]
        ref = f"F{index:04d}"
        name = child_name(index)
        child_id = await world.add_child(ref, name, born, iro_id=iro_id)
        made.append(Child(child_id, ref, name, first_chat + index, born))
    return made


async def bind(world: BotWorld, child: Child) -> None:
    """Bind the child's chat directly (the enrolment itself is tested elsewhere)."""
    under_16 = child.date_of_birth.year > 2009
    async with world.db.transaction() as conn:
        await chats.bind_chat(
            conn,
            chat_id=child.chat_id,
            child_id=child.child_id,
            mode="assisted" if under_16 else "self",
            now=world.clock(),
        )


async def add_review(world: BotWorld, child_id: int, review_at: datetime) -> int:
    """Add the child's next review (the band is the child's on the review day)."""
    async with world.db.transaction() as conn:
        profile = await children.get_child(conn, child_id)
        assert profile is not None and profile.date_of_birth is not None
        band = band_for(profile.date_of_birth, review_at.date())
        return await reviews.upsert_review(
            conn, child_id=child_id, review_at=review_at, age_band=band
        )


class BotProcess:
    """The real bot in its own process (``tests.support.bot_process``), to kill and restart."""

    def __init__(self, world: BotWorld) -> None:
        self._world = world
        self.process: asyncio.subprocess.Process | None = None
        self.starts = 0

    async def start(self) -> None:
        self.process = await start_bot_process(self._world)
        self.starts += 1

    async def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as a power cut or the OOM killer would."""
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)
            await self.process.wait()

    async def stop(self) -> None:
        """SIGTERM, then wait; SIGKILL if it does not stop in time."""
        process = self.process
        if process is None or process.returncode is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), 15)
        except TimeoutError:
            await self.kill()
