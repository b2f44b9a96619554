"""The engine's public types: what goes in (actions), what comes out (prompts, events), the state.

Import them from :mod:`surveys.engine`; they live here so the engine module reads as behaviour.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

Phase = Literal["question", "audience", "review", "finished", "stopped"]
AnswerKind = Literal["choice", "text", "voice", "skipped", "declined"]
Audience = Literal["meeting", "iro_only"]
AlertLevel = Literal["urgent", "worry"]

# Buttons offered on every question, at equal prominence (Children's Code: no nudges).
CONTROL_IDS: tuple[str, ...] = ("_skip", "_decline", "_back", "_stop")


@dataclass(frozen=True)
class Words:
    """The child's preferred name and words; None means the language's default."""

    name: str | None = None
    family_time: str | None = None
    carer: str | None = None
    review: str | None = None
    iro: str | None = None

    def as_dict(self) -> dict[str, str]:
        return {key: value for key, value in asdict(self).items() if value}


# -- actions ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Press:
    """A button: an option id, a control (``_skip`` ``_decline`` ``_back`` ``_stop``), or
    ``_done`` (multiple choice), ``_send`` / ``_change:<question_id>`` (last step),
    ``_resume`` (after stopping), ``meeting`` / ``iro_only`` (who can hear a written answer)."""

    choice_id: str


@dataclass(frozen=True)
class Toggle:
    """One tap on a multiple-choice option (select or unselect)."""

    option_id: str


@dataclass(frozen=True)
class Choose:
    """Options submitted at once (a web form)."""

    option_ids: tuple[str, ...]


@dataclass(frozen=True)
class Text:
    """Typed text."""

    text: str


@dataclass(frozen=True)
class Voice:
    """A voice note, by a reference to the stored file (never the audio itself)."""

    file_ref: str


Action = Press | Toggle | Choose | Text | Voice


# -- answers and state --------------------------------------------------------------------------
class AnswerValue(BaseModel):
    """One answer as stored: option ids, or the child's text / voice-note reference."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: AnswerKind
    choices: tuple[str, ...] = ()
    text: str | None = None
    audience: Audience | None = None
    told_duty: AlertLevel | None = None
    """The words raised an alert about the child's IRO (at this level): a safeguarding worker
    on the duty team was told, not the IRO, and the child is shown so wherever the answer is
    (the summary before sending, "you said before"). Set by the bot, which knows the IRO."""


class RunState(BaseModel):
    """Where a run is. JSON: ``model_dump_json()`` / ``RunState.model_validate_json()``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    definition_id: str
    definition_hash: str
    variant: str
    """The band id of the variant being asked (may differ from ``band``: e.g. ``12_plus``)."""
    band: str
    language: str
    words: dict[str, str] = {}
    phase: Phase = "question"
    at: str | None = None
    """The question on screen (None on the last step and after)."""
    answers: dict[str, AnswerValue] = {}
    selected: tuple[str, ...] = ()
    """Multiple-choice options toggled on the current question, not yet submitted."""
    pending: AnswerValue | None = None
    """A written answer waiting for its audience choice."""
    reviewing: bool = False
    """Changing an answer from the last step: return there once nothing new needs asking."""
    resume_phase: Phase | None = None

    @property
    def finished(self) -> bool:
        return self.phase == "finished"

    @property
    def stopped(self) -> bool:
        return self.phase == "stopped"


# -- what to show -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    """A button: its id (what to send back in :class:`Press`) and its label."""

    id: str
    label: str


PromptKind = Literal["question", "audience", "review", "finished", "stopped"]


@dataclass(frozen=True)
class Prompt:
    """What to show the child now. Channels render it; they decide nothing."""

    kind: PromptKind
    text: str
    question_id: str | None = None
    question_type: str | None = None
    choices: tuple[Choice, ...] = ()
    multiple: bool = False
    selected: tuple[str, ...] = ()
    accepts_text: bool = False
    accepts_voice: bool = False
    controls: tuple[Choice, ...] = ()
    preamble: tuple[str, ...] = ()
    previous: AnswerValue | None = None
    step: int = 0
    total: int = 0
    summary: str | None = None
    # Which line of ``preamble`` tells the child, after words that raised an alert, who those
    # words will go to (their IRO): a caller who knows better (the words are about the IRO, so
    # the duty team alone is told) says that line again by its place, whatever its wording.
    alert_notice: int | None = None


# -- events -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AnswerSaved:
    question_id: str
    core_id: str | None
    value: AnswerValue


@dataclass(frozen=True)
class AnswerDropped:
    """An answer to a question that a changed earlier answer has now hidden."""

    question_id: str


@dataclass(frozen=True)
class ConcernDetected:
    """A possible disclosure of harm: in typed text, or by picking an option that raises one."""

    question_id: str | None
    categories: tuple[str, ...]
    excerpt: str


@dataclass(frozen=True)
class AdvocateRequested:
    question_id: str


@dataclass(frozen=True)
class ChairRequested:
    question_id: str


@dataclass(frozen=True)
class TalkToSomeone:
    question_id: str


@dataclass(frozen=True)
class RunStopped:
    """The child pressed "Stop for now"; the run can carry on later."""


@dataclass(frozen=True)
class RunCompleted:
    """The child pressed Send on the last step."""


Event = (
    AnswerSaved
    | AnswerDropped
    | ConcernDetected
    | AdvocateRequested
    | ChairRequested
    | TalkToSomeone
    | RunStopped
    | RunCompleted
)


@dataclass(frozen=True)
class Step:
    """The result of :func:`surveys.engine.start` or :func:`surveys.engine.advance`."""

    state: RunState
    prompt: Prompt
    events: tuple[Event, ...]
