"""The schema of a survey definition (the YAML files under ``surveys/definitions/``).

The models check shape only: field names, types, allowed values. Rules that need the whole
document (ids unique, ``show_if`` pointing backwards, translations complete, bands without gaps,
length budget) live in :mod:`surveys.check`, so a participation officer sees every problem at once.

A text a child reads is a :data:`LocalText`: a mapping from language code to wording, e.g.
``{en: "How is school?", cy: "Sut mae'r ysgol?"}``. English is always required.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
)

from surveys.bands import band_named

LocalText = dict[str, str]

QuestionType = Literal[
    "single_choice",
    "multiple_choice",
    "yes_no",
    "face_scale",
    "rag",
    "agreement",
    "free_text",
    "text_or_voice",
]
QUESTION_TYPES: tuple[str, ...] = get_args(QuestionType)
TEXT_TYPES = frozenset({"free_text", "text_or_voice"})
CHOICE_TYPES = frozenset(QUESTION_TYPES) - TEXT_TYPES
Request = Literal["advocate", "chair", "talk"]

# Question types whose answers are a fixed scale, so results compare across every survey:
# reports count these option ids (e.g. % "yes" per statement, red/amber/green).
STANDARD_OPTIONS: dict[str, tuple[tuple[str, LocalText], ...]] = {
    "yes_no": (
        ("yes", {"en": "Yes", "cy": "Ie"}),
        ("no", {"en": "No", "cy": "Na"}),
    ),
    "face_scale": (
        ("happy", {"en": "😀 Happy", "cy": "😀 Hapus"}),
        ("okay", {"en": "😐 Okay", "cy": "😐 Iawn"}),
        ("sad", {"en": "🙁 Sad", "cy": "🙁 Trist"}),
    ),
    "rag": (
        ("green", {"en": "🟢 Good", "cy": "🟢 Da"}),
        ("amber", {"en": "🟠 Okay", "cy": "🟠 Iawn"}),
        ("red", {"en": "🔴 Not good", "cy": "🔴 Ddim yn dda"}),
    ),
    "agreement": (
        ("yes", {"en": "Yes", "cy": "Ie"}),
        ("sometimes", {"en": "Sometimes", "cy": "Weithiau"}),
        ("no", {"en": "No", "cy": "Na"}),
        ("dont_know", {"en": "Don't know", "cy": "Ddim yn gwybod"}),
    ),
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    # Fields added after surveys were first pinned: left out of the JSON while they hold their
    # default, so a version stored before they existed still hashes to the value its runs are
    # pinned to (and a survey that doesn't use them keeps its hash).
    _LATER_FIELDS: ClassVar[tuple[str, ...]] = ()

    @model_serializer(mode="wrap")
    def _without_unused_later_fields(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> Any:
        dumped = handler(self)
        if isinstance(dumped, dict):
            for name in self._LATER_FIELDS:
                if name in dumped and getattr(self, name) == type(self).model_fields[name].default:
                    del dumped[name]
        return dumped


class Option(_Frozen):
    """One answer a child can pick.

    On a standard-scale question (yes/no, faces, red/amber/green, agreement) an option only
    overrides the standard one with the same id, e.g. to raise a concern when "no" is chosen.
    """

    id: str = Field(min_length=1)
    label: LocalText | None = None
    concern: tuple[str, ...] = ()
    """Concern categories raised when a child picks this (e.g. ``unsafe_home``)."""
    requests: tuple[Request, ...] = ()
    """What picking this asks for: an advocate, to chair the meeting, to talk to someone."""
    exclusive: bool = False
    """On a multiple-choice question, an answer that contradicts every other (e.g. "Nothing",
    "Just me and my IRO"): picking it clears the others, picking another clears it."""
    extra: bool = False
    """On a standard scale, an answer outside the scale (e.g. "I don't have family time"):
    it needs its own label, and reports don't count it as a point of the scale."""

    _LATER_FIELDS: ClassVar[tuple[str, ...]] = ("exclusive", "extra")


class ShowIf(_Frozen):
    """Ask a question only when an earlier question was answered with one of ``any_of``, or
    (``written``) only when one of the listed earlier questions was answered in words."""

    question: str | None = None
    any_of: tuple[str, ...] = ()
    written: tuple[str, ...] = ()
    """Question ids: shown when the child wrote (or recorded) an answer to any of them."""
    follow_up: bool = True
    """A follow-up shares the number of the question before it ("6/12" twice); ``False`` for
    a branch of the survey whose questions keep their own numbers (e.g. only for children who
    were at their meeting)."""

    _LATER_FIELDS: ClassVar[tuple[str, ...]] = ("written", "follow_up")


class Question(_Frozen):
    """One question of a variant."""

    id: str = Field(min_length=1)
    type: QuestionType
    text: LocalText
    core: str | None = None
    """Links comparable items across variants and surveys' versions (reports group by it)."""
    options: tuple[Option, ...] = ()
    show_if: ShowIf | None = None
    audience: bool = False
    """After a free-text answer, ask: OK to talk about at my meeting, or just for my IRO."""

    @property
    def is_text(self) -> bool:
        return self.type in TEXT_TYPES

    @property
    def multiple(self) -> bool:
        return self.type == "multiple_choice"

    def effective_options(self) -> tuple[Option, ...]:
        """The options a child sees: the standard scale merged with overrides, or the own list."""
        if self.type not in STANDARD_OPTIONS:
            return self.options
        overrides = {option.id: option for option in self.options}
        merged = []
        for option_id, label in STANDARD_OPTIONS[self.type]:
            override = overrides.get(option_id)
            if override is None:
                merged.append(Option(id=option_id, label=label))
            else:
                merged.append(override.model_copy(update={"label": override.label or label}))
        # Answers outside the scale come after it, in the order the file gives them.
        merged += [option for option in self.options if option.extra]
        return tuple(merged)

    def option(self, option_id: str) -> Option | None:
        """The effective option with this id, or None."""
        return next((o for o in self.effective_options() if o.id == option_id), None)


class Variant(_Frozen):
    """The version of a survey for one age band."""

    band: str = Field(min_length=1)
    min_age: int = Field(ge=0)
    max_age: int | None = Field(default=None, ge=0)
    intro: LocalText
    privacy: LocalText
    """Just-in-time notice in this age's words: who reads the answers, that a worker is told if
    the child isn't safe, that anything can be skipped."""
    budget_minutes: float = Field(default=10, gt=0, le=10)
    questions: tuple[Question, ...]

    def covers(self, age: int) -> bool:
        return age >= self.min_age and (self.max_age is None or age <= self.max_age)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


class Definition(_Frozen):
    """A whole survey: every age band's variant, in every language it ships in."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    version: str
    kind: Literal["consultation", "survey", "feedback"]
    title: LocalText
    min_age: int = Field(ge=0)
    max_age: int | None = Field(default=None, ge=0)
    languages: tuple[str, ...] = ("en",)
    variants: tuple[Variant, ...] = Field(min_length=1)

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: object) -> object:
        # YAML reads `version: 2` as a number; a version is a label, so keep it as text.
        return str(value) if isinstance(value, int | float) else value

    def covers(self, age: int) -> bool:
        """Whether the survey is for a child of ``age`` full years (e.g. My Review: 4 to 25)."""
        return age >= self.min_age and (self.max_age is None or age <= self.max_age)

    def ages(self) -> str:
        """The survey's age range in words: ``4–25`` or ``8 and over``."""
        if self.max_age is None:
            return f"{self.min_age} and over"
        return f"{self.min_age}–{self.max_age}"

    def variant_for(self, band: str, age: int | None = None) -> Variant | None:
        """The variant for a standard band id, by name or else by the band's ages.

        Args:
            band: a band id from :mod:`surveys.bands`.
            age: the child's age when known: outside the survey's own range there is no variant
                (a 30-year-old is in band ``16_plus`` but My Review ends at 25).
        """
        if age is not None and not self.covers(age):
            return None
        named = next((v for v in self.variants if v.band == band), None)
        if named is not None:
            return named
        standard = band_named(band)
        if standard is None:
            return None
        return next((v for v in self.variants if v.covers(standard.min_age)), None)
