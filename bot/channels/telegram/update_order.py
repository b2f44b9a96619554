"""Handling updates from different chats at once, and each chat's updates strictly in order.

python-telegram-bot handles one update at a time unless given an update processor. One at a
time keeps a child's presses in order but makes every child wait for every other child's
database commit and Bot API calls. :class:`ChatOrderedUpdates` lets up to ``concurrent_chats``
chats be handled side by side while each chat's own updates still run one after another, in
the order Telegram delivered them.

Why this is safe: every change still goes through the one writer's ``transaction()``, so two
chats' transactions never interleave; and because one chat's updates never overlap, a child's
answer, its "who can hear this" and the next press are handled in the order they were given.

A chat waits for its turn *before* it takes one of the ``concurrent_chats`` places, so a chat
that sends a burst of updates holds one place, never all of them. Only chats with updates in
hand or waiting have a lock; a lock goes as soon as its chat has nothing waiting.

Several workers behind a load balancer on one PostgreSQL database also take the chat's turn
in the database (``storage.update_turns``): one worker at a time per chat, and a button press
older than an update already handled in its chat is not handled (words are, late).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from storage.update_turns import ChatTurns

log = logging.getLogger(__name__)

# How many updates may be waiting in the processor at once (handled or queued behind their
# chat). python-telegram-bot creates a task per update regardless; this only bounds how many
# of them are let in, so a flood waits in python-telegram-bot's queue instead of in ours.
WAITING_PER_PLACE = 32


def order_key(update: object) -> int | None:
    """The chat an update belongs to (its sender's id when it has no chat), or None.

    Pure. Updates with neither (e.g. a poll's results) are not ordered against anything.
    """
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


@dataclass
class _Turn:
    """One chat's lock and how many of its updates hold or wait for it."""

    lock: asyncio.Lock
    users: int = 0


class ChatOrderedUpdates(BaseUpdateProcessor):
    """Up to ``concurrent_chats`` chats handled at once; one chat's updates one at a time.

    Args:
        concurrent_chats: how many updates (each from a different chat) run at the same time.
        shared: the PostgreSQL database the fleet's workers share chat turns through; None for
            one worker alone.
    """

    def __init__(self, concurrent_chats: int, *, shared: str | None = None) -> None:
        if concurrent_chats < 1:
            raise ValueError("concurrent_chats must be at least 1")
        # The base class's bound counts updates let in (running or waiting for their chat).
        super().__init__(concurrent_chats * WAITING_PER_PLACE)
        self._concurrent_chats = concurrent_chats
        self._places = asyncio.Semaphore(concurrent_chats)
        self._turns: dict[int, _Turn] = {}
        self._shared_url = shared
        self._fleet: ChatTurns | None = None

    @property
    def concurrent_chats(self) -> int:
        """How many chats' updates may run at the same moment."""
        return self._concurrent_chats

    @property
    def chats_in_hand(self) -> int:
        """How many chats have an update running or waiting (and so hold a lock)."""
        return len(self._turns)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run ``coroutine`` after every earlier update of the same chat, in one of the places.

        Args:
            update: the update, used only to find its chat.
            coroutine: python-telegram-bot's handling of it.
        """
        try:
            await self._in_turn(order_key(update), coroutine, update)
        finally:
            # Stopped before its turn came: close it, so it is not reported as never awaited.
            if inspect.iscoroutine(coroutine) and inspect.getcoroutinestate(coroutine) == (
                inspect.CORO_CREATED
            ):
                coroutine.close()

    async def _in_turn(self, key: int | None, coroutine: Awaitable[Any], update: object) -> None:
        if key is None:
            async with self._places:
                await coroutine
            return
        # Nothing is awaited between here and lock.acquire(), so updates of one chat reach the
        # lock in the order python-telegram-bot let them in, and asyncio.Lock is first come,
        # first served.
        turn = self._turns.get(key)
        if turn is None:
            turn = self._turns[key] = _Turn(asyncio.Lock())
        turn.users += 1
        try:
            async with turn.lock, self._places:
                if self._fleet is None:
                    await coroutine
                else:
                    await self._in_fleet_turn(self._fleet, key, coroutine, update)
        finally:
            turn.users -= 1
            if turn.users == 0:
                del self._turns[key]

    async def _in_fleet_turn(
        self, fleet: ChatTurns, key: int, coroutine: Awaitable[Any], update: object
    ) -> None:
        update_id = update.update_id if isinstance(update, Update) else None
        await fleet.take(key)
        try:
            newest = await fleet.newest(key)
            if update_id is not None and newest is not None and update_id < newest:
                # A retry of an update whose worker died, after a newer one of the same chat.
                # A late button press is a stale one: pressed now it would put an old choice
                # over a newer answer, so it is not handled. Late words are handled all the
                # same: dropping them would lose what the child wrote and leave it unchecked
                # for harm. Only ids in the log, never the update.
                if isinstance(update, Update) and update.callback_query is not None:
                    log.warning("button press %s came after a newer update: not handled", update_id)
                    return
                log.warning("update %s came after a newer one of its chat: handled late", update_id)
            await coroutine
            if update_id is not None:
                await fleet.handled(key, update_id, now=datetime.now(UTC))
        finally:
            await fleet.give_back(key)

    async def initialize(self) -> None:
        """Connect to the fleet's chat turns, when workers share them; locks are made as chats
        need them."""
        if self._shared_url is not None and self._fleet is None:
            self._fleet = await ChatTurns.connect(self._shared_url)

    async def shutdown(self) -> None:
        """Close the fleet's chat turns; python-telegram-bot waits for running updates first."""
        if self._fleet is not None:
            await self._fleet.close()
            self._fleet = None
