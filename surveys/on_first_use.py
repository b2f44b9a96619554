"""Work done once, the first time it is needed, by whichever thread needs it first.

The safeguarding detector's patterns (``surveys.concerns``, ``concern_clauses``,
``concern_clusters``) take several seconds to compile. They used to be compiled on import, so
every ``hearme`` command paid for them, ``hearme --help`` and ``hearme import`` included,
although only a process that reads children's words ever uses them. Each is now an
:class:`OnFirstUse`: built on its first use, once, and kept for the life of the process. A
process that will read children's words (the Telegram bot, the children's web page and the
staff app) calls :func:`build_all` as it starts, before it takes a child's first message, so that
message is answered as quickly as before; ``hearme try`` builds them in a thread beside its first
question; every other command never pays.

A build makes millions of small objects that live on (the parsed patterns) and few that die, so
the cyclic garbage collector, which runs again and again as they are made and walks every one of
them each time, took more of a build than the build did. It is paused while a build runs.

One lock guards every build: a build may use another holder (one lock cannot deadlock across
threads), and two threads asking at once still build once and get the same value.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any, Final, Generic, TypeVar

__all__ = ["OnFirstUse", "build_all", "holders"]

T = TypeVar("T")

_LOCK: Final = threading.RLock()


class OnFirstUse(Generic[T]):
    """A value built by ``build`` the first time :meth:`get` is called, then kept.

    Every holder is listed (:func:`holders`) so that :func:`build_all` warms them all, whichever
    module made them.
    """

    def __init__(self, name: str, build: Callable[[], T]) -> None:
        self.name = name
        self._build = build
        self._box: tuple[T] | None = None
        with _LOCK:
            _HOLDERS.append(self)

    def get(self) -> T:
        """The value, built now if this is its first use (other threads wait for it)."""
        box = self._box
        if box is None:
            with _LOCK:
                box = self._box
                if box is None:
                    box = (_uncollected(self._build),)
                    self._box = box
        return box[0]

    @property
    def built(self) -> bool:
        """Whether the value has been built in this process."""
        return self._box is not None

    def forget(self) -> None:
        """Drop the value, so the next use builds it again (tests watch when it is built)."""
        with _LOCK:
            self._box = None


_HOLDERS: Final[list[OnFirstUse[Any]]] = []


def _uncollected(build: Callable[[], T]) -> T:
    # Called under the lock, so one build's pause never ends in the middle of another's (a
    # build that uses another holder finds the collector off, and leaves it off).
    was_on = gc.isenabled()
    gc.disable()
    try:
        return build()
    finally:
        if was_on:
            gc.enable()


def holders() -> tuple[OnFirstUse[Any], ...]:
    """Every holder made so far in this process, in the order they were made."""
    with _LOCK:
        return tuple(_HOLDERS)


def build_all() -> None:
    """Build every holder made so far that is not built yet."""
    for holder in holders():
        holder.get()
