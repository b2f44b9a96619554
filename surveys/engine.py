"""The flow engine: a survey definition, a run's state and one action in; the next step out.

Pure and synchronous: no I/O, no clock, no randomness. :func:`advance` never raises on any
action a child can send: input that doesn't fit gets the same prompt again with a kind notice in
``Prompt.preamble``. Every text a child types is checked for a disclosure of harm, wherever it
arrives, because a child may write "he hits me" where we expected a button.

The state (:class:`RunState`) is JSON and is pinned to the definition's hash, so a run carries on
with the exact questions it started with even after the survey file changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from surveys import concerns
from surveys.catalogue import definition_hash
from surveys.engine_types import (
    CONTROL_IDS,
    Action,
    AdvocateRequested,
    AnswerDropped,
    AnswerSaved,
    AnswerValue,
    ChairRequested,
    Choice,
    Choose,
    ConcernDetected,
    Event,
    Phase,
    Press,
    Prompt,
    RunCompleted,
    RunState,
    RunStopped,
    Step,
    TalkToSomeone,
    Text,
    Toggle,
    Voice,
    Words,
)
from surveys.flow import answer_label, introduction, next_after, render_prompt, summary, visible
from surveys.model import Definition, Question, Variant
from surveys.wording import LANGUAGES, phrase

__all__ = [
    "CONTROL_IDS",
    "Action",
    "AdvocateRequested",
    "AnswerDropped",
    "AnswerSaved",
    "AnswerValue",
    "ChairRequested",
    "Choice",
    "Choose",
    "ConcernDetected",
    "DefinitionMismatch",
    "Event",
    "NoVariant",
    "Press",
    "Prompt",
    "RunCompleted",
    "RunState",
    "RunStopped",
    "Step",
    "TalkToSomeone",
    "Text",
    "Toggle",
    "Voice",
    "Words",
    "advance",
    "answer_label",
    "current",
    "introduction",
    "start",
    "summary",
]

EXCERPT_CHARS = 500


class NoVariant(ValueError):
    """The survey has no version for this age band (e.g. ``tell_us_more`` for a 6-year-old)."""


class DefinitionMismatch(ValueError):
    """A state was advanced with a different definition from the one its run is pinned to."""


def start(
    definition: Definition, *, band: str, language: str, words: Words, age: int | None = None
) -> Step:
    """Start a run: the first question, with the intro and privacy notice as its preamble.

    Args:
        definition: the survey, as loaded by :func:`surveys.catalogue.load_definitions`.
        band: the child's band on the day (:func:`surveys.bands.band_for`).
        language: ``en`` or ``cy``; a language the survey doesn't ship in falls back to English.
        words: the child's preferred name and words.
        age: the child's age, when known: the survey's own age range is then checked too.

    Raises:
        NoVariant: the survey is not for this age band (or age); check
            ``definition.variant_for(band, age)``.
    """
    variant = definition.variant_for(band, age)
    if variant is None:
        ages = f"age {age}" if age is not None else f"age band {band}"
        raise NoVariant(
            f"{definition.id} has no version for {ages} (it is for ages {definition.ages()})"
        )
    if language not in definition.languages or language not in LANGUAGES:
        language = "en"
    shown = visible(variant, {})
    state = RunState(
        definition_id=definition.id,
        definition_hash=definition_hash(definition),
        variant=variant.band,
        band=band,
        language=language,
        words=words.as_dict(),
        phase="question" if shown else "review",
        at=shown[0].id if shown else None,
    )
    preamble = introduction(definition, state)
    return Step(state, render_prompt(definition, state, preamble), ())


def current(definition: Definition, state: RunState) -> Prompt:
    """The prompt the child is on now (to resume, or to answer a stale button)."""
    return render_prompt(definition, state)


def advance(definition: Definition, state: RunState, action: Action) -> Step:
    """Apply one action to a run and say what to show next.

    Raises:
        DefinitionMismatch: ``definition`` is not the one the run is pinned to (a caller bug:
            load the pinned version from storage).
    """
    if definition_hash(definition) != state.definition_hash:
        raise DefinitionMismatch(
            f"run is pinned to {state.definition_hash[:12]}, got {definition_hash(definition)[:12]}"
        )
    variant = _variant(definition, state)
    events: list[Event] = []
    if isinstance(action, Text):
        found = concerns.detect(action.text)
        if found is not None:
            excerpt = action.text.strip()[:EXCERPT_CHARS]
            events.append(ConcernDetected(state.at, found.categories, excerpt))
    turn = _Turn(definition, variant, state, events)
    turn.apply(action)
    prompt = render_prompt(definition, turn.state, turn.notices, alert_notice=turn.alert_notice)
    return Step(turn.state, prompt, tuple(events))


def _variant(definition: Definition, state: RunState) -> Variant:
    found = next((v for v in definition.variants if v.band == state.variant), None)
    if found is None:  # only possible with a hand-made state; the hash check guards the rest
        raise DefinitionMismatch(f"{definition.id} has no variant {state.variant}")
    return found


@dataclass
class _Turn:
    """One action being applied: the state so far, the events and notices it produced."""

    definition: Definition
    variant: Variant
    state: RunState
    events: list[Event]
    notices: tuple[str, ...] = ()
    alert_notice: int | None = None  # the notice saying who alerted words go to, if one is

    def notice(self, key: str, *, alert: bool = False) -> None:
        self.notices = (phrase(key, self.state.language, self.state.words),)
        self.alert_notice = 0 if alert else None

    def move(self, **changes: object) -> None:
        self.state = self.state.model_copy(update=changes)

    def apply(self, action: Action) -> None:
        phase: Phase = self.state.phase
        if phase == "finished":
            self.notice("already_finished")
        elif phase == "stopped":
            if action == Press("_resume"):
                self.move(phase=self.state.resume_phase or "question", resume_phase=None)
            else:
                self.notice("stopped_choose")
        elif action == Press("_stop"):
            self.move(phase="stopped", resume_phase=phase)
            self.events.append(RunStopped())
        elif phase == "review":
            self.on_review(action)
        elif phase == "audience":
            self.on_audience(action)
        else:
            self.on_question(action)

    # -- the last step: what the IRO will see ------------------------------------------------
    def on_review(self, action: Action) -> None:
        shown = visible(self.variant, self.state.answers)
        if action == Press("_send"):
            self.move(phase="finished")
            self.events.append(RunCompleted())
        elif action == Press("_back") and shown:
            self.move(phase="question", at=shown[-1].id, reviewing=False)
        elif isinstance(action, Press) and action.choice_id.startswith("_change:"):
            target = action.choice_id.removeprefix("_change:")
            if any(q.id == target for q in shown):
                self.move(phase="question", at=target, reviewing=True, selected=())
            else:
                self.notice("review_choose")
        else:
            self.notice("review_choose")

    # -- "OK to talk about at my meeting" / "just for my IRO" --------------------------------
    def on_audience(self, action: Action) -> None:
        question = self.question()
        pending = self.state.pending
        if question is None or pending is None:  # defensive: repair rather than fail
            self.move(phase="question", pending=None)
            return
        if action == Press("_back"):
            self.move(phase="question")
        elif action in (Press("meeting"), Press("iro_only")):
            assert isinstance(action, Press)
            self.save(question, pending.model_copy(update={"audience": action.choice_id}))
        elif action in (Press("_skip"), Press("_decline")):
            # High privacy by default: words nobody placed are kept for the IRO only.
            self.save(question, pending.model_copy(update={"audience": "iro_only"}))
        else:
            self.notice("pick_audience")

    # -- a question --------------------------------------------------------------------------
    def on_question(self, action: Action) -> None:
        question = self.question()
        if question is None:
            self.repair()
            return
        if isinstance(action, Press) and action.choice_id in CONTROL_IDS:
            self.on_control(question, action.choice_id)
        elif question.is_text:
            self.on_text_question(question, action)
        else:
            self.on_choice_question(question, action)

    def on_control(self, question: Question, control: str) -> None:
        if control == "_skip":
            self.save(question, AnswerValue(kind="skipped"))
        elif control == "_decline":
            self.save(question, AnswerValue(kind="declined"))
        elif control == "_back":
            shown = visible(self.variant, self.state.answers)
            index = [q.id for q in shown].index(question.id)
            if index == 0:
                self.notice("first_question")
            else:
                self.move(at=shown[index - 1].id, selected=(), pending=None)

    def on_text_question(self, question: Question, action: Action) -> None:
        if isinstance(action, Text) and action.text.strip():
            self.answer_text(question, AnswerValue(kind="text", text=action.text.strip()))
        elif isinstance(action, Voice) and question.type == "text_or_voice" and action.file_ref:
            self.answer_text(question, AnswerValue(kind="voice", text=action.file_ref))
        elif isinstance(action, Voice):
            self.notice("no_voice")
        else:
            self.notice("write_something")

    def answer_text(self, question: Question, value: AnswerValue) -> None:
        alerted = next((e for e in self.events if isinstance(e, ConcernDetected)), None)
        if question.audience and alerted is not None:
            # Staff are being alerted to these words: "just for my IRO" would be a promise
            # hearme cannot keep. Kept out of the meeting, and the child is told who will see.
            self.save(question, value.model_copy(update={"audience": "iro_only"}))
            self.notice(f"alert_{concerns.level_of(alerted.categories)}", alert=True)
        elif question.audience:
            self.move(phase="audience", pending=value)
        else:
            self.save(question, value)

    def on_choice_question(self, question: Question, action: Action) -> None:
        option_ids = [option.id for option in question.effective_options()]
        if isinstance(action, Text):
            matched = self.match_typed(question, action.text)
            if matched is None:
                self.notice("pick_some" if question.multiple else "pick_option")
                return
            action = Press(matched)
        if isinstance(action, Voice):
            self.notice("no_voice")
        elif isinstance(action, Choose):
            chosen = tuple(dict.fromkeys(action.option_ids))
            fits = chosen and set(chosen) <= set(option_ids)
            if fits and len(chosen) > 1 and _exclusive(question) & set(chosen):
                self.notice("exclusive_alone")
            elif fits and (question.multiple or len(chosen) == 1):
                ordered = tuple(o for o in option_ids if o in chosen)
                self.save(question, AnswerValue(kind="choice", choices=ordered))
            else:
                self.notice("unknown_option")
        elif question.multiple and isinstance(action, Toggle | Press):
            chosen_id = action.option_id if isinstance(action, Toggle) else action.choice_id
            if chosen_id == "_done":
                if self.state.selected:
                    picked = tuple(o for o in option_ids if o in self.state.selected)
                    self.save(question, AnswerValue(kind="choice", choices=picked))
                else:
                    self.notice("pick_some")
            elif chosen_id in option_ids:
                selected = set(self.state.selected) ^ {chosen_id}
                if chosen_id in selected:
                    # "Nothing" with "Home" can't both be true: the newest pick wins.
                    exclusive = _exclusive(question)
                    selected = {chosen_id} if chosen_id in exclusive else selected - exclusive
                self.move(selected=tuple(o for o in option_ids if o in selected))
            else:
                self.notice("unknown_option")
        elif isinstance(action, Press) and action.choice_id in option_ids:
            self.save(question, AnswerValue(kind="choice", choices=(action.choice_id,)))
        else:
            self.notice("unknown_option")

    def match_typed(self, question: Question, typed: str) -> str | None:
        """A typed answer that names an option ("yes", "Happy") counts as pressing it."""
        wanted = _plain(typed)
        if not wanted:
            return None
        for option in question.effective_options():
            labels = [option.id, *(option.label or {}).values()]
            if any(_plain(label) == wanted for label in labels):
                return option.id
        return None

    # -- saving and moving on ----------------------------------------------------------------
    def save(self, question: Question, value: AnswerValue) -> None:
        before = self.state.answers.get(question.id)
        answers = {**self.state.answers, question.id: value}
        self.events.append(AnswerSaved(question.id, question.core, value))
        if value.kind == "choice":
            earlier = set(before.choices) if before and before.kind == "choice" else set()
            for option_id in value.choices:
                if option_id not in earlier:
                    self.option_events(question, option_id)
        shown_ids = {q.id for q in visible(self.variant, answers)}
        for question_id in [q for q in answers if q not in shown_ids]:
            del answers[question_id]
            self.events.append(AnswerDropped(question_id))
        self.move(answers=answers, selected=(), pending=None)
        following = next_after(self.variant, answers, question.id, self.state.reviewing)
        if following is None:
            self.move(phase="review", at=None, reviewing=False)
        else:
            self.move(phase="question", at=following.id)

    def option_events(self, question: Question, option_id: str) -> None:
        option = question.option(option_id)
        if option is None:
            return
        if option.concern:
            label = answer_label(question, option_id, "en", self.state.words)
            excerpt = f"{question.text['en']} — {label}"
            self.events.append(ConcernDetected(question.id, option.concern, excerpt))
        for request in option.requests:
            if request == "advocate":
                self.events.append(AdvocateRequested(question.id))
            elif request == "chair":
                self.events.append(ChairRequested(question.id))
            else:
                self.events.append(TalkToSomeone(question.id))

    def question(self) -> Question | None:
        if self.state.at is None:
            return None
        shown = visible(self.variant, self.state.answers)
        return next((q for q in shown if q.id == self.state.at), None)

    def repair(self) -> None:
        """A state pointing nowhere (only from hand-made JSON) goes to the next open step."""
        shown = visible(self.variant, self.state.answers)
        unanswered = [q for q in shown if q.id not in self.state.answers]
        if unanswered:
            self.move(phase="question", at=unanswered[0].id, selected=(), pending=None)
        else:
            self.move(phase="review", at=None, selected=(), pending=None)


def _exclusive(question: Question) -> set[str]:
    """The options of a question that rule out every other (``exclusive: true``)."""
    return {option.id for option in question.effective_options() if option.exclusive}


def _plain(text: str) -> str:
    """Letters and digits only, case-folded: how typed answers are compared with labels."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())
