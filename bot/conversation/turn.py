"""A turn of the conversation: one input inside its transaction, and the child's words checked.

:class:`Turn` holds who is speaking, what they did and what will be sent back; it raises an
alert in the turn's own transaction when the child's words (alone, or joined with their last
messages) or a request to talk call for one. :mod:`bot.conversation.service` builds on it with
what each kind of input does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import aiosqlite

from bot.conversation.consultation import Reply, Speaker, replies_for_child
from bot.conversation.speaker import Seat
from bot.outbox import due_offers
from bot.safeguarding import alerts as safeguarding
from bot.safeguarding.about_iro import is_iro_survey
from bot.safeguarding.recent_words import Answered
from bot.services import Services
from storage import runs
from surveys import concerns

# What the learned layer alone raises: one category, read from the message by itself.
_LEARNED_ONLY = ((concerns.LEARNED,), (concerns.LEARNED_SERIOUS,))


def _answers_of(
    earlier: tuple[tuple[int, str], ...], survey: int | None, question: str | None
) -> tuple[tuple[int, str], ...]:
    """The answers an alert's words came from: the earlier ones joined, then this one."""
    these = [*earlier, *([(survey, question)] if survey is not None and question else [])]
    return tuple(dict.fromkeys(these))


@dataclass(frozen=True)
class Incoming:
    """What a person did, decoded by a channel.

    ``kind`` is one of :data:`bot.conversation.service.KINDS`; ``text`` holds typed text, a
    caption or, for a command, its name (``start``); ``data`` holds button data or a command's
    argument; ``file_ref`` a voice note's file reference; ``update_id`` makes handling
    idempotent when given; ``seat`` is the channel's end of the conversation (a Telegram chat
    and the message sent or pressed), when the channel has one.
    """

    channel: str
    sender_key: str
    kind: str
    text: str | None = None
    data: str | None = None
    file_ref: str | None = None
    update_id: int | None = None
    seat: Seat | None = None


@dataclass
class Outcome:
    """What to show: replies for the sender, alerts to send to staff, children whose new
    deletion request the admins must be told about, whether the pressed message's buttons go.

    After the commit a channel sends ``replies`` and hands ``alert_ids``, ``erasure_requests``
    and ``returned_child_ids`` to :func:`bot.safeguarding.telling.tell_staff`.
    """

    replies: list[Reply] = field(default_factory=list)
    alert_ids: list[int] = field(default_factory=list)
    erasure_requests: list[int] = field(default_factory=list)
    # Children whose consultation was just sent back: their IRO may be e-mailed a link.
    returned_child_ids: list[int] = field(default_factory=list)
    duplicate: bool = False
    retire_pressed: bool = False


@dataclass
class Turn:
    """One input being handled inside its transaction: who, what, and what to send back; and
    the child's words checked for concerns, an alert raised inside the same transaction."""

    services: Services
    conn: aiosqlite.Connection
    speaker: Speaker
    incoming: Incoming
    outcome: Outcome
    now: datetime
    # An alert raised in this turn was about the child's IRO: the child hears the duty team
    # will know, not their IRO.
    alerted_about_iro: bool = field(default=False, init=False)

    @property
    def lang(self) -> str:
        return self.speaker.language

    def reply(self, text: str) -> None:
        self.outcome.replies.append(Reply(text))

    async def show_current(self, *, quiet: bool = False) -> None:
        # A due offer, even one quiet hours hold back, is offered when the child writes.
        offered = await due_offers.offer_waiting(
            self.services, self.conn, self.speaker, now=self.now
        )
        self.outcome.replies += offered or await replies_for_child(
            self.services, self.conn, self.speaker, quiet=quiet
        )

    @property
    def channel(self) -> str:
        return self.incoming.channel

    async def alert(
        self,
        *,
        kind: str,
        categories: tuple[str, ...],
        excerpt: str | None,
        source: str,
        run_id: int | None,
        follows: Answered | None = None,
        iro_survey_open: bool = False,
        survey: int | None = None,
        question: str | None = None,
        earlier: tuple[tuple[int, str], ...] = (),
        words: str | None = None,
    ) -> None:
        """Raise an alert in this turn and answer the child.

        ``words``: everything the child wrote that the alert is on, read for their IRO (the
        excerpt is cut to its length; a button's concern has the question's words, not the
        child's, and none here).

        ``survey`` and ``question``: the run and question the words answered (None: none),
        kept with words remembered; ``earlier``: the answers, as (run id, question id), of
        earlier words joined with them. The alert keeps all of them (``from_answers``), so an
        IRO it is about is shown none of those answers.

        ``iro_survey_open``: the words were written (partly) while the survey about the
        child's IRO was open, though they answered none of its questions (a caption, words
        after a command, earlier words joined), so they belong to it too. Whether the alert is
        about the IRO (this, its run, or words naming them) is decided as it is raised
        (:mod:`bot.safeguarding.about_iro`); if so the IRO is not told.
        """
        raised = await safeguarding.raise_alert(
            self.services,
            self.conn,
            child=self.speaker.child,
            band=self.speaker.band,
            assisted=self.speaker.assisted,
            kind=kind,
            categories=categories,
            excerpt=excerpt,
            source=source,
            run_id=run_id,
            now=self.now,
            follows=follows,
            iro_survey_open=iro_survey_open,
            words=words,
            from_answers=_answers_of(earlier, survey, question),
        )
        self.alerted_about_iro = self.alerted_about_iro or raised.about_iro
        self.outcome.alert_ids.append(raised.alert_id)
        self.outcome.replies.append(Reply(raised.reply, alert_id=raised.alert_id))
        seat = self.speaker.seat
        if seat is not None:
            await seat.keep_caring_reply(
                self.conn, alert_id=raised.alert_id, child_id=self.speaker.child.id, now=self.now
            )
        if kind == "concern" and tuple(categories) in _LEARNED_ONLY:
            # Only the learned layer's: the words stay remembered a while, so the next message
            # can still complete a disclosure the rules name ("he's going to get me" … "if I
            # tell anyone"): a worry becomes urgent, and after the model's urgent guess staff
            # still learn what kind of harm it is (threats to keep quiet), with both messages.
            # After the urgent reply the child is then thanked for telling more, not given
            # 999 and Childline a second time in a row.
            self.services.recent_words.add(
                self.speaker.child.id,
                excerpt or "",
                now=self.now,
                answered=raised.answered,
                survey=survey,
                question=question,
                in_iro_survey=raised.about_iro,
            )
        elif kind == "concern":
            # The words are now in the (encrypted) alert; the next message starts afresh.
            self.services.recent_words.forget(self.speaker.child.id)

    async def talk(self, *, run_id: int | None) -> None:
        """Ask a person to talk to the child. ``run_id``: the run whose answer asked; a request
        made outside one (``/talk``, the private-word button) while the survey about the IRO is
        open belongs to that survey: the child may want to talk about the IRO, so it goes to
        the duty team, never to that IRO, and the child is told who will get in touch."""
        if run_id is None:
            iro_survey = await self._open_iro_survey()
            run_id = None if iro_survey is None else iro_survey.id
        await self.alert(kind="talk", categories=(), excerpt=None, source="talk", run_id=run_id)

    async def _open_iro_survey(self) -> runs.RunRow | None:
        """The survey about the IRO, when it is the run the child is on (the one they last
        started, else the newest sent: what their next words would answer)."""
        found = await runs.open_runs(self.conn, self.speaker.child.id)
        started = [run for run in found if run.status == "started"]
        open_run = (started or found)[0] if found else None
        if open_run is not None and is_iro_survey(open_run.definition_id):
            return open_run
        return None

    async def check_loose(self, text: str, source: str) -> bool:
        """Check words that answered no question (see :meth:`check_words`): outside a survey, a
        caption, words after a command, an edit of an answer no longer on screen. Written while
        the survey about the IRO is open, they belong to it."""
        in_iro_survey = await self._open_iro_survey() is not None
        found_concern = await self.check_words(text, source, in_iro_survey=in_iro_survey)
        return found_concern is not None

    async def check_words(
        self,
        text: str,
        source: str,
        run_id: int | None = None,
        *,
        answers: bool = False,
        question: str | None = None,
        in_iro_survey: bool = False,
    ) -> concerns.Concern | None:
        """Check text on its own and joined with the child's last messages (a disclosure split
        over messages); raise an alert on a concern, else remember the text for a while.

        ``run_id``: the run the words were written in; ``answers``: they answered its
        question, ``question`` (an answer is never read with another survey's answers,
        :mod:`bot.safeguarding.recent_words`); ``in_iro_survey``: the survey about the
        child's IRO was open.
        """
        child_id, recent = self.speaker.child.id, self.services.recent_words
        survey = run_id if answers else None
        question = question if answers else None
        before = recent.before(child_id, now=self.now, survey=survey)
        earlier = list(before.texts)
        found = concerns.detect_across(earlier, text)
        if found is None:
            recent.add(
                child_id,
                text,
                now=self.now,
                survey=survey,
                question=question,
                in_iro_survey=in_iro_survey,
            )
            return None
        # Split over messages: staff see them all, in the order written (the latest kept).
        learned_only = found.categories in _LEARNED_ONLY
        joined = not learned_only and concerns.detect(text, learned=False) is None
        words = "\n".join([*earlier, text]) if joined else text
        await self.alert(
            kind="concern",
            categories=found.categories,
            excerpt=words[-500:] if joined else words[:500],
            words=words,
            source=source,
            run_id=run_id,
            # Completing words that already got the urgent reply (the learned layer's guess).
            follows=before.answered if joined else None,
            iro_survey_open=in_iro_survey or (joined and before.in_iro_survey),
            survey=survey,
            question=question,
            earlier=before.answers if joined else (),
        )
        return found
