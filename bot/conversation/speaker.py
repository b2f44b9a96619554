"""Who is speaking, and where they sit: the channel's end of the conversation.

A :class:`Speaker` is a child (or an adult helping them) as the conversation speaks to them.
The conversation is channel-neutral. What belongs to one channel's own ids (which chat is
speaking, which message a typed answer was, whether that chat said ``/stop``) stays with the
channel: Telegram hands a :class:`Seat` in with each input (``Incoming.seat``), and the
conversation asks it. The web page has no such seat: it knows its speaker already and keeps
its own "stopped" mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Protocol

import aiosqlite

from bot.conversation.messages import language_of
from storage.children import Child
from surveys.bands import band_for


class Seat(Protocol):
    """One channel's end of one person's conversation, inside the caller's transaction."""

    async def speaker(
        self, conn: aiosqlite.Connection, *, now: datetime, zone: tzinfo
    ) -> Speaker | None:
        """Who speaks from here: None when no child (or an erased one) is bound to it."""
        ...

    async def may_offer(self, conn: aiosqlite.Connection) -> bool:
        """Whether hearme may start something here (still bound, and not stopped)."""
        ...

    async def set_stopped(self, conn: aiosqlite.Connection, stopped: bool) -> None:
        """``/stop`` (True): hearme starts nothing here until ``/start`` (False)."""
        ...

    async def remember_answer(
        self, conn: aiosqlite.Connection, *, run_id: int, question_id: str, now: datetime
    ) -> None:
        """Note that the person's message answered this question (an edit of it may change
        the answer later)."""
        ...

    async def answered(
        self, conn: aiosqlite.Connection, *, child_id: int
    ) -> tuple[int, str] | None:
        """The ``(run id, question id)`` the person's (edited) message answered, if known."""
        ...

    async def bound_child(self, conn: aiosqlite.Connection) -> int | None:
        """The child this seat speaks for now, if any."""
        ...

    async def bind_child(
        self,
        conn: aiosqlite.Connection,
        *,
        child_id: int,
        language: str,
        mode: str,
        now: datetime,
    ) -> int:
        """Make this seat speak for the child (``self`` or ``assisted``) and retire the child's
        other seats; returns how many were retired."""
        ...

    async def bind_staff(self, conn: aiosqlite.Connection, staff_id: int, *, now: datetime) -> str:
        """Make this seat a member of staff's; returns their name."""
        ...

    async def is_staff(self, conn: aiosqlite.Connection) -> bool:
        """Whether a member of staff speaks from here."""
        ...

    async def keep_caring_reply(
        self, conn: aiosqlite.Connection, *, alert_id: int, child_id: int, now: datetime
    ) -> None:
        """Make sure the caring reply to ``alert_id`` reaches this seat even if the process
        stops between the commit and the send (planned in the turn's transaction)."""
        ...


@dataclass(frozen=True)
class Speaker:
    """Who is on the other end: a child, or an adult helping them (``assisted``); ``seat`` is
    their channel's end of the conversation, when it has one; ``voice`` says whether their
    channel takes voice notes (Telegram does, the web page does not)."""

    child: Child
    assisted: bool
    band: str
    seat: Seat | None = None
    voice: bool = True

    @property
    def language(self) -> str:
        return language_of(self.child.language)

    @classmethod
    def for_child(
        cls,
        child: Child,
        *,
        assisted: bool,
        on: date,
        seat: Seat | None = None,
        voice: bool = True,
    ) -> Speaker:
        """The speaker for ``child`` on the day ``on`` (the band follows their age that day)."""
        if child.date_of_birth is None:
            raise ValueError(f"child {child.id} has no date of birth (erased?)")
        return cls(child, assisted, band_for(child.date_of_birth, on), seat, voice)
