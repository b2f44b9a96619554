"""Answers in words, as the IRO reads them: the question as the child saw it and the answer's
labels (or the child's own words). Shared by the views and their "Last time" part."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import ValidationError

from storage.figures import AnswerRow
from surveys.model import Definition, Question
from surveys.wording import as_sentence
from surveys.wording import render as word

# A Telegram file id means nothing on paper; the IRO hears the note in the chat instead.
VOICE_NOTE = "Voice note: sent to you in the chat when you use /views"


@dataclass(frozen=True)
class ViewAnswer:
    """One answer as the IRO reads it: the question's wording and the child's answer."""

    question_id: str
    question: str
    answer: str
    own_words: bool  # True when the answer is the child's free text
    audience: str | None = None  # meeting | iro_only | None (no choice was asked)
    voice_ref: str | None = None  # the channel's file reference of a voice note


def load_definition(body: str | None) -> Definition | None:
    """The pinned definition, or None when it is missing or no longer valid."""
    if body is None:
        return None
    try:
        return Definition.model_validate_json(body)
    except ValidationError:
        return None


def _question(definition: Definition | None, band: str, question_id: str) -> Question | None:
    if definition is None:
        return None
    variants = [definition.variant_for(band), *definition.variants]
    for variant in variants:
        if variant is not None:
            found = next((q for q in variant.questions if q.id == question_id), None)
            if found is not None:
                return found
    return None


def _humane(identifier: str) -> str:
    return identifier.replace("_", " ").capitalize()


def describe(
    answer: AnswerRow,
    definition: Definition | None,
    band: str,
    words: Mapping[str, str | None] | None = None,
) -> ViewAnswer:
    """An answer in words: option labels in English, or the child's own text.

    ``words`` are the child's preferred words (and name), so the IRO reads the question as the
    child saw it ("mum time", not "contact").
    """
    own = words or {}
    question = _question(definition, band, answer.question_id)
    wording = word(question.text, "en", own) if question is not None else None
    if answer.kind in ("text", "voice"):
        text = answer.text or ""
        voice = answer.kind == "voice" and bool(text)
        return ViewAnswer(
            answer.question_id,
            wording or _humane(answer.question_id),
            VOICE_NOTE if answer.kind == "voice" else text,
            True,
            answer.audience,
            text if voice else None,
        )
    if answer.kind == "skipped":
        shown = "(skipped)"
    elif answer.kind == "declined":
        shown = "(did not want to say)"
    else:
        labels = []
        for choice in answer.choices:
            option = question.option(choice) if question is not None else None
            label = (
                as_sentence(word(option.label, "en", own))
                if option is not None and option.label
                else None
            )
            labels.append(label or _humane(choice))
        shown = ", ".join(labels)
    return ViewAnswer(answer.question_id, wording or _humane(answer.question_id), shown, False)


def topics_of(seen: ViewAnswer) -> list[str]:
    # Chosen topics are listed one by one; a topic in the child's own words stays whole.
    if seen.own_words:
        return [seen.answer] if seen.answer.strip() else []
    return [t.strip() for t in seen.answer.split(", ") if t.strip()]
