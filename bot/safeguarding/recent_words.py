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

Which words are read together is what a child would expect to be one conversation. An answer to
a survey's question is read with that survey's other words and with whatever the child wrote
that answered no question (a message outside any survey, free text typed where buttons were
asked, a caption, words after a command): those are the child talking on, before a survey
began or after it ended. It is never read with another survey's answers: a new survey's
question starts a new thought, and its words go to other readers (the survey about the IRO is
read by the IRO service, not the IRO). Each kept message also says whether it was written while
the survey about the child's IRO was open, so that an alert on words joined with it never
reaches that IRO (:class:`Before`).

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
    # The run whose question these words answered; None when they answered none.
    survey: int | None
    # The question they answered (with ``survey``); None when they answered none.
    question: str | None
    # Written while the survey about the child's IRO was open, or an alert on them was about
    # the IRO.
    in_iro_survey: bool


@dataclass(frozen=True)
class Before:
    """The earlier words a new message is read with, oldest first."""

    texts: tuple[str, ...] = ()
    # Some of them were written while the survey about the child's IRO was open.
    in_iro_survey: bool = False
    # The urgent reply one of them already got, if one did.
    answered: Answered | None = None
    # The answers among them, as (run id, question id): an alert on words joined with them
    # keeps which answers hold its words (``alerts.from_answers``).
    answers: tuple[tuple[int, str], ...] = ()


@dataclass
class RecentWords:
    """Each child's last :data:`KEEP` messages that raised nothing (or only the learned layer's
    alert), with when they arrived."""

    _by_child: OrderedDict[int, deque[_Kept]] = field(default_factory=OrderedDict)

    def before(self, child_id: int, *, now: datetime, survey: int | None) -> Before:
        """The child's recent words a new message is read with (oldest first).

        ``survey``: the run whose question the new message answers (None: it answers none).
        Going back from the newest, words are kept until one answered another survey's
        question than an answer already among them: the rest are another conversation.
        """
        joined: list[_Kept] = []
        for kept in reversed(self._current(child_id, now=now)):
            if kept.survey is not None:
                if survey is not None and kept.survey != survey:
                    break
                survey = kept.survey
            joined.append(kept)
        joined.reverse()
        return Before(
            texts=tuple(kept.text for kept in joined),
            in_iro_survey=any(kept.in_iro_survey for kept in joined),
            answered=next((k.answered for k in reversed(joined) if k.answered), None),
            answers=tuple(
                (k.survey, k.question)
                for k in joined
                if k.survey is not None and k.question is not None
            ),
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
        self,
        child_id: int,
        text: str,
        *,
        now: datetime,
        answered: Answered | None = None,
        survey: int | None = None,
        question: str | None = None,
        in_iro_survey: bool = False,
    ) -> None:
        """Remember a message that raised nothing on its own (or only the learned layer's
        alert: ``answered`` when that alert's reply was the urgent one). ``survey`` and
        ``question``: the run and question it answered; ``in_iro_survey``: written while the
        survey about the child's IRO was open."""
        if not text.strip():
            return
        kept = self._by_child.pop(child_id, None) or deque(maxlen=KEEP)
        kept.append(_Kept(now, text, answered, survey, question, in_iro_survey))
        self._by_child[child_id] = kept
        while len(self._by_child) > MAX_CHILDREN:
            self._by_child.popitem(last=False)

    def forget(self, child_id: int) -> None:
        """Forget everything held for a child (after an alert, or a request to delete)."""
        self._by_child.pop(child_id, None)

    def __len__(self) -> int:
        return len(self._by_child)
