"""Housekeeping the running bot does from the scheduler's tick: forget what no longer counts.

* Processed update ids (``storage.updates``) are kept only while Telegram may deliver an update
  again (it keeps an update at most a day). After a week without updates Telegram may start
  its ids again from a random number, so an old id kept for ever could make a real child's
  new message look like a repeat and drop it.
* Wrong enrolment codes (``failed_codes``) count only within the "too many wrong codes"
  window and the silence after it; older rows say nothing and name a chat.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.services import Services
from storage import invites, rate_hits, send_pace, update_turns, updates

log = logging.getLogger(__name__)

# Comfortably longer than Telegram keeps an update (24 hours), far shorter than the week after
# which its ids may start again.
UPDATE_IDS_KEPT = timedelta(days=2)
# How often the tick does it: the tables grow slowly, and the deletes are cheap.
EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class Forgotten:
    """How many rows one pass removed."""

    update_ids: int
    wrong_codes: int


async def housekeep(services: Services, *, now: datetime) -> Forgotten:
    """Forget processed update ids and wrong codes that no longer count, in one transaction."""
    settings = services.settings
    codes_count_for = timedelta(
        minutes=settings.wrong_codes_window_minutes + settings.wrong_codes_silence_minutes
    )
    async with services.db.transaction() as conn:
        update_ids = await updates.forget_before(conn, now - UPDATE_IDS_KEPT)
        # Each chat's newest update on a fleet (chat ids only): kept as long as update ids.
        await update_turns.forget_before(conn, now - UPDATE_IDS_KEPT)
        # Each chat's send pace on a fleet (a chat id): idle ones pace nothing.
        await send_pace.forget_idle(conn, now - UPDATE_IDS_KEPT)
        wrong_codes = await invites.forget_failed_codes(conn, before=now - codes_count_for)
    # Rate-limit hits of the web page and staff app on a fleet: a day is longer than any window.
    if services.db.url is not None:
        await rate_hits.forget_old(services.db)
    if update_ids or wrong_codes:
        log.info("housekeeping: forgot %d update ids, %d wrong codes", update_ids, wrong_codes)
    return Forgotten(update_ids, wrong_codes)
