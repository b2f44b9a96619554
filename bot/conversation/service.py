"""The one conversation service every channel calls: a decoded input in, replies out.

A channel (Telegram, the web page) turns what a person did into an :class:`Incoming` and shows
the :class:`Reply` list it gets back; it decides nothing. Here the child's open run is loaded
from storage, the survey engine moves it on, and the answers, the new state, any alert and the
update id are committed in ONE transaction before a reply is returned, so a crash at any point
loses nothing and a re-delivered update changes nothing: it only shows the child, once more, the
question they are on (:func:`_handled_before`).

Buttons carry ``<run id>.<prompt token>.<index>``: the run they belong to, a token for the
question they were shown with, and the button's place on that question. A button pressed by
another child, on a finished run or on an earlier question is never applied. What only a
channel knows (its chats, its message ids) it answers through the input's
:class:`~bot.conversation.speaker.Seat`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime

import aiosqlite

from bot.conversation import enrolment, reachability
from bot.conversation.consultation import TALK_DATA as TALK_DATA
from bot.conversation.consultation import Button as Button
from bot.conversation.consultation import (
    LoadedRun,
    load_run,
    open_run_for,
    render,
    replies_for_child,
    save_step,
)
from bot.conversation.consultation import NotOffered as NotOffered
from bot.conversation.consultation import Reply as Reply
from bot.conversation.consultation import Speaker as Speaker
from bot.conversation.consultation import offer as offer
from bot.conversation.consultation import offer_in as offer_in
from bot.conversation.consultation import prompt_token as prompt_token
from bot.conversation.consultation import replies_for_run as replies_for_run
from bot.conversation.messages import say
from bot.conversation.told_duty import alert_notice, told_duty
from bot.conversation.turn import Incoming as Incoming
from bot.conversation.turn import Outcome as Outcome
from bot.conversation.turn import Turn
from bot.safeguarding.about_iro import is_iro_survey
from bot.services import Services
from bot.staff import erasure_requests
from storage import chats, runs
from storage.updates import claim_update
from surveys import concerns
from surveys.engine import ConcernDetected, Press, TalkToSomeone, Text, Voice, advance

log = logging.getLogger(__name__)

KINDS = ("text", "press", "voice", "sticker", "photo", "edit", "command")
# Inputs after which a child waits for the question they are on. Other commands (/stop,
# /delete, /help…) are not answered again: a second "stopped" or deletion notice helps nobody.
_WAITS_FOR_A_QUESTION = frozenset({"text", "press", "voice", "sticker", "photo", "edit"})
_BUTTON = re.compile(r"^(\d{1,12})\.([0-9a-f]{8})\.(\d{1,3})$")


# Work a channel adds to a speaker's turn, committed with it (the web page's "stopped" mark).
AlsoInTurn = Callable[[aiosqlite.Connection], Awaitable[None]]


async def handle(
    services: Services,
    incoming: Incoming,
    *,
    speaker: Speaker | None = None,
    also: AlsoInTurn | None = None,
) -> Outcome:
    """Handle one input from a person and say what to send back.

    Args:
        services: the running bot's shared pieces.
        incoming: the decoded input.
        speaker: who is speaking when the channel knows (the web page); else the input's
            seat finds them (a Telegram chat's binding).
        also: the channel's own bookkeeping for this turn, run first in the same
            transaction, so the two are committed together or not at all.
    """
    now = services.clock()
    # Short: the turn's statements run without a hand-over each, and turns queued behind one
    # another share a commit; the block is left only once this turn is on disk.
    async with services.db.transaction(short=True) as conn:
        if incoming.update_id is not None and not await claim_update(
            conn, incoming.update_id, now=now
        ):
            log.info("update %s already handled", incoming.update_id)
            return await _handled_before(services, conn, incoming, speaker, now)
        outcome = Outcome()
        if speaker is None and incoming.seat is not None:
            speaker = await incoming.seat.speaker(conn, now=now, zone=services.settings.zone)
        if (
            incoming.kind == "command"
            and incoming.text == "start"
            and incoming.data
            and (speaker is None or await enrolment.is_live_invite(conn, incoming.data, now=now))
        ):
            # A chat hearme does not know, or a live invite: enrolment. An enrolled child's
            # "/start <words>" is the child talking, handled below like any other words.
            outcome.replies = await enrolment.start_with_code(
                services, conn, incoming, incoming.data, now=now
            )
            return outcome
        if speaker is None:
            outcome.replies = await enrolment.unknown_sender(services, conn, incoming, now=now)
            return outcome
        await reachability.welcome_back(conn, speaker.child, channel=incoming.channel, now=now)
        if also is not None:
            await also(conn)
        await _Turn(services, conn, speaker, incoming, outcome, now).dispatch()
        return outcome


async def _handled_before(
    services: Services,
    conn: aiosqlite.Connection,
    incoming: Incoming,
    speaker: Speaker | None,
    now: datetime,
) -> Outcome:
    """What a re-delivered update gets: the question the child is on now, and nothing stored.

    Telegram sends an update again when the process that handled it stopped before saying so,
    and it may have stopped after the answer was committed but before the next question went
    out. Answering nothing would leave the child waiting for a question that never comes (a
    9-year-old will not think of /start), so the question is shown again: at least once,
    like a caring reply. When it did go out, the child sees it twice, which is harmless.
    """
    outcome = Outcome(duplicate=True)
    waits = incoming.kind in _WAITS_FOR_A_QUESTION or (
        incoming.kind == "command" and incoming.text == "start"
    )
    if not waits:
        return outcome
    if speaker is None and incoming.seat is not None:
        speaker = await incoming.seat.speaker(conn, now=now, zone=services.settings.zone)
    if speaker is None:
        return outcome
    found = await open_run_for(services, conn, speaker.child.id)
    if found is not None and not found.state.stopped:
        outcome.replies = render(found.prompt, found.run.id, speaker)
    return outcome


@dataclass
class _Turn(Turn):
    """One input being handled: what each kind of input does."""

    async def dispatch(self) -> None:
        kind = self.incoming.kind
        if kind == "command":
            # Words typed after a command ("/stop my foster dad hits me") are the child's
            # words like any others: checked before the command does anything.
            said = bool(self.incoming.data) and await self.check_loose(
                self.incoming.data or "", "message"
            )
            if said and self.incoming.text == "talk":
                return  # the concern alert already asks a person to talk to them
            await self.command(self.incoming.text or "")
        elif kind == "press":
            await self.press(self.incoming.data or "")
        elif kind == "edit":
            await self.edit(self.incoming.text or "")
        elif kind in ("sticker", "photo"):
            if self.incoming.text:  # a caption is the child's words too
                await self.check_loose(self.incoming.text, "caption")
            self.reply(say("sticker_nudge", self.lang))
            await self.show_current()
        elif kind == "voice":
            await self.voice()
        else:
            await self.text(self.incoming.text or "")

    async def command(self, name: str) -> None:
        child, seat = self.speaker.child, self.speaker.seat
        words = child.preferred_words
        if name == "start":
            if seat is not None:
                await seat.set_stopped(self.conn, False)
            found = await open_run_for(self.services, self.conn, child.id)
            if found is not None and found.state.stopped:
                step = advance(found.definition, found.state, Press("_resume"))
                await save_step(
                    self.services, self.conn, found, step, channel=self.channel, now=self.now
                )
            self.reply(say("welcome_back", self.lang, words, name=child.name))
            await self.show_current()
        elif name == "help":
            self.reply(say("help", self.lang, words))
        elif name == "talk":
            await self.talk(run_id=None)
        elif name == "stop":
            if seat is not None:
                await seat.set_stopped(self.conn, True)
            self.reply(say("stopped", self.lang, words))
        elif name == "mydata":
            count = await chats.answer_count(self.conn, child.id)
            self.reply(say("mydata", self.lang, words, answers=count))
        elif name == "delete":
            self.services.recent_words.forget(child.id)
            fresh = await erasure_requests.request_erasure(
                self.conn,
                child_id=child.id,
                child_ref=child.child_ref,
                channel=self.channel,
                now=self.now,
            )
            if fresh:
                self.outcome.erasure_requests.append(child.id)
            self.reply(say("delete_requested" if fresh else "delete_already", self.lang, words))

    async def apply(
        self,
        loaded: LoadedRun,
        action: Press | Text | Voice,
        *,
        source: str,
        notice: str | None = None,
        original: str | None = None,
    ) -> None:
        """Advance a run by one action, store it, handle its events, show the next prompt.

        ``loaded`` is the run as the caller just read it in this transaction: reading it again
        would cost a query and a decryption per answer (issue 20).
        """
        found = loaded.run
        step = advance(loaded.definition, loaded.state, action)
        await save_step(self.services, self.conn, loaded, step, channel=self.channel, now=self.now)
        concern = next((e for e in step.events if isinstance(e, ConcernDetected)), None)
        level: str | None = None
        # Words typed where buttons were asked answer no question: they may be read with what
        # the child wrote before this survey began (bot.safeguarding.recent_words).
        answers = source != "message"
        # The question these words answer, kept on an alert they raise (``from_answers``).
        question = loaded.prompt.question_id if answers else None
        whole: concerns.Concern | None = None
        if isinstance(action, Text) and (concern is None or original is not None):
            # Nothing in this answer alone, or the engine saw only the part that fitted (a
            # worry before the cut must not hide harm told after it): the whole text is
            # checked, with what the last messages began.
            whole = await self.check_words(
                original or action.text,
                source,
                found.id,
                answers=answers,
                question=question,
                in_iro_survey=is_iro_survey(found.definition_id),
            )
            level = None if whole is None else whole.level
        if concern is not None and whole is None:
            await self.alert(
                kind="concern",
                categories=concern.categories,
                excerpt=concern.excerpt,
                words=(original or action.text) if isinstance(action, Text) else None,
                source=source,
                run_id=found.id,
                survey=found.id if answers else None,
                question=concern.question_id if answers else None,
            )
            level = concerns.level_of(concern.categories)
        if level is not None and step.prompt.kind == "audience":
            # After an alert, never "just for my IRO" for those words: kept out of the meeting,
            # and the child is told plainly who will see them.
            step = advance(loaded.definition, step.state, Press("iro_only"))
            await save_step(
                self.services, self.conn, loaded, step, channel=self.channel, now=self.now
            )
            notice = alert_notice(level, loaded.state, to_duty=self.alerted_about_iro)
        if level is not None and self.alerted_about_iro:
            # Said and kept for the duty team: every later screen shows the words went there.
            step = told_duty(step, level, loaded.definition, loaded.state)
            await save_step(
                self.services, self.conn, loaded, replace(step, events=()),
                channel=self.channel, now=self.now,
            )
        if any(isinstance(e, TalkToSomeone) for e in step.events):
            await self.talk(run_id=found.id)
        if notice:
            self.reply(notice)
        self.outcome.replies += render(step.prompt, found.id, self.speaker)
        if step.state.finished and found.status != "completed":
            self.outcome.returned_child_ids.append(found.child_id)
        if step.state.finished:
            more = await replies_for_child(self.services, self.conn, self.speaker, quiet=True)
            if more:
                self.reply(say("next_survey", self.lang))
                self.outcome.replies += more

    async def press(self, data: str) -> None:
        if data == TALK_DATA:
            await self.talk(run_id=None)
            return
        match = _BUTTON.match(data)
        fetched = (
            await runs.get_run_and_state(self.conn, self.services.db.cipher, int(match.group(1)))
            if match
            else None
        )
        found, state_json = fetched if fetched is not None else (None, None)
        # Another child's run, a finished run, forged data: never applied, nothing revealed.
        if (
            match is None
            or found is None
            or found.child_id != self.speaker.child.id
            or found.status not in runs.OPEN_STATUSES
        ):
            self.reply(say("moved_on", self.lang))
            await self.show_current()
            return
        loaded = await load_run(self.services, self.conn, found, state_json)
        prompt = loaded.prompt
        buttons = (*prompt.choices, *prompt.controls)
        index = int(match.group(3))
        if match.group(2) != prompt_token(found.id, prompt) or index >= len(buttons):
            self.reply(say("moved_on", self.lang))
            self.outcome.replies += render(prompt, found.id, self.speaker)
            return
        choice = buttons[index].id
        await self.apply(loaded, Press(choice), source="answer")
        if prompt.multiple and not choice.startswith("_"):
            # A tick on a multiple-choice question redraws the same message, not a new one.
            self.outcome.replies[-1] = replace(self.outcome.replies[-1], redraws=True)
        else:
            self.outcome.retire_pressed = True

    async def text(self, text: str) -> None:
        found = await open_run_for(self.services, self.conn, self.speaker.child.id)
        if found is None:
            if not await self.check_loose(text, "message"):
                await self.show_current()
            return
        limit = self.services.settings.max_text_chars
        too_long = len(text) > limit
        prompt = found.prompt
        await self.apply(
            found,
            Text(text[:limit]),
            source="answer" if prompt.accepts_text else "message",
            notice=say("too_long", self.lang, limit=limit) if too_long else None,
            original=text if too_long else None,
        )
        seat = self.speaker.seat
        if prompt.accepts_text and prompt.question_id and seat is not None:
            await seat.remember_answer(
                self.conn, run_id=found.run.id, question_id=prompt.question_id, now=self.now
            )

    async def voice(self) -> None:
        found = await open_run_for(self.services, self.conn, self.speaker.child.id)
        if found is None or not self.incoming.file_ref:
            self.reply(say("voice_not_here", self.lang))
            await self.show_current()
            return
        await self.apply(found, Voice(self.incoming.file_ref), source="answer")

    async def edit(self, text: str) -> None:
        """An edited message changes its answer while that question is still on screen."""
        seat = self.speaker.seat
        answered = (
            None if seat is None else await seat.answered(self.conn, child_id=self.speaker.child.id)
        )
        found = await open_run_for(self.services, self.conn, self.speaker.child.id)
        if (
            found is None
            or answered != (found.run.id, found.state.at)
            or not text.strip()
            or found.state.phase not in ("question", "audience")
        ):
            if not await self.check_loose(text, "edit"):
                self.reply(say("edit_moved_on", self.lang))
            return
        if found.state.phase == "audience":
            # The written answer waits for "who can hear it": go back to the question and give
            # the new words, which asks "who can hear it" again.
            step = advance(found.definition, found.state, Press("_back"))
            await save_step(
                self.services, self.conn, found, step, channel=self.channel, now=self.now
            )
            found = replace(found, state=step.state)
        limit = self.services.settings.max_text_chars
        await self.apply(
            found,
            Text(text[:limit]),
            source="edit",
            notice=say("edit_updated", self.lang),
            original=text if len(text) > limit else None,
        )
