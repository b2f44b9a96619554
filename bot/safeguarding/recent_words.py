"""The last few free-text messages of each child, kept briefly so a split disclosure is caught.

"he said he'd hurt me" … "if I tell anyone" is a disclosure only read together, so each new
message is checked joined with the one or two before it (:func:`surveys.concerns.detect_across`).
Those earlier words are held here, in the bot's memory only, and as little as possible:

- at most :data:`KEEP` messages a child, each forgotten :data:`FORGET_AFTER` after it arrived;
- a child's messages are forgotten as soon as any concern alert is raised for them (the words
  are then in the encrypted alert row) or they ask for their data to be deleted; except a
  worry only the learned layer raised, whose words are kept so the next message can still
  complete an urgent disclosure; when the learned layer's guess was urgent, its message is
  kept marked as :class:`Answered`, so a completion is answered briefly, not with a second
  urgent reply in a row;
- at most :data:`MAX_CHILDREN` children at once, the least recently heard from dropped first.

Nothing here is written to the database, to a log or to disk, so there is nothing to encrypt or
erase later. A restart empties it, which only loses the join across a restart: every message is
still checked on its own, as it always was.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

KEEP: Final = 2
FORGET_AFTER: Final = timedelta(minutes=15)
MAX_CHILDREN: Final = 5_000


@dataclass(frozen=True)
class Answered:
    """The urgent reply (999, Childline, who will know) a kept message already got."""

    # It named the duty team alone: the message came in a survey about the child's IRO.
    about_iro: bool


@dataclass(frozen=True)
class _Kept:
    at: datetime
    text: str
    answered: Answered | None


@dataclass
class RecentWords:
    """Each child's last :data:`KEEP` messages that raised nothing (or only the learned layer's
    alert), with when they arrived."""

    _by_child: OrderedDict[int, deque[_Kept]] = field(default_factory=OrderedDict)

    def earlier(self, child_id: int, *, now: datetime) -> list[str]:
        """The child's recent messages, oldest first, dropping any older than the limit."""
        return [kept.text for kept in self._current(child_id, now=now)]

    def answered(self, child_id: int, *, now: datetime) -> Answered | None:
        """The urgent reply one of the child's recent messages already got, if one did."""
        return next(
            (kept.answered for kept in reversed(self._current(child_id, now=now)) if kept.answered),
            None,
        )

    def _current(self, child_id: int, *, now: datetime) -> deque[_Kept]:
        kept = self._by_child.get(child_id)
        if kept is None:
            return deque()
        while kept and now - kept[0].at > FORGET_AFTER:
            kept.popleft()
        if not kept:
            del self._by_child[child_id]
        return kept

    def add(
        self, child_id: int, text: str, *, now: datetime, answered: Answered | None = None
    ) -> None:
        """Remember a message that raised nothing on its own (or only the learned layer's
        alert: ``answered`` when that alert's reply was the urgent one)."""
        if not text.strip():
            return
        kept = self._by_child.pop(child_id, None) or deque(maxlen=KEEP)
        kept.append(_Kept(now, text, answered))
        self._by_child[child_id] = kept
        while len(self._by_child) > MAX_CHILDREN:
            self._by_child.popitem(last=False)

    def forget(self, child_id: int) -> None:
        """Forget everything held for a child (after an alert, or a request to delete)."""
        self._by_child.pop(child_id, None)

    def __len__(self) -> int:
        return len(self._by_child)
