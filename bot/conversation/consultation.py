"""A child's runs as the conversation sees them: who is speaking, load, save, offer and show.

Channel-neutral: what comes out is :class:`Reply` (text and rows of :class:`Button`), which
each channel draws in its own way. Used by :mod:`bot.conversation.service` (answers as they arrive)
and by the scheduler (:func:`offer` a consultation, then send :func:`replies_for_run`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime

import aiosqlite

from bot.conversation.messages import language_of, say
from bot.conversation.speaker import Speaker as Speaker
from bot.services import Services
from storage import chats, children, runs, survey_versions
from storage.children import Child
from surveys.bands import band_for
from surveys.catalogue import definition_hash
from surveys.engine import (
    AnswerDropped,
    AnswerSaved,
    Prompt,
    RunState,
    Step,
    Words,
    current,
    introduction,
    start,
)
from surveys.model import Definition

TALK_DATA = "talk"
_SHORT_LABEL = 14
_pinned: dict[str, Definition] = {}


@dataclass(frozen=True)
class Button:
    """One button: what it says and the data it sends back."""

    label: str
    data: str


@dataclass(frozen=True)
class Reply:
    """One message to show: text, rows of buttons, whether it redraws the message whose button
    was pressed, and the alert it is the caring reply to, if it is one (a channel retries those
    when they fail)."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    redraws: bool = False
    alert_id: int | None = None
    # Which of the bot's own sentences this is, when a channel may word it its own way.
    key: str | None = None
    # The paragraphs ``text`` joins, notices first: a channel that limits a message's length
    # sends them apart, the buttons with the last.
    parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class LoadedRun:
    """An open run with its pinned survey, its state and the prompt it is on."""

    run: runs.RunRow
    definition: Definition
    state: RunState

    @property
    def prompt(self) -> Prompt:
        return current(self.definition, self.state)


def prompt_token(run_id: int, prompt: Prompt) -> str:
    """Eight hex characters naming the run's step that a button was shown with."""
    seed = f"{run_id}|{prompt.kind}|{prompt.question_id or ''}"
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:8]


def words_of(child: Child) -> Words:
    """The engine's view of the child's preferred name and words."""
    chosen = child.preferred_words
    return Words(
        name=child.name or None,
        family_time=chosen.get("family_time"),
        carer=chosen.get("carer"),
        review=chosen.get("review"),
        iro=chosen.get("iro"),
    )


async def pinned_definition(
    services: Services, conn: aiosqlite.Connection, survey_hash: str
) -> Definition:
    """The exact survey version a run was started with (a run never changes survey)."""
    if survey_hash not in _pinned:
        for definition in services.definitions.values():
            if definition_hash(definition) == survey_hash:
                _pinned[survey_hash] = definition
                break
        else:
            body = await survey_versions.survey_body(conn, survey_hash)
            _pinned[survey_hash] = Definition.model_validate_json(body)
    return _pinned[survey_hash]


async def load_run(
    services: Services,
    conn: aiosqlite.Connection,
    run: runs.RunRow,
    state_json: str | None = None,
) -> LoadedRun:
    """The run with its pinned survey and decrypted state (``state_json`` when the caller
    read it already, e.g. with ``runs.get_run_and_state``)."""
    definition = await pinned_definition(services, conn, run.survey_hash)
    if state_json is None:
        state_json = await runs.load_state(conn, services.db.cipher, run.id)
    return LoadedRun(run, definition, RunState.model_validate_json(state_json))


async def open_run_for(
    services: Services, conn: aiosqlite.Connection, child_id: int
) -> LoadedRun | None:
    """The run a child is answering now: the one they last started, else the newest sent."""
    found = await runs.open_runs(conn, child_id)
    if not found:
        return None
    started = [run for run in found if run.status == "started"]
    return await load_run(services, conn, (started or found)[0])


async def save_step(
    services: Services,
    conn: aiosqlite.Connection,
    loaded: LoadedRun,
    step: Step,
    *,
    channel: str,
    now: datetime,
) -> None:
    """Store the step's answers (from its events) and the run's new state, in ``conn``'s
    transaction, so an answer and the question it moved the child to are saved together."""
    cipher = services.db.cipher
    for event in step.events:
        if isinstance(event, AnswerSaved):
            value = event.value
            await runs.save_answer(
                conn,
                cipher,
                run_id=loaded.run.id,
                question_id=event.question_id,
                core_id=event.core_id,
                kind=value.kind,
                choices=value.choices,
                text=value.text,
                audience=value.audience,
                now=now,
            )
        elif isinstance(event, AnswerDropped):
            await runs.drop_answer(
                conn, run_id=loaded.run.id, question_id=event.question_id, now=now
            )
    status = "completed" if step.state.finished else "started"
    await runs.save_state(
        conn,
        cipher,
        loaded.run.id,
        step.state.model_dump_json(),
        status=status,
        now=now,
        channel=channel,
    )


def _layout(buttons: list[Button], short: bool) -> list[tuple[Button, ...]]:
    width = 3 if short else 1
    return [tuple(buttons[i : i + width]) for i in range(0, len(buttons), width)]


def render(prompt: Prompt, run_id: int, speaker: Speaker) -> list[Reply]:
    """A prompt as replies: notices first, then the question with its buttons.

    Every option and every control (skip, I don't want to say, back, stop) is a button of the
    same kind: nothing nudges the child towards answering.
    """
    token = prompt_token(run_id, prompt)
    parts: list[str] = []
    if speaker.assisted:
        parts.append(say("assisted_banner", speaker.language))
    parts.extend(prompt.preamble)
    question = prompt.text
    if prompt.kind == "question" and prompt.total:
        question = f"({prompt.step}/{prompt.total}) {question}"
    if prompt.kind == "question" and prompt.accepts_voice and speaker.voice:
        # Only a channel that takes voice notes offers them (the web page can't record one).
        question += "\n" + say("voice_hint", speaker.language, speaker.child.preferred_words)
    parts.append(question)
    if prompt.summary:
        parts.append(prompt.summary)
    options = [
        Button(("✅ " if c.id in prompt.selected else "") + c.label, f"{run_id}.{token}.{i}")
        for i, c in enumerate(prompt.choices)
    ]
    start_at = len(prompt.choices)
    controls = [
        Button(c.label, f"{run_id}.{token}.{start_at + i}") for i, c in enumerate(prompt.controls)
    ]
    short = all(len(c.label) <= _SHORT_LABEL for c in prompt.choices) and prompt.kind == "question"
    rows = tuple(
        _layout(options, short) + [tuple(controls[i : i + 2]) for i in range(0, len(controls), 2)]
    )
    return [Reply("\n\n".join(parts), rows, parts=tuple(parts))]


async def replies_for_child(
    services: Services, conn: aiosqlite.Connection, speaker: Speaker, *, quiet: bool = False
) -> list[Reply]:
    """The question the child is on now; or, unless ``quiet``, "nothing to answer right now"."""
    found = await open_run_for(services, conn, speaker.child.id)
    if found is None:
        if quiet:
            return []
        child = speaker.child
        text = say("nothing_pending", speaker.language, child.preferred_words, name=child.name)
        return [Reply(text, key="nothing_pending")]
    return render(found.prompt, found.run.id, speaker)


def greeting_replies(speaker: Speaker) -> list[Reply]:
    """Hello by preferred name, in the child's language (and the private word, when assisted)."""
    lang, words, name = speaker.language, speaker.child.preferred_words, speaker.child.name
    if not speaker.assisted:
        return [Reply(say("greeting", lang, words, name=name))]
    offer_talk = (Button(say("private_word_button", lang, words), TALK_DATA),)
    text = (
        say("greeting_assisted", lang, words, name=name) + "\n\n" + say("private_word", lang, words)
    )
    return [Reply(text, (offer_talk,))]


def private_word_offer(speaker: Speaker) -> list[Reply]:
    """When an adult is helping, the child's own way to a private word with their IRO."""
    if not speaker.assisted:
        return []
    lang, words = speaker.language, speaker.child.preferred_words
    offer_talk = (Button(say("private_word_button", lang, words), TALK_DATA),)
    return [Reply(say("private_word", lang, words), (offer_talk,))]


async def speaker_for_child(
    services: Services, conn: aiosqlite.Connection, child_id: int, *, now: datetime
) -> Speaker:
    """The speaker for a child's chats: assisted unless the young person has their own chat."""
    child = await children.get_child(conn, child_id)
    if child is None:
        raise LookupError(f"no child with id {child_id}")
    modes = {chat.mode for chat in await chats.chats_for_child(conn, child_id)}
    assisted = "assisted" in modes and "self" not in modes
    on = now.astimezone(services.settings.zone).date()
    return Speaker.for_child(child, assisted=assisted, on=on)


async def replies_for_run(
    services: Services,
    run_id: int,
    *,
    greeting: bool,
    conn: aiosqlite.Connection | None = None,
    voice: bool = True,
) -> list[Reply]:
    """What to send for a run: optionally the survey's intro and privacy notice (and, when an
    adult is helping, the offer of a private word with the IRO), then the prompt the child is on.
    Reads only: through ``conn`` inside the caller's transaction, else through the reader.
    ``voice``: whether the channel takes voice notes (False for the web page).

    The survey's intro already greets the child by name, so hearme's own hello (sent once, at
    enrolment) is not repeated here.
    """
    conn = conn or services.db.reader
    run = await runs.get_run(conn, run_id)
    if run is None:
        raise LookupError(f"no run {run_id}")
    speaker = await speaker_for_child(services, conn, run.child_id, now=services.clock())
    speaker = replace(speaker, voice=voice)
    loaded = await load_run(services, conn, run)
    prompt = loaded.prompt
    if not greeting:
        return render(prompt, run.id, speaker)
    prompt = replace(
        prompt, preamble=introduction(loaded.definition, loaded.state) + prompt.preamble
    )
    return private_word_offer(speaker) + render(prompt, run.id, speaker)


class NotOffered(ValueError):
    """The survey is not for this child on this day (age band, or no date of birth)."""


async def offer_in(
    services: Services,
    conn: aiosqlite.Connection,
    *,
    child_id: int,
    definition_id: str,
    review_id: int | None,
    now: datetime,
    closes_at: datetime | None,
) -> int:
    """:func:`offer` inside the caller's transaction."""
    definition = services.definitions[definition_id]
    child = await children.get_child(conn, child_id)
    if child is None or child.date_of_birth is None:
        raise NotOffered(f"child {child_id} cannot be asked (unknown or erased)")
    band = band_for(child.date_of_birth, now.astimezone(services.settings.zone).date())
    if definition.variant_for(band) is None:
        raise NotOffered(f"{definition_id} has no version for age band {band}")
    step = start(definition, band=band, language=language_of(child.language), words=words_of(child))
    survey_hash = definition_hash(definition)
    await survey_versions.ensure_survey_version(
        conn,
        definition_id=definition.id,
        version=definition.version,
        survey_hash=survey_hash,
        body_json=definition.model_dump_json(),
        now=now,
    )
    return await runs.create_run(
        conn,
        child_id=child_id,
        definition_id=definition_id,
        survey_hash=survey_hash,
        age_band=band,
        review_id=review_id,
        state_json=step.state.model_dump_json(),
        cipher=services.db.cipher,
        now=now,
        closes_at=closes_at,
    )


async def offer(
    services: Services,
    *,
    child_id: int,
    definition_id: str,
    review_id: int | None,
    now: datetime,
    closes_at: datetime | None,
) -> int:
    """Create a run of ``definition_id`` for the child, pinned to today's survey version and to
    the child's age band on the day; nothing is sent. Returns the run id.

    Raises:
        NotOffered: the survey has no version for the child's band (e.g. under 4s).
    """
    async with services.db.transaction() as conn:
        return await offer_in(
            services,
            conn,
            child_id=child_id,
            definition_id=definition_id,
            review_id=review_id,
            now=now,
            closes_at=closes_at,
        )
