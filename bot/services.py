"""What every part of the running bot shares: the database, the surveys, the settings, the clock.

The clock is injected so the scheduler, quiet hours and escalation can be tested on any day.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.safeguarding.recent_words import RecentWords
from bot.settings import Settings
from storage.db import Database
from surveys.model import Definition


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    db: Database
    definitions: Mapping[str, Definition]
    settings: Settings = field(default_factory=Settings)
    clock: Callable[[], datetime] = system_clock
    # A child's last messages, in memory only, to catch a disclosure split over messages.
    recent_words: RecentWords = field(default_factory=RecentWords)
