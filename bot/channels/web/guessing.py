"""How long a private link lasts and how much guessing it takes before it stops: pure rules.

Someone holding a child's card could otherwise try PINs or pictures for ever, a few every
quarter of an hour. So: ``limits.pin_tries`` wrong tries lock the link; each lock lasts twice as
long as the one before (from ``limits.pin_lock``, never more than ``limits.longest_lock``); and
the ``limits.lockouts_before_retire``-th lock retires the link until staff issue a new card. A
right answer forgets the wrong tries since the last one, never the locks. A link that has been
set up works for ``limits.link_valid_for`` and then needs a new card too, and so does a card set
up when two pictures were asked for (:func:`too_weak`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.channels.web.passcodes import PICTURE_COUNT
from bot.channels.web.security import WebLimits
from storage.web_sessions import WebAccess


@dataclass(frozen=True)
class AfterWrongTry:
    """What a wrong try leads to: more tries (``tries_left``), a lock until ``locked_until``, or
    the link retired."""

    tries_left: int = 0
    locked_until: datetime | None = None
    retire: bool = False


def lock_length(lockouts_before: int, limits: WebLimits) -> timedelta:
    """How long the next lock lasts, given how many locks the link has had already."""
    length: timedelta = limits.pin_lock * (2 ** min(lockouts_before, 30))
    return min(length, limits.longest_lock)


def after_wrong_try(access: WebAccess, limits: WebLimits, *, now: datetime) -> AfterWrongTry:
    """The consequence of a wrong try, given the link's counters with that try counted."""
    if access.failed_attempts < limits.pin_tries:
        return AfterWrongTry(tries_left=limits.pin_tries - access.failed_attempts)
    if access.lockouts + 1 >= limits.lockouts_before_retire:
        return AfterWrongTry(retire=True)
    return AfterWrongTry(locked_until=now + lock_length(access.lockouts, limits))


def is_locked(access: WebAccess, *, now: datetime) -> bool:
    """True while a lock is running."""
    return access.locked_until is not None and access.locked_until > now


def valid_until(access: WebAccess, limits: WebLimits) -> datetime:
    """When a set-up link stops working and the child needs a new card."""
    return access.created_at + limits.link_valid_for


def has_run_out(access: WebAccess, limits: WebLimits, *, now: datetime) -> bool:
    """True once the link's stated lifetime has passed."""
    return valid_until(access, limits) <= now


def months(limits: WebLimits) -> int:
    """The link's lifetime in whole months, as children are told it."""
    return max(1, round(limits.link_valid_for / timedelta(days=365) * 12))


def too_weak(access: WebAccess) -> bool:
    """True for a card set up with fewer pictures than are asked for now: two pictures in
    order from twelve are 132 orders, which the guessing limits leave about one chance in nine
    to hit. Such a card is retired with a kind page rather than upgraded on its next visit,
    because whoever gets in with the two pictures would then choose the third."""
    return (
        access.secret_kind == "pictures"
        and access.picture_count is not None
        and access.picture_count < PICTURE_COUNT
    )
