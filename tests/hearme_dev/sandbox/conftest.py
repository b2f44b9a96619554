"""The staff-and-scheduler fixtures (a seeded council, the running bot) for every bot test."""

from tests.support.council import council, db, timedelta_retry_after, world, world_council

__all__ = ["council", "db", "timedelta_retry_after", "world", "world_council"]
